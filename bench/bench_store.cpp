// History store benchmarks (Google Benchmark). Run through scripts/bench.sh.
//
//   BM_ParseAndStore      a 10,000-repo poll: RepoParser::parseList on a Hub-like JSON page body,
//                         then HistoryStore::storePoll, every figure changed since the last poll.
//                         per_entry is the wall time per repo (goal: 2 µs or less).
//   BM_Parse / BM_Store   the two halves of it on their own.
//   BM_SeriesOneYear      SeriesQueries::series() of one repo over one year, downsampled to 1,000
//                         points, on a generated history of 5.2 million samples (see below).
//   BM_RangeScanOneYear   the raw range scan under it: samples joined to polls by time.
//   BM_OpenLargeHistory   HistoryStore::open (read-only, with its quick_check) of that history.
//   BM_BytesPerSample     file size after a TRUNCATE checkpoint / sample count, for the large
//                         history and for a history written by storePoll.
//
// The large history is generated once with bulk SQL and kept as build-bench/bench-history.sqlite:
// one year of polls every 15 minutes (35,040), 5,000 repos; the 50 busiest change at every poll
// (35,040 samples each in the year), the others at every 50th (about 700 each). Change-only, so
// 5,220,960 samples. Delete the file to regenerate it.
#include "hub/RepoParser.h"
#include "store/HistoryStore.h"
#include "store/SeriesQueries.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace hubwatch;

namespace {

constexpr int kPollRepos = 10'000;
constexpr int kRepos = 5000, kHotRepos = 50, kPolls = 35'040, kTailEvery = 50;
constexpr qint64 kStepMs = 15 * 60 * 1000;
const QDateTime kStart(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);

// One page of /api/models?expand[]=…, shaped like the Hub's (and the fake Hub's) entries.
QByteArray hubPage(int generation)
{
    QByteArray body;
    body.reserve(kPollRepos * 560);
    body += '[';
    for (int i = 0; i < kPollRepos; ++i) {
        const qint64 downloads = 90'000'000 / (i + 1) + generation * 17 + i % 7;
        const QByteArray id = "org" + QByteArray::number(i % 60) + "/model-" + QByteArray::number(i);
        if (i > 0)
            body += ',';
        body += "{\"_id\":\"65a1b2c3d4e5f6a7b8c9" + QByteArray::number(1000 + i % 9000) + "\",\"id\":\"" + id
            + "\",\"author\":\"org" + QByteArray::number(i % 60) + "\",\"modelId\":\"" + id
            + "\",\"sha\":\"0123456789abcdef0123456789abcdef01234567\",\"createdAt\":\"2023-04-05T06:07:08.000Z\""
              ",\"lastModified\":\"2024-02-03T04:05:06.000Z\",\"private\":false,\"disabled\":false,\"gated\":false"
              ",\"downloads\":"
            + QByteArray::number(downloads) + ",\"downloadsAllTime\":" + QByteArray::number(downloads * 12 + generation * 31)
            + ",\"likes\":" + QByteArray::number(downloads / 2000 + generation / 4) + ",\"trendingScore\":" + QByteArray::number(i % 50)
            + ",\"pipeline_tag\":\"text-generation\",\"library_name\":\"transformers\",\"tags\":[\"transformers\","
              "\"safetensors\",\"text-generation\",\"conversational\",\"license:apache-2.0\",\"region:us\"]}";
    }
    body += ']';
    return body;
}

PollResult pollOf(RepoStatsList repos, int generation)
{
    PollResult p;
    p.startedAt = kStart.addSecs(qint64(generation) * 900);
    p.finishedAt = p.startedAt.addSecs(60);
    p.scope.topModels = kPollRepos;
    p.scope.topDatasets = 0;
    p.repos = std::move(repos);
    return p;
}

RepoStatsList parse(const QByteArray &body)
{
    auto page = RepoParser::parseList(RepoKind::Model, body, QStringLiteral("bench"));
    if (!page.ok() || page.value.repos.size() != kPollRepos)
        qFatal("parse failed: %s", qPrintable(page.error.message()));
    return std::move(page.value.repos);
}

QString benchDir()
{
    return QStringLiteral(HUBWATCH_BENCH_DIR);
}

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n  failed: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

double bytesPerSampleOf(QSqlDatabase &db, const QString &path, qint64 *samples)
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return -1;
    q.finish();
    if (!exec(q, QStringLiteral("SELECT count(*) FROM samples")) || !q.next())
        return -1;
    *samples = q.value(0).toLongLong();
    return *samples > 0 ? double(QFileInfo(path).size()) / double(*samples) : -1;
}

// The large history: schema from HistoryStore, rows from bulk SQL.
QString largeHistory()
{
    const QString path = benchDir() + QStringLiteral("/bench-history.sqlite");
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QElapsedTimer timer;
    timer.start();
    {
        HistoryStore store;
        if (const StoreError e = store.open(partial); e.isError())
            qFatal("cannot create %s: %s", qPrintable(partial), qPrintable(e.message()));
        QSqlQuery q(store.database());
        const QString seq = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ");
        const QStringList sql{
            QStringLiteral("PRAGMA synchronous = OFF"),
            QStringLiteral("PRAGMA cache_size = -262144"),
            QStringLiteral("BEGIN"),
            QStringLiteral("INSERT INTO scopes (id, scope_key, description) VALUES (1, 'top:5000/0;watch:', 'top 5,000 models')"),
            QStringLiteral("INSERT INTO polls (id, scope_id, started_at, finished_at, outcome, repo_count, skipped) ") + seq.arg(kPolls)
                + QStringLiteral("SELECT i, 1, %1 + i * %2 - 60000, %1 + i * %2, 0, %3, 0 FROM n")
                      .arg(kStart.toMSecsSinceEpoch()).arg(kStepMs).arg(kRepos),
            QStringLiteral("INSERT INTO repos (id, kind, name, first_seen, pipeline_tag, library, license, gated) ") + seq.arg(kRepos)
                + QStringLiteral("SELECT i, 0, 'org' || (i % 60) || '/model-' || i, %1, 'text-generation', 'transformers',"
                                 " 'apache-2.0', 0 FROM n").arg(kStart.toMSecsSinceEpoch()),
            // Figures grow with the poll number; magnitudes follow a power law over the rank.
            QStringLiteral("INSERT INTO samples (repo_id, poll_id, all_time, d30, likes) WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL"
                           " SELECT i + 1 FROM r WHERE i < %1), p(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM p WHERE j < %2)"
                           " SELECT i, j, 2000000000 / i + j * (200000 / i + 1), 90000000 / i + j % 1000, 40000 / i + j / 100"
                           " FROM r, p ORDER BY i, j").arg(kHotRepos).arg(kPolls),
            QStringLiteral("INSERT INTO samples (repo_id, poll_id, all_time, d30, likes) WITH RECURSIVE r(i) AS (SELECT %1 UNION ALL"
                           " SELECT i + 1 FROM r WHERE i < %2), k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < %3)"
                           " SELECT i, 1 + i % %4 + j * %4 AS poll, 2000000000 / i + j * (200000 / i + 1), 90000000 / i + j % 1000,"
                           " 40000 / i + j / 10 FROM r, k WHERE 1 + i % %4 + j * %4 <= %5 ORDER BY i, poll")
                .arg(kHotRepos + 1).arg(kRepos).arg(kPolls / kTailEvery).arg(kTailEvery).arg(kPolls),
            QStringLiteral("INSERT INTO presence (repo_id, scope_id, from_poll, to_poll) SELECT id, 1, 1, %1 FROM repos").arg(kPolls),
            QStringLiteral("INSERT INTO aggregates (poll_id, total_all_time, sum_d30, repos_covered, models, datasets)"
                           " SELECT id, 1000000000000 + id * 1000, 900000000, %1, %1, 0 FROM polls").arg(kRepos),
            QStringLiteral("COMMIT"),
            QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
        };
        for (const QString &s : sql) {
            if (!exec(q, s))
                qFatal("generating the large history failed");
            q.finish();
        }
    }
    if (!QFile::rename(partial, path))
        qFatal("cannot rename %s", qPrintable(partial));
    std::fprintf(stderr, "generated %s in %.1f s\n", qPrintable(path), double(timer.elapsed()) / 1000);
    return path;
}

// A store written by storePoll, kept open across the iterations of one benchmark.
struct StoreFixture
{
    QTemporaryDir dir{benchDir() + QStringLiteral("/bench-XXXXXX")};
    HistoryStore store;
    int generation = 0;
    StoreFixture()
    {
        if (const StoreError e = store.open(dir.filePath(QStringLiteral("h.sqlite"))); e.isError())
            qFatal("%s", qPrintable(e.message()));
        store.storePoll(pollOf(parse(hubPage(generation++)), 0)); // the repos exist before timing starts
    }
};

void BM_ParseAndStore(benchmark::State &state)
{
    StoreFixture f;
    for (auto _ : state) {
        state.PauseTiming();
        const QByteArray body = hubPage(f.generation);
        state.ResumeTiming();
        const auto stored = f.store.storePoll(pollOf(parse(body), f.generation++));
        if (!stored.ok())
            state.SkipWithError(qPrintable(stored.error.message()));
    }
    state.counters["per_entry"] =
        benchmark::Counter(double(kPollRepos), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    qint64 samples = 0;
    state.counters["bytes_per_sample"] = bytesPerSampleOf(f.store.database(), f.store.path(), &samples);
    state.counters["samples"] = double(samples);
}
BENCHMARK(BM_ParseAndStore)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

void BM_Parse(benchmark::State &state)
{
    const QByteArray body = hubPage(1);
    for (auto _ : state)
        benchmark::DoNotOptimize(parse(body));
    state.counters["per_entry"] =
        benchmark::Counter(double(kPollRepos), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["body_bytes_per_entry"] = double(body.size()) / kPollRepos;
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Store(benchmark::State &state)
{
    StoreFixture f;
    for (auto _ : state) {
        state.PauseTiming();
        PollResult poll = pollOf(parse(hubPage(f.generation)), f.generation);
        ++f.generation;
        state.ResumeTiming();
        if (!f.store.storePoll(poll).ok())
            state.SkipWithError("storePoll failed");
    }
    state.counters["per_entry"] =
        benchmark::Counter(double(kPollRepos), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_Store)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

// Arg 0: a busy repo (35,040 samples in the year); arg 1: a quiet one (about 700).
QString benchRepo(int which)
{
    return which == 0 ? QStringLiteral("model:org7/model-7") : QStringLiteral("model:org13/model-4213");
}

void BM_SeriesOneYear(benchmark::State &state)
{
    HistoryStore store;
    if (const StoreError e = store.open(largeHistory(), HistoryStore::Mode::ReadOnly); e.isError())
        qFatal("%s", qPrintable(e.message()));
    SeriesQueries queries(store);
    const QDateTime to = kStart.addMSecs(qint64(kPolls) * kStepMs + 1);
    const QDateTime from = to.addDays(-365);
    int points = 0, raw = 0;
    for (auto _ : state) {
        const auto s = queries.series(benchRepo(int(state.range(0))), Metric::AllTime, from, to, 1000);
        if (!s.ok())
            state.SkipWithError(qPrintable(s.error.message()));
        points = int(s.value.points.size());
        raw = s.value.rawPointCount;
    }
    state.counters["points"] = points;
    state.counters["raw_points"] = raw;
}
BENCHMARK(BM_SeriesOneYear)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RangeScanOneYear(benchmark::State &state)
{
    HistoryStore store;
    if (const StoreError e = store.open(largeHistory(), HistoryStore::Mode::ReadOnly); e.isError())
        qFatal("%s", qPrintable(e.message()));
    const qint64 to = kStart.toMSecsSinceEpoch() + qint64(kPolls) * kStepMs;
    const qint64 from = to - qint64(365) * 86'400'000;
    const qint64 repo = state.range(0) == 0 ? 7 : 4213;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.finished_at, s.all_time FROM samples s JOIN polls p ON p.id = s.poll_id"
                             " WHERE s.repo_id = ? AND p.finished_at BETWEEN ? AND ?"));
    qint64 rows = 0;
    for (auto _ : state) {
        q.bindValue(0, repo);
        q.bindValue(1, from);
        q.bindValue(2, to);
        if (!q.exec())
            state.SkipWithError("query failed");
        rows = 0;
        while (q.next())
            rows += q.value(1).toLongLong() > 0;
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK(BM_RangeScanOneYear)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_OpenLargeHistory(benchmark::State &state)
{
    const QString path = largeHistory();
    for (auto _ : state) {
        HistoryStore store;
        if (store.open(path, HistoryStore::Mode::ReadOnly).isError())
            state.SkipWithError("open failed");
    }
    state.counters["file_MB"] = double(QFileInfo(path).size()) / 1e6;
}
BENCHMARK(BM_OpenLargeHistory)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_BytesPerSample(benchmark::State &state)
{
    const QString path = largeHistory();
    HistoryStore store;
    if (const StoreError e = store.open(path); e.isError())
        qFatal("%s", qPrintable(e.message()));
    qint64 samples = 0;
    double perSample = 0;
    for (auto _ : state)
        perSample = bytesPerSampleOf(store.database(), path, &samples);
    state.counters["bytes_per_sample"] = perSample;
    state.counters["samples"] = double(samples);
    state.counters["file_MB"] = double(QFileInfo(path).size()) / 1e6;
}
BENCHMARK(BM_BytesPerSample)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv); // Qt SQL wants an application object
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
