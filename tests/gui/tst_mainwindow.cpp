// The main window as a user meets it: it says what it is doing, and Poll now works.
#include "FakeHub.h"
#include "ManualClock.h"
#include "AlertBanner.h"
#include "MainWindow.h"
#include "TestZone.h"

#include "analysis/CompactNumber.h"
#include "collector/Collector.h"
#include "collector/HistorySession.h"
#include "dashboard/ProblemCard.h"
#include "report/StatusReport.h"

#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startsIdleAndSaysWhereItPolls();
    void pollNowShowsTheTrackedTotal();
    void offlineDisablesPolling();
    void showsTheStoredReportLikeTheSeedCard();
    void shortcutsWorkThroughKeyEvents();
    void viewerShortcutDoesNotPoll();
    void navigationIconsFollowThePalette();
    void unreachableHubExplainsItselfAndOffersWaysOut();
    void unreachableHubIsExplainedAtTheFirstFailedRequest();
    void alertBannerSaysItsAgeAndCanBeDismissed();
};

namespace {
struct Rig
{
    ManualClock clock;
    FakeHub hub{&clock};
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    RunConfig run;
    std::unique_ptr<HistorySession> history;
    std::unique_ptr<Collector> collector;
    const HubConfig &config = run.hub;

    explicit Rig(bool offline = false)
    {
        clock.setAutoAdvance(true);
        hub.listen();
        hub.generateRepos(RepoKind::Model, 40);
        hub.generateRepos(RepoKind::Dataset, 40);
        run.hub.endpoint = hub.url();
        run.hub.offline = offline;
        run.scope.topModels = 25;
        run.scope.topDatasets = 25;
        run.database = dir.filePath(QStringLiteral("history.sqlite"));
    }
    // The window's collector, on a fresh history, as the desktop makes it.
    bool openCollector()
    {
        history = std::make_unique<HistorySession>(StoreLocation::sqlite(run.database));
        bool opened = false, ok = false;
        history->open(HistorySession::Role::Collector, [&](const StoreError &e) {
            opened = true;
            ok = !e.isError();
        });
        if (!QTest::qWaitFor([&] { return opened; }, 10000) || !ok)
            return false;
        collector = std::make_unique<Collector>(history.get(), run, &clock, &nam, nullptr);
        return true;
    }
};
} // namespace

void TestMainWindow::initTestCase()
{
    QVERIFY(testZone() != TestZone::Other); // the literal times below are UTC, in either zone
}

void TestMainWindow::startsIdleAndSaysWhereItPolls()
{
    Rig rig;
    MainWindow w(rig.config, rig.run.scope.describe());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.statusText().startsWith(QLatin1String("Idle")), qPrintable(w.statusText()));
    QVERIFY(w.statusText().contains(rig.hub.url().toString()));
    QCOMPARE(rig.hub.requestCount(), 0); // nothing polled behind the user's back yet
}

void TestMainWindow::pollNowShowsTheTrackedTotal()
{
    Rig rig;
    QVERIFY(rig.openCollector());
    MainWindow w(rig.config, rig.run.scope.describe());
    w.setCollector(rig.collector.get());
    w.show();
    auto *button = w.findChild<QPushButton *>(QStringLiteral("pollNowButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w.statusText().contains(QLatin1String("Last poll finished")), 10000);
    // The manual clock stood at 2026-01-01 12:00 UTC; in Shanghai that is 20:00, which must not show.
    QCOMPARE(w.statusText(), QStringLiteral("Idle. Last poll finished at 12:00:00 UTC."));
    const qint64 total =
        FakeHub::sum(rig.hub.top(RepoKind::Model, 25) + rig.hub.top(RepoKind::Dataset, 25), QStringLiteral("downloadsAllTime"));
    bool shown = false;
    for (QLabel *label : w.findChildren<QLabel *>())
        shown = shown || label->text() == CompactNumber::format(total, QLocale());
    QVERIFY2(shown, "the headline does not show the compact sum of downloadsAllTime over the polled repos");
    QVERIFY(button->isEnabled());
}

void TestMainWindow::offlineDisablesPolling()
{
    Rig rig(true);
    QVERIFY(rig.openCollector());
    MainWindow w(rig.config, rig.run.scope.describe());
    w.setCollector(rig.collector.get());
    QVERIFY(w.statusText().contains(QLatin1String("Offline")));
    QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("pollNowButton"))->isEnabled());
}

void TestMainWindow::showsTheStoredReportLikeTheSeedCard()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Rig rig(true);
    MainWindow w(rig.config, rig.run.scope.describe());
    StatusReport r;
    r.headline.pollId = 7;
    r.headline.totalAllTime = 933'000'000;
    r.headline.sumDownloads30d = 41'200'000;
    r.headline.scopeDescription = QStringLiteral("top 1,000 models + 1,000 datasets");
    r.headline.at = QDateTime(QDate(2026, 11, 26), QTime(12, 5), Qt::UTC);
    r.growthKnown = true;
    r.growthPerDay = 1'350'000;
    r.nextMilestone = 1'000'000'000;
    r.projection.status = Projection::Status::TooShort;
    r.projection.explanation = QStringLiteral("Not enough history yet.");
    w.showReport(r);
    QStringList texts;
    for (QLabel *label : w.findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(texts.contains(QStringLiteral("933.0M")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("+1.35M per day")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("polled 12:05 UTC")), qPrintable(all));
    // The milestone card: its label alone ("2 Bio." must not gain a second period), then why no ETA.
    QVERIFY2(texts.contains(QStringLiteral("1B")), qPrintable(all));
    QVERIFY2(texts.contains(QStringLiteral("Not enough history yet.")), qPrintable(all));
    QLocale::setDefault(QLocale::system());
}

// Key presses as a user makes them, through Qt's shortcut map: an action that exists but whose
// shortcut is empty on this platform (QKeySequence::Preferences on Linux) fails here.
void TestMainWindow::shortcutsWorkThroughKeyEvents()
{
    Rig rig;
    QVERIFY(rig.openCollector());
    MainWindow w(rig.config, rig.run.scope.describe());
    w.setCollector(rig.collector.get());
    // The dashboard is view 1; the desktop adds five more, as here.
    QStringList ids{QStringLiteral("dashboard")};
    for (int n = 2; n <= 6; ++n) {
        ids << QStringLiteral("view%1").arg(n);
        w.addView(ids.last(), QStringLiteral("View %1").arg(n), new QLabel(ids.last()));
    }
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    QSignalSpy settings(&w, &MainWindow::settingsRequested), exporting(&w, &MainWindow::exportRequested);
    QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(settings.count(), 1);
    QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(exporting.count(), 1);

    for (int n : {3, 6, 1, 5, 2, 4}) {
        QTest::keyClick(&w, Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
        QCOMPARE(w.currentView(), ids.at(n - 1));
    }

    QSignalSpy started(rig.collector.get(), &Collector::pollStarted);
    const int before = rig.hub.requestCount();
    QTest::keyClick(&w, Qt::Key_F5);
    QCOMPARE(started.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(w.statusText().contains(QLatin1String("Last poll finished")), 10000);
    QVERIFY(rig.hub.requestCount() > before);
}

void TestMainWindow::viewerShortcutDoesNotPoll()
{
    Rig rig(true); // offline: F5 must not reach the Hub
    QVERIFY(rig.openCollector());
    MainWindow w(rig.config, rig.run.scope.describe());
    w.setCollector(rig.collector.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QSignalSpy started(rig.collector.get(), &Collector::pollStarted);
    QTest::keyClick(&w, Qt::Key_F5);
    QCOMPARE(started.count(), 0);
    QCOMPARE(rig.hub.requestCount(), 0);
}

void TestMainWindow::navigationIconsFollowThePalette()
{
    // Each view in the navigation has its icon, drawn in the palette's text colour: dark on a
    // light window, light on a dark one.
    Rig rig;
    MainWindow w(rig.config, rig.run.scope.describe());
    for (const char *id : {"charts", "watchlist", "guidance", "licences", "alerts"})
        w.addView(QLatin1String(id), QLatin1String(id), new QWidget);
    auto *nav = w.findChild<QListWidget *>();
    QVERIFY(nav);
    QCOMPARE(nav->count(), 6);
    const auto inkOf = [&](int row) {
        const QImage image = nav->item(row)->icon().pixmap(24, 24).toImage();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) == 255)
                    return QColor(image.pixel(x, y));
        return QColor();
    };
    for (const auto &[window, text] :
         {std::pair{QColor(Qt::white), QColor(20, 20, 20)}, std::pair{QColor(30, 30, 30), QColor(235, 235, 235)}}) {
        QPalette palette = w.palette();
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        w.setPalette(palette);
        for (int row = 0; row < nav->count(); ++row) {
            QVERIFY2(!nav->item(row)->icon().isNull(), qPrintable(nav->item(row)->text()));
            QCOMPARE(inkOf(row), text);
        }
    }
}

void TestMainWindow::unreachableHubExplainsItselfAndOffersWaysOut()
{
    // A first poll that reaches nothing (the endpoint refuses connections): instead of an empty
    // page, the dashboard says what HubWatch does, the reason, when it tries again, and offers
    // Retry now, the endpoint settings and the demo; the first poll that comes through clears it.
    Rig rig;
    const QUrl working = rig.run.hub.endpoint;
    rig.run.hub.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(rig.openCollector());
    MainWindow w(rig.config, rig.run.scope.describe());
    w.setCollector(rig.collector.get());
    w.show();
    auto *card = w.findChild<ProblemCard *>();
    QVERIFY(card);
    QVERIFY(!card->isVisible());
    auto *pollNow = w.findChild<QPushButton *>(QStringLiteral("pollNowButton"));
    QVERIFY(pollNow && pollNow->isEnabled());
    QSignalSpy completed(rig.collector.get(), &Collector::pollCompleted);
    QTest::mouseClick(pollNow, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(completed.count() == 1, 60000);
    QVERIFY(card->isVisible());
    QVERIFY(card->retryButton()->isEnabled());
    QVERIFY2(card->reasonText().startsWith(QLatin1String("The reason: ")) && card->reasonText().size() > 14,
             qPrintable(card->reasonText()));
    QVERIFY2(card->nextTryText().startsWith(QLatin1String("Next try at ")) || card->nextTryText().startsWith(QLatin1String("No further")),
             qPrintable(card->nextTryText()));
    QSignalSpy settings(&w, &MainWindow::settingsRequested);
    QTest::mouseClick(card->settingsButton(), Qt::LeftButton);
    QCOMPARE(settings.count(), 1);
    QVERIFY(card->demoButton()->isEnabled());
    // Retry now polls again: this time the Hub answers, and the card goes.
    rig.collector.reset();
    rig.run.hub.endpoint = working;
    rig.collector = std::make_unique<Collector>(rig.history.get(), rig.run, &rig.clock, &rig.nam, nullptr);
    w.setCollector(rig.collector.get());
    QTest::mouseClick(card->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w.statusText().contains(QLatin1String("Last poll finished")), 20000);
    QTRY_VERIFY(!card->isVisible());
}

void TestMainWindow::unreachableHubIsExplainedAtTheFirstFailedRequest()
{
    // The first request is refused and its retry is due in a few seconds of the (stopped) clock:
    // the card must say so now, with the time of that retry, not once every retry is spent.
    Rig rig;
    rig.clock.setAutoAdvance(false);
    rig.run.hub.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(rig.openCollector());
    MainWindow w(rig.config, rig.run.scope.describe());
    w.setCollector(rig.collector.get());
    w.show();
    auto *card = w.findChild<ProblemCard *>();
    QVERIFY(card);
    QSignalSpy completed(rig.collector.get(), &Collector::pollCompleted);
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("pollNowButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(card->isVisible(), 10000);
    QCOMPARE(completed.count(), 0); // still trying
    QVERIFY2(card->reasonText().contains(QLatin1String("could not be reached")), qPrintable(card->reasonText()));
    QVERIFY2(card->nextTryText().startsWith(QLatin1String("Trying again at "))
                 && card->nextTryText().contains(QLatin1String("(attempt 1 of ")),
             qPrintable(card->nextTryText()));
    QVERIFY(!card->retryButton()->isEnabled()); // the poll retries by itself
    QVERIFY(card->settingsButton()->isEnabled() && card->demoButton()->isEnabled());
    QVERIFY2(w.statusText().startsWith(QLatin1String("Cannot reach the Hub; trying again at ")), qPrintable(w.statusText()));
    // Let every retry run out: the card then names the next scheduled poll and Retry now works.
    QTRY_VERIFY_WITH_TIMEOUT((rig.clock.advance(std::chrono::seconds(30)), completed.count() == 1), 30000);
    QVERIFY(card->isVisible());
    QVERIFY(card->retryButton()->isEnabled());
    QVERIFY2(!card->nextTryText().startsWith(QLatin1String("Trying again")), qPrintable(card->nextTryText()));
}

// Without a tray an alert shows in the window: with its age, so a figure from days ago does not
// read as today's, and with a button that puts it away until the next alert.
void TestMainWindow::alertBannerSaysItsAgeAndCanBeDismissed()
{
    Rig rig;
    MainWindow w(rig.config, rig.run.scope.describe());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.bannerText(), QString());
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    w.showAlertBanner(QStringLiteral("Tracked downloads passed 1B"), QStringLiteral("The tracked total is 1.02B."), now.addDays(-3), now);
    QVERIFY2(w.bannerText() == QStringLiteral("Tracked downloads passed 1B (3 days ago) — The tracked total is 1.02B."),
             qPrintable(w.bannerText()));
    auto *banner = w.findChild<AlertBanner *>();
    QVERIFY(banner);
    QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
    QCOMPARE(w.bannerText(), QString());
    QVERIFY(!banner->isVisible());
    w.showAlertBanner(QStringLiteral("Tracked downloads passed 2B"), QString(), now, now);
    QCOMPARE(w.bannerText(), QStringLiteral("Tracked downloads passed 2B (just now)"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
