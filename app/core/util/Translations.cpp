#include "Translations.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace hubwatch {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("hubwatch_");
// The sources' language. Its catalogue holds only the plural forms of the %n messages.
const QString kSourceLanguage = QStringLiteral("en");

// The translators currently installed, owned by the application object.
QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}

QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot.data();
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

// The English plural catalogue ("%n poll(s)" -> "1 poll", "2 polls"), or nullptr when missing.
QTranslator *englishPlurals()
{
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(kPrefix + kSourceLanguage, kResourceDir))
        return plurals;
    qCWarning(lcApp) << "no English plural catalogue in" << kResourceDir << "- counts read \"1 poll(s)\"";
    delete plurals;
    return nullptr;
}

} // namespace

QString Translations::peekLanguage(const QStringList &args)
{
    const QString option = QStringLiteral("--lang");
    const QString withValue = QStringLiteral("--lang=");
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == option)
            return args.value(i + 1);
        if (a.startsWith(withValue))
            return a.mid(withValue.size());
    }
    return QString();
}

QLocale Translations::localeFor(const QString &code)
{
    return code.trimmed().isEmpty() ? QLocale::system() : QLocale(code.trimmed());
}

QLocale Translations::choose(const QString &cliLanguage, const QString &settingsLanguage)
{
    if (!cliLanguage.trimmed().isEmpty())
        return localeFor(cliLanguage);
    return localeFor(settingsLanguage);
}

bool Translations::install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (isEnglish(locale)) {
        // The sources are English: no Qt catalogue, and only the plural forms from HubWatch's.
        replace(qtTranslator(), nullptr);
        replace(appTranslator(), englishPlurals());
        return true;
    }

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsPath())) {
        replace(qtTranslator(), qt);
    } else {
        qCInfo(lcApp) << "no Qt translation for" << locale.name() << "in" << qtTranslationsPath();
        delete qt;
        replace(qtTranslator(), nullptr);
    }

    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(locale, QStringLiteral("hubwatch"), QStringLiteral("_"), kResourceDir)) {
        replace(appTranslator(), app);
        return true;
    }
    qCWarning(lcApp) << "no HubWatch translation for" << locale.name() << "- the interface stays in English";
    delete app;
    replace(appTranslator(), englishPlurals()); // English with proper plurals
    return false;
}

QStringList Translations::available()
{
    // English first and once: it needs no catalogue, though its plural catalogue is embedded too.
    QStringList codes{kSourceLanguage};
    const QStringList files = QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString code = f.mid(kPrefix.size()).chopped(3);
        if (code != kSourceLanguage)
            codes << code;
    }
    return codes;
}

QString Translations::qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

} // namespace hubwatch
