// The desktop's glue through DesktopApp itself (issue 18 item 3): what Settings says reaches the
// collector (endpoint, scope, schedule), and milestones typed in the dialog are saved to the
// history and shown again. Nothing here re-implements the wiring: deleting any one of those
// calls in DesktopApp fails a test.
#include "DesktopApp.h"
#include "FakeHub.h"
#include "ManualClock.h"
#include "Sparkline.h"
#include "DashboardView.h"
#include "MainWindow.h"
#include "TrayIcon.h"
#include "analysis/CompactNumber.h"
#include "collector/Collector.h"
#include "collector/PollOutcome.h"
#include "settings/MilestoneEditor.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "store/AlertStore.h"
#include "store/HistoryStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hubwatch;
using namespace std::chrono_literals;

class TestDesktopApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void settingsEndpointIsWhereTheNextPollGoes();
    void settingsScopeIsWhatTheNextPollFetches();
    void settingsIntervalIsTheSchedule();
    void milestonesTypedInTheDialogAreSavedAndShownAgain();
    void commandLineEndpointOutranksTheSettingAndTheDialogSaysSo();
    void aStoredHistoryNeverShowsAsEmptyWhileItLoads();
    void aStaleHistoryStillDrawsItsSparkline();
    void closingToTheTraySaysHowToQuitOnce();

private:
    // A desktop on this test's history, shown, after its first poll.
    std::unique_ptr<DesktopApp> startDesktop(PollOutcome *first);
    static bool nextPoll(DesktopApp &app, PollOutcome *outcome);
    test::FakeHub m_hubA, m_hubB;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDesktopApp::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HubWatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopapp"));
    QStandardPaths::setTestModeEnabled(true); // settings and data away from the user's own
    for (const char *name : {"HF_TOKEN", "HF_ENDPOINT", "HF_HUB_OFFLINE", "HUGGING_FACE_HUB_TOKEN"})
        qunsetenv(name);
    for (test::FakeHub *hub : {&m_hubA, &m_hubB}) {
        hub->generateRepos(RepoKind::Model, 30, 1);
        hub->generateRepos(RepoKind::Dataset, 10, 1);
        QVERIFY(hub->listen());
    }
}

void TestDesktopApp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("HF_HOME", m_dir->filePath(QStringLiteral("hf")).toUtf8()); // no token file
    qunsetenv("HF_HUB_OFFLINE");
    QSettings().clear();
    Settings settings;
    settings.setEndpoint(m_hubA.url().toString());
    settings.setDatabase(m_dir->filePath(QStringLiteral("history.sqlite")));
    PollScope scope;
    scope.topModels = 5;
    scope.topDatasets = 2;
    settings.setScope(scope);
    settings.setPollInterval(15min);
    settings.sync();
}

bool TestDesktopApp::nextPoll(DesktopApp &app, PollOutcome *outcome)
{
    bool done = false;
    QObject context;
    connect(&app, &DesktopApp::pollCompleted, &context, [&](const PollOutcome &o) {
        *outcome = o;
        done = true;
    });
    return QTest::qWaitFor([&done] { return done; }, 20000) && outcome->stored;
}

std::unique_ptr<DesktopApp> TestDesktopApp::startDesktop(PollOutcome *first)
{
    auto app = std::make_unique<DesktopApp>(CommandLine());
    app->show();
    if (!nextPoll(*app, first) || !app->isCollector())
        return nullptr;
    return app;
}

void TestDesktopApp::settingsEndpointIsWhereTheNextPollGoes()
{
    const int aBefore = m_hubA.requestCount(), bBefore = m_hubB.requestCount();
    PollOutcome outcome;
    auto app = startDesktop(&outcome);
    QVERIFY(app);
    QVERIFY(m_hubA.requestCount() > aBefore);
    QCOMPARE(m_hubB.requestCount(), bBefore);

    // As the dialog's OK does: the settings file changes, then the app applies it.
    Settings().setEndpoint(m_hubB.url().toString());
    app->applySettings();
    const int aAfter = m_hubA.requestCount();
    QVERIFY(app->collector()->pollNow());
    QVERIFY(nextPoll(*app, &outcome));
    QVERIFY2(m_hubB.requestCount() > bBefore, "the endpoint chosen in Settings was not used");
    QCOMPARE(m_hubA.requestCount(), aAfter);
}

void TestDesktopApp::settingsScopeIsWhatTheNextPollFetches()
{
    PollOutcome outcome;
    auto app = startDesktop(&outcome);
    QVERIFY(app);
    QCOMPARE(outcome.result.repos.size(), 5 + 2);

    PollScope wider = Settings().scope();
    wider.topModels = 12;
    wider.topDatasets = 0;
    Settings().setScope(wider);
    app->applySettings();
    QVERIFY(app->collector()->pollNow());
    QVERIFY(nextPoll(*app, &outcome));
    QCOMPARE(outcome.result.repos.size(), 12);
    QCOMPARE(outcome.result.scope.topModels, 12);
}

void TestDesktopApp::settingsIntervalIsTheSchedule()
{
    PollOutcome outcome;
    auto app = startDesktop(&outcome);
    QVERIFY(app);
    QVERIFY(app->collector()->isScheduled());
    const auto minutesAhead = [&app] { return QDateTime::currentDateTimeUtc().secsTo(app->collector()->nextPollAt()) / 60.0; };
    QVERIFY2(minutesAhead() > 13 && minutesAhead() <= 15, qPrintable(QString::number(minutesAhead())));

    Settings().setPollInterval(120min);
    app->applySettings();
    QVERIFY2(minutesAhead() > 118 && minutesAhead() <= 120, qPrintable(QString::number(minutesAhead())));
}

void TestDesktopApp::milestonesTypedInTheDialogAreSavedAndShownAgain()
{
    PollOutcome outcome;
    auto app = startDesktop(&outcome);
    QVERIFY(app);

    // The dialog is modal: act on it from inside its own event loop, as a user would.
    MilestoneEditor::Thresholds shown;
    bool acted = false;
    const auto onDialog = [&](bool type) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [&, timer, type] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->milestones()->findChild<QLineEdit *>()->isEnabled())
                return; // not open, or its milestones still loading off the GUI thread
            timer->deleteLater();
            MilestoneEditor *editor = dialog->milestones();
            if (type) {
                editor->findChild<QLineEdit *>()->setText(QStringLiteral("123456789"));
                acted = editor->addTyped();
                dialog->accept();
            } else {
                shown = editor->thresholds();
                acted = true;
                dialog->reject();
            }
        });
        timer->start(50);
    };
    // Never hang on a dialog the test could not act on: close it, and the checks below fail.
    QTimer guard;
    guard.setInterval(15000);
    connect(&guard, &QTimer::timeout, this, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    guard.start();
    onDialog(true);
    app->openSettings();
    QVERIFY(acted);

    // Saved in the history, where the poll that raises alerts reads it.
    const QString db = Settings().database();
    QTRY_VERIFY_WITH_TIMEOUT(([&db] {
                                 HistoryStore store;
                                 if (store.open(db, HistoryStore::Mode::ReadOnly).isError())
                                     return false;
                                 const auto t = AlertStore(store).thresholds(QStringLiteral("headline"));
                                 return t.ok() && t.value.contains(123456789);
                             }()),
                             10000);

    // Opened again: the editor loads what was saved.
    acted = false;
    onDialog(false);
    app->openSettings();
    QVERIFY(acted);
    QCOMPARE(shown.value(QStringLiteral("headline")), QList<qint64>{123456789});
}

void TestDesktopApp::commandLineEndpointOutranksTheSettingAndTheDialogSaysSo()
{
    CommandLine options;
    options.endpoint = m_hubB.url().toString(); // the setting says hub A
    auto app = std::make_unique<DesktopApp>(options);
    app->show();
    const int aBefore = m_hubA.requestCount(), bBefore = m_hubB.requestCount();
    PollOutcome outcome;
    QVERIFY(nextPoll(*app, &outcome));
    QVERIFY(m_hubB.requestCount() > bBefore);
    QCOMPARE(m_hubA.requestCount(), aBefore);

    QString shown, note;
    bool readOnly = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget()); // (returns from the lambda on failure)
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *endpoint = dialog->findChild<QLineEdit *>(QStringLiteral("endpoint"));
        shown = endpoint->text();
        readOnly = endpoint->isReadOnly();
        note = dialog->findChild<QLabel *>(QStringLiteral("endpointNote"))->text();
        dialog->accept();
    });
    app->openSettings();
    QCOMPARE(shown, m_hubB.url().toString());
    QVERIFY(readOnly);
    QVERIFY2(note.contains(QLatin1String("--endpoint")), qPrintable(note));
    // OK kept the setting for other runs, and this run still polls where --endpoint says.
    QCOMPARE(Settings().endpoint(), m_hubA.url().toString());
    QVERIFY(app->collector()->pollNow());
    QVERIFY(nextPoll(*app, &outcome));
    QCOMPARE(m_hubA.requestCount(), aBefore);
}

// Issue 16: while the history is read the card says so; "no history" only when there is none.
void TestDesktopApp::aStoredHistoryNeverShowsAsEmptyWhileItLoads()
{
    qputenv("HF_HUB_OFFLINE", "1"); // nothing polls: the figures can only come from the history
    const auto watch = [](DesktopApp &app, QStringList *details) {
        DashboardView *card = app.window()->dashboard();
        details->append(card->detailText());
        app.show();
        return QTest::qWaitFor(
            [&] {
                if (details->last() != card->detailText())
                    details->append(card->detailText());
                return card->headlineText() != DashboardView::placeholderText()
                    || card->detailText().contains(QLatin1String("no history stored yet"));
            },
            20000);
    };
    QStringList details;
    {
        DesktopApp empty{CommandLine()};
        QVERIFY(watch(empty, &details));
        QCOMPARE(details.first(), QStringLiteral("Reading the history…"));
        QVERIFY2(details.last().startsWith(QLatin1String("Offline (--offline or HF_HUB_OFFLINE=1), and no history stored yet.")),
                 qPrintable(details.join(QLatin1String(" | "))));
    }
    qunsetenv("HF_HUB_OFFLINE");
    PollOutcome outcome;
    QVERIFY(startDesktop(&outcome)); // one poll stored, then closed
    qputenv("HF_HUB_OFFLINE", "1");
    details.clear();
    DesktopApp stored{CommandLine()};
    QVERIFY(watch(stored, &details));
    qunsetenv("HF_HUB_OFFLINE");
    QCOMPARE(stored.window()->dashboard()->headlineText(), CompactNumber::format(outcome.result.totalAllTime(), QLocale()));
    for (const QString &d : std::as_const(details))
        QVERIFY2(!d.contains(QLatin1String("no history")) && !d.startsWith(QLatin1String("No poll yet")),
                 qPrintable(details.join(QLatin1String(" | "))));
}

// A history whose last poll is two months old still shows its last 30 days, not an empty month.
void TestDesktopApp::aStaleHistoryStillDrawsItsSparkline()
{
    PollOutcome outcome;
    QVERIFY(startDesktop(&outcome)); // one poll stored now, then closed
    qputenv("HF_HUB_OFFLINE", "1");
    test::ManualClock later(QDateTime::currentDateTimeUtc().addDays(60));
    DesktopApp app(CommandLine(), &later);
    app.show();
    const Sparkline *line = app.window()->dashboard()->findChild<Sparkline *>();
    QVERIFY(line);
    const bool drawn = QTest::qWaitFor([line] { return line->pointCount() > 0; }, 20000);
    qunsetenv("HF_HUB_OFFLINE");
    QVERIFY2(drawn, "the sparkline of a stale history is empty");
}

void TestDesktopApp::closingToTheTraySaysHowToQuitOnce()
{
    // Where there is a tray, closing the window keeps HubWatch polling: the first time, and only
    // then, a message says so and how to quit; a later start does not say it again.
    for (int start = 0; start < 2; ++start) {
        PollOutcome first;
        const auto app = startDesktop(&first);
        QVERIFY(app);
        app->window()->setKeepRunningInTray(true); // the offscreen platform has no tray of its own
        QSignalSpy told(app->tray(), &TrayIcon::notified);
        for (int close = 0; close < 2; ++close) {
            app->window()->show();
            QVERIFY(QTest::qWaitForWindowExposed(app->window()));
            QVERIFY(app->window()->close() == false); // ignored: it went to the tray
            QVERIFY(!app->window()->isVisible());
        }
        QCOMPARE(told.count(), start == 0 ? 1 : 0);
        if (start == 0) {
            QCOMPARE(told.at(0).at(0).toString(), QStringLiteral("HubWatch is still running"));
            QVERIFY(told.at(0).at(1).toString().contains(QLatin1String("Ctrl+Q")));
        }
        QVERIFY(Settings().trayExplained());
    }
}

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
