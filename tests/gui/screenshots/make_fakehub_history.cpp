// Writes the months of history that lead up to what fakehub_server serves now, so a desktop
// pointed at the fake Hub continues that history with its first poll (screenshot tests).
// Usage: make_fakehub_history PATH MODELS DATASETS DAYS HOURS [WATCH...]
// WATCH items (model:org/name…) make the scope the desktop will poll: the headline's history
// belongs to one scope, so it must be the same one.
// The repos are fakehub_server's own (same generator and seed); each one's downloads grow along a
// drifting rate that ends, one interval before now, just below its current all-time count.
#include "FakeHubGenerator.h"
#include "alerts/AlertEngine.h"
#include "hub/RepoParser.h"
#include "store/AlertStore.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cmath>
#include <cstdio>

using namespace hubwatch;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6) {
        std::fprintf(stderr, "usage: make_fakehub_history PATH MODELS DATASETS DAYS HOURS [WATCH...]\n");
        return 2;
    }
    const int models = args.at(2).toInt(), datasets = args.at(3).toInt();
    const int days = args.at(4).toInt(), hours = qMax(1, args.at(5).toInt());
    const quint32 seed = 1; // fakehub_server's default

    struct Repo
    {
        RepoStats now;
        double share;
        double curve;
    };
    QList<Repo> repos;
    QRandomGenerator rng(seed);
    for (const RepoKind kind : {RepoKind::Model, RepoKind::Dataset}) {
        for (const QJsonObject &o : test::FakeHubGenerator::generate(kind, kind == RepoKind::Model ? models : datasets, seed)) {
            Repo r;
            if (!RepoParser::parseEntry(kind, o, &r.now))
                continue;
            // The part of today's count that accrued during the history: young repos grew more.
            r.share = 0.15 + 0.35 * rng.generateDouble();
            r.curve = 1.0 + 0.6 * rng.generateDouble(); // how much the growth speeds up
            repos.append(r);
        }
    }
    HistoryStore store;
    if (const StoreError e = store.open(args.at(1)); e.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    PollScope scope;
    scope.topModels = models;
    scope.topDatasets = datasets;
    for (const QString &w : args.mid(6)) {
        WatchItem item;
        QString error;
        if (!WatchItem::parse(w, &item, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        scope.watch.append(item);
    }
    // The desktop's own poll, about now, continues the curve: f reaches 1 then.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime end = now.addSecs(-3600 * hours);
    const QDateTime start = end.addDays(-days);
    const double span = start.secsTo(now);
    // Polls every HOURS hours are the schedule here, not HubWatch being closed: no gap markers.
    AlertSettings alertSettings;
    alertSettings.closedGapMs = alertSettings.pollGapMs = (hours + 1) * 3600LL * 1000;
    AlertEngine engine(store, alertSettings);
    // Two user milestones the headline passes during these months, as the milestone editor
    // would save them: the alert log and the chart's milestone lines show them.
    AlertStore alerts(store);
    for (const qint64 v : {8'000'000'000LL, 9'000'000'000LL})
        alerts.addThreshold(QStringLiteral("headline"), v);
    int polls = 0;
    for (QDateTime t = start; t <= end; t = t.addSecs(3600 * hours)) {
        const double f = start.secsTo(t) / span; // 0 at the start, 1 at the desktop's poll
        PollResult poll;
        poll.scope = scope;
        poll.startedAt = t.addSecs(-20);
        poll.finishedAt = t;
        for (const Repo &r : repos) {
            RepoStats s = r.now;
            const double grown = r.share * std::pow(f, r.curve); // rising, faster and faster
            s.downloadsAllTime = qint64(double(r.now.downloadsAllTime) * (1.0 - r.share + grown));
            poll.repos.append(s);
        }
        if (const auto stored = store.storePoll(poll); !stored.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(stored.error.message()));
            return 1;
        }
        // The first evaluation sets the baseline; the last one steps through every poll since,
        // so milestones crossed during these months are logged with when they happened.
        if (++polls == 1)
            engine.evaluate(scope, t);
    }
    if (const auto raised = engine.evaluate(scope, end); !raised.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(raised.error.message()));
        return 1;
    }
    std::printf("%d polls of %lld repos written to %s\n", polls, qint64(repos.size()), qPrintable(args.at(1)));
    return 0;
}
