#include "DemoHistory.h"

#include "DemoCensus.h"
#include "alerts/AlertEngine.h"
#include "monitor/PollResult.h"
#include "report/PollFigures.h"
#include "store/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cmath>
#include <functional>

namespace hubwatch {

namespace {

constexpr int kCorrectedRepo = 5;    // org5/model-5: the Hub lowers its count once
constexpr double kCorrection = 0.08; // by this share of its all-time downloads

struct DemoRepo
{
    RepoStats stats;
    double rate = 0; // downloads per day, before the drift
};

QList<DemoRepo> makeRepos()
{
    const QStringList tags{QStringLiteral("text-generation"),     QStringLiteral("feature-extraction"),
                           QStringLiteral("text-classification"), QStringLiteral("automatic-speech-recognition"),
                           QStringLiteral("text-to-image"),       QStringLiteral("image-classification")};
    const QStringList licences{QStringLiteral("apache-2.0"), QStringLiteral("mit"),          QStringLiteral("llama3.1"),
                               QStringLiteral("gemma"),      QStringLiteral("cc-by-nc-4.0"), QString()};
    QRandomGenerator rng(7);
    QList<DemoRepo> repos;
    for (int i = 0; i < DemoHistory::kModels + DemoHistory::kDatasets; ++i) {
        DemoRepo r;
        const bool model = i < DemoHistory::kModels;
        r.stats.kind = model ? RepoKind::Model : RepoKind::Dataset;
        r.stats.id = QStringLiteral("org%1/%2-%3").arg(i % 40).arg(model ? QStringLiteral("model") : QStringLiteral("dataset")).arg(i);
        r.rate = 4e6 / std::pow(1.0 + i, 1.1) * (0.5 + rng.generateDouble());
        r.stats.downloadsAllTime = qint64(r.rate * (200 + rng.bounded(400)));
        r.stats.likes = qint64(r.rate / 500);
        if (model) {
            r.stats.pipelineTag = tags.at(i % tags.size());
            r.stats.license = licences.at(i % licences.size());
            r.stats.siblings =
                i % 7 == 3 ? QStringList{QStringLiteral("pytorch_model.bin")} : QStringList{QStringLiteral("model.safetensors")};
        }
        repos.append(r);
    }
    return repos;
}

// Calls poll(time, repos) for each poll from the first to the last; stops when it returns false.
bool generate(const DemoHistory::Parameters &p, const std::function<bool(const QDateTime &, const QList<RepoStats> &)> &poll)
{
    const int hours = qMax(1, p.hours);
    const QDateTime end = p.end.isValid() ? p.end.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addDays(-p.days);
    QList<DemoRepo> repos = makeRepos();
    bool corrected = false;
    for (QDateTime t = start; t <= end; t = t.addSecs(3600 * hours)) {
        const double day = start.secsTo(t) / 86400.0;
        QList<RepoStats> stats;
        stats.reserve(repos.size());
        for (int i = 0; i < repos.size(); ++i) {
            DemoRepo &r = repos[i];
            // Growth that drifts; text-to-image heats up over the last 14 days.
            double rate = r.rate * (1.0 + 0.3 * std::sin(day / 17.0 + r.rate));
            if (r.stats.pipelineTag == QLatin1String("text-to-image") && day > p.days - 14)
                rate *= 1.0 + (day - (p.days - 14)) / 4.0;
            r.stats.downloadsAllTime += qint64(rate * hours / 24.0);
            r.stats.downloads30d = qint64(rate * 30);
            if (i == kCorrectedRepo && !corrected && day >= p.days / 2.0) {
                r.stats.downloadsAllTime -= qint64(r.stats.downloadsAllTime * kCorrection);
                corrected = true;
            }
            stats.append(r.stats);
        }
        if (!poll(t, stats))
            return false;
    }
    return true;
}

PollScope demoScope()
{
    PollScope scope;
    scope.topModels = DemoHistory::kModels;
    scope.topDatasets = DemoHistory::kDatasets;
    return scope;
}

} // namespace

StoreError DemoHistory::write(const QString &path, const Parameters &parameters)
{
    HistoryStore store;
    if (const StoreError e = store.open(path); e.isError())
        return e;
    // A generated file that is renamed into place only when whole: no poll needs to survive a
    // power cut on its own, so no sync per poll (most of the first --demo start's wait); one
    // full checkpoint at the end makes the whole file durable before the rename.
    QSqlQuery pragma(store.database());
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    const PollScope scope = demoScope();
    AlertSettings alerts; // as a collector polling every `hours` would judge gaps
    alerts.followInterval(qMax(1, parameters.hours) * 3600 * 1000LL);
    AlertEngine engine(store, alerts);
    StoreError error;
    const QDateTime end = parameters.end.isValid() ? parameters.end.toUTC() : QDateTime::currentDateTimeUtc();
    QList<QDateTime> censuses = DemoCensus::times(end.addDays(-parameters.days), end);
    generate(parameters, [&](const QDateTime &t, const QList<RepoStats> &repos) {
        // The weekly censuses finished by this poll, as a collector stores them between its polls:
        // the evaluation after the poll finds their milestones.
        while (!censuses.isEmpty() && censuses.first() <= t) {
            if (const StoreError e = DemoCensus::write(store, censuses.takeFirst()); e.isError()) {
                error = e;
                return false;
            }
        }
        PollResult poll;
        poll.scope = scope;
        poll.startedAt = t.addSecs(-20);
        poll.finishedAt = t;
        poll.repos = repos;
        if (const auto stored = store.storePoll(poll); !stored.ok()) {
            error = stored.error;
            return false;
        }
        // Each poll's figures, then the milestones crossed on the way as alerts: what a real
        // collector keeps. (With the rows, the alerts' hot categories read two rows instead of
        // working out two polls' figures from snapshots, and the hot chart reads a row a day.)
        if (const auto kept = PollFigures::record(store, t); !kept.ok()) {
            error = kept.error;
            return false;
        }
        if (const auto fired = engine.evaluate(scope, t); !fired.ok()) {
            error = fired.error;
            return false;
        }
        return true;
    });
    if (!error.isError()) {
        pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        if (!pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            error = HistoryStore::fromSqlError(pragma.lastError(), tr("saving the demo history"));
    }
    return error;
}

QList<RepoStats> DemoHistory::lastPoll(const Parameters &parameters)
{
    QList<RepoStats> last;
    generate(parameters, [&](const QDateTime &, const QList<RepoStats> &repos) {
        last = repos;
        return true;
    });
    return last;
}

QString DemoHistory::cachedPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("demo-history.sqlite"));
}

PollScope DemoHistory::scope()
{
    PollScope scope;
    scope.topModels = kModels;
    scope.topDatasets = kDatasets;
    const auto id = [](int i) { // as makeRepos names them
        return QStringLiteral("org%1/%2-%3").arg(i % 40).arg(i < kModels ? QStringLiteral("model") : QStringLiteral("dataset")).arg(i);
    };
    scope.watch = {{WatchItem::Type::Model, id(0)}, {WatchItem::Type::Model, id(kCorrectedRepo)}, {WatchItem::Type::Dataset, id(kModels)}};
    return scope;
}

QString DemoHistory::ensureCached(QString *error)
{
    const QString path = cachedPath();
    // A stamp beside it: the generator version, then when it was made (ISO, UTC).
    const QString stampPath = path + QStringLiteral(".version");
    QFile stamp(stampPath);
    if (QFileInfo::exists(path) && stamp.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = stamp.readAll().split('\n');
        const QDateTime made = QDateTime::fromString(QString::fromLatin1(lines.value(1)), Qt::ISODate);
        if (lines.value(0).toInt() == kGeneratorVersion && made.isValid() && made.secsTo(QDateTime::currentDateTimeUtc()) < 24 * 3600)
            return path;
        stamp.close();
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("Cannot create the folder for the demo history: %1").arg(QFileInfo(path).absolutePath());
        return QString();
    }
    // Made aside and renamed into place: a demo open in another process keeps its old file.
    const QString fresh = path + QStringLiteral(".new-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(fresh);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const StoreError e = write(fresh, Parameters{120, 6, now}); e.isError()) {
        QFile::remove(fresh);
        *error = tr("Cannot make the demo history: %1").arg(e.message());
        return QString();
    }
    QFile::remove(path);
    QFile stampOut(stampPath);
    if (!QFile::rename(fresh, path) || !stampOut.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || stampOut.write(QByteArray::number(kGeneratorVersion) + '\n' + now.toString(Qt::ISODate).toLatin1() + '\n') < 0) {
        *error = tr("Cannot make the demo history: %1").arg(path);
        return QString();
    }
    return path;
}

} // namespace hubwatch
