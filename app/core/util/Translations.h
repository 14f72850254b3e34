#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace hubwatch {

// Picks HubWatch's language and installs the translators for it: Qt's own (qtbase_XX from Qt's
// translations directory, for QCommandLineParser, standard buttons and dialogs) and HubWatch's
// (hubwatch_XX.qm, embedded under :/i18n by the hubwatch_i18n library). English, the sources'
// language, gets hubwatch_en.qm alone: the singular and plural of every "%n …(s)" message.
//
// The choice, first match wins: --lang, the language saved in the settings, the system locale.
// The chosen locale also becomes QLocale's default, so every number and date the app formats
// through QLocale() follows the language the user reads.
//
// QtCore only: the command-line modes use it as well as the desktop app.
class Translations
{
public:
    // "--lang X" or "--lang=X" from raw arguments (args[0] is the program), found before any
    // QCommandLineParser runs so that --help itself is translated. Empty when absent.
    static QString peekLanguage(const QStringList &args);

    // The locale for a language code ("de", "zh_CN", "en"…); an empty code means the system's.
    static QLocale localeFor(const QString &code);

    // The first non-empty of cliLanguage and settingsLanguage, else the system locale.
    static QLocale choose(const QString &cliLanguage, const QString &settingsLanguage);

    // Makes `locale` the default QLocale and installs the two translators on the running
    // QCoreApplication (it must exist). Replaces translators installed by an earlier call.
    // English (and the C locale) gets the English plural catalogue and no Qt catalogue.
    // Returns false when no HubWatch catalogue matches a non-English locale (the UI then stays
    // in English, with the English plurals); Qt's own catalogue is optional.
    static bool install(const QLocale &locale);

    // The languages HubWatch speaks, each once: "en" first, then every other embedded catalogue,
    // e.g. {"en", "de", "zh_CN"}.
    static QStringList available();

    // Where Qt's own translations are looked up.
    static QString qtTranslationsPath();
};

} // namespace hubwatch
