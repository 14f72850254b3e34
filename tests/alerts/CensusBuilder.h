#pragma once
// Censuses for the report, alert, status and dashboard tests, stored through the real
// CensusStore (resumeOrStart, storePage, finish) as `hubwatch census` stores them: a page per
// kind, whose few repos carry the Hub-wide sums asked for.

#include "census/CensusStore.h"
#include "store/HistoryStore.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>

namespace hwcensus {

using namespace hubwatch;

struct CensusSpec
{
    QDateTime finishedAt;
    qint64 modelsAllTime = 0;
    qint64 datasetsAllTime = 0;
    // The models' pipeline tags, most downloaded first; each takes an equal part of modelsAllTime.
    QStringList tags{QStringLiteral("text-generation")};
    int spaces = 1;
};

inline RepoStats censusRepo(RepoKind kind, const QString &id, qint64 allTime, const QString &tag = QString())
{
    RepoStats r;
    r.kind = kind;
    r.id = id;
    r.downloadsAllTime = allTime;
    r.downloads30d = allTime / 100;
    r.pipelineTag = tag;
    r.libraryName = kind == RepoKind::Model ? QStringLiteral("transformers") : QString();
    r.license = QStringLiteral("apache-2.0");
    return r;
}

// One kind's page, the last of its kind unless `more`.
inline bool storeKind(HistoryStore &store, qint64 id, CensusKind kind, const RepoStatsList &repos, bool more = false)
{
    CensusPage page;
    page.kind = kind;
    page.repos = repos;
    if (more)
        page.next = QUrl(QStringLiteral("https://hub.invalid/api/models?cursor=next"));
    const auto r = CensusStore::storePage(store, id, page);
    if (!r.ok())
        qWarning() << "storePage failed:" << r.error.message();
    return r.ok();
}

// A census begun an hour before spec.finishedAt; complete: walked to its end and finished,
// else left running after its models' first page. Returns its id (0 on failure).
inline qint64 storeCensus(HistoryStore &store, const CensusSpec &spec, bool complete = true)
{
    const auto started = CensusStore::resumeOrStart(store, spec.finishedAt.addSecs(-3600), false);
    if (!started.ok()) {
        qWarning() << "resumeOrStart failed:" << started.error.message();
        return 0;
    }
    const qint64 id = started.value.id;
    RepoStatsList models;
    const qsizetype tags = std::max<qsizetype>(1, spec.tags.size());
    // Equal parts, a little less for each later tag so the order is the order given; the first
    // takes the remainder.
    qint64 rest = spec.modelsAllTime;
    for (qsizetype i = tags - 1; i >= 1; --i) {
        const qint64 part = spec.modelsAllTime / tags - qint64(i);
        models.prepend(censusRepo(RepoKind::Model, QStringLiteral("org/m%1").arg(i), part, spec.tags.value(i)));
        rest -= part;
    }
    models.prepend(censusRepo(RepoKind::Model, QStringLiteral("org/m0"), rest, spec.tags.value(0)));
    if (!storeKind(store, id, CensusKind::Model, models, !complete))
        return 0;
    if (!complete)
        return id;
    RepoStatsList spaces;
    for (int i = 0; i < spec.spaces; ++i)
        spaces.append(censusRepo(RepoKind::Model, QStringLiteral("org/s%1").arg(i), RepoStats::Unknown));
    if (!storeKind(store, id, CensusKind::Dataset, {censusRepo(RepoKind::Dataset, QStringLiteral("org/d"), spec.datasetsAllTime)})
        || !storeKind(store, id, CensusKind::Space, spaces))
        return 0;
    const auto done = CensusStore::finish(store, id, spec.finishedAt);
    if (!done.ok())
        qWarning() << "finish failed:" << done.error.message();
    return done.ok() ? id : 0;
}

// A census with this Hub-wide total (three quarters models), finished at `at`.
inline qint64 storeCensus(HistoryStore &store, const QDateTime &at, qint64 total, bool complete = true)
{
    return storeCensus(store, CensusSpec{at, total - total / 4, total / 4, {QStringLiteral("text-generation")}, 1}, complete);
}

// The running census kept as partial at `at`, and a new one begun, as --restart does: the new
// one's id (0 on failure).
inline qint64 abandonRunning(HistoryStore &store, const QDateTime &at)
{
    const auto r = CensusStore::resumeOrStart(store, at, true);
    if (!r.ok())
        qWarning() << "resumeOrStart(restart) failed:" << r.error.message();
    return r.ok() ? r.value.id : 0;
}

// Censuses as the store reads them, for views given a report by hand: two weekly complete ones
// (47.08B, then 48.2B on 2026-12-06 04:10 UTC: +160M a day; 3,191,900 repos) and a third under
// way a day later, its 2,081,851 models counted (65 % of the repos) and nothing else yet.
inline QList<CensusState> weeklyCensuses()
{
    const auto census = [](qint64 id, CensusState::Status status, const QDateTime &finished, qint64 models, qint64 datasets, bool done) {
        CensusState c;
        c.id = id;
        c.status = status;
        c.startedAt = finished.addSecs(-3600);
        if (status != CensusState::Status::Running)
            c.finishedAt = finished;
        c.kind(CensusKind::Model) = {QUrl(), done, 2082, 2082, 2'081'851, models, models / 12};
        c.kind(CensusKind::Dataset) = {QUrl(), done, done ? 487 : 0, done ? 487 : 0, done ? 486'545 : 0, datasets, datasets / 12};
        c.kind(CensusKind::Space) = {QUrl(), done, done ? 624 : 0, done ? 624 : 0, done ? 623'504 : 0, 0, 0};
        return c;
    };
    const QDateTime latest(QDate(2026, 12, 6), QTime(4, 10), Qt::UTC);
    return {census(1, CensusState::Status::Complete, latest.addDays(-7), 37'880'000'000, 9'200'000'000, true),
            census(2, CensusState::Status::Complete, latest, 39'000'000'000, 9'200'000'000, true),
            census(3, CensusState::Status::Running, latest.addDays(1), 39'100'000'000, 0, false)};
}

} // namespace hwcensus
