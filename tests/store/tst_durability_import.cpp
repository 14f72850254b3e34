// Crash durability of `hubwatch import`: the real command is killed with SIGKILL while it merges a
// large export. Each time the database must pass integrity_check and hold the history from before
// the import (the merge is one transaction, rolled back), and a later import must complete to the
// same history as an uninterrupted one.
//
// Every kill is known to land inside the merge transaction: the import logs (debug, category
// hubwatch.store) when the transaction begins and when it has committed; the kill comes a random
// part of a measured merge after the first line, and counts only if the second never came. The
// seed is logged; TST_DURABILITY_IMPORT_SEED=N replays its delays.
#include "RobustnessSupport.h"
#include "RunHubwatch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using hubwatch::test::hubwatchEnvironment;
using hubwatch::test::RawConnection;
using hubwatch::test::RunAs;

namespace {
constexpr QByteArrayView kBegun = "import: merge transaction begun";
constexpr QByteArrayView kCommitted = "import: merge transaction committed";
constexpr int kKills = 12;
constexpr int kMaxAttempts = 2 * kKills; // a kill that came after the commit is not counted
} // namespace

class TestDurabilityImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedImportIsAllOrNothing();

private:
    QByteArray run(const QStringList &args, int *exitCode = nullptr);
    QByteArray exportOf(const QString &db);
    // integrity_check's verdict, and the digest of every HubWatch table (equal: same history).
    static QString integrity(const QString &db);
    static QByteArray digest(const QString &db);
    // Starts `hubwatch import` into db with the store's debug log on, and returns once it logged
    // that the merge transaction has begun (false if it never did).
    bool startImport(QProcess &p, const QString &db, QByteArray *log);

    QTemporaryDir m_dir;
    QString m_csv, m_base;
    QByteArray m_before, m_after;
    qint64 m_mergeMs = 0;
};

QByteArray TestDurabilityImport::run(const QStringList &args, int *exitCode)
{
    const auto r = hubwatch::test::runHubwatch(args, m_dir.filePath(QStringLiteral("home")), RunAs::Me, 120000);
    if (exitCode)
        *exitCode = r.exitCode;
    return r.out;
}

QByteArray TestDurabilityImport::exportOf(const QString &db)
{
    int rc = -1;
    const QByteArray csv = run({QStringLiteral("export-csv"), QStringLiteral("--db"), db}, &rc);
    return rc == 0 ? csv : QByteArray("export failed");
}

QString TestDurabilityImport::integrity(const QString &db)
{
    RawConnection raw(db);
    return raw.ok() ? raw.scalar(QStringLiteral("PRAGMA integrity_check")) : raw.error();
}

QByteArray TestDurabilityImport::digest(const QString &db)
{
    RawConnection raw(db);
    return raw.ok() ? raw.digest() : raw.error().toUtf8();
}

bool TestDurabilityImport::startImport(QProcess &p, const QString &db, QByteArray *log)
{
    QProcessEnvironment env = hubwatchEnvironment(m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hubwatch.store.debug=true"));
    p.setProcessChannelMode(QProcess::MergedChannels);
    hubwatch::test::launchHubwatch(p, {QStringLiteral("import"), m_csv, QStringLiteral("--db"), db}, env);
    if (!p.waitForStarted(5000))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (!log->contains(kBegun) && p.state() == QProcess::Running && waited.elapsed() < 120000) {
        p.waitForReadyRead(50);
        *log += p.readAll();
    }
    return log->contains(kBegun);
}

void TestDurabilityImport::initTestCase()
{
    // A source history of 40 days of polls of 450 repos, exported: what gets imported.
    const QString source = m_dir.filePath(QStringLiteral("source.sqlite"));
    QProcess gen;
    gen.start(QStringLiteral(MAKE_DEMO_HISTORY), {source, QStringLiteral("40"), QStringLiteral("6")});
    QVERIFY(gen.waitForFinished(180000) && gen.exitCode() == 0);
    m_csv = m_dir.filePath(QStringLiteral("history.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(exportOf(source));
    csv.close();
    QVERIFY(csv.size() > 1'000'000);

    // The database it goes into already holds a shorter history of its own.
    m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
    gen.start(QStringLiteral(MAKE_DEMO_HISTORY), {m_base, QStringLiteral("3"), QStringLiteral("12")});
    QVERIFY(gen.waitForFinished(60000) && gen.exitCode() == 0);
    m_before = digest(m_base);

    // An uninterrupted import: what a completed one must look like, and how long its merge takes
    // from the first log line to the second.
    const QString full = m_dir.filePath(QStringLiteral("full.sqlite"));
    QVERIFY(QFile::copy(m_base, full));
    QProcess p;
    QByteArray log;
    QVERIFY2(startImport(p, full, &log), log.constData());
    QElapsedTimer merge;
    merge.start();
    while (!log.contains(kCommitted) && p.state() == QProcess::Running) {
        p.waitForReadyRead(5);
        log += p.readAll();
    }
    m_mergeMs = merge.elapsed();
    QVERIFY(p.waitForFinished(60000));
    log += p.readAll();
    QVERIFY2(log.contains(kCommitted), log.constData());
    QCOMPARE(p.exitCode(), 0);
    m_after = digest(full);
    QVERIFY(m_after != m_before);
    qInfo("the merge of an import of %lld bytes takes %lld ms", qint64(csv.size()), m_mergeMs);
    QVERIFY2(m_mergeMs >= 20, "the merge is too short to aim kills into it");
}

void TestDurabilityImport::killedImportIsAllOrNothing()
{
    const quint32 seed = qEnvironmentVariableIsSet("TST_DURABILITY_IMPORT_SEED")
        ? quint32(qEnvironmentVariableIntValue("TST_DURABILITY_IMPORT_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("seed %u (replay the delays with TST_DURABILITY_IMPORT_SEED=%u)", seed, seed);
    QRandomGenerator rng(seed);
    int inside = 0, attempts = 0;
    for (; inside < kKills && attempts < kMaxAttempts; ++attempts) {
        const QString db = m_dir.filePath(QStringLiteral("kill-%1.sqlite").arg(attempts));
        QVERIFY(QFile::copy(m_base, db));
        QProcess p;
        QByteArray log;
        QVERIFY2(startImport(p, db, &log), log.constData());
        // Within the first 80 % of the merge, so that a slower or faster run still lands in it.
        const int delayMs = int(rng.bounded(quint32(m_mergeMs * 8 / 10)));
        QThread::msleep(delayMs);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        log += p.readAll();
        const bool committed = log.contains(kCommitted);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        const QByteArray now = digest(db);
        QVERIFY2(now == m_before || now == m_after, qPrintable(QStringLiteral("kill %1 left a partial import").arg(attempts)));
        if (committed)
            QVERIFY2(now == m_after, "the import logged its commit, yet its history is not there");
        const bool rolledBack = !committed && now == m_before;
        inside += rolledBack;
        qInfo("kill %d, %d ms into the merge: %s", attempts, delayMs,
              rolledBack      ? "inside the transaction, rolled back"
                  : committed ? "after the commit"
                              : "at the commit");
        // Importing again afterwards completes it (or changes nothing if it had completed).
        int rc = -1;
        run({QStringLiteral("import"), m_csv, QStringLiteral("--db"), db}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(digest(db), m_after);
    }
    qInfo("%d of %d kills landed inside the merge transaction", inside, attempts);
    QCOMPARE(inside, kKills);
}

QTEST_GUILESS_MAIN(TestDurabilityImport)
#include "tst_durability_import.moc"
