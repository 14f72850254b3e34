// A desktop on a team's shared history (PostgreSQL), through DesktopApp itself (issue 18 item 3):
// it only reads, and each alert the collector raised is shown once per desktop, remembered by that
// desktop across restarts, never written to the shared database. Removing the viewer's ledger
// (SeenAlerts) or its look at open fails here, and so does trusting a ledger left by a former
// database at the same address; tst_teams checks the ledger's queries alone.
#include "DesktopApp.h"
#include "MainWindow.h"
#include "PgTestServer.h"
#include "RobustnessSupport.h"
#include "settings/Settings.h"
#include "store/AlertStore.h"
#include "store/CollectorLock.h"
#include "store/HistoryStore.h"
#include "store/SeenAlerts.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

class TestDesktopViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sharedHistoryAlertsAreShownOncePerDesktop();

private:
    // Desktop `name` (its own settings, as on its own machine) opened on the shared history;
    // *shown: how many alerts its first look handed to the tray.
    std::unique_ptr<DesktopApp> openDesktop(const QString &name, int *shown);
    qint64 raise(qint64 threshold);
    int deliveriesInSharedDatabase();

    PgTestServer m_server;
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<CollectorLock> m_lock;
    HistoryStore m_collector; // the team's collector, in this process: it holds the writer's lock
};

void TestDesktopViewer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error)); // never skipped: the test command installs it
    const QString name = m_server.createDatabase(&error);
    QVERIFY2(!name.isEmpty(), qPrintable(error));
    m_url = m_server.url(name);
    QCoreApplication::setOrganizationName(QStringLiteral("HubWatchTest"));
    QStandardPaths::setTestModeEnabled(true);
    for (const char *var : {"HF_TOKEN", "HF_ENDPOINT", "HUGGING_FACE_HUB_TOKEN"})
        qunsetenv(var);
    qputenv("HF_HOME", m_dir.filePath(QStringLiteral("hf")).toUtf8());
    qputenv("HF_HUB_OFFLINE", "1"); // a viewer never polls; offline makes sure nothing else does

    // Each desktop's settings start empty, but for one ledger entry desktop a kept from a former
    // database at this very address (a port reused by an earlier run, or a team's dropped and
    // recreated history): alert 1 shown an hour before this one's alert 1 was raised.
    const StoreLocation location = StoreLocation::parse(m_url);
    for (const char *name : {"a", "b"}) {
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktopviewer_") + QLatin1String(name));
        QSettings().clear();
    }
    AlertRecord formerAlert;
    formerAlert.id = 1;
    formerAlert.raisedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopviewer_a"));
    SeenAlerts(location).markShown({formerAlert});

    m_lock = CollectorLock::forLocation(location);
    QVERIFY(!m_lock->acquire().isError());
    QVERIFY(!m_collector.open(location).isError());
    QVERIFY(m_collector.storePoll(pollAtMinute(makeRepos(30, 0), 0)).ok());
}

std::unique_ptr<DesktopApp> TestDesktopViewer::openDesktop(const QString &name, int *shown)
{
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopviewer_") + name);
    Settings settings;
    settings.setDatabase(m_url);
    settings.sync();
    auto app = std::make_unique<DesktopApp>(CommandLine());
    QSignalSpy delivered(app.get(), &DesktopApp::viewerAlertsDelivered);
    app->show();
    if (!delivered.wait(20000))
        return nullptr;
    *shown = delivered.first().first().toInt();
    return app;
}

qint64 TestDesktopViewer::raise(qint64 threshold)
{
    AlertRecord alert;
    alert.raisedAt = alert.happenedAt = QDateTime::currentDateTimeUtc();
    alert.kind = AlertRecord::Kind::Milestone;
    alert.series = QStringLiteral("headline");
    alert.threshold = threshold;
    return AlertStore(m_collector).raise(alert, QStringLiteral("viewer:%1").arg(threshold)).value;
}

int TestDesktopViewer::deliveriesInSharedDatabase()
{
    QSqlQuery q(m_collector.database());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM alert_deliveries")) && q.next() ? q.value(0).toInt() : -1;
}

void TestDesktopViewer::sharedHistoryAlertsAreShownOncePerDesktop()
{
    QVERIFY(raise(50'000'000) > 0);

    int shown = -1;
    {
        auto a = openDesktop(QStringLiteral("a"), &shown);
        QVERIFY(a);
        QVERIFY2(!a->isCollector(), "a desktop must only read a shared history");
        QCOMPARE(shown, 1);
        // Offscreen there is no tray: the alert shows as the window's banner.
        QVERIFY2(a->window()->bannerText().startsWith(QLatin1String("Tracked downloads passed 50M")),
                 qPrintable(a->window()->bannerText()));
    }
    {
        auto again = openDesktop(QStringLiteral("a"), &shown);
        QVERIFY(again);
        QCOMPARE(shown, 0); // desktop a remembers, across a restart
        QCOMPARE(again->window()->bannerText(), QString());
    }
    {
        auto b = openDesktop(QStringLiteral("b"), &shown);
        QVERIFY(b);
        QCOMPARE(shown, 1); // what a showed is not hidden from b
    }

    // The next alert reaches a again, alone.
    QVERIFY(raise(100'000'000) > 0);
    auto a = openDesktop(QStringLiteral("a"), &shown);
    QVERIFY(a);
    QCOMPARE(shown, 1);
    QVERIFY2(a->window()->bannerText().startsWith(QLatin1String("Tracked downloads passed 100M")), qPrintable(a->window()->bannerText()));
    QCOMPARE(deliveriesInSharedDatabase(), 0); // each desktop's ledger is its own
}

QTEST_MAIN(TestDesktopViewer)
#include "tst_desktopviewer.moc"
