// The translations are complete and really shipped: every tr() string in app/ and ui/ has a
// finished German and Chinese translation, and every plural ("%n") one an English singular and
// plural; nothing in the catalogues is left over from strings the sources no longer have,
// placeholders, plural forms and accelerators survive translation, and the embedded .qm files
// load and change what the app prints (numbers and English plurals included).
#include "TsCatalogue.h"

#include "analysis/CompactNumber.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hubwatch;
using namespace hubwatch::test;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void catalogueMatchesTheSources_data();
    void catalogueMatchesTheSources();
    void everyEntryIsFinishedAndWellFormed_data();
    void everyEntryIsFinishedAndWellFormed();
    void catalogueIsEmbeddedAndLoads_data();
    void catalogueIsEmbeddedAndLoads();
    void englishHasPlurals_data();
    void englishHasPlurals();
    void languagesAreListedOnce();
    void numbersAndDatesFollowTheLanguage();
    void languageChoiceOrder();
};

namespace {

const QString kSourceDir = QStringLiteral(HUBWATCH_SOURCE_DIR);

QString tsPath(const QString &lang)
{
    return kSourceDir + QStringLiteral("/translations/hubwatch_%1.ts").arg(lang);
}

int pluralForms(const QString &lang)
{
    return lang == QLatin1String("zh_CN") ? 1 : 2; // de, en: singular, plural
}

// English is the sources' language: its catalogue holds the plural ("%n") messages only.
bool pluralOnly(const QString &lang)
{
    return lang == QLatin1String("en");
}

// What lupdate finds in the sources now, with the options scripts/update-translations.sh uses
// (plus -pluralonly for the English catalogue).
TsCatalogue scanSources(bool plurals, QString *error)
{
    static TsCatalogue cached[2];
    static QString cachedError[2];
    TsCatalogue &scan = cached[plurals];
    QString &scanError = cachedError[plurals];
    if (scan.messages.isEmpty() && scanError.isEmpty()) {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("sources.ts"));
        QStringList args{QStringLiteral("-locations"),
                         QStringLiteral("none"),
                         QStringLiteral("-no-obsolete"),
                         QStringLiteral("-I"),
                         QStringLiteral("app"),
                         QStringLiteral("-I"),
                         QStringLiteral("app/core"),
                         QStringLiteral("-I"),
                         QStringLiteral("ui"),
                         QStringLiteral("app"),
                         QStringLiteral("ui"),
                         QStringLiteral("-ts"),
                         out};
        if (plurals)
            args.prepend(QStringLiteral("-pluralonly"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(kSourceDir);
        lupdate.start(QStringLiteral(LUPDATE_BIN), args);
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
            scanError = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAllStandardError());
        else
            scan = TsCatalogue::read(out);
        if (scan.messages.isEmpty() && scanError.isEmpty())
            scanError = QStringLiteral("lupdate found no messages");
    }
    *error = scanError;
    return scan;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0).remove(QLatin1Char('L'));
    out.sort();
    out.removeDuplicates();
    return out;
}

// Keyboard accelerators: a single '&' before a character ("&File"), not "&&" or " & ".
int accelerators(const QString &text)
{
    int n = 0;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++n;
    }
    return n;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

// One line each: a failure message is cut short, and every problem needs fixing.
void report(const QStringList &problems)
{
    for (const QString &p : problems)
        qWarning().noquote() << p;
}

void addLanguages()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en (plurals)") << QStringLiteral("en");
}

} // namespace

void TestTranslations::cleanup()
{
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTranslations::catalogueMatchesTheSources_data()
{
    addLanguages();
}

// Fails when a tr() string was added without translating it (missing) or a translated string
// left the sources (vanished): run scripts/update-translations.sh, then translate.
void TestTranslations::catalogueMatchesTheSources()
{
    QFETCH(QString, lang);
    QString error;
    const TsCatalogue sources = scanSources(pluralOnly(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const TsCatalogue ts = TsCatalogue::read(tsPath(lang));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));

    QSet<QString> inTs;
    for (const TsMessage &m : ts.messages)
        inTs.insert(m.key());
    QSet<QString> inSources;
    QStringList problems;
    for (const TsMessage &m : sources.messages) {
        inSources.insert(m.key());
        if (!inTs.contains(m.key()))
            problems << QStringLiteral("missing from hubwatch_%1.ts: %2").arg(lang, describe(m));
    }
    for (const TsMessage &m : ts.messages) {
        if (!inSources.contains(m.key()))
            problems << QStringLiteral("no longer in the sources: %1").arg(describe(m));
    }
    report(problems);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s), listed above: run scripts/update-translations.sh "
                                       "and translate")
                            .arg(problems.size())));
    // The scan really read the sources: every message, or for English every plural one.
    if (pluralOnly(lang)) {
        QString fullError;
        const TsCatalogue all = scanSources(false, &fullError);
        QVERIFY2(fullError.isEmpty(), qPrintable(fullError));
        const auto plural = std::count_if(all.messages.cbegin(), all.messages.cend(), [](const TsMessage &m) { return m.numerus; });
        QVERIFY(plural > 30);
        QCOMPARE(sources.messages.size(), plural);
    } else {
        QVERIFY(sources.messages.size() > 500);
    }
}

void TestTranslations::everyEntryIsFinishedAndWellFormed_data()
{
    addLanguages();
}

void TestTranslations::everyEntryIsFinishedAndWellFormed()
{
    QFETCH(QString, lang);
    const TsCatalogue ts = TsCatalogue::read(tsPath(lang));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, lang);
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(m.type, describe(m));
            continue;
        }
        if (pluralOnly(lang)) {
            // English: a singular and a plural, neither of them "(s)".
            if (!m.numerus)
                problems << QStringLiteral("not a plural message: %1").arg(describe(m));
            else if (m.translations.join(QLatin1Char(' ')).contains(QLatin1String("(s)")))
                problems << QStringLiteral("\"(s)\" left in: %1").arg(describe(m));
            else if (m.source.contains(QLatin1String("(s)")) && m.translations.size() == 2
                     && m.translations.first() == m.translations.last())
                problems << QStringLiteral("singular and plural the same: %1").arg(describe(m));
        }
        const int forms = m.numerus ? pluralForms(lang) : 1;
        if (m.translations.size() != forms) {
            problems << QStringLiteral("%1 plural form(s) instead of %2: %3").arg(m.translations.size()).arg(forms).arg(describe(m));
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << QStringLiteral("empty: %1").arg(describe(m));
            else if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders %1 instead of %2: %3 → \"%4\"")
                                .arg(placeholders(t).join(QLatin1Char(' ')), placeholders(m.source).join(QLatin1Char(' ')), describe(m), t);
            else if (accelerators(t) != accelerators(m.source))
                problems << QStringLiteral("keyboard accelerator lost or doubled: %1 → \"%2\"").arg(describe(m), t);
        }
    }
    report(problems);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
}

void TestTranslations::catalogueIsEmbeddedAndLoads_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("helpDescription"); // HubWatch's own catalogue
    QTest::addColumn<QString>("qtHelpOption");    // Qt's qtbase catalogue
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("HubWatch beobachtet die Download-Statistiken des Hugging Face Hub.")
                        << QStringLiteral("Zeigt Versionsinformation an.");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("HubWatch 监测 Hugging Face Hub 的下载统计。")
                           << QStringLiteral("显示版本信息。");
}

void TestTranslations::catalogueIsEmbeddedAndLoads()
{
    QFETCH(QString, lang);
    QFETCH(QString, helpDescription);
    QFETCH(QString, qtHelpOption);
    QVERIFY2(Translations::available().contains(lang), qPrintable(Translations::available().join(QLatin1Char(' '))));
    QVERIFY(Translations::install(QLocale(lang)));
    QCOMPARE(QCoreApplication::translate("CommandLine", "HubWatch monitors Hugging Face Hub download statistics."), helpDescription);
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays version information."), qtHelpOption);
    QCOMPARE(QLocale().name(), QLocale(lang).name());

    // Back to English: the German or Chinese translators are replaced (by the English plurals).
    QVERIFY(Translations::install(QLocale(QLocale::English)));
    QCOMPARE(QCoreApplication::translate("CommandLine", "HubWatch monitors Hugging Face Hub download statistics."),
             QStringLiteral("HubWatch monitors Hugging Face Hub download statistics."));
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays version information."),
             QStringLiteral("Displays version information."));
    // A language without a catalogue falls back to English and says so.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no HubWatch translation for \"is_IS\"")));
    QVERIFY(!Translations::install(QLocale(QLocale::Icelandic)));
    // That English has its plurals.
    QCOMPARE(QCoreApplication::translate("CommandLine", "%n poll(s) stored, none complete yet.", nullptr, 1),
             QStringLiteral("1 poll stored, none complete yet."));
}

void TestTranslations::englishHasPlurals_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    const QString polls = QStringLiteral("%1 stored, none complete yet.");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << polls.arg(QStringLiteral("1 poll"))
                           << polls.arg(QStringLiteral("2 polls"));
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << polls.arg(QStringLiteral("1 poll"))
                           << polls.arg(QStringLiteral("2 polls"));
    QTest::newRow("C") << QLocale::c() << polls.arg(QStringLiteral("1 poll")) << polls.arg(QStringLiteral("2 polls"));
    QTest::newRow("de") << QLocale(QLocale::German) << QStringLiteral("1 Abfrage gespeichert, noch keine vollständig.")
                        << QStringLiteral("2 Abfragen gespeichert, noch keine vollständig.");
}

// English counts read "1 poll", "2 polls", not "1 poll(s)": the plural catalogue is embedded and
// installed for English and the C locale, and German still gets German.
void TestTranslations::englishHasPlurals()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, one);
    QFETCH(QString, two);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/hubwatch_en.qm")));
    // From German first: English must replace it, not leave it installed.
    QVERIFY(Translations::install(QLocale(QLocale::German)));
    QVERIFY(Translations::install(locale));
    QCOMPARE(QCoreApplication::translate("CommandLine", "%n poll(s) stored, none complete yet.", nullptr, 1), one);
    QCOMPARE(QCoreApplication::translate("CommandLine", "%n poll(s) stored, none complete yet.", nullptr, 2), two);
    if (locale.language() != QLocale::German) {
        QCOMPARE(QCoreApplication::translate("Anomalies", "%n day(s)", nullptr, 1), QStringLiteral("1 day"));
        QCOMPARE(QCoreApplication::translate("Anomalies", "%n day(s)", nullptr, 0), QStringLiteral("0 days"));
        QCOMPARE(QCoreApplication::translate("CommandLine", "%n repo(s) were new to this history.", nullptr, 1),
                 QStringLiteral("1 repo was new to this history."));
        // Only plurals: other messages stay the English sources.
        QCOMPARE(QCoreApplication::translate("CommandLine", "HubWatch monitors Hugging Face Hub download statistics."),
                 QStringLiteral("HubWatch monitors Hugging Face Hub download statistics."));
    }
}

void TestTranslations::languagesAreListedOnce()
{
    const QStringList codes = Translations::available();
    QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}));
}

void TestTranslations::numbersAndDatesFollowTheLanguage()
{
    const QDate date(2026, 3, 5);
    Translations::install(QLocale(QStringLiteral("de")));
    QCOMPARE(CompactNumber::format(933'000'000, QLocale()), QStringLiteral("933,0 Mio."));
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
    QCOMPARE(QLocale().toString(date, QStringLiteral("d. MMMM yyyy")), QStringLiteral("5. März 2026"));

    Translations::install(QLocale(QStringLiteral("zh_CN")));
    QCOMPARE(CompactNumber::format(933'000'000, QLocale()), QStringLiteral("9.33亿"));
    QCOMPARE(QLocale().toString(date, QLocale::LongFormat), QStringLiteral("2026年3月5日星期四"));

    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(CompactNumber::format(933'000'000, QLocale()), QStringLiteral("933.0M"));
}

void TestTranslations::languageChoiceOrder()
{
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList out{QStringLiteral("hubwatch")};
        for (const char *a : list)
            out << QString::fromUtf8(a);
        return out;
    };
    QCOMPARE(Translations::peekLanguage(args({"--lang", "de", "status"})), QStringLiteral("de"));
    QCOMPARE(Translations::peekLanguage(args({"status", "--lang=zh_CN", "--help"})), QStringLiteral("zh_CN"));
    QCOMPARE(Translations::peekLanguage(args({"status", "--json"})), QString());
    QCOMPARE(Translations::peekLanguage(args({"import", "--", "--lang"})), QString()); // a file name

    // --lang beats the saved setting, which beats the system locale.
    QCOMPARE(Translations::choose(QStringLiteral("zh_CN"), QStringLiteral("de")).language(), QLocale::Chinese);
    QCOMPARE(Translations::choose(QString(), QStringLiteral("de")).language(), QLocale::German);
    QCOMPARE(Translations::choose(QString(), QString()), QLocale::system());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
