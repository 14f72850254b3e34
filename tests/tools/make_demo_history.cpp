// Writes a realistic history for screenshots and manual checks: DAYS of polls every HOURS hours
// of 300 models and 150 datasets whose downloads grow at varied, slowly changing rates, with one
// pipeline tag heating up in the last two weeks. Usage: make_demo_history PATH [DAYS] [HOURS]
#include "alerts/AlertEngine.h"
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
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: make_demo_history PATH [DAYS] [HOURS]\n");
        return 2;
    }
    const int days = args.value(2, QStringLiteral("120")).toInt();
    const int hours = qMax(1, args.value(3, QStringLiteral("6")).toInt());
    HistoryStore store;
    if (const StoreError e = store.open(args.at(1)); e.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    const QStringList tags{QStringLiteral("text-generation"), QStringLiteral("feature-extraction"),
                           QStringLiteral("text-classification"), QStringLiteral("automatic-speech-recognition"),
                           QStringLiteral("text-to-image"), QStringLiteral("image-classification")};
    const QStringList licences{QStringLiteral("apache-2.0"), QStringLiteral("mit"), QStringLiteral("llama3.1"),
                               QStringLiteral("gemma"), QStringLiteral("cc-by-nc-4.0"), QString()};
    QRandomGenerator rng(7);
    struct Repo { RepoStats stats; double rate; };
    QList<Repo> repos;
    for (int i = 0; i < 450; ++i) {
        Repo r;
        r.stats.kind = i < 300 ? RepoKind::Model : RepoKind::Dataset;
        r.stats.id = QStringLiteral("%1/%2-%3").arg(QStringLiteral("org%1").arg(i % 40),
                                                   r.stats.kind == RepoKind::Model ? QStringLiteral("model") : QStringLiteral("dataset"))
                         .arg(i);
        r.rate = 4e6 / std::pow(1.0 + i, 1.1) * (0.5 + rng.generateDouble());
        r.stats.downloadsAllTime = qint64(r.rate * (200 + rng.bounded(400)));
        r.stats.likes = qint64(r.rate / 500);
        if (r.stats.kind == RepoKind::Model) {
            r.stats.pipelineTag = tags.at(i % tags.size());
            r.stats.license = licences.at(i % licences.size());
            r.stats.siblings = i % 7 == 3 ? QStringList{QStringLiteral("pytorch_model.bin")}
                                          : QStringList{QStringLiteral("model.safetensors")};
        }
        repos.append(r);
    }
    PollScope scope;
    scope.topModels = 300;
    scope.topDatasets = 150;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addDays(-days);
    AlertEngine engine(store);
    int polls = 0;
    for (QDateTime t = start; t <= end; t = t.addSecs(3600 * hours)) {
        const double day = start.secsTo(t) / 86400.0;
        PollResult poll;
        poll.scope = scope;
        poll.startedAt = t.addSecs(-20);
        poll.finishedAt = t;
        for (Repo &r : repos) {
            // Growth that drifts; text-to-image heats up over the last 14 days.
            double rate = r.rate * (1.0 + 0.3 * std::sin(day / 17.0 + r.rate));
            if (r.stats.pipelineTag == QLatin1String("text-to-image") && day > days - 14)
                rate *= 1.0 + (day - (days - 14)) / 4.0;
            const qint64 delta = qint64(rate * hours / 24.0);
            r.stats.downloadsAllTime += delta;
            r.stats.downloads30d = qint64(rate * 30);
            poll.repos.append(r.stats);
        }
        if (const auto stored = store.storePoll(poll); !stored.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(stored.error.message()));
            return 1;
        }
        engine.evaluate(scope, t);
        ++polls;
    }
    std::printf("%d polls of %lld repos written to %s\n", polls, qint64(repos.size()), qPrintable(args.at(1)));
    return 0;
}
