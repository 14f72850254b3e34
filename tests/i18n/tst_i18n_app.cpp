// HubWatch in German, as a user meets it: the main window with every view, the settings dialog
// and the command line speak German (and Chinese), with numbers in the German format.
#include "TsCatalogue.h"

#include "DesktopViews.h"
#include "FakeHub.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "TestWait.h"
#include "analysis/CompactNumber.h"
#include "hub/HubClient.h"
#include "monitor/PollScope.h"
#include "report/ReportService.h"
#include "settings/SettingsDialog.h"
#include "store/HistoryStore.h"
#include "store/StoreThread.h"
#include "settings/Settings.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hubwatch;
using namespace hubwatch::test;

class TestI18nApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowSpeaksGerman();
    void settingsDialogSpeaksGerman();
    void mainWindowSpeaksChinese();
    void helpIsChinese();
    void statusIsGerman();
    void englishCountsHaveNoParentheses_data();
    void englishCountsHaveNoParentheses();
    void savedLanguageAppliesAndLangOverridesIt();

private:
    QHash<QString, QString> m_german; // English source → German, where they differ
};

namespace {

// Every text a user can read in `root`: titles, labels, buttons, placeholders, tooltips, menus,
// list and combo items, tab and header titles.
QStringList visibleTexts(QWidget *root)
{
    QStringList out{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        out << w->toolTip() << w->accessibleName();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *g = qobject_cast<QGroupBox *>(w))
            out << g->title();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->placeholderText();
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        }
        if (auto *t = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i);
        }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < qMin(m->rowCount(), 50); ++r)
                out << m->index(r, 0).data().toString();
        }
        for (QAction *a : w->actions())
            out << a->text() << a->toolTip();
    }
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

QStringList stillEnglish(const QStringList &texts, const QHash<QString, QString> &translated)
{
    QStringList out;
    for (const QString &t : texts) {
        if (translated.contains(t))
            out << QStringLiteral("\"%1\" (translated: \"%2\")").arg(t, translated.value(t));
    }
    return out;
}

struct Rig
{
    QTemporaryDir dir;
    ManualClock clock;
    FakeHub hub{&clock};
    QNetworkAccessManager nam;
    HubConfig config;
    std::unique_ptr<HubClient> client;
    std::unique_ptr<Settings> settings;
    StoreThread store;
    ReportService reports{&store};

    Rig()
    {
        clock.setAutoAdvance(true);
        config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.offline = true; // nothing leaves the machine
        client = std::make_unique<HubClient>(&nam, &clock, config);
        settings =
            std::make_unique<Settings>(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    }
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real hubwatch binary, with its own empty settings and an English system locale (the C
// locale unless `systemLocale` says otherwise), so only --lang or the saved setting can make it
// speak another language.
Run runHubwatch(const QString &configHome, const QStringList &args, const QString &systemLocale = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), systemLocale);
    env.insert(QStringLiteral("LC_ALL"), systemLocale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.insert(QStringLiteral("HF_HUB_OFFLINE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HUBWATCH_BIN), args);
    const ProcessRun done = finishProcess(p, 30000);
    return {done.exitCode, QString::fromUtf8(done.out), QString::fromUtf8(done.err)};
}

} // namespace

void TestI18nApp::initTestCase()
{
    const TsCatalogue ts = TsCatalogue::read(QStringLiteral(HUBWATCH_SOURCE_DIR "/translations/hubwatch_de.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    m_german = ts.changedTexts();
    QVERIFY(m_german.size() > 300);
    QVERIFY(Translations::install(QLocale(QStringLiteral("de"))));
}

void TestI18nApp::cleanupTestCase()
{
    Translations::install(QLocale(QLocale::English));
}

void TestI18nApp::mainWindowSpeaksGerman()
{
    Rig rig;
    bool opened = false;
    QObject context;
    rig.store.open(rig.dir.filePath(QStringLiteral("history.sqlite")), HistoryStore::Mode::ReadWrite, &context,
                   [&](const StoreError &) { opened = true; });
    QVERIFY(QTest::qWaitFor([&] { return opened; }, 10000));

    MainWindow w(rig.config, PollScope().describe());
    DesktopViews views(&w, *rig.settings, &rig.reports, rig.client.get(), SystemClock::instance());
    views.refreshPanels();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(drainStore(rig.store)); // the panels' first (empty) answers from the store

    // The navigation, the menus and the status bar, spot-checked by name.
    auto *nav = w.findChild<QListWidget *>();
    QVERIFY(nav);
    QStringList navItems;
    for (int i = 0; i < nav->count(); ++i)
        navItems << nav->item(i)->text();
    QCOMPARE(navItems,
             (QStringList{QStringLiteral("Übersicht"), QStringLiteral("Diagramme"), QStringLiteral("Beobachtungsliste"),
                          QStringLiteral("Einordnung"), QStringLiteral("Lizenzen und Gewichte"), QStringLiteral("Meldungsprotokoll")}));
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("E&xtras"), QStringLiteral("&Hilfe")}));
    QCOMPARE(w.statusText(), QStringLiteral("Offline: Es werden keine Anfragen an den Hub gestellt."));

    // Every view in turn, then everything the window holds: no text is still the English source.
    QStringList texts;
    for (const char *id : {"charts", "watchlist", "guidance", "licences", "alerts"}) {
        w.showView(QString::fromLatin1(id));
        QCoreApplication::processEvents();
        texts << visibleTexts(&w);
    }
    for (QAction *menu : w.menuBar()->actions()) {
        if (menu->menu()) {
            for (QAction *a : menu->menu()->actions())
                texts << a->text();
        }
    }
    texts.removeDuplicates();
    const QStringList english = stillEnglish(texts, m_german);
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("Still English:\n") + english.join(QLatin1Char('\n'))));
    // The scan really read the window: many of its texts are German translations.
    const QStringList translations = m_german.values();
    const auto german = std::count_if(texts.cbegin(), texts.cend(), [&](const QString &t) { return translations.contains(t); });
    QVERIFY2(german >= 40, qPrintable(QString::number(german)));
    QVERIFY(texts.contains(QStringLiteral("Jetzt abfragen")));
    QVERIFY(texts.contains(QStringLiteral("Kumuliertes Diagramm öffnen"))); // a guidance card
    // Numbers as the app formats them, in the German style.
    QCOMPARE(CompactNumber::format(933'000'000, QLocale()), QStringLiteral("933,0 Mio."));
}

void TestI18nApp::settingsDialogSpeaksGerman()
{
    Rig rig;
    SettingsDialog dialog(*rig.settings, nullptr, QProcessEnvironment());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList texts = visibleTexts(&dialog);
    const QStringList english = stillEnglish(texts, m_german);
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("Still English:\n") + english.join(QLatin1Char('\n'))));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("HubWatch-Einstellungen"));
    // A new language needs a restart, and the dialog says so.
    QVERIFY(texts.contains(QStringLiteral("Eine neue Sprache wird nach einem Neustart von HubWatch wirksam.")));
    // Qt's own buttons come from the qtbase catalogue.
    QVERIFY2(texts.contains(QStringLiteral("&Abbrechen")) || texts.contains(QStringLiteral("Abbrechen")),
             qPrintable(texts.join(QLatin1String(" | "))));
}

// The same window in Simplified Chinese: the navigation, the menus (with their accelerators
// in the Chinese style) and no text left in English.
void TestI18nApp::mainWindowSpeaksChinese()
{
    const TsCatalogue ts = TsCatalogue::read(QStringLiteral(HUBWATCH_SOURCE_DIR "/translations/hubwatch_zh_CN.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(Translations::install(QLocale(QStringLiteral("zh_CN"))));
    Rig rig;
    MainWindow w(rig.config, PollScope().describe());
    DesktopViews views(&w, *rig.settings, &rig.reports, rig.client.get(), SystemClock::instance());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *nav = w.findChild<QListWidget *>();
    QVERIFY(nav);
    QCOMPARE(nav->item(0)->text(), QStringLiteral("概览"));
    QCOMPARE(nav->item(1)->text(), QStringLiteral("图表"));
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("工具(&T)"), QStringLiteral("帮助(&H)")}));
    const QStringList english = stillEnglish(visibleTexts(&w), ts.changedTexts());
    Translations::install(QLocale(QStringLiteral("de")));
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("Still English:\n") + english.join(QLatin1Char('\n'))));
}

void TestI18nApp::helpIsChinese()
{
    QTemporaryDir home;
    const Run r = runHubwatch(home.path(), {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("HubWatch 监测 Hugging Face Hub 的下载统计。")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("用法：")), qPrintable(r.out));    // Qt's own "Usage:"
    QVERIFY2(r.out.contains(QStringLiteral("--offline")), qPrintable(r.out)); // option names stay
}

void TestI18nApp::statusIsGerman()
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("empty.sqlite"));
    const Run r =
        runHubwatch(home.path(), {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("status"), QStringLiteral("--db"), db});
    const QString all = r.out + r.err;
    QVERIFY2(all.contains(QStringLiteral("In %1 ist noch kein Verlauf aufgezeichnet.").arg(db)), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("„hubwatch poll“")), qPrintable(all));
}

void TestI18nApp::englishCountsHaveNoParentheses_data()
{
    QTest::addColumn<QStringList>("lang");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("expected");
    const QString english = QStringLiteral("Compacted history older than 1 day: removed 0 samples and 0 headline points.");
    QTest::newRow("--lang en") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << QStringLiteral("C.UTF-8") << english;
    QTest::newRow("LANG=en_US") << QStringList() << QStringLiteral("en_US.UTF-8") << english;
    QTest::newRow("LANG=C") << QStringList() << QStringLiteral("C.UTF-8") << english;
    QTest::newRow("--lang de") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")} << QStringLiteral("en_US.UTF-8")
                               << QStringLiteral("Verlauf älter als 1 Tag verdichtet: 0 Messwerte und 0 Gesamtzahl-Punkte entfernt.");
}

// The real binary counts in English words ("1 day", "0 samples"), never "day(s)": the English
// plural catalogue is compiled in and installed for --lang en, an English system locale and C.
void TestI18nApp::englishCountsHaveNoParentheses()
{
    QFETCH(QStringList, lang);
    QFETCH(QString, systemLocale);
    QFETCH(QString, expected);
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore empty; // compact needs a history, even an empty one
        QVERIFY(!empty.open(db, HistoryStore::Mode::ReadWrite).isError());
    }
    const Run r = runHubwatch(
        home.path(),
        lang + QStringList{QStringLiteral("compact"), QStringLiteral("--older-than"), QStringLiteral("1"), QStringLiteral("--db"), db},
        systemLocale);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out + r.err));
    QVERIFY2(!(r.out + r.err).contains(QLatin1String("(s)")), qPrintable(r.out + r.err));
}

void TestI18nApp::savedLanguageAppliesAndLangOverridesIt()
{
    QTemporaryDir home;
    {
        QSettings saved(home.filePath(QStringLiteral("HubWatch/hubwatch.conf")), QSettings::IniFormat);
        saved.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    }
    const QStringList bad{QStringLiteral("status"), QStringLiteral("--interval"), QStringLiteral("0")};
    const Run fromSettings = runHubwatch(home.path(), bad);
    QVERIFY2(fromSettings.err.contains(QStringLiteral("--interval: Das Abfrageintervall muss mindestens 1 Minute betragen.")),
             qPrintable(fromSettings.err));
    const Run overridden = runHubwatch(home.path(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + bad);
    QVERIFY2(overridden.err.contains(QStringLiteral("--interval: The poll interval must be at least 1 minute.")),
             qPrintable(overridden.err));
}

QTEST_MAIN(TestI18nApp)
#include "tst_i18n_app.moc"
