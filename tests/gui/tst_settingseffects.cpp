// Every setting changes what it says it changes (issue 13 item 2): one row per key of the settings
// file. Each row runs the real desktop (DesktopApp, started as hubwatch-desktop starts it) twice,
// once without the key and once with it set to another value as `hubwatch config set` and the
// dialog would store it, and compares what the person would see: which Hub was asked, what a poll
// fetched, when the next poll is, which file holds the history, whether an alert is raised and
// shown, how many old samples survive, whether the window opens, in which language. Both runs
// have an expected answer and the two must differ, so a setting that nothing reads fails here.
// everySettingHasARow reads the keys out of Settings.cpp, so a new setting cannot go untested.
#include "DesktopApp.h"
#include "FakeHub.h"
#include "HistoryBuilder.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "TrayIcon.h"
#include "charts/ExportPngDialog.h"
#include "charts/HistoryChartView.h"
#include "cli/HeadlessMain.h"
#include "collector/CensusSchedule.h"
#include "collector/Collector.h"
#include "collector/PollOutcome.h"
#include "hub/HubClient.h"
#include "settings/RunConfig.h"
#include "settings/SettingKeys.h"
#include "settings/Settings.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace std::chrono_literals;

namespace {

// "Now" for every run: a manual clock, so seeded history sits at known distances from it.
const QDateTime kNow(QDate(2026, 3, 12), QTime(0, 0), Qt::UTC);
constexpr int kModels = 50, kDatasets = 10;
const QString kRunDir = QStringLiteral("%RUN%"); // replaced by this run's folder

// The fake Hub's catalogue: org/m0 … org/m49, the first ten "text-to-image", the rest
// "text-generation"; org/d0 … org/d9. Listed by downloads, most first.
qint64 modelAllTime(int i)
{
    return 10'000'000 - i * 1000;
}

QJsonObject entry(const QString &id, qint64 downloads, qint64 allTime, const QString &tag = QString())
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("downloads"), downloads},
                  {QStringLiteral("downloadsAllTime"), allTime},
                  {QStringLiteral("likes"), 1}};
    if (!tag.isEmpty())
        o.insert(QStringLiteral("pipeline_tag"), tag);
    return o;
}

QString modelTag(int i)
{
    return i < 10 ? QStringLiteral("text-to-image") : QStringLiteral("text-generation");
}

void fill(test::FakeHub &hub)
{
    for (int i = 0; i < kModels; ++i)
        hub.addRepo(RepoKind::Model, entry(QStringLiteral("org/m%1").arg(i), 1'000'000 - i * 1000, modelAllTime(i), modelTag(i)));
    for (int i = 0; i < kDatasets; ++i)
        hub.addRepo(RepoKind::Dataset, entry(QStringLiteral("org/d%1").arg(i), 500'000 - i * 1000, 5'000'000 - i * 1000));
}

// The scope every run has unless its row says otherwise: all 50 models (the hot-category
// analysis looks at the top 50), two datasets.
PollScope baseScope()
{
    PollScope s;
    s.topModels = kModels;
    s.topDatasets = 2;
    return s;
}

} // namespace

class TestSettingsEffects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void settingTakesEffect_data();
    void settingTakesEffect();
    void everySettingHasARow();

private:
    // What one run of the desktop showed, in words a failure message can print.
    using Probe = QString (TestSettingsEffects::*)();
    enum class Seed { Nothing, HotCategory, OldSamples };
    struct Row
    {
        QString key;
        QVariant value;   // a QString is parsed as `hubwatch config set` parses it
        QVariantMap base; // both runs: these keys besides the common ones (null: removed)
        Seed seed;
        Probe probe;
        QString byDefault; // observed without the key
        QString withSetting;
    };
    static QList<Row> rows();

    void writeSettings(const Row &row, bool withSetting);
    QString runPath(QString text) const { return text.replace(kRunDir, m_run->path()); }
    QString chosenDatabase() const;
    bool seedHistory(Seed seed);
    // The desktop as hubwatch-desktop starts it: language, command line, DesktopApp, show().
    bool startDesktop();
    bool nextPoll(PollOutcome *outcome);
    QString hubName(const QUrl &url) const;
    static qint64 pollsIn(const QString &db);

    QString probeFetched();
    QString probeSchedule();
    QString probeEndpoint();
    QString probeHistoryFile();
    QString probeHotCategory();
    QString probeAlertShown();
    QString probeOldSamples();
    QString probeWindowShown();
    QString probeLanguage();
    QString probeView();
    QString probeWindowSize();
    QString probeTrayExplained();
    QString probeChecklist();
    QString probeExportFolder();
    QString probeCensus();

    test::FakeHub m_hubA, m_hubB;
    std::unique_ptr<QTemporaryDir> m_home, m_run;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<DesktopApp> m_app;
    PollOutcome m_first; // the desktop's first poll
    QString m_error;     // why a probe could not observe anything
};

QList<TestSettingsEffects::Row> TestSettingsEffects::rows()
{
    using T = TestSettingsEffects;
    const QVariant removed; // the key absent from the settings file
    const QVariantMap none;
    // A geometry as MainWindow::saveGeometry() writes it, for a 900 × 650 window.
    QWidget sized;
    sized.resize(900, 650);
    const QByteArray geometry = sized.saveGeometry();
    const QSize first = QSize(1100, 720).boundedTo(QGuiApplication::primaryScreen()->availableGeometry().size());
    const QString firstSize = QStringLiteral("window %1 x %2").arg(first.width()).arg(first.height());
    const QVariantMap small{{QStringLiteral("scope/topModels"), 5}, {QStringLiteral("scope/topDatasets"), 0}};
    const QVariantMap thinned{{QStringLiteral("history/retentionDays"), 30}};
    return {
        // What a poll covers: see also tst_desktopapp (applySettings() on a running desktop).
        {QStringLiteral("scope/topModels"),
         QStringLiteral("12"),
         {{QStringLiteral("scope/topModels"), removed}},
         Seed::Nothing,
         &T::probeFetched,
         QStringLiteral("models 50, datasets 2, watched []"),
         QStringLiteral("models 12, datasets 2, watched []")},
        {QStringLiteral("scope/topDatasets"),
         QStringLiteral("3"),
         {{QStringLiteral("scope/topDatasets"), removed}},
         Seed::Nothing,
         &T::probeFetched,
         QStringLiteral("models 50, datasets 10, watched []"),
         QStringLiteral("models 50, datasets 3, watched []")},
        {QStringLiteral("scope/watch"), QStringLiteral("model:org/m40"), small, Seed::Nothing, &T::probeFetched,
         QStringLiteral("models 5, datasets 0, watched []"), QStringLiteral("models 6, datasets 0, watched [model:org/m40]")},
        {QStringLiteral("poll/intervalMinutes"), QStringLiteral("120"), none, Seed::Nothing, &T::probeSchedule,
         QStringLiteral("next poll in 15 min"), QStringLiteral("next poll in 120 min")},
        // The default endpoint is the real Hub: that run only reads where the collector would go.
        {QStringLiteral("hub/endpoint"),
         QStringLiteral("%HUB_B%"),
         {{QStringLiteral("hub/endpoint"), removed}},
         Seed::Nothing,
         &T::probeEndpoint,
         QStringLiteral("https://huggingface.co"),
         QStringLiteral("hub B, polled")},
        {QStringLiteral("store/database"),
         kRunDir + QStringLiteral("/chosen.sqlite"),
         {{QStringLiteral("store/database"), removed}},
         Seed::Nothing,
         &T::probeHistoryFile,
         QStringLiteral("default file 1 poll, chosen file 0 polls"),
         QStringLiteral("default file 0 polls, chosen file 1 poll")},
        // Offscreen there is no tray: a notification falls back to the window's banner.
        {QStringLiteral("alerts/notifications"), QStringLiteral("false"), none, Seed::HotCategory, &T::probeAlertShown,
         QStringLiteral("banner: Hot category: text-to-image"), QStringLiteral("banner: none")},
        // text-to-image rose from 20 % to 33.3 % of the top 50's velocity: +13.3 points.
        {QStringLiteral("alerts/hotCategoryPoints"), QStringLiteral("20"), none, Seed::HotCategory, &T::probeHotCategory,
         QStringLiteral("hot: category:text-to-image"), QStringLiteral("hot: none")},
        // Two days of polls every 10 minutes, 60 days ago: 288 samples; hourly keeps the first and
        // last of each hour (96), daily of each day (4).
        {QStringLiteral("history/retentionDays"), QStringLiteral("30"), none, Seed::OldSamples, &T::probeOldSamples,
         QStringLiteral("old samples 288"), QStringLiteral("old samples 96")},
        {QStringLiteral("history/retentionDaily"), QStringLiteral("true"), thinned, Seed::OldSamples, &T::probeOldSamples,
         QStringLiteral("old samples 96"), QStringLiteral("old samples 4")},
        // Only with a tray to find the window in (tst_settingseffects_tray); offscreen it opens.
        // The census of the whole Hub after the first poll (the fake Hub lists 50 models, 10 datasets).
        {QStringLiteral("census/everyHours"), QStringLiteral("off"), none, Seed::Nothing, &T::probeCensus,
         QStringLiteral("census: 50 models, 10 datasets"), QStringLiteral("census: none")},
        {QStringLiteral("ui/startMinimized"), QStringLiteral("true"), none, Seed::Nothing, &T::probeWindowShown,
         QStringLiteral("window shown"), TrayIcon::isAvailable() ? QStringLiteral("window hidden") : QStringLiteral("window shown")},
        {QStringLiteral("ui/language"), QStringLiteral("de"), none, Seed::Nothing, &T::probeLanguage,
         QStringLiteral("menus &File, &Tools, &Help"), QStringLiteral("menus &Datei, E&xtras, &Hilfe")},
        // What the desktop remembers by itself, not offered in the dialog: restored at the next start.
        {QStringLiteral("ui/lastView"), QStringLiteral("charts"), none, Seed::Nothing, &T::probeView, QStringLiteral("view dashboard"),
         QStringLiteral("view charts")},
        // The first size is 1100 x 720, bounded by the screen (the offscreen one is narrower).
        {QStringLiteral("ui/geometry"), geometry, none, Seed::Nothing, &T::probeWindowSize, firstSize, QStringLiteral("window 900 x 650")},
        // Said once: a start after the user was told closes to the tray without a message.
        {QStringLiteral("ui/trayExplained"), QStringLiteral("true"), none, Seed::Nothing, &T::probeTrayExplained,
         QStringLiteral("told how to quit 1 time(s)"), QStringLiteral("told how to quit 0 time(s)")},
        {QStringLiteral("guidance/checklistDone"), QStringList{QStringLiteral("do-check-licences")}, none, Seed::Nothing,
         &T::probeChecklist, QStringLiteral("ticked 0"), QStringLiteral("ticked 1")},
        // Where the last chart was exported: the next export is suggested there, not in Pictures.
        {QStringLiteral("ui/exportFolder"), kRunDir + QStringLiteral("/slides"), none, Seed::Nothing, &T::probeExportFolder,
         QStringLiteral("export to HOME/Pictures/hubwatch-cumulative-2026-03-12.png"),
         QStringLiteral("export to RUN/slides/hubwatch-cumulative-2026-03-12.png")},
    };
}

void TestSettingsEffects::initTestCase()
{
    // Settings and the default history file away from the user's own: the test-mode folders
    // under a home of our own.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", m_home->path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("HubWatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingseffects"));
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : {"HF_TOKEN", "HF_ENDPOINT", "HF_HUB_OFFLINE", "HUGGING_FACE_HUB_TOKEN"})
        qunsetenv(name);
    qputenv("HF_HOME", m_home->filePath(QStringLiteral("hf")).toUtf8()); // no token file
    QVERIFY(RunConfig::defaultDatabaseFile().startsWith(m_home->path()));
    for (test::FakeHub *hub : {&m_hubA, &m_hubB}) {
        fill(*hub);
        QVERIFY(hub->listen());
    }
    // The tray entry exists to test what only a tray shows: it must have one.
    if (qEnvironmentVariableIsSet("HUBWATCH_TEST_TRAY"))
        QVERIFY2(TrayIcon::isAvailable(), "no system tray in the tray session");
}

void TestSettingsEffects::init()
{
    QFile::remove(RunConfig::defaultDatabaseFile());
}

void TestSettingsEffects::cleanup()
{
    m_app.reset();
    m_clock.reset();
    m_run.reset();
    QFile::remove(RunConfig::defaultDatabaseFile());
    Translations::install(QLocale(QLocale::English));
}

void TestSettingsEffects::settingTakesEffect_data()
{
    QTest::addColumn<int>("index");
    const QList<Row> all = rows();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].key)) << i;
}

void TestSettingsEffects::settingTakesEffect()
{
    QFETCH(int, index);
    const Row row = rows().at(index);
    QString seen[2];
    for (const bool withSetting : {false, true}) {
        m_app.reset();
        m_run = std::make_unique<QTemporaryDir>();
        QVERIFY(m_run->isValid());
        QFile::remove(RunConfig::defaultDatabaseFile());
        m_clock = std::make_unique<test::ManualClock>(kNow);
        m_error.clear();
        writeSettings(row, withSetting);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(seedHistory(row.seed), "the history could not be prepared");
        seen[withSetting] = (this->*row.probe)();
        QVERIFY2(m_error.isEmpty(), qPrintable(m_error));
        m_app.reset();
    }
    QCOMPARE(seen[0], row.byDefault);
    QCOMPARE(seen[1], row.withSetting);
    if (row.key == QLatin1String("ui/startMinimized") && !TrayIcon::isAvailable())
        return; // no tray to start in: the window opens either way (asserted above)
    QVERIFY2(seen[0] != seen[1], qPrintable(row.key + QStringLiteral(" changed nothing")));
}

void TestSettingsEffects::writeSettings(const Row &row, bool withSetting)
{
    QSettings().clear();
    Settings settings;
    settings.setEndpoint(m_hubA.url().toString());
    settings.setDatabase(m_run->filePath(QStringLiteral("history.sqlite")));
    settings.setScope(baseScope());
    for (auto it = row.base.cbegin(); it != row.base.cend(); ++it)
        it->isNull() ? settings.remove(it.key()) : settings.setValue(it.key(), *it);
    if (withSetting) {
        QVariant value = row.value;
        if (const SettingKey *key = SettingKeys::find(row.key)) {
            // As `hubwatch config set` stores it, through the validator the dialog shares.
            QString text = runPath(row.value.toString()), error;
            text.replace(QStringLiteral("%HUB_B%"), m_hubB.url().toString());
            QVERIFY2(key->parse(text, &value, &error), qPrintable(row.key + QStringLiteral(": ") + error));
            QVERIFY2(key->show(settings) != text, "the row's value is the one already in effect");
        } else if (value.typeId() == QMetaType::QString) {
            value = runPath(value.toString()); // a folder in this run's (ui/exportFolder)
        }
        settings.setValue(row.key, value);
    }
    settings.sync();
}

QString TestSettingsEffects::chosenDatabase() const
{
    return m_run->filePath(QStringLiteral("chosen.sqlite"));
}

bool TestSettingsEffects::seedHistory(Seed seed)
{
    if (seed == Seed::Nothing)
        return true;
    HistoryStore store;
    if (const StoreError e = store.open(Settings().database()); e.isError()) {
        qWarning() << e.message();
        return false;
    }
    const PollScope scope = baseScope();
    const auto add = [&store, &scope](const QDateTime &at, const RepoStatsList &repos) {
        return store.storePoll(hwtest::poll(at, repos, scope)).ok();
    };
    if (seed == Seed::OldSamples) {
        // org/m0, rising at every poll: every poll is a sample.
        const QDateTime start = kNow.addDays(-60);
        for (int i = 0; i < 2 * 144; ++i)
            if (!add(start.addSecs(i * 600), {hwtest::repo(QStringLiteral("model:org/m0"), 1000 + i, 10, modelTag(0))}))
                return false;
        return true;
    }
    // Hot category: the second live poll, 10 minutes after the first, is "now" for the analysis.
    // A week earlier every model gained 1,000 a day; in the last day text-to-image gained 2,000.
    const QDateTime second = kNow.addSecs(600);
    const auto models = [](qint64 before) {
        RepoStatsList repos;
        for (int i = 0; i < kModels; ++i) {
            const qint64 lastDay = i < 10 ? 2000 : 1000;
            repos.append(hwtest::repo(QStringLiteral("model:org/m%1").arg(i), modelAllTime(i) - lastDay - before, 1000, modelTag(i)));
        }
        return repos;
    };
    return add(second.addDays(-8), models(7000)) && add(second.addDays(-7), models(6000)) && add(second.addDays(-1), models(0));
}

bool TestSettingsEffects::startDesktop()
{
    // As hubwatch-desktop starts: the language first (from the settings), then the command line
    // (none here: main() gives the application no arguments), then the app.
    CommandLine options;
    if (HeadlessMain::parse({QCoreApplication::applicationFilePath()}, &options) >= 0) {
        m_error = QStringLiteral("the empty command line was refused");
        return false;
    }
    m_app = std::make_unique<DesktopApp>(options, m_clock.get());
    m_app->show();
    if (!nextPoll(&m_first))
        return false;
    if (!m_app->isCollector()) {
        m_error = QStringLiteral("the desktop did not become the collector");
        return false;
    }
    return true;
}

bool TestSettingsEffects::nextPoll(PollOutcome *outcome)
{
    bool done = false;
    QObject context;
    connect(m_app.get(), &DesktopApp::pollCompleted, &context, [&](const PollOutcome &o) {
        *outcome = o;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000)) {
        m_error = QStringLiteral("no poll completed");
        return false;
    }
    if (!outcome->stored)
        m_error = QStringLiteral("the poll was not stored: ") + outcome->storeError.message();
    return outcome->stored;
}

QString TestSettingsEffects::hubName(const QUrl &url) const
{
    if (url == m_hubA.url())
        return QStringLiteral("hub A");
    if (url == m_hubB.url())
        return QStringLiteral("hub B");
    return url.toString();
}

qint64 TestSettingsEffects::pollsIn(const QString &db)
{
    if (!QFileInfo::exists(db))
        return 0;
    HistoryStore store;
    if (store.open(db, HistoryStore::Mode::ReadOnly).isError())
        return -1;
    const auto polls = store.pollCount();
    return polls.ok() ? polls.value : -1;
}

QString TestSettingsEffects::probeFetched()
{
    if (!startDesktop())
        return {};
    const PollOutcome &outcome = m_first;
    int models = 0, datasets = 0;
    for (const RepoStats &r : std::as_const(outcome.result.repos))
        ++(r.kind == RepoKind::Model ? models : datasets);
    QStringList watched(outcome.result.watchOnly.cbegin(), outcome.result.watchOnly.cend());
    watched.sort();
    return QStringLiteral("models %1, datasets %2, watched [%3]").arg(models).arg(datasets).arg(watched.join(QLatin1Char(',')));
}

QString TestSettingsEffects::probeSchedule()
{
    if (!startDesktop())
        return {};
    if (!m_app->collector()->isScheduled())
        return QStringLiteral("not scheduled");
    return QStringLiteral("next poll in %1 min").arg(kNow.secsTo(m_app->collector()->nextPollAt()) / 60);
}

QString TestSettingsEffects::probeEndpoint()
{
    CommandLine options;
    if (HeadlessMain::parse({QCoreApplication::applicationFilePath()}, &options) >= 0)
        return QStringLiteral("the empty command line was refused");
    // Not shown yet, so nothing polls: a collector aimed at the real Hub must not reach it.
    m_app = std::make_unique<DesktopApp>(options, m_clock.get());
    if (!QTest::qWaitFor([this] { return m_app->isCollector(); }, 10000))
        return QStringLiteral("not the collector");
    const QUrl endpoint = m_app->collector()->client()->transport()->config().endpoint;
    const QString name = hubName(endpoint);
    if (name != QLatin1String("hub A") && name != QLatin1String("hub B"))
        return name;
    const int a = m_hubA.requestCount(), b = m_hubB.requestCount();
    m_app->show();
    PollOutcome outcome;
    if (!nextPoll(&outcome))
        return {};
    const bool askedA = m_hubA.requestCount() > a, askedB = m_hubB.requestCount() > b;
    if (askedA == askedB)
        return QStringLiteral("%1 polled, but %2").arg(name, askedA ? QStringLiteral("both hubs") : QStringLiteral("neither hub"));
    return (askedA ? QStringLiteral("hub A") : QStringLiteral("hub B")) + QStringLiteral(", polled");
}

QString TestSettingsEffects::probeHistoryFile()
{
    if (!startDesktop())
        return {};
    m_app.reset(); // closes the history
    const auto polls = [](qint64 n) { return n == 1 ? QStringLiteral("1 poll") : QStringLiteral("%1 polls").arg(n); };
    return QStringLiteral("default file %1, chosen file %2")
        .arg(polls(pollsIn(RunConfig::defaultDatabaseFile())), polls(pollsIn(chosenDatabase())));
}

QString TestSettingsEffects::probeHotCategory()
{
    // The first poll sets the alert baseline; the second is the one that can find a category hot.
    if (!startDesktop())
        return {};
    m_clock->advance(10min);
    PollOutcome outcome;
    m_app->collector()->pollNow();
    if (!nextPoll(&outcome))
        return {};
    if (outcome.alertError.isError())
        return QStringLiteral("alerts failed: ") + outcome.alertError.message();
    QStringList hot;
    for (const AlertRecord &a : std::as_const(outcome.raised))
        if (a.kind == AlertRecord::Kind::HotCategory)
            hot << a.series;
    return QStringLiteral("hot: ") + (hot.isEmpty() ? QStringLiteral("none") : hot.join(QLatin1Char(',')));
}

QString TestSettingsEffects::probeAlertShown()
{
    const QString hot = probeHotCategory();
    if (hot != QLatin1String("hot: category:text-to-image"))
        return QStringLiteral("no alert to show (%1)").arg(hot);
    const QString banner = m_app->window()->bannerText();
    return QStringLiteral("banner: ")
        + (banner.isEmpty() ? QStringLiteral("none") : banner.section(QStringLiteral(" ("), 0, 0)); // the title, before its age
}

QString TestSettingsEffects::probeOldSamples()
{
    if (!startDesktop())
        return {};
    m_app.reset(); // thinning ran after the poll's alerts; the history is closed now
    HistoryStore store;
    if (const StoreError e = store.open(Settings().database(), HistoryStore::Mode::ReadOnly); e.isError())
        return e.message();
    // The live poll added one sample per repo it fetched; the rest are the seeded ones.
    const auto samples = store.sampleCount();
    if (!samples.ok())
        return samples.error.message();
    return QStringLiteral("old samples %1").arg(samples.value - m_first.result.repos.size());
}

QString TestSettingsEffects::probeWindowShown()
{
    if (!startDesktop())
        return {};
    return m_app->window()->isVisible() ? QStringLiteral("window shown") : QStringLiteral("window hidden");
}

QString TestSettingsEffects::probeLanguage()
{
    if (!startDesktop())
        return {};
    QStringList menus;
    for (QAction *menu : m_app->window()->menuBar()->actions())
        menus << menu->text();
    return QStringLiteral("menus ") + menus.join(QStringLiteral(", "));
}

QString TestSettingsEffects::probeView()
{
    if (!startDesktop())
        return {};
    return QStringLiteral("view ") + m_app->window()->currentView();
}

QString TestSettingsEffects::probeWindowSize()
{
    if (!startDesktop())
        return {};
    const QSize size = m_app->window()->size();
    return QStringLiteral("window %1 x %2").arg(size.width()).arg(size.height());
}

QString TestSettingsEffects::probeTrayExplained()
{
    if (!startDesktop())
        return {};
    m_app->window()->setKeepRunningInTray(true); // as where there is a tray
    int told = 0;
    QObject context;
    connect(m_app->tray(), &TrayIcon::notified, &context, [&told] { ++told; });
    for (int close = 0; close < 2; ++close) {
        m_app->window()->show();
        m_app->window()->close();
    }
    return QStringLiteral("told how to quit %1 time(s)").arg(told);
}

QString TestSettingsEffects::probeChecklist()
{
    if (!startDesktop())
        return {};
    int ticked = 0;
    for (const QCheckBox *box : m_app->window()->findChildren<QCheckBox *>(QStringLiteral("check")))
        ticked += box->isChecked() ? 1 : 0;
    return QStringLiteral("ticked %1").arg(ticked);
}

QString TestSettingsEffects::probeExportFolder()
{
    QDir().mkpath(m_run->filePath(QStringLiteral("slides"))); // a remembered folder that still exists
    if (!startDesktop())
        return {};
    auto *charts = m_app->window()->findChild<HistoryChartView *>();
    if (!charts) {
        m_error = QStringLiteral("no chart view");
        return {};
    }
    charts->exportPngInteractive(); // as Ctrl+E and the toolbar's Export PNG… open it
    ExportPngDialog *dialog = charts->exportDialog();
    if (!dialog) {
        m_error = QStringLiteral("no export dialog");
        return {};
    }
    QString path = dialog->path();
    dialog->reject();
    path.replace(m_run->path(), QStringLiteral("RUN")).replace(m_home->path(), QStringLiteral("HOME"));
    return QStringLiteral("export to ") + path;
}

void TestSettingsEffects::everySettingHasARow()
{
    // Every key Settings.cpp names, read from its source, and every key `hubwatch config` offers.
    QFile source(QStringLiteral(HUBWATCH_SOURCE_DIR "/app/core/settings/Settings.cpp"));
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
    const QString text = QString::fromUtf8(source.readAll());
    QStringList keys;
    static const QRegularExpression literal(QStringLiteral(R"re(QStringLiteral\("([A-Za-z]+/[A-Za-z]+)"\))re"));
    for (auto it = literal.globalMatch(text); it.hasNext();)
        keys << it.next().captured(1);
    QVERIFY2(keys.size() >= 12, qPrintable(keys.join(QLatin1Char(' ')))); // the scan still finds them
    for (const SettingKey &k : SettingKeys::all())
        keys << k.key;
    keys.removeDuplicates();
    QStringList covered;
    for (const Row &row : rows())
        covered << row.key;
    QStringList missing, stale;
    for (const QString &k : std::as_const(keys))
        if (!covered.contains(k))
            missing << k;
    for (const QString &k : std::as_const(covered))
        if (!keys.contains(k))
            stale << k;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("settings without a row: ") + missing.join(QStringLiteral(", "))));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("rows for keys Settings does not have: ") + stale.join(QStringLiteral(", "))));
}

QString TestSettingsEffects::probeCensus()
{
    if (!startDesktop())
        return {};
    CensusState census;
    bool finished = false;
    QObject context;
    connect(m_app->collector()->census(), &CensusSchedule::finished, &context, [&](const CensusState &state, const QString &) {
        census = state;
        finished = true;
    });
    // Taken at once after the first poll when it is on: three quiet seconds mean it never began.
    if (!QTest::qWaitFor([&finished] { return finished; }, 3000) && !m_app->collector()->census()->isRunning())
        return QStringLiteral("census: none");
    if (!finished)
        return QStringLiteral("census: still running");
    return QStringLiteral("census: %1 models, %2 datasets")
        .arg(census.kind(CensusKind::Model).repos)
        .arg(census.kind(CensusKind::Dataset).repos);
}

// HeadlessMain::parse reads the application's own arguments as hubwatch-desktop's command line:
// give the application none, and the test runner its own.
int main(int argc, char *argv[])
{
    int appArgc = 1;
    QApplication app(appArgc, argv);
    TestSettingsEffects test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingseffects.moc"
