// Renamed repos in the history (issue 12, item 7), on SQLite and on PostgreSQL (ctest runs both):
// a poll that carries renames moves the old id's history, thresholds, milestones, annotations and
// alerts to the canonical id in its own transaction; two rows of one repo are merged without
// losing samples; a poll that fails moves nothing.
#include "RobustnessSupport.h"
#include "TestBackend.h"

#include "store/AlertStore.h"
#include "store/HistoryStore.h"
#include "store/SeriesQueries.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

namespace {

QString keyOf(RepoKind kind, const QString &id)
{
    return kindName(kind) + QLatin1Char(':') + id;
}

PollResult pollAt(const RepoStatsList &repos, int minute, const QList<RepoRename> &renames = {})
{
    PollResult p = pollAtMinute(repos, minute);
    p.renames = renames;
    return p;
}

qint64 msAt(int minute)
{
    return pollAt({}, minute).finishedAt.toMSecsSinceEpoch();
}

AlertRecord milestoneAlert(const QString &series, int minute)
{
    AlertRecord a;
    a.kind = AlertRecord::Kind::Milestone;
    a.series = series;
    a.raisedAt = a.happenedAt = QDateTime::fromMSecsSinceEpoch(msAt(minute), Qt::UTC);
    a.threshold = 1'000'000;
    return a;
}

} // namespace

class TestRepoRenames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void renamedRepoKeepsItsHistoryAndAlertState_data();
    void renamedRepoKeepsItsHistoryAndAlertState();
    void bothRowsAreMergedWithoutLosingSamples_data();
    void bothRowsAreMergedWithoutLosingSamples();
    void aRenameWithoutHistoryMovesTheAlertState();
    void aFailedPollMovesNothing();

private:
    // The all-time figure of each stored sample of a repo, oldest poll first.
    QStringList samplesOf(RawConnection &raw, RepoKind kind, const QString &id)
    {
        return raw.column(QStringLiteral("SELECT s.all_time FROM samples s JOIN repos r ON r.id = s.repo_id"
                                         " JOIN polls p ON p.id = s.poll_id WHERE r.kind = %1 AND r.name = '%2'"
                                         " ORDER BY p.finished_at")
                              .arg(kind == RepoKind::Model ? 0 : 1)
                              .arg(id));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestRepoRenames::initTestCase()
{
    QString error;
    QVERIFY2(TestBackend::instance().prepare(&error), qPrintable(error));
    qInfo("backend: %s", qPrintable(TestBackend::instance().name()));
}

void TestRepoRenames::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = TestBackend::instance().newHistory(m_dir->filePath(QStringLiteral("history.sqlite")));
}

void TestRepoRenames::renamedRepoKeepsItsHistoryAndAlertState_data()
{
    QTest::addColumn<RepoKind>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("renamed") << RepoKind::Model << QStringLiteral("old-org/old-name") << QStringLiteral("new-org/new-name");
    QTest::newRow("legacy id") << RepoKind::Model << QStringLiteral("gpt2") << QStringLiteral("openai-community/gpt2");
    QTest::newRow("other letter case") << RepoKind::Dataset << QStringLiteral("Org/Data_Set") << QStringLiteral("org/data_set");
}

void TestRepoRenames::renamedRepoKeepsItsHistoryAndAlertState()
{
    QFETCH(RepoKind, kind);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QString oldKey = keyOf(kind, from), newKey = keyOf(kind, to);
    const RepoStats other = describedRepo(RepoKind::Model, QStringLiteral("org/other"), 5, 5, 5);
    const auto at = [&](const QString &id, qint64 allTime) { return RepoStatsList{describedRepo(kind, id, allTime, 10, 1), other}; };
    HistoryStore store;
    QVERIFY(!store.open(m_db).isError());
    AlertStore alerts(store);
    qint64 first = 0;
    for (int i = 0; i < 3; ++i) {
        const auto stored = store.storePoll(pollAt(at(from, 100 * (i + 1)), 15 * i));
        QVERIFY2(stored.ok(), qPrintable(stored.error.message()));
        first = first ? first : stored.value;
    }
    // What the alert engine and the user recorded under the old key.
    QVERIFY(!alerts.addThreshold(oldKey, 250).isError());
    QVERIFY(!alerts.markPassed(oldKey, {0, 100}, QDateTime::fromMSecsSinceEpoch(msAt(0), Qt::UTC)).isError());
    QVERIFY(alerts.fireMilestone(oldKey, 250, milestoneAlert(oldKey, 30)).value > 0);
    QVERIFY(!alerts.annotate({oldKey, 0, msAt(0), msAt(15), -3, QStringLiteral("correction")}).isError());
    RawConnection raw(m_db);
    const QString repoId = raw.scalar(QStringLiteral("SELECT id FROM repos WHERE name = '%1'").arg(from));

    // The Hub now answers under the new id, with the same figures as last time.
    const auto renamed = store.storePoll(pollAt(at(to, 300), 45, {{kind, from, to}}));
    QVERIFY2(renamed.ok(), qPrintable(renamed.error.message()));
    QCOMPARE(raw.column(QStringLiteral("SELECT name FROM repos ORDER BY name")), (QStringList{to, other.id}));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT id FROM repos WHERE name = '%1'").arg(to)), repoId);
    // Change-only against the history it kept: no new sample, one presence run through the rename.
    QCOMPARE(samplesOf(raw, kind, to), (QStringList{QStringLiteral("100"), QStringLiteral("200"), QStringLiteral("300")}));
    QCOMPARE(raw.column(QStringLiteral("SELECT from_poll || '-' || to_poll FROM presence WHERE repo_id = %1").arg(repoId)),
             QStringList{QStringLiteral("%1-%2").arg(first).arg(renamed.value)});
    SeriesQueries queries(store);
    const auto series = queries.series(newKey, Metric::AllTime, QDateTime(), QDateTime(), 0);
    QVERIFY2(series.ok(), qPrintable(series.error.message()));
    QCOMPARE(series.value.points.first().t, msAt(0));
    QCOMPARE(series.value.points.last().t, msAt(45));
    QCOMPARE(series.value.points.last().value, 300.0);
    QVERIFY(!queries.series(oldKey, Metric::AllTime, QDateTime(), QDateTime(), 0).ok());

    // The alert state followed: the threshold, the baseline and the milestone that fired once.
    QCOMPARE(alerts.thresholds(newKey).value, QList<qint64>{250});
    QVERIFY(alerts.thresholds(oldKey).value.isEmpty());
    QVERIFY(alerts.hasBaseline(newKey).value);
    QCOMPARE(alerts.firedThresholds(newKey).value, QList<qint64>{250});
    QCOMPARE(alerts.fireMilestone(newKey, 250, milestoneAlert(newKey, 45)).value, 0); // never twice
    QCOMPARE(alerts.annotations(newKey, 0, msAt(60)).value.size(), 1);
    QVERIFY(alerts.annotations(oldKey, 0, msAt(60)).value.isEmpty());
    QCOMPARE(raw.column(QStringLiteral("SELECT series || ' ' || dedup_key FROM alerts")),
             QStringList{newKey + QStringLiteral(" milestone:") + newKey + QStringLiteral(":250")});
    for (const char *table : {"milestones", "thresholds", "annotations", "alerts"})
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE series = '%2'").arg(QLatin1String(table), oldKey)),
                 QStringLiteral("0"));

    // The same rename again (the watchlist not updated yet) changes nothing; the history goes on.
    const auto again = store.storePoll(pollAt(at(to, 400), 60, {{kind, from, to}}));
    QVERIFY2(again.ok(), qPrintable(again.error.message()));
    QCOMPARE(raw.count(QStringLiteral("repos")), 2);
    QCOMPARE(samplesOf(raw, kind, to).last(), QStringLiteral("400"));
    QCOMPARE(alerts.thresholds(newKey).value, QList<qint64>{250});
}

void TestRepoRenames::bothRowsAreMergedWithoutLosingSamples_data()
{
    QTest::addColumn<QList<int>>("oldAt");   // minutes of the polls that saw the old id
    QTest::addColumn<QList<int>>("newAt");   // ... and the new id (before the rename was known)
    QTest::addColumn<QStringList>("merged"); // all-time samples afterwards, oldest first
    QTest::addColumn<int>("runs");
    // All-time at minute m: 1000 + m under the old id, 2000 + m under the new one.
    QTest::newRow("one after the other") << QList<int>{0, 15, 30} << QList<int>{45, 60}
                                         << QStringList{QStringLiteral("1000"), QStringLiteral("1015"), QStringLiteral("1030"),
                                                        QStringLiteral("2045"), QStringLiteral("2060"), QStringLiteral("2075")}
                                         << 2;
    // Polls that saw both (an import, or polls stored before renames were followed): the
    // canonical figures win there, every other sample stays, and the runs become one.
    QTest::newRow("overlapping") << QList<int>{0, 15, 30, 45} << QList<int>{30, 45, 60}
                                 << QStringList{QStringLiteral("1000"), QStringLiteral("1015"), QStringLiteral("2030"),
                                                QStringLiteral("2045"), QStringLiteral("2060"), QStringLiteral("2075")}
                                 << 1;
}

void TestRepoRenames::bothRowsAreMergedWithoutLosingSamples()
{
    QFETCH(QList<int>, oldAt);
    QFETCH(QList<int>, newAt);
    QFETCH(QStringList, merged);
    QFETCH(int, runs);
    const QString from = QStringLiteral("old-org/old-name"), to = QStringLiteral("new-org/new-name");
    const QString oldKey = keyOf(RepoKind::Model, from), newKey = keyOf(RepoKind::Model, to);
    HistoryStore store;
    QVERIFY(!store.open(m_db).isError());
    for (int minute = 0; minute <= 60; minute += 15) {
        RepoStatsList repos{describedRepo(RepoKind::Model, QStringLiteral("org/other"), 5, 5, 5)};
        if (oldAt.contains(minute))
            repos.append(describedRepo(RepoKind::Model, from, 1000 + minute, 10, 1));
        if (newAt.contains(minute))
            repos.append(describedRepo(RepoKind::Model, to, 2000 + minute, 10, 1));
        QVERIFY(store.storePoll(pollAt(repos, minute)).ok());
    }
    RawConnection raw(m_db);
    QVERIFY(raw.exec(QStringLiteral("UPDATE repos SET formats = 257 WHERE name = '%1'").arg(from)));
    // Alert state under both keys, some of it the same entry.
    AlertStore alerts(store);
    for (const qint64 t : {250, 1000})
        QVERIFY(!alerts.addThreshold(oldKey, t).isError());
    for (const qint64 t : {1000, 5000})
        QVERIFY(!alerts.addThreshold(newKey, t).isError());
    QVERIFY(!alerts.markPassed(oldKey, {0, 100}, QDateTime::fromMSecsSinceEpoch(msAt(0), Qt::UTC)).isError());
    QVERIFY(!alerts.markPassed(newKey, {0}, QDateTime::fromMSecsSinceEpoch(msAt(45), Qt::UTC)).isError());
    QVERIFY(alerts.fireMilestone(oldKey, 1000, milestoneAlert(oldKey, 15)).value > 0);
    QVERIFY(alerts.fireMilestone(newKey, 1000, milestoneAlert(newKey, 45)).value > 0);
    QVERIFY(!alerts.annotate({oldKey, 0, msAt(0), msAt(15), -3, QStringLiteral("old only")}).isError());
    QVERIFY(!alerts.annotate({oldKey, 1, msAt(30), msAt(45), 0, QStringLiteral("old, also new")}).isError());
    QVERIFY(!alerts.annotate({newKey, 1, msAt(30), msAt(45), 0, QStringLiteral("new")}).isError());
    const qint64 samplesBefore = raw.count(QStringLiteral("samples"));
    const QString newId = raw.scalar(QStringLiteral("SELECT id FROM repos WHERE name = '%1'").arg(to));

    const auto stored = store.storePoll(
        pollAt({describedRepo(RepoKind::Model, to, 2075, 10, 1), describedRepo(RepoKind::Model, QStringLiteral("org/other"), 5, 5, 5)}, 75,
               {{RepoKind::Model, from, to}}));
    QVERIFY2(stored.ok(), qPrintable(stored.error.message()));
    QCOMPARE(raw.column(QStringLiteral("SELECT name FROM repos ORDER BY name")), (QStringList{to, QStringLiteral("org/other")}));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT id FROM repos WHERE name = '%1'").arg(to)), newId);
    QCOMPARE(samplesOf(raw, RepoKind::Model, to), merged);
    const int shared = int(std::count_if(oldAt.cbegin(), oldAt.cend(), [&](int m) { return newAt.contains(m); }));
    QCOMPARE(raw.count(QStringLiteral("samples")), samplesBefore + 1 - shared);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM presence WHERE repo_id = %1").arg(newId)), QString::number(runs));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT first_seen FROM repos WHERE id = %1").arg(newId)), QString::number(msAt(0)));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT formats FROM repos WHERE id = %1").arg(newId)), QStringLiteral("257"));
    // Read back as one series: every poll from the first to the last, without a gap.
    const auto series = SeriesQueries(store).series(newKey, Metric::AllTime, QDateTime(), QDateTime(), 0);
    QVERIFY2(series.ok(), qPrintable(series.error.message()));
    QList<qint64> times;
    for (const ChartPoint &p : series.value.points) {
        QVERIFY(!p.gapBefore);
        times << p.t;
    }
    QCOMPARE(times.first(), msAt(0));
    QCOMPARE(times.last(), msAt(75));

    QCOMPARE(alerts.thresholds(newKey).value, (QList<qint64>{250, 1000, 5000}));
    QCOMPARE(raw.column(QStringLiteral("SELECT threshold FROM milestones WHERE series = '%1' ORDER BY threshold").arg(newKey)),
             (QStringList{QStringLiteral("0"), QStringLiteral("100"), QStringLiteral("1000")}));
    QCOMPARE(alerts.firedThresholds(newKey).value, QList<qint64>{1000});
    const auto notes = alerts.annotations(newKey, 0, msAt(75)).value;
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.last().note, QStringLiteral("new")); // the same entry under both: the new key's stays
    // Both milestone alerts stay in the log, under the new series; the dedup keys stay unique.
    QCOMPARE(raw.column(QStringLiteral("SELECT series FROM alerts")), (QStringList{newKey, newKey}));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(DISTINCT dedup_key) FROM alerts")), QStringLiteral("2"));
    for (const char *table : {"milestones", "thresholds", "annotations", "alerts"})
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE series = '%2'").arg(QLatin1String(table), oldKey)),
                 QStringLiteral("0"));
}

void TestRepoRenames::aRenameWithoutHistoryMovesTheAlertState()
{
    // A threshold set on the id as the user typed it, before any poll stored that repo.
    const QString from = QStringLiteral("Org/Name"), to = QStringLiteral("org/name");
    HistoryStore store;
    QVERIFY(!store.open(m_db).isError());
    AlertStore alerts(store);
    QVERIFY(!alerts.addThreshold(keyOf(RepoKind::Model, from), 1'000'000).isError());
    const auto stored = store.storePoll(pollAt({describedRepo(RepoKind::Model, to, 10, 1, 1)}, 0, {{RepoKind::Model, from, to}}));
    QVERIFY2(stored.ok(), qPrintable(stored.error.message()));
    RawConnection raw(m_db);
    QCOMPARE(raw.column(QStringLiteral("SELECT name FROM repos")), QStringList{to});
    QCOMPARE(alerts.thresholds(keyOf(RepoKind::Model, to)).value, QList<qint64>{1'000'000});
    QVERIFY(alerts.thresholds(keyOf(RepoKind::Model, from)).value.isEmpty());
}

void TestRepoRenames::aFailedPollMovesNothing()
{
    const QString from = QStringLiteral("old-org/old-name"), to = QStringLiteral("new-org/new-name");
    HistoryStore store;
    QVERIFY(!store.open(m_db).isError());
    QVERIFY(store.storePoll(pollAt({describedRepo(RepoKind::Model, from, 100, 10, 1)}, 0)).ok());
    AlertStore alerts(store);
    QVERIFY(!alerts.addThreshold(keyOf(RepoKind::Model, from), 500).isError());
    RawConnection raw(m_db);
    const QByteArray before = raw.digest();
    // The poll's last write (its aggregate) fails, after the re-keying ran in its transaction.
    QVERIFY2(raw.exec(QStringLiteral("ALTER TABLE aggregates RENAME TO aggregates_away")), qPrintable(raw.error()));
    const PollResult poll = pollAt({describedRepo(RepoKind::Model, to, 200, 10, 1)}, 15, {{RepoKind::Model, from, to}});
    QVERIFY(!store.storePoll(poll).ok());
    QVERIFY2(raw.exec(QStringLiteral("ALTER TABLE aggregates_away RENAME TO aggregates")), qPrintable(raw.error()));
    QCOMPARE(raw.digest(), before);
    QCOMPARE(raw.column(QStringLiteral("SELECT name FROM repos")), QStringList{from});
    QCOMPARE(alerts.thresholds(keyOf(RepoKind::Model, from)).value, QList<qint64>{500});

    // The same poll again: the re-keying and the poll land together, on caches rebuilt from
    // what is really stored.
    const auto stored = store.storePoll(poll);
    QVERIFY2(stored.ok(), qPrintable(stored.error.message()));
    QCOMPARE(raw.column(QStringLiteral("SELECT name FROM repos")), QStringList{to});
    QCOMPARE(samplesOf(raw, RepoKind::Model, to), (QStringList{QStringLiteral("100"), QStringLiteral("200")}));
    QCOMPARE(alerts.thresholds(keyOf(RepoKind::Model, to)).value, QList<qint64>{500});
}

QTEST_GUILESS_MAIN(TestRepoRenames)
#include "tst_reporenames.moc"
