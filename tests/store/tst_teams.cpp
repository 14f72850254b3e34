// Teams: one collector writing a shared PostgreSQL history and desktops reading it, against a
// real server this test starts on loopback (PgTestServer). What a team relies on: the --db URL
// never carries a password, only one collector runs, every desktop shows each alert once while
// the shared database stays unwritten by desktops, a server restart mid-poll loses nothing, an
// unreachable server is reported clearly, and `hubwatch migrate` copies a file history once
// (polls, alerts and censuses, each counted in what it prints).
#include "FakeHub.h"
#include "PgTestServer.h"
#include "RobustnessSupport.h"
#include "RunHubwatch.h"
#include "census/CensusStore.h"
#include "store/AlertStore.h"
#include "store/HistoryStore.h"
#include "store/PgAdvisoryLock.h"
#include "store/SeenAlerts.h"
#include "store/StoreThread.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hubwatch;
using namespace hubwatch::test;

namespace {

// One census of `models` (and a dataset and a space) begun at `start`, finished or left under way.
bool storeCensus(HistoryStore &store, const QDateTime &start, const RepoStatsList &models, bool complete)
{
    const auto begun = CensusStore::resumeOrStart(store, start, false);
    if (!begun.ok())
        return false;
    const qint64 id = begun.value.id;
    CensusPage page;
    page.repos = models;
    if (!CensusStore::storePage(store, id, page).ok() || !complete)
        return true;
    page.kind = CensusKind::Dataset;
    page.repos = {repo(RepoKind::Dataset, QStringLiteral("org/data"), 300, 30, 0)};
    if (!CensusStore::storePage(store, id, page).ok())
        return false;
    page.kind = CensusKind::Space;
    page.repos = {repo(RepoKind::Model, QStringLiteral("org/space"), 0, 0, 0)};
    return CensusStore::storePage(store, id, page).ok() && CensusStore::finish(store, id, start.addSecs(600)).ok();
}

} // namespace

class TestTeams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void locationParsing_data();
    void locationParsing();
    void passwordComesFromTheEnvironmentOrPgpass();
    void secondCollectorIsRefused();
    void oneCollectorAndTwoDesktops();
    void realCollectorAlertReachesEveryDesktopOnce();
    void recreatedDatabaseShowsItsAlerts();
    void migrateCopiesOnceAndTwiceChangesNothing();
    void unreachableServerIsReportedAndReadersRecover();
    void serverRestartMidPollLosesNothing();

private:
    QString newDatabase();
    std::unique_ptr<QSettings> localSettings(const QString &name) const
    {
        return std::make_unique<QSettings>(m_dir->filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
    }

    PgTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTeams::initTestCase()
{
    // Never skipped: the test command installs PostgreSQL, so a server that cannot start is a failure.
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestTeams::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestTeams::newDatabase()
{
    QString error;
    const QString name = m_server.createDatabase(&error);
    if (name.isEmpty())
        qWarning("creating a database failed: %s", qPrintable(error));
    return m_server.url(name);
}

void TestTeams::locationParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");        // StoreLocation::Kind
    QTest::addColumn<QString>("display"); // or, when invalid, a word the error must contain
    using K = StoreLocation::Kind;
    QTest::newRow("plain path") << QStringLiteral("/data/h.sqlite") << int(K::Sqlite) << QStringLiteral("/data/h.sqlite");
    QTest::newRow("sqlite: prefix") << QStringLiteral("sqlite:rel/h.sqlite") << int(K::Sqlite) << QStringLiteral("rel/h.sqlite");
    QTest::newRow("full URL") << QStringLiteral("postgresql://team@db.example.org:6543/hubwatch") << int(K::Postgres)
                              << QStringLiteral("postgresql://team@db.example.org:6543/hubwatch");
    QTest::newRow("default port") << QStringLiteral("postgres://team@db/hw") << int(K::Postgres)
                                  << QStringLiteral("postgresql://team@db:5432/hw");
    QTest::newRow("password refused") << QStringLiteral("postgresql://team:hunter2@db:5432/hw") << int(K::Invalid)
                                      << QStringLiteral("PGPASSWORD");
    QTest::newRow("empty password refused") << QStringLiteral("postgresql://team:@db/hw") << int(K::Invalid) << QStringLiteral("~/.pgpass");
    QTest::newRow("no database") << QStringLiteral("postgresql://team@db:5432/") << int(K::Invalid) << QStringLiteral("DBNAME");
    QTest::newRow("options") << QStringLiteral("postgresql://team@db/hw?sslmode=disable") << int(K::Invalid) << QStringLiteral("options");
}

void TestTeams::locationParsing()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, display);
    const StoreLocation l = StoreLocation::parse(text);
    QCOMPARE(int(l.kind()), kind);
    if (l.isValid()) {
        QCOMPARE(l.display(), display);
    } else {
        QVERIFY2(l.error().contains(display), qPrintable(l.error()));
        QVERIFY2(!l.error().contains(QLatin1String("hunter2")), "the refusal repeats the password");
    }
}

void TestTeams::passwordComesFromTheEnvironmentOrPgpass()
{
    const QString url = newDatabase();
    {
        HistoryStore owner; // the schema, readable by the role that needs a password
        QVERIFY(!owner.open(url).isError());
        QSqlQuery q(owner.database());
        QVERIFY(q.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO secretive")));
    }
    const QString secretUrl = QString(url).replace(QLatin1String("//hubwatch@"), QLatin1String("//secretive@"));
    const QString pgpass = m_dir->filePath(QStringLiteral("pgpass"));
    qputenv("PGPASSFILE", QFile::encodeName(m_dir->filePath(QStringLiteral("no-such-file"))));
    qunsetenv("PGPASSWORD");
    const auto openAs = [&secretUrl] {
        HistoryStore s;
        return s.open(secretUrl, HistoryStore::Mode::ReadOnly);
    };

    const StoreError none = openAs();
    QCOMPARE(none.kind(), StoreError::Kind::Unreachable);
    QVERIFY2(none.message().contains(QLatin1String("PGPASSWORD")) && none.message().contains(QLatin1String("secretive@127.0.0.1")),
             qPrintable(none.message()));

    qputenv("PGPASSWORD", PgTestServer::secretivePassword());
    const StoreError fromEnvironment = openAs();
    QVERIFY2(!fromEnvironment.isError(), qPrintable(fromEnvironment.message()));
    {
        // A reader's role cannot be a collector: said when opening, not at the first poll.
        HistoryStore asCollector;
        const StoreError e = asCollector.open(secretUrl, HistoryStore::Mode::ReadWrite);
        QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
        QVERIFY2(e.message().contains(QLatin1String("The role secretive may only read")), qPrintable(e.message()));
    }
    qunsetenv("PGPASSWORD");

    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("127.0.0.1:%1:*:secretive:%2\n")
                   .arg(m_server.port())
                   .arg(QLatin1String(PgTestServer::secretivePassword()))
                   .toUtf8());
    file.close();
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const StoreError fromFile = openAs();
    QVERIFY2(!fromFile.isError(), qPrintable(fromFile.message()));
    // libpq's rule: a password file others can read is ignored.
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(openAs().kind(), StoreError::Kind::Unreachable);
    qunsetenv("PGPASSFILE");
}

void TestTeams::secondCollectorIsRefused()
{
    const StoreLocation location = StoreLocation::parse(newDatabase());
    PgAdvisoryLock first(location), second(location);
    QVERIFY(!first.acquire().isError());
    QVERIFY(first.isHeld());
    const StoreError refused = second.acquire();
    QCOMPARE(refused.kind(), StoreError::Kind::Locked);
    QVERIFY2(refused.message().contains(QLatin1String("Another HubWatch collector (hubwatch-collector@")), qPrintable(refused.message()));
    QVERIFY(!second.isHeld());
    QVERIFY(!first.confirm().isError()); // still ours

    // The real command refuses before polling anything, and says why.
    const ProcessRun poll = runHubwatch({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--db"), location.display(),
                                         QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9")},
                                        m_dir->filePath(QStringLiteral("home")));
    QCOMPARE(poll.exitCode, 1);
    QVERIFY2(poll.err.contains("Another HubWatch collector") && poll.err.contains("one collector per shared history"),
             poll.err.constData());
    // So does a migration into it: the collector's write caches assume no other writer.
    const QString file = m_dir->filePath(QStringLiteral("local.sqlite"));
    QVERIFY(seedStore(file, 1));
    const ProcessRun migrate =
        runHubwatch({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), location.display()},
                    m_dir->filePath(QStringLiteral("home")));
    QCOMPARE(migrate.exitCode, 1);
    QVERIFY2(migrate.err.contains("Another HubWatch collector") && migrate.err.contains("nothing was copied"), migrate.err.constData());

    // Released (or its process gone), the next collector gets it.
    first.release();
    QVERIFY(!second.acquire().isError());
}

void TestTeams::oneCollectorAndTwoDesktops()
{
    const QString url = newDatabase();
    const StoreLocation location = StoreLocation::parse(url);
    PgAdvisoryLock lock(location);
    QVERIFY(!lock.acquire().isError());
    HistoryStore collector;
    QVERIFY(!collector.open(location).isError());
    const auto p1 = collector.storePoll(pollAtMinute(makeRepos(40, 0), 0));
    QVERIFY2(p1.ok(), qPrintable(p1.error.message()));

    // Two desktops, open at the same time as the collector, each with its own local state.
    HistoryStore deskA, deskB;
    QVERIFY(!deskA.open(location, HistoryStore::Mode::ReadOnly).isError());
    QVERIFY(!deskB.open(location, HistoryStore::Mode::ReadOnly).isError());
    SeenAlerts seenA(location, localSettings(QStringLiteral("a"))), seenB(location, localSettings(QStringLiteral("b")));
    QCOMPARE(deskA.latestAggregate().value.pollId, p1.value);
    QCOMPARE(deskB.latestValues().value.size(), 40);

    // A desktop cannot write the shared history, even by mistake: the server refuses.
    {
        QSqlQuery q(deskA.database());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('desktop', 'wrote')")));
        QCOMPARE(HistoryStore::fromSqlError(q.lastError(), QString()).kind(), StoreError::Kind::ReadOnly);
    }
    QCOMPARE(deskA.storePoll(pollAtMinute(makeRepos(40, 1), 5)).error.kind(), StoreError::Kind::ReadOnly);

    // The collector raises an alert and stores its next poll while both desktops are connected.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AlertRecord alert;
    alert.raisedAt = alert.happenedAt = now;
    alert.series = QStringLiteral("headline");
    alert.threshold = 50'000'000;
    const auto raised = AlertStore(collector).raise(alert, QStringLiteral("teams:1"));
    QVERIFY(raised.ok() && raised.value > 0);
    const auto p2 = collector.storePoll(pollAtMinute(makeRepos(40, 1), 15));
    QVERIFY(p2.ok());
    QCOMPARE(deskA.latestAggregate().value.pollId, p2.value); // seen without reopening

    const auto ids = [](const StoreResult<QList<AlertRecord>> &r) {
        QList<qint64> out;
        for (const AlertRecord &a : r.value)
            out << a.id;
        return out;
    };
    // Each desktop shows it once; one desktop showing it does not hide it from the other.
    const auto pendingA = SeenAlerts::pending(deskA, seenA.lastShown(), now);
    QVERIFY(pendingA.ok());
    QCOMPARE(ids(pendingA), QList<qint64>{raised.value});
    seenA.markShown(pendingA.value);
    QCOMPARE(ids(SeenAlerts::pending(deskA, seenA.lastShown(), now)), QList<qint64>{});
    const auto pendingB = SeenAlerts::pending(deskB, seenB.lastShown(), now);
    QCOMPARE(ids(pendingB), QList<qint64>{raised.value});
    seenB.markShown(pendingB.value);
    // Desktop A restarted: its local state remembers.
    SeenAlerts seenAAgain(location, localSettings(QStringLiteral("a")));
    QCOMPARE(seenAAgain.lastShown().id, raised.value);
    QCOMPARE(ids(SeenAlerts::pending(deskA, seenAAgain.lastShown(), now)), QList<qint64>{});

    // The next alert reaches both again; an old one (a migrated log) is not replayed as news.
    alert.threshold = 100'000'000;
    const qint64 next = AlertStore(collector).raise(alert, QStringLiteral("teams:2")).value;
    alert.raisedAt = now.addDays(-3);
    QVERIFY(AlertStore(collector).raise(alert, QStringLiteral("teams:old")).value > next);
    QCOMPARE(ids(SeenAlerts::pending(deskA, seenAAgain.lastShown(), now)), QList<qint64>{next});
    QCOMPARE(ids(SeenAlerts::pending(deskB, seenB.lastShown(), now)), QList<qint64>{next});

    // Nothing a desktop did reached the shared database.
    RawConnection raw(url);
    QCOMPARE(raw.count(QStringLiteral("alert_deliveries")), 0);
    // The collector's own records only: the schema version and its polls' order.
    QCOMPARE(raw.column(QStringLiteral("SELECT key FROM meta ORDER BY key")),
             (QStringList{QStringLiteral("poll_order"), QStringLiteral("schema_version")}));
    QCOMPARE(raw.count(QStringLiteral("polls")), 2);
}

// The same story with the real collector process polling a fake Hub, so the alert comes from
// the real alert engine running on PostgreSQL.
void TestTeams::realCollectorAlertReachesEveryDesktopOnce()
{
    const QString url = newDatabase();
    const StoreLocation location = StoreLocation::parse(url);
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 20);
    const QStringList poll{QStringLiteral("poll"),           QStringLiteral("--once"), QStringLiteral("--db"),         url,
                           QStringLiteral("--endpoint"),     hub.url().toString(),     QStringLiteral("--top-models"), QStringLiteral("20"),
                           QStringLiteral("--top-datasets"), QStringLiteral("0")};
    const QString home = m_dir->filePath(QStringLiteral("collector"));
    const ProcessRun first = runHubwatch(poll, home);
    QVERIFY2(first.exitCode == 0, first.err.constData());

    HistoryStore deskA, deskB;
    QVERIFY(!deskA.open(location, HistoryStore::Mode::ReadOnly).isError());
    QVERIFY(!deskB.open(location, HistoryStore::Mode::ReadOnly).isError());
    SeenAlerts seenA(location, localSettings(QStringLiteral("a"))), seenB(location, localSettings(QStringLiteral("b")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(SeenAlerts::pending(deskA, seenA.lastShown(), now).value.size(), 0); // the first poll is the baseline

    // The Hub moves the headline past its next milestone (1, 2 or 5 × 10ⁿ).
    const qint64 total = deskA.latestAggregate().value.totalAllTime;
    qint64 rung = 1;
    while (rung <= total)
        rung = QString::number(rung).startsWith(QLatin1Char('2')) ? rung / 2 * 5 : rung * 2;
    QVERIFY(hub.bumpDownloads(RepoKind::Model, hub.repos(RepoKind::Model).first().value(QLatin1String("id")).toString(), rung - total + 1));
    const ProcessRun second = runHubwatch(poll, home);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY2(second.out.contains("Alert: Tracked downloads"), second.out.constData());

    const auto shownA = SeenAlerts::pending(deskA, seenA.lastShown(), QDateTime::currentDateTimeUtc());
    QVERIFY(shownA.ok());
    QVERIFY(std::any_of(shownA.value.cbegin(), shownA.value.cend(), [](const AlertRecord &a) {
        return a.series == QLatin1String("headline") && a.kind == AlertRecord::Kind::Milestone;
    }));
    seenA.markShown(shownA.value);
    QVERIFY(SeenAlerts::pending(deskA, seenA.lastShown(), QDateTime::currentDateTimeUtc()).value.isEmpty());
    const auto shownB = SeenAlerts::pending(deskB, seenB.lastShown(), QDateTime::currentDateTimeUtc());
    QCOMPARE(shownB.value.size(), shownA.value.size());
    QCOMPARE(RawConnection(url).count(QStringLiteral("alert_deliveries")), 0);
}

// A team drops its shared database and creates it again at the same address: its alerts are
// numbered from 1 again, and a desktop's ledger of the old one must not hide them.
void TestTeams::recreatedDatabaseShowsItsAlerts()
{
    QString error;
    const QString name = m_server.createDatabase(&error);
    QVERIFY2(!name.isEmpty(), qPrintable(error));
    const StoreLocation location = StoreLocation::parse(m_server.url(name));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto raiseIn = [](HistoryStore &store, qint64 threshold, const QDateTime &at) {
        AlertRecord alert;
        alert.raisedAt = alert.happenedAt = at;
        alert.series = QStringLiteral("headline");
        alert.threshold = threshold;
        return AlertStore(store).raise(alert, QStringLiteral("recreated:%1").arg(threshold)).value;
    };
    SeenAlerts seen(location, localSettings(QStringLiteral("a"))), seenB(location, localSettings(QStringLiteral("b")));
    {
        HistoryStore collector;
        QVERIFY(!collector.open(location).isError());
        QCOMPARE(raiseIn(collector, 50'000'000, now.addSecs(-600)), 1);
        QCOMPARE(raiseIn(collector, 100'000'000, now.addSecs(-300)), 2);
        HistoryStore desk;
        QVERIFY(!desk.open(location, HistoryStore::Mode::ReadOnly).isError());
        const auto shown = SeenAlerts::pending(desk, seen.lastShown(), now);
        QCOMPARE(shown.value.size(), 2);
        seen.markShown(shown.value);
        seenB.markShown(shown.value);
        QCOMPARE(seen.lastShown().id, 2);
    }
    QVERIFY2(m_server.recreateDatabase(name, &error), qPrintable(error));

    HistoryStore collector;
    QVERIFY(!collector.open(location).isError());
    const qint64 first = raiseIn(collector, 200'000'000, now.addSecs(-60));
    QCOMPARE(first, 1); // the id the old ledger already passed
    HistoryStore desk;
    QVERIFY(!desk.open(location, HistoryStore::Mode::ReadOnly).isError());
    const auto shown = SeenAlerts::pending(desk, seen.lastShown(), now);
    QVERIFY(shown.ok());
    QCOMPARE(shown.value.size(), 1);
    QCOMPARE(shown.value.first().threshold, 200'000'000);
    seen.markShown(shown.value);
    QCOMPARE(seen.lastShown().id, first);
    QVERIFY(SeenAlerts::pending(desk, seen.lastShown(), now).value.isEmpty()); // and once only

    // The new history's second alert takes the id desktop b's old ledger stopped at, raised at
    // another time: b shows both new alerts, a only the one it has not shown.
    QCOMPARE(raiseIn(collector, 500'000'000, now.addSecs(-30)), 2);
    QCOMPARE(SeenAlerts::pending(desk, seenB.lastShown(), now).value.size(), 2);
    const auto forA = SeenAlerts::pending(desk, seen.lastShown(), now);
    QCOMPARE(forA.value.size(), 1);
    QCOMPARE(forA.value.first().threshold, 500'000'000);
}

void TestTeams::migrateCopiesOnceAndTwiceChangesNothing()
{
    const QString file = m_dir->filePath(QStringLiteral("desktop.sqlite"));
    QVERIFY(seedStore(file, 4));
    {
        HistoryStore local;
        QVERIFY(!local.open(file).isError());
        AlertRecord a;
        a.raisedAt = a.happenedAt = QDateTime(QDate(2024, 1, 1), QTime(1, 0), Qt::UTC);
        a.series = QStringLiteral("headline");
        a.threshold = 1'000'000;
        QVERIFY(AlertStore(local).fireMilestone(QStringLiteral("headline"), 1000000, a).value > 0);
        QVERIFY(!AlertStore(local).addThreshold(QStringLiteral("headline"), 123456789).isError());
        // Two censuses and one under way: 5 models, a dataset and a space, then org/m-0 grown
        // and org/m-5 new, then org/m-1 grown so far.
        RepoStatsList models;
        for (int i = 0; i < 5; ++i)
            models << repo(RepoKind::Model, QStringLiteral("org/m-%1").arg(i), 1000 + i, 10, 0);
        const QDateTime day(QDate(2024, 1, 2), QTime(3, 0), Qt::UTC);
        QVERIFY(storeCensus(local, day, models, true));
        models[0].downloadsAllTime += 100;
        models << repo(RepoKind::Model, QStringLiteral("org/m-5"), 5, 5, 0);
        QVERIFY(storeCensus(local, day.addDays(1), models, true));
        models[1].downloadsAllTime += 100;
        QVERIFY(storeCensus(local, day.addDays(2), models, false));
    }
    const QString url = newDatabase();
    const QString home = m_dir->filePath(QStringLiteral("home"));
    const QStringList args{QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("sqlite:") + file, QStringLiteral("--to"),
                           url};
    const ProcessRun first = runHubwatch(args, home);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("Copied 4 polls, 800 samples, 200 new repos and 1 alert from"), first.out.constData());
    // 6 first samples, then org/m-0 changed and org/m-5 new, then org/m-1 changed.
    QVERIFY2(first.out.contains("Censuses of the whole Hub: copied 3 censuses, the census figures of 8 repos and 9 census samples."),
             first.out.constData());

    // The shared copy answers the same questions as the file.
    HistoryStore local, shared;
    QVERIFY(!local.open(file, HistoryStore::Mode::ReadOnly).isError());
    QVERIFY(!shared.open(url, HistoryStore::Mode::ReadOnly).isError());
    const auto a = local.latestAggregate(), b = shared.latestAggregate();
    QCOMPARE(b.value.totalAllTime, a.value.totalAllTime);
    QCOMPARE(b.value.at, a.value.at);
    QCOMPARE(shared.latestValues().value.size(), local.latestValues().value.size());
    QCOMPARE(shared.sampleCount().value, local.sampleCount().value);
    QCOMPARE(AlertStore(shared).firedThresholds(QStringLiteral("headline")).value, QList<qint64>{1000000});
    QCOMPARE(AlertStore(shared).thresholds(QStringLiteral("headline")).value, QList<qint64>{123456789});
    RawConnection localRaw(file), sharedRaw(url);
    QCOMPARE(sharedRaw.count(QStringLiteral("presence")), localRaw.count(QStringLiteral("presence")));
    for (const char *table : {"censuses", "census_repos", "census_samples"}) {
        QCOMPARE(sharedRaw.count(QLatin1String(table)), localRaw.count(QLatin1String(table)));
        QVERIFY(localRaw.count(QLatin1String(table)) > 0);
    }
    shared.close();

    const QByteArray before = sharedRaw.digest();
    const qint64 alertsBefore = sharedRaw.count(QStringLiteral("alerts"));
    const ProcessRun second = runHubwatch(args, home);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY2(second.out.contains("Copied 0 polls, 0 samples, 0 new repos and 0 alerts from")
                 && second.out.contains("4 polls were there already"),
             second.out.constData());
    QVERIFY2(second.out.contains("Censuses of the whole Hub: copied 0 censuses, the census figures of 0 repos and 0 census samples."),
             second.out.constData());
    QCOMPARE(sharedRaw.digest(), before);
    QCOMPARE(sharedRaw.count(QStringLiteral("alerts")), alertsBefore);

    // A password in the URL is refused before anything happens, and never echoed.
    const ProcessRun secret = runHubwatch({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                                           QString(url).replace(QLatin1String("hubwatch@"), QLatin1String("hubwatch:hunter2@"))},
                                          home);
    QCOMPARE(secret.exitCode, 2);
    QVERIFY2(secret.err.contains("PGPASSWORD") && !secret.err.contains("hunter2"), secret.err.constData());
}

void TestTeams::unreachableServerIsReportedAndReadersRecover()
{
    // Nothing listens on this port: a clear message, within the connect timeout.
    int deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    const QString deadUrl = QStringLiteral("postgresql://hubwatch@127.0.0.1:%1/hubwatch").arg(deadPort);
    QElapsedTimer timer;
    timer.start();
    HistoryStore nowhere;
    const StoreError e = nowhere.open(deadUrl, HistoryStore::Mode::ReadOnly);
    QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
    QVERIFY2(e.message().startsWith(QLatin1String("The shared history database cannot be reached.")) && e.message().contains(deadUrl),
             qPrintable(e.message()));
    QVERIFY(timer.elapsed() < 8000);
    const ProcessRun status =
        runHubwatch({QStringLiteral("status"), QStringLiteral("--db"), deadUrl}, m_dir->filePath(QStringLiteral("home")));
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains("cannot be reached") && status.err.contains(deadUrl.toUtf8()), status.err.constData());

    // A desktop that was reading keeps what it has, reports the outage, and reads again once
    // the server is back, without being reopened.
    const QString url = newDatabase();
    {
        HistoryStore collector;
        QVERIFY(!collector.open(url).isError());
        QVERIFY(collector.storePoll(pollAtMinute(makeRepos(10, 0), 0)).ok());
    }
    StoreThread desktop;
    std::optional<StoreError> opened;
    desktop.open(url, HistoryStore::Mode::ReadOnly, this, [&opened](const StoreError &e) { opened = e; });
    QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 30000);
    QVERIFY(!opened->isError());
    const auto headline = [this, &desktop] {
        std::optional<StoreResult<AggregatePoint>> result;
        desktop.call<StoreResult<AggregatePoint>>([](HistoryStore &s) { return s.latestAggregate(); }, this,
                                                  [&result](const StoreResult<AggregatePoint> &r) { result = r; });
        if (!waitOrFail([&result] { return result.has_value(); }, 20000, "the headline read"))
            return StoreResult<AggregatePoint>{{}, StoreError(StoreError::Kind::Sql, QStringLiteral("timed out"))};
        return result.value_or(StoreResult<AggregatePoint>{});
    };
    const auto shown = headline();
    QVERIFY(shown.ok() && shown.value.pollId > 0);
    QString error;
    QVERIFY2(m_server.stop(&error), qPrintable(error));
    const auto during = headline();
    QCOMPARE(during.error.kind(), StoreError::Kind::Unreachable);
    QVERIFY2(during.error.message().contains(QLatin1String("cannot be reached")), qPrintable(during.error.message()));
    QVERIFY2(m_server.resume(&error), qPrintable(error));
    const auto after = headline();
    QVERIFY2(after.ok(), qPrintable(after.error.message()));
    QCOMPARE(after.value.pollId, shown.value.pollId);
    QCOMPARE(after.value.totalAllTime, shown.value.totalAllTime);
}

void TestTeams::serverRestartMidPollLosesNothing()
{
    const QString url = newDatabase();
    StoreThread collector;
    collector.setReconnectPolicy(10, std::chrono::milliseconds(200));
    std::optional<StoreError> opened;
    collector.open(url, HistoryStore::Mode::ReadWrite, this, [&opened](const StoreError &e) { opened = e; });
    QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 30000);
    QVERIFY2(!opened->isError(), qPrintable(opened->message()));
    std::optional<StoreResult<qint64>> first;
    collector.storePoll(pollAtMinute(makeRepos(300, 0), 0), this, [&first](const StoreResult<qint64> &r) { first = r; });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 30000);
    QVERIFY(first->ok());

    // The poll's last write stalls (once: a sequence is not rolled back), so the restart below
    // lands inside its transaction, after 300 samples went to the server uncommitted.
    {
        RawConnection raw(url);
        QVERIFY(raw.exec(QStringLiteral("CREATE SEQUENCE stall")));
        QVERIFY(raw.exec(QStringLiteral("CREATE FUNCTION stall() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                                        " IF nextval('stall') = 1 THEN PERFORM pg_sleep(10); END IF; RETURN NEW; END $$")));
        QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER stall BEFORE INSERT ON aggregates FOR EACH ROW EXECUTE FUNCTION stall()")));
    }
    const PollResult second = pollAtMinute(makeRepos(300, 1), 15);
    std::optional<StoreResult<qint64>> stored;
    collector.storePoll(second, this, [&stored](const StoreResult<qint64> &r) { stored = r; });
    {
        RawConnection watcher(url);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")),
                                  QStringLiteral("1"), 30000);
    }
    QVERIFY(!stored.has_value());
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
    QVERIFY2(stored->ok(), qPrintable(stored->error.message()));

    RawConnection raw(url);
    QVERIFY(raw.scalar(QStringLiteral("SELECT last_value FROM stall")).toInt() >= 2); // the poll was written twice
    QCOMPARE(raw.count(QStringLiteral("polls")), 2);                                  // and stored once
    QCOMPARE(raw.count(QStringLiteral("aggregates")), 2);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM samples WHERE poll_id = %1").arg(stored->value)), QStringLiteral("300"));
    QCOMPARE(raw.count(QStringLiteral("samples")), 600);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT finished_at FROM polls WHERE id = %1").arg(stored->value)),
             QString::number(second.finishedAt.toMSecsSinceEpoch()));
}

QTEST_GUILESS_MAIN(TestTeams)
#include "tst_teams.moc"
