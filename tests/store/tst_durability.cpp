// Crash durability: durability_writer stores polls into one file and is killed with SIGKILL at
// random moments (during open, migration, a poll's transaction, a checkpoint…), then restarted on
// the same file. Every poll it reported committed must be there exactly, and nothing half-written.
#include "RobustnessSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace hubwatch;
using namespace hubwatch::test;

class TestDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNoCommittedPoll();
};

namespace {

struct Committed
{
    qint64 pollId;
    QByteArray checksum;
};

// Complete lines only: a line cut short by the kill is not a report.
QList<Committed> parseCommitted(const QByteArray &out, QStringList *problems)
{
    QList<Committed> result;
    static const QRegularExpression line(QStringLiteral("^COMMITTED (\\d+) ([0-9a-f]{16})$"));
    const QList<QByteArray> lines = out.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) { // the last piece follows the final newline
        const QRegularExpressionMatch m = line.match(QString::fromLatin1(lines.at(i)));
        if (m.hasMatch())
            result.append({m.captured(1).toLongLong(), m.captured(2).toLatin1()});
        else
            problems->append(QString::fromLatin1(lines.at(i)));
    }
    return result;
}

// What the file holds for each poll, in the form durability_writer printed. Read in two scans:
// samples have no index by poll.
QHash<qint64, QByteArray> storedChecksums(RawConnection &raw)
{
    QHash<qint64, QStringList> lines;
    QHash<qint64, QByteArray> result;
    QSqlQuery q(raw.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.poll_id, CASE r.kind WHEN 0 THEN 'model:' ELSE 'dataset:' END || r.name,"
                               " s.all_time, s.d30, s.likes FROM samples s JOIN repos r ON r.id = s.repo_id")))
        return result;
    while (q.next())
        lines[q.value(0).toLongLong()] << sampleLine(q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                                     q.value(4).toLongLong());
    if (!q.exec(QStringLiteral("SELECT poll_id, total_all_time, sum_d30, repos_covered, models, datasets FROM aggregates")))
        return result;
    while (q.next())
        result.insert(q.value(0).toLongLong(),
                      pollChecksum(lines.value(q.value(0).toLongLong()),
                                   aggregateLine(q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(), q.value(4).toInt(),
                                                 q.value(5).toInt())));
    return result;
}

} // namespace

void TestDurability::killedWriterLosesNoCommittedPoll()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QRandomGenerator rng(20240611); // fixed: a failure can be replayed
    const int kills = int(rng.bounded(25, 41));
    QList<Committed> reported;
    QStringList problems;
    int killedMidRun = 0;
    QElapsedTimer clock;
    clock.start();

    for (int i = 0; i <= kills; ++i) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        const bool last = i == kills; // the final run is not killed: the store must still work
        writer.start(QStringLiteral(DURABILITY_WRITER), {QStringLiteral("write"), path, last ? QStringLiteral("3") : QStringLiteral("0")});
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
        if (last) {
            QVERIFY(writer.waitForFinished(30000));
        } else {
            QThread::msleep(rng.bounded(20, 301));
            killedMidRun += writer.state() == QProcess::Running;
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(5000));
        }
        const QByteArray out = writer.readAllStandardOutput(), err = writer.readAllStandardError();
        if (last)
            QVERIFY2(writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0, (out + err).constData());
        const QList<Committed> run = parseCommitted(out, &problems);
        reported += run;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + QString::fromLocal8Bit(err)));
        if (last)
            QCOMPARE(run.size(), 3);
    }
    qInfo("%d kills (%d while running), %d polls reported committed, %lld ms", kills, killedMidRun, int(reported.size()), clock.elapsed());
    QCOMPARE(killedMidRun, kills); // no run ended on its own: every kill interrupted real work
    QVERIFY2(reported.size() >= 2 * kills, "too few commits between kills to mean anything");

    RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY2(raw.ok(), qPrintable(raw.error()));
    QCOMPARE(raw.column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QCOMPARE(raw.column(QStringLiteral("PRAGMA foreign_key_check")), QStringList());

    // Every reported poll is there with exactly the samples and aggregate it was reported with.
    const QHash<qint64, QByteArray> stored = storedChecksums(raw);
    for (const Committed &c : std::as_const(reported))
        QVERIFY2(stored.value(c.pollId) == c.checksum, qPrintable(QStringLiteral("poll %1").arg(c.pollId)));

    // And beyond the reports: the stored polls are durability polls 1..N in order, each exactly as
    // the model says — a poll committed just before a kill, never reported, is whole too.
    const QStringList ids = raw.column(QStringLiteral("SELECT id FROM polls ORDER BY id"));
    QVERIFY(ids.size() >= reported.size());
    QCOMPARE(ids.last().toLongLong(), reported.last().pollId);
    QHash<qint64, int> seqOf;
    for (int seq = 1; seq <= ids.size(); ++seq) {
        seqOf.insert(ids.at(seq - 1).toLongLong(), seq);
        QVERIFY2(stored.value(ids.at(seq - 1).toLongLong()) == durability::expectedChecksum(seq),
                 qPrintable(QStringLiteral("poll %1 (#%2)").arg(ids.at(seq - 1)).arg(seq)));
    }
    QCOMPARE(stored.size(), ids.size()); // an aggregate for every poll, and none without its poll

    // Presence runs: maximal stretches of consecutive polls that saw the repo.
    QStringList expectedRuns, storedRuns;
    for (int r = 0; r < durability::kRepos; ++r) {
        const QString key = durability::repoAt(1, r).id;
        for (int seq = 1; seq <= ids.size(); ++seq) {
            if (!durability::present(seq, r) || (seq > 1 && durability::present(seq - 1, r)))
                continue;
            int end = seq;
            while (end < ids.size() && durability::present(end + 1, r))
                ++end;
            expectedRuns << QStringLiteral("%1 %2-%3").arg(key).arg(seq).arg(end);
        }
    }
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT r.name, p.from_poll, p.to_poll FROM presence p JOIN repos r ON r.id = p.repo_id")));
    while (q.next())
        storedRuns << QStringLiteral("%1 %2-%3")
                          .arg(q.value(0).toString())
                          .arg(seqOf.value(q.value(1).toLongLong()))
                          .arg(seqOf.value(q.value(2).toLongLong()));
    expectedRuns.sort();
    storedRuns.sort();
    QCOMPARE(storedRuns, expectedRuns);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
