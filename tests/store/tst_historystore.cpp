// The history store on a real SQLite file, or a real PostgreSQL server (HUBWATCH_TEST_BACKEND;
// ctest runs both): how a new history is set up, that migrations from every older version end at
// the same schema, change-only samples, presence runs, aggregates, and that a poll whose write
// fails midway leaves nothing behind.
#include "RobustnessSupport.h"
#include "TestBackend.h"

#include "store/HistoryStore.h"
#include "store/Migrations.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hubwatch;
using namespace hubwatch::test;

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void newFileIsWalWithForeignKeysAndLatestSchema();
    void migrationsEndAtTheSameSchema_data();
    void migrationsEndAtTheSameSchema();
    void samePollTwiceAddsNoSamplesButExtendsPresence();
    void changedRepoAddsExactlyOneSample_data();
    void changedRepoAddsExactlyOneSample();
    void leavingAndReenteringStartsANewPresenceRun();
    void aggregatesOnlyForCompletePolls();
    void latestValuesTableMatchesTheSamples();
    void migrationFillsLatestValues();
    void failedWriteStoresNothingAndStoreRecovers_data();
    void failedWriteStoresNothingAndStoreRecovers();

private:
    QString dbPath() const { return m_db; }
    static QStringList schemaOf(const QString &path);
    static bool postgres() { return TestBackend::instance().isPostgres(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestHistoryStore::initTestCase()
{
    QString error;
    QVERIFY2(TestBackend::instance().prepare(&error), qPrintable(error));
    qInfo("backend: %s", qPrintable(TestBackend::instance().name()));
}

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = TestBackend::instance().newHistory(m_dir->filePath(QStringLiteral("history.sqlite")));
}

QStringList TestHistoryStore::schemaOf(const QString &path)
{
    RawConnection raw(path);
    if (!StoreLocation::parse(path).isShared())
        return raw.column(QStringLiteral("SELECT type || ' ' || name || ' ' || tbl_name || ': ' || coalesce(sql, '')"
                                         " FROM sqlite_master ORDER BY type, name"));
    // PostgreSQL keeps no DDL text: compare columns, indexes and constraints instead.
    return raw.column(QStringLiteral(
        "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '"
        "       || coalesce(column_default, '') || ' #' || ordinal_position FROM information_schema.columns WHERE table_schema = 'public'"
        " UNION ALL SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"
        " UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ': ' || pg_get_constraintdef(oid)"
        "   FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
        " ORDER BY 1"));
}

void TestHistoryStore::newFileIsWalWithForeignKeysAndLatestSchema()
{
    HistoryStore store;
    QVERIFY(postgres() || !QFile::exists(dbPath()));
    const StoreError e = store.open(dbPath());
    QVERIFY2(!e.isError(), qPrintable(e.message()));
    QSqlQuery q(store.database());
    if (postgres()) {
        // A server has no pragmas; the rest (schema, enforced foreign keys) holds the same.
        QCOMPARE(store.dialect().driver(), QStringLiteral("QPSQL"));
        QVERIFY(q.exec(QStringLiteral("SHOW default_transaction_read_only")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("off"));
    } else {
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
    }
    q.finish();
    QCOMPARE(Migrations::currentVersion(store.database()), Migrations::latestVersion());

    // Foreign keys are enforced on the store's own connection, not merely declared.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO samples (repo_id, poll_id, all_time) VALUES (999, 999, 1)")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("foreign key"), Qt::CaseInsensitive), qPrintable(q.lastError().text()));

    // WAL is a property of the file: another connection sees it too, and the version in meta.
    RawConnection raw(dbPath());
    if (!postgres())
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
             QString::number(Migrations::latestVersion()));
    for (const char *table : {"meta", "scopes", "repos", "polls", "samples", "presence", "aggregates"})
        QVERIFY2(store.database().tables().contains(QLatin1String(table)), table);
}

void TestHistoryStore::migrationsEndAtTheSameSchema_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("how");
    for (int v = 0; v < Migrations::latestVersion(); ++v) {
        for (const char *how : {"direct", "stepwise", "open"})
            QTest::addRow("v%d to latest, %s", v, how) << v << QString::fromLatin1(how);
    }
    QTest::addRow("latest again is a no-op") << Migrations::latestVersion() << QStringLiteral("direct");
}

void TestHistoryStore::migrationsEndAtTheSameSchema()
{
    QFETCH(int, from);
    QFETCH(QString, how);
    // The reference: a file HistoryStore::open creates from nothing.
    const QString reference = TestBackend::instance().newHistory(m_dir->filePath(QStringLiteral("reference.sqlite")));
    {
        HistoryStore store;
        QVERIFY(!store.open(reference).isError());
    }
    const QStringList expected = schemaOf(reference);
    QVERIFY(expected.size() > 7);

    const std::unique_ptr<SqlDialect> dialectOfBackend = StoreLocation::parse(dbPath()).makeDialect();
    const SqlDialect &dialect = *dialectOfBackend;
    {
        RawConnection raw(dbPath());
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QSqlDatabase db = raw.db();
        // Build the older version step by step, checking each stop.
        for (int v = 1; v <= from; ++v) {
            const StoreError e = Migrations::migrate(db, dialect, v);
            QVERIFY2(!e.isError(), qPrintable(e.message()));
            QCOMPARE(Migrations::currentVersion(db), v);
        }
        QCOMPARE(Migrations::currentVersion(db), from);
        if (how == QLatin1String("direct")) {
            const StoreError e = Migrations::migrate(db, dialect);
            QVERIFY2(!e.isError(), qPrintable(e.message()));
        } else if (how == QLatin1String("stepwise")) {
            for (int v = from + 1; v <= Migrations::latestVersion(); ++v) {
                const StoreError e = Migrations::migrate(db, dialect, v);
                QVERIFY2(!e.isError(), qPrintable(e.message()));
                QCOMPARE(Migrations::currentVersion(db), v);
            }
        }
    }
    if (how == QLatin1String("open")) {
        HistoryStore store;
        const StoreError e = store.open(dbPath());
        QVERIFY2(!e.isError(), qPrintable(e.message()));
    }
    QCOMPARE(schemaOf(dbPath()), expected);
    RawConnection raw(dbPath());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
             QString::number(Migrations::latestVersion()));
    // Besides the version, only what schema 5's fill records: whether poll ids follow poll times
    // (and when a writer last ran the full integrity check, which is no part of the schema).
    QCOMPARE(raw.column(QStringLiteral("SELECT key || '=' || value FROM meta WHERE key NOT IN ('schema_version', 'integrity_checked_at')")),
             QStringList{QStringLiteral("poll_order=time")});
}

void TestHistoryStore::samePollTwiceAddsNoSamplesButExtendsPresence()
{
    const RepoStatsList repos = makeRepos(50, 0);
    qint64 first = 0, last = 0;
    {
        HistoryStore store;
        QVERIFY(!store.open(dbPath()).isError());
        const auto a = store.storePoll(pollAtMinute(repos, 0));
        const auto b = store.storePoll(pollAtMinute(repos, 15));
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.error.message() + b.error.message()));
        QVERIFY(b.value > a.value);
        first = a.value;
        QCOMPARE(store.sampleCount().value, 50);
        QCOMPARE(store.pollCount().value, 2);
        const auto latest = store.latestValues();
        QVERIFY(latest.ok());
        QCOMPARE(latest.value.size(), 50);
        for (const LatestValue &v : latest.value) {
            QCOMPARE(v.observedAt, pollAtMinute(repos, 0).finishedAt); // figures first seen by poll 1
            QCOMPARE(v.lastSeen, pollAtMinute(repos, 15).finishedAt);  // still seen by poll 2
        }
    }
    {
        // A new process: the write-side caches come from the file, and still nothing is added.
        HistoryStore store;
        QVERIFY(!store.open(dbPath()).isError());
        const auto c = store.storePoll(pollAtMinute(repos, 30));
        QVERIFY(c.ok());
        last = c.value;
    }
    RawConnection raw(dbPath());
    QCOMPARE(raw.count(QStringLiteral("samples")), 50);
    QCOMPARE(raw.count(QStringLiteral("polls")), 3);
    QCOMPARE(raw.count(QStringLiteral("aggregates")), 3);
    QCOMPARE(raw.count(QStringLiteral("presence")), 50);
    QCOMPARE(raw.column(QStringLiteral("SELECT DISTINCT from_poll || '-' || to_poll FROM presence")),
             QStringList{QStringLiteral("%1-%2").arg(first).arg(last)});
    QCOMPARE(raw.column(QStringLiteral("SELECT DISTINCT poll_id FROM samples")), QStringList{QString::number(first)});
}

void TestHistoryStore::changedRepoAddsExactlyOneSample_data()
{
    QTest::addColumn<int>("field"); // 0 all-time, 1 30-day, 2 likes, 3 metadata only
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("newSamples");
    QTest::newRow("all-time downloads") << 0 << qint64(123'456'789) << 1;
    QTest::newRow("30-day downloads") << 1 << qint64(42) << 1;
    QTest::newRow("likes") << 2 << qint64(77) << 1;
    QTest::newRow("all-time becomes unknown") << 0 << qint64(-1) << 1;
    QTest::newRow("likes become unknown") << 2 << qint64(-1) << 1;
    QTest::newRow("metadata only") << 3 << qint64(0) << 0;
}

void TestHistoryStore::changedRepoAddsExactlyOneSample()
{
    QFETCH(int, field);
    QFETCH(qint64, value);
    QFETCH(int, newSamples);
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    RepoStatsList repos = makeRepos(20, 0);
    QVERIFY(store.storePoll(pollAtMinute(repos, 0)).ok());
    RepoStats &changed = repos[7];
    qint64 *figures[] = {&changed.downloadsAllTime, &changed.downloads30d, &changed.likes};
    if (field < 3)
        *figures[field] = value;
    else
        changed.pipelineTag = QStringLiteral("fill-mask");
    const auto second = store.storePoll(pollAtMinute(repos, 15));
    QVERIFY(second.ok());
    QCOMPARE(store.sampleCount().value, 20 + newSamples);

    RawConnection raw(dbPath());
    const QString sql = QStringLiteral("SELECT r.name, coalesce(s.all_time, -1), coalesce(s.d30, -1), coalesce(s.likes, -1)"
                                       " FROM samples s JOIN repos r ON r.id = s.repo_id WHERE s.poll_id = %1")
                            .arg(second.value);
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(sql));
    int rows = 0;
    while (q.next()) {
        ++rows;
        QCOMPARE(q.value(0).toString(), changed.id);
        QCOMPARE(q.value(1).toLongLong(), changed.downloadsAllTime);
        QCOMPARE(q.value(2).toLongLong(), changed.downloads30d);
        QCOMPARE(q.value(3).toLongLong(), changed.likes);
    }
    QCOMPARE(rows, newSamples);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT pipeline_tag FROM repos WHERE name = '%1'").arg(changed.id)), changed.pipelineTag);
    // Every repo's single presence run now reaches the second poll.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM presence WHERE to_poll = %1").arg(second.value)), QStringLiteral("20"));
}

void TestHistoryStore::leavingAndReenteringStartsANewPresenceRun()
{
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    const RepoStatsList both = makeRepos(2, 0); // org/repo-0 stays, org/repo-1 leaves once
    const RepoStatsList onlyFirst{both.first()};
    PollResult otherScope = pollAtMinute(onlyFirst, 20);
    otherScope.scope.topModels = 10;
    const qint64 p1 = store.storePoll(pollAtMinute(both, 0)).value;
    const qint64 p2 = store.storePoll(pollAtMinute(onlyFirst, 15)).value;
    // A poll of another scope between two polls of this one does not break this scope's runs.
    const qint64 other = store.storePoll(otherScope).value;
    const qint64 p3 = store.storePoll(pollAtMinute(both, 30)).value;
    const qint64 p4 = store.storePoll(pollAtMinute(both, 45)).value;
    QVERIFY(p1 > 0 && p2 > p1 && other > p2 && p3 > other && p4 > p3);

    RawConnection raw(dbPath());
    const auto runs = [&raw](const QString &name) {
        return raw.column(QStringLiteral("SELECT s.scope_key || ' ' || p.from_poll || '-' || p.to_poll FROM presence p"
                                         " JOIN repos r ON r.id = p.repo_id JOIN scopes s ON s.id = p.scope_id"
                                         " WHERE r.name = '%1' ORDER BY p.scope_id, p.from_poll")
                              .arg(name));
    };
    const QString main = pollAtMinute(both, 0).scope.key(), small = otherScope.scope.key();
    QCOMPARE(runs(QStringLiteral("org/repo-0")),
             (QStringList{QStringLiteral("%1 %2-%3").arg(main).arg(p1).arg(p4), QStringLiteral("%1 %2-%2").arg(small).arg(other)}));
    QCOMPARE(runs(QStringLiteral("org/repo-1")),
             (QStringList{QStringLiteral("%1 %2-%2").arg(main).arg(p1), QStringLiteral("%1 %2-%3").arg(main).arg(p3).arg(p4)}));
    // Leaving and coming back with the same figures is still no new sample.
    QCOMPARE(raw.count(QStringLiteral("samples")), 2);
}

namespace {
// latest_values as rows, and the same computed from every sample as readers of schema 4 do.
QStringList latestKept(RawConnection &raw)
{
    return raw.column(QStringLiteral("SELECT r.name || ' ' || l.poll_id || ' ' || l.observed_at || ' ' || coalesce(l.all_time, -1)"
                                     " || ' ' || coalesce(l.d30, -1) || ' ' || coalesce(l.likes, -1) || ' ' || coalesce(l.last_seen, -1)"
                                     " FROM latest_values l JOIN repos r ON r.id = l.repo_id ORDER BY r.name"));
}

QStringList latestFromSamples(RawConnection &raw)
{
    return raw.column(QStringLiteral(
        "SELECT r.name || ' ' || l.poll_id || ' ' || l.finished_at || ' ' || coalesce(l.all_time, -1) || ' ' || coalesce(l.d30, -1)"
        " || ' ' || coalesce(l.likes, -1) || ' ' || coalesce((SELECT max(lp.finished_at) FROM presence pr JOIN polls lp"
        " ON lp.id = pr.to_poll WHERE pr.repo_id = r.id), -1)"
        " FROM (SELECT s.repo_id, s.poll_id, p.finished_at, s.all_time, s.d30, s.likes,"
        "       row_number() OVER (PARTITION BY s.repo_id ORDER BY p.finished_at DESC, s.poll_id DESC) AS rn"
        "       FROM samples s JOIN polls p ON p.id = s.poll_id) l JOIN repos r ON r.id = l.repo_id WHERE l.rn = 1 ORDER BY r.name"));
}

// Repos entering, leaving, coming back unchanged, changing, renamed onto a new id and merged
// into an existing one, a partial poll, and a poll whose time is older than the last one's.
void storeEventfulHistory(HistoryStore &store)
{
    const RepoStatsList first = makeRepos(6, 0);
    QVERIFY(store.storePoll(pollAtMinute(first, 0)).ok());
    QVERIFY(store.storePoll(pollAtMinute(makeRepos(4, 1), 15)).ok()); // repo-4 and 5 leave, 0-3 change
    RepoStatsList back = makeRepos(4, 1) + makeRepos(3, 2, 4);        // 4, 5 come back changed, 6 enters
    QVERIFY(store.storePoll(pollAtMinute(back, 30)).ok());
    QVERIFY(store.storePoll(pollAtMinute(back, 45, false)).ok()); // partial, same figures
    PollResult renamed = pollAtMinute(makeRepos(7, 3), 60);
    renamed.renames = {{RepoKind::Model, QStringLiteral("org/repo-0"), QStringLiteral("org/renamed-0")},
                       {RepoKind::Model, QStringLiteral("org/repo-1"), QStringLiteral("org/repo-3")}};
    renamed.repos.removeFirst(); // the renamed ones come back under their new ids only
    renamed.repos.removeFirst();
    QVERIFY(store.storePoll(renamed).ok());
}
} // namespace

void TestHistoryStore::latestValuesTableMatchesTheSamples()
{
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    storeEventfulHistory(store);
    RawConnection raw(dbPath());
    const QStringList expected = latestFromSamples(raw);
    QVERIFY(expected.size() >= 6);
    QCOMPARE(latestKept(raw), expected);
    QCOMPARE(raw.column(QStringLiteral("SELECT value FROM meta WHERE key = 'poll_order'")), QStringList{QStringLiteral("time")});
    const auto before = store.latestValues();
    QVERIFY(before.ok());
    QCOMPARE(before.value.size(), expected.size());

    // A poll older than the last (a clock set back): latest values still go by time, and
    // snapshots stop relying on poll ids following poll times.
    QVERIFY(store.storePoll(pollAtMinute(makeRepos(3, 9), 20)).ok());
    // Last seen is the newest poll that saw the repo (the samples' query took the time of the
    // run's last poll id, here the older poll): compare the rest.
    const auto withoutLastSeen = [](QStringList rows) {
        for (QString &row : rows)
            row = row.section(QLatin1Char(' '), 0, -2);
        return rows;
    };
    QCOMPARE(withoutLastSeen(latestKept(raw)), withoutLastSeen(latestFromSamples(raw)));
    QCOMPARE(latestKept(raw).filter(QStringLiteral("org/repo-2 ")).value(0).section(QLatin1Char(' '), -1),
             QString::number(pollAtMinute({}, 60).finishedAt.toMSecsSinceEpoch()));
    QCOMPARE(raw.column(QStringLiteral("SELECT value FROM meta WHERE key = 'poll_order'")), QStringList{QStringLiteral("mixed")});
    const auto snapshot = store.snapshotAt(pollAtMinute({}, 25).finishedAt);
    QVERIFY(snapshot.ok());
    QCOMPARE(snapshot.value.repos.value(QStringLiteral("model:org/repo-1")).downloadsAllTime, makeRepos(3, 9).at(1).downloadsAllTime);
}

void TestHistoryStore::migrationFillsLatestValues()
{
    {
        HistoryStore store;
        QVERIFY(!store.open(dbPath()).isError());
        storeEventfulHistory(store);
    }
    {
        // Back to schema 4 as an older HubWatch left it.
        RawConnection raw(dbPath());
        for (const char *table : {"census_samples", "census_repos"}) // schema 8
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        for (const char *table : {"census_breakdowns", "census_kinds", "censuses"}) // schema 7 (census_seen went in 8)
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE poll_figures"))); // schema 6
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE latest_values")));
        QVERIFY(raw.exec(QStringLiteral("DROP INDEX polls_by_time")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM meta WHERE key = 'poll_order'")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '4' WHERE key = 'schema_version'")));
    }
    {
        // A reader does not migrate: it still reads the latest values, the old way.
        HistoryStore reader;
        QVERIFY(!reader.open(dbPath(), HistoryStore::Mode::ReadOnly).isError());
        QCOMPARE(reader.schemaVersion(), 4);
        const auto latest = reader.latestValues();
        QVERIFY(latest.ok());
        QVERIFY(latest.value.size() >= 6);
        QVERIFY(reader.snapshotAt(pollAtMinute({}, 60).finishedAt).ok());
    }
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
    RawConnection raw(dbPath());
    QCOMPARE(latestKept(raw), latestFromSamples(raw));
    QVERIFY(!latestKept(raw).isEmpty());
    QCOMPARE(raw.column(QStringLiteral("SELECT value FROM meta WHERE key = 'poll_order'")), QStringList{QStringLiteral("time")});
}

void TestHistoryStore::aggregatesOnlyForCompletePolls()
{
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    const RepoStatsList repos = makeRepos(30, 0); // 20 models, 10 datasets
    const qint64 complete = store.storePoll(pollAtMinute(repos, 0)).value;
    const qint64 partial = store.storePoll(pollAtMinute(makeRepos(30, 1).mid(0, 20), 15, false)).value;
    const qint64 failed = store.storePoll(pollAtMinute({}, 30, false)).value;
    QVERIFY(complete > 0 && partial > complete && failed > partial);

    RawConnection raw(dbPath());
    QCOMPARE(raw.column(QStringLiteral("SELECT poll_id FROM aggregates")), QStringList{QString::number(complete)});
    QCOMPARE(raw.column(QStringLiteral("SELECT outcome FROM polls ORDER BY id")),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
    QVERIFY(!raw.scalar(QStringLiteral("SELECT errors FROM polls WHERE id = %1").arg(partial)).isEmpty());
    // The partial poll's changed figures are still stored as samples.
    QCOMPARE(raw.count(QStringLiteral("samples")), 50);

    auto headline = store.latestAggregate();
    QVERIFY(headline.ok());
    QCOMPARE(headline.value.pollId, complete);
    qint64 total = 0, d30 = 0;
    for (const RepoStats &r : repos) {
        total += r.downloadsAllTime;
        d30 += r.downloads30d;
    }
    QCOMPARE(headline.value.totalAllTime, total);
    QCOMPARE(headline.value.sumDownloads30d, d30);
    QCOMPARE(headline.value.reposCovered, 30);
    QCOMPARE(headline.value.models, 20);
    QCOMPARE(headline.value.datasets, 10);

    const qint64 next = store.storePoll(pollAtMinute(makeRepos(30, 2), 45)).value;
    headline = store.latestAggregate();
    QCOMPARE(headline.value.pollId, next);
    QCOMPARE(headline.value.totalAllTime, total + 30 * 2 * 7);
}

void TestHistoryStore::failedWriteStoresNothingAndStoreRecovers_data()
{
    QTest::addColumn<QString>("event"); // the trigger's event
    QTest::addColumn<int>("nth");       // fails on this occurrence within the poll
    QTest::newRow("500th sample insert") << QStringLiteral("INSERT ON samples") << 500;
    QTest::newRow("60th new repo") << QStringLiteral("INSERT ON repos") << 60;
    QTest::newRow("15th metadata update") << QStringLiteral("UPDATE ON repos") << 15;
    QTest::newRow("700th presence extension") << QStringLiteral("UPDATE ON presence") << 700;
    QTest::newRow("80th new presence run") << QStringLiteral("INSERT ON presence") << 80;
    QTest::newRow("the aggregate (last write)") << QStringLiteral("INSERT ON aggregates") << 1;
}

// Poll 2 changes the figures of repos 0..899, drops 900..999, adds 1000..1099 and changes the
// metadata of every 25th repo, in a shuffled order, so every kind of write happens before the fault.
void TestHistoryStore::failedWriteStoresNothingAndStoreRecovers()
{
    QFETCH(QString, event);
    QFETCH(int, nth);
    HistoryStore store;
    QVERIFY(!store.open(dbPath()).isError());
    const auto p1 = store.storePoll(pollAtMinute(makeRepos(1000, 0), 0));
    QVERIFY(p1.ok());
    RepoStatsList second = makeRepos(900, 1) + makeRepos(100, 1, 1000);
    for (int i = 0; i < second.size(); i += 25)
        second[i].pipelineTag = QStringLiteral("image-classification");
    QRandomGenerator rng(42);
    std::shuffle(second.begin(), second.end(), rng);

    RawConnection raw(dbPath());
    const QByteArray before = raw.digest();
    QVERIFY(raw.exec(QStringLiteral("CREATE TABLE fault_count (n INTEGER NOT NULL)")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO fault_count VALUES (0)")));
    if (postgres()) {
        // The same fault in PL/pgSQL: a row trigger on the event's table.
        QVERIFY2(raw.exec(QStringLiteral("CREATE FUNCTION fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                                         " UPDATE fault_count SET n = n + 1;"
                                         " IF (SELECT n FROM fault_count) >= %1 THEN RAISE EXCEPTION 'injected fault'; END IF;"
                                         " RETURN NEW; END $$")
                              .arg(nth)),
                 qPrintable(raw.error()));
        QVERIFY2(raw.exec(QStringLiteral("CREATE TRIGGER fault BEFORE %1 FOR EACH ROW EXECUTE FUNCTION fault()").arg(event)),
                 qPrintable(raw.error()));
    } else {
        QVERIFY2(raw.exec(QStringLiteral("CREATE TRIGGER fault BEFORE %1 BEGIN UPDATE fault_count SET n = n + 1;"
                                         " SELECT RAISE(ABORT, 'injected fault') WHERE (SELECT n FROM fault_count) >= %2; END")
                              .arg(event)
                              .arg(nth)),
                 qPrintable(raw.error()));
    }

    const auto failed = store.storePoll(pollAtMinute(second, 15));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error.message().contains(QLatin1String("injected fault")), qPrintable(failed.error.message()));
    QCOMPARE(failed.error.kind(), StoreError::Kind::Sql);
    // The fault fired (the counter was rolled back with the poll, so it reads 0 again).
    QCOMPARE(raw.scalar(QStringLiteral("SELECT n FROM fault_count")), QStringLiteral("0"));
    QCOMPARE(raw.digest(), before);
    const QString table = event.section(QLatin1Char(' '), -1);
    QVERIFY(raw.exec(postgres() ? QStringLiteral("DROP TRIGGER fault ON %1").arg(table) : QStringLiteral("DROP TRIGGER fault")));
    QVERIFY(raw.exec(QStringLiteral("DROP TABLE fault_count")));

    // The same poll again: stored whole, with change-only decided against what is really stored.
    const auto p2 = store.storePoll(pollAtMinute(second, 30));
    QVERIFY2(p2.ok(), qPrintable(p2.error.message()));
    QCOMPARE(raw.count(QStringLiteral("polls")), 2);
    QCOMPARE(raw.count(QStringLiteral("repos")), 1100);
    QCOMPARE(raw.count(QStringLiteral("samples")), 2000);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM samples WHERE poll_id = %1").arg(p2.value)), QStringLiteral("1000"));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM repos WHERE pipeline_tag = 'image-classification'")), QStringLiteral("40"));
    const auto runsEnding = [&raw](qint64 from, qint64 to) {
        return raw.scalar(QStringLiteral("SELECT count(*) FROM presence WHERE from_poll = %1 AND to_poll = %2").arg(from).arg(to)).toInt();
    };
    QCOMPARE(runsEnding(p1.value, p2.value), 900);
    QCOMPARE(runsEnding(p1.value, p1.value), 100);
    QCOMPARE(runsEnding(p2.value, p2.value), 100);
    QCOMPARE(raw.count(QStringLiteral("aggregates")), 2);

    // And once more unchanged: nothing new but a poll, an aggregate and longer runs.
    const auto p3 = store.storePoll(pollAtMinute(second, 45));
    QVERIFY(p3.ok());
    QCOMPARE(raw.count(QStringLiteral("samples")), 2000);
    QCOMPARE(raw.count(QStringLiteral("presence")), 1100);
    QCOMPARE(runsEnding(p1.value, p3.value), 900);
    QCOMPARE(runsEnding(p2.value, p3.value), 100);
    if (!postgres())
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
