// P1, in process: a 10,000-repo poll over loopback from a running fake Hub (Google Benchmark).
// scripts/bench-all.sh starts tests/fakehub/fakehub_server and passes its URL in HUBWATCH_BENCH_HUB.
//
//   BM_ListTop      HubClient::listTop(Model, 10000): the 20 pages of 500 the official client lists
//                   too (bench/hfhub_list.mjs), fetched and parsed into RepoStats.
//   BM_PollAndStore a whole HubWatch poll as the app runs it (Poller: those 20 pages plus the one
//                   50-entry details page) and HistoryStore::storePoll into a new SQLite file.
//
// per_entry_us is the median wall time per repo; fetch_parse_ms and store_ms split a poll's median. The fake Hub answers each page in about 30 ms (it builds and
// gzips it), so both are bound by the server; bench-all.sh reports its floor.
#include "hub/HubClient.h"
#include "monitor/Poller.h"
#include "store/HistoryStore.h"
#include "util/Clock.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <vector>

using namespace hubwatch;

namespace {

constexpr int kRepos = 10'000;

// Wall times of the iterations, for medians in the counters (per_entry_us, store_ms).
struct Times
{
    std::vector<double> ms;
    void add(const QElapsedTimer &t) { ms.push_back(double(t.nsecsElapsed()) / 1e6); }
    double median()
    {
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    }
};

bool hubConfig(benchmark::State &state, HubConfig *config)
{
    const QString url = qEnvironmentVariable("HUBWATCH_BENCH_HUB");
    QString error;
    if (url.isEmpty() || !HubConfig::resolve(QProcessEnvironment(), url, false, config, &error)) {
        state.SkipWithError("set HUBWATCH_BENCH_HUB to a fake Hub's URL (scripts/bench-all.sh does)");
        return false;
    }
    config->maxRetries = 0;
    return true;
}

void BM_ListTop(benchmark::State &state)
{
    HubConfig config;
    if (!hubConfig(state, &config))
        return;
    QNetworkAccessManager nam;
    HubClient client(&nam, SystemClock::instance(), config);
    qint64 entries = 0;
    Times ms;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        QEventLoop loop;
        HubListJob *job = client.listTop(RepoKind::Model, kRepos);
        QObject::connect(job, &HubListJob::finished, &loop, [&] {
            if (!job->result().ok())
                state.SkipWithError(qPrintable(job->result().error.message()));
            entries = job->result().value.repos.size();
            loop.quit();
        });
        loop.exec();
        ms.add(t);
    }
    state.counters["entries"] = double(entries);
    state.counters["per_entry_us"] = 1e3 * ms.median() / kRepos;
}
BENCHMARK(BM_ListTop)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3);

void BM_PollAndStore(benchmark::State &state)
{
    HubConfig config;
    if (!hubConfig(state, &config))
        return;
    QNetworkAccessManager nam;
    HubClient client(&nam, SystemClock::instance(), config);
    Poller poller(&client, SystemClock::instance());
    PollScope scope;
    scope.topModels = kRepos;
    scope.topDatasets = 0;
    poller.setScope(scope);
    Times ms, storeMs;
    for (auto _ : state) {
        state.PauseTiming();
        auto dir = std::make_unique<QTemporaryDir>();
        auto store = std::make_unique<HistoryStore>();
        if (const StoreError e = store->open(dir->filePath(QStringLiteral("history.sqlite"))); e.isError())
            qFatal("%s", qPrintable(e.message()));
        state.ResumeTiming();
        QElapsedTimer all;
        all.start();
        QEventLoop loop;
        PollResult result;
        QObject::connect(&poller, &Poller::pollFinished, &loop, [&](const PollResult &r) {
            result = r;
            loop.quit();
        });
        poller.pollNow();
        loop.exec();
        QObject::disconnect(&poller, &Poller::pollFinished, &loop, nullptr);
        if (!result.complete() || result.repos.size() != kRepos) {
            state.SkipWithError("the poll failed");
            break;
        }
        QElapsedTimer t;
        t.start();
        if (const auto stored = store->storePoll(result); !stored.ok())
            qFatal("%s", qPrintable(stored.error.message()));
        storeMs.add(t);
        ms.add(all);
        // Closing the file (its WAL checkpoint) and removing it are not part of a poll.
        state.PauseTiming();
        store.reset();
        dir.reset();
        state.ResumeTiming();
    }
    state.counters["store_ms"] = storeMs.median();
    state.counters["fetch_parse_ms"] = ms.median() - storeMs.median();
    state.counters["per_entry_us"] = 1e3 * ms.median() / kRepos;
}
BENCHMARK(BM_PollAndStore)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
