#include "StatusCommand.h"

#include "ConsoleOutput.h"
#include "analysis/CompactNumber.h"
#include "analysis/MilestoneLadder.h"
#include "report/StatusReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace hubwatch::StatusCommand {

namespace {
QJsonValue count(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : QString();
}

QString projectionStatus(Projection::Status s)
{
    switch (s) {
    case Projection::Status::Ok: return QStringLiteral("ok");
    case Projection::Status::AlreadyReached: return QStringLiteral("already-reached");
    case Projection::Status::TooShort: return QStringLiteral("too-short");
    case Projection::Status::TooNoisy: return QStringLiteral("too-noisy");
    case Projection::Status::NotGrowing: return QStringLiteral("not-growing");
    case Projection::Status::Stale: return QStringLiteral("stale");
    }
    return QString();
}

QJsonObject censusJson(const CensusFigures &c)
{
    QJsonObject o{{QStringLiteral("complete"), c.hasComplete()}};
    if (c.hasComplete()) {
        const CensusState &l = c.latest;
        o.insert(QStringLiteral("totalAllTime"), l.totalAllTime());
        o.insert(QStringLiteral("display"), CompactNumber::format(l.totalAllTime(), QLocale::c()));
        o.insert(QStringLiteral("downloads30d"), l.downloads30d());
        o.insert(QStringLiteral("models"), l.kind(CensusKind::Model).repos);
        o.insert(QStringLiteral("datasets"), l.kind(CensusKind::Dataset).repos);
        o.insert(QStringLiteral("spaces"), l.kind(CensusKind::Space).repos);
        o.insert(QStringLiteral("finishedAt"), l.finishedAt.toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("growthPerDay"), c.growthKnown ? QJsonValue(c.growthPerDay) : QJsonValue());
        o.insert(QStringLiteral("previousFinishedAt"),
                 c.previous.id > 0 ? QJsonValue(c.previous.finishedAt.toString(Qt::ISODateWithMs)) : QJsonValue());
        o.insert(QStringLiteral("censuses"), qint64(c.totals.size()));
    }
    const auto share = [&c](const CensusState &s) { return c.shareOfLatest(s) < 0 ? QJsonValue() : QJsonValue(c.shareOfLatest(s)); };
    if (c.isRunning())
        o.insert(QStringLiteral("running"),
                 QJsonObject{{QStringLiteral("startedAt"), c.running.startedAt.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("pages"), c.running.pages()},
                             {QStringLiteral("repos"), CensusFigures::repos(c.running)},
                             {QStringLiteral("kindsDone"), c.running.nextKind()},
                             {QStringLiteral("kinds"), CensusKindCount},
                             {QStringLiteral("shareOfLast"), share(c.running)}});
    if (c.partial.id > 0)
        o.insert(QStringLiteral("partial"),
                 QJsonObject{{QStringLiteral("stoppedAt"), c.partial.finishedAt.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("repos"), CensusFigures::repos(c.partial)},
                             {QStringLiteral("kindsDone"), c.partial.nextKind()},
                             {QStringLiteral("coverage"), share(c.partial)}});
    return o;
}

void printCensus(const CensusFigures &c, const QLocale &locale)
{
    if (!c.hasComplete()) {
        ConsoleOutput::out(CommandLine::tr("Whole Hub: no complete census yet. Run \"hubwatch census\", or let the collector take its "
                                           "daily census."));
    } else {
        const CensusState &l = c.latest;
        ConsoleOutput::out(CommandLine::tr("Whole Hub (census of %1, public repositories only): %2 all-time downloads")
                               .arg(utc(l.finishedAt), CompactNumber::format(l.totalAllTime(), locale)));
        ConsoleOutput::out(c.growthKnown ? CommandLine::tr("  Growth: %1%2 per day since the census of %3")
                                               .arg(c.growthPerDay < 0 ? QString() : QStringLiteral("+"),
                                                    CompactNumber::format(qint64(c.growthPerDay), locale), utc(c.previous.finishedAt))
                                         : CommandLine::tr("  Growth: known after a second census"));
        ConsoleOutput::out(CommandLine::tr("  30-day downloads %1; %2 models, %3 datasets, %4 spaces")
                               .arg(CompactNumber::format(l.downloads30d(), locale), locale.toString(l.kind(CensusKind::Model).repos),
                                    locale.toString(l.kind(CensusKind::Dataset).repos), locale.toString(l.kind(CensusKind::Space).repos)));
    }
    if (c.isRunning())
        ConsoleOutput::out(CommandLine::tr("  Census under way since %1: %Ln page(s), %2 repos, %3 of %4 kinds done", nullptr,
                                           int(qMin<qint64>(c.running.pages(), INT_MAX)))
                               .arg(utc(c.running.startedAt), locale.toString(CensusFigures::repos(c.running)))
                               .arg(c.running.nextKind())
                               .arg(CensusKindCount));
    if (c.partial.id > 0) {
        const double share = c.shareOfLatest(c.partial);
        ConsoleOutput::out(CommandLine::tr("  A census stopped unfinished at %1 after %2 repos%3; it is not part of the Hub-wide figures.")
                               .arg(utc(c.partial.finishedAt), locale.toString(CensusFigures::repos(c.partial)),
                                    share < 0
                                        ? QString()
                                        : CommandLine::tr(" (%1% of the last complete census)").arg(locale.toString(100 * share, 'f', 0))));
    }
}

QJsonObject toJson(const StatusReport &r, const QString &path, qint64 polls)
{
    QJsonArray series;
    for (const LatestValue &v : r.latest)
        series.append(QJsonObject{{QStringLiteral("series"), kindName(v.kind) + QLatin1Char(':') + v.name},
                                  {QStringLiteral("downloadsAllTime"), count(v.allTime)},
                                  {QStringLiteral("downloads"), count(v.downloads30d)},
                                  {QStringLiteral("likes"), count(v.likes)},
                                  {QStringLiteral("observedAt"), v.observedAt.toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("lastSeen"), v.lastSeen.toString(Qt::ISODateWithMs)}});
    QJsonObject o{{QStringLiteral("database"), path},
                  {QStringLiteral("polls"), polls},
                  {QStringLiteral("series"), series},
                  {QStringLiteral("census"), censusJson(r.census)}};
    const AggregatePoint &h = r.headline;
    if (h.pollId <= 0)
        return o;
    QJsonArray hot;
    for (const CategoryShare &c : r.hot.categories)
        hot.append(QJsonObject{{QStringLiteral("pipelineTag"), c.tag},
                               {QStringLiteral("shareNow"), c.shareNow},
                               {QStringLiteral("shareWeekAgo"), c.shareWeekAgo},
                               {QStringLiteral("changePoints"), c.changePoints},
                               {QStringLiteral("hot"), c.alert}});
    o.insert(QStringLiteral("headline"),
             QJsonObject{
                 {QStringLiteral("totalAllTime"), h.totalAllTime},
                 {QStringLiteral("saturated"), r.saturated},
                 {QStringLiteral("display"), CompactNumber::format(h.totalAllTime, QLocale::c())},
                 {QStringLiteral("downloads30d"), h.sumDownloads30d},
                 {QStringLiteral("growthPerDay"), r.growthKnown ? QJsonValue(r.growthPerDay) : QJsonValue()},
                 {QStringLiteral("reposCovered"), h.reposCovered},
                 {QStringLiteral("models"), h.models},
                 {QStringLiteral("datasets"), h.datasets},
                 {QStringLiteral("scope"), h.scopeDescription},
                 {QStringLiteral("at"), h.at.toString(Qt::ISODateWithMs)},
             });
    o.insert(QStringLiteral("nextMilestone"),
             QJsonObject{
                 {QStringLiteral("value"), r.nextMilestone},
                 {QStringLiteral("status"), projectionStatus(r.projection.status)},
                 {QStringLiteral("eta"), r.projection.eta.toString(Qt::ISODateWithMs)},
                 {QStringLiteral("etaLow"), r.projection.etaLow.toString(Qt::ISODateWithMs)},
                 {QStringLiteral("etaHigh"), r.projection.etaHigh.toString(Qt::ISODateWithMs)},
                 {QStringLiteral("explanation"), r.projection.explanation},
             });
    o.insert(QStringLiteral("licences"),
             QJsonObject{{QStringLiteral("permissive"), r.licences.permissive},
                         {QStringLiteral("restricted"), r.licences.restricted},
                         {QStringLiteral("other"), r.licences.other},
                         {QStringLiteral("unknown"), r.licences.unknown},
                         {QStringLiteral("total"), r.licences.total}});
    o.insert(QStringLiteral("weights"),
             QJsonObject{{QStringLiteral("inspected"), r.formats.inspected},
                         {QStringLiteral("safetensors"), r.formats.safetensors},
                         {QStringLiteral("gguf"), r.formats.gguf},
                         {QStringLiteral("pickleOnly"), r.formats.pickleOnly},
                         {QStringLiteral("gated"), r.formats.gated}});
    o.insert(QStringLiteral("hotCategories"),
             QJsonObject{{QStringLiteral("hasBaseline"), r.hot.hasBaseline},
                         {QStringLiteral("categories"), hot},
                         {QStringLiteral("newEntrants"), QJsonArray::fromStringList(r.hot.newEntrants)}});
    return o;
}

void printText(const StatusReport &r, qint64 polls)
{
    const QLocale locale;
    const AggregatePoint &h = r.headline;
    if (h.pollId <= 0) {
        ConsoleOutput::out(CommandLine::tr("%n poll(s) stored, none complete yet.", nullptr, int(polls)));
        printCensus(r.census, locale);
        return;
    }
    ConsoleOutput::out(CommandLine::tr("Tracked all-time downloads: %1").arg(CompactNumber::format(h.totalAllTime, locale)));
    if (r.saturated)
        ConsoleOutput::out(CommandLine::tr("Warning: the tracked totals reached the largest count HubWatch can hold (%1) "
                                           "and stop there; the real sum may be larger, and the Hub's figures look broken.")
                               .arg(locale.toString(std::numeric_limits<qint64>::max())));
    ConsoleOutput::out(r.growthKnown ? CommandLine::tr("Growth: +%1 per day").arg(CompactNumber::format(qint64(r.growthPerDay), locale))
                                     : CommandLine::tr("Growth: not known yet (needs polls at least an hour apart)"));
    ConsoleOutput::out(CommandLine::tr("30-day downloads: %1").arg(CompactNumber::format(h.sumDownloads30d, locale)));
    ConsoleOutput::out(CommandLine::tr("Coverage: %1, polled %2").arg(h.scopeDescription, utc(h.at)));
    const QString next = MilestoneLadder::label(r.nextMilestone, locale);
    if (r.projection.status == Projection::Status::Ok)
        ConsoleOutput::out(CommandLine::tr("Next milestone: %1 around %2 (between %3 and %4)")
                               .arg(next, utc(r.projection.eta), utc(r.projection.etaLow),
                                    r.projection.etaHigh.isValid() ? utc(r.projection.etaHigh) : CommandLine::tr("later")));
    else
        ConsoleOutput::out(CommandLine::tr("Next milestone: %1 — %2").arg(next, r.projection.explanation));
    printCensus(r.census, locale);
    if (!r.hot.hasBaseline) {
        ConsoleOutput::out(CommandLine::tr("Hot categories: need a week of history."));
    } else {
        ConsoleOutput::out(CommandLine::tr("Hot categories (share of the top-50 models' download velocity, change over 7 days):"));
        for (int i = 0; i < qMin<int>(5, int(r.hot.categories.size())); ++i) {
            const CategoryShare &c = r.hot.categories.at(i);
            ConsoleOutput::out(
                CommandLine::tr("  %1%2  %3% (%4%5 pts)", "status: alert marker, category, share %, sign, change in percentage points")
                    .arg(c.alert ? QStringLiteral("* ") : QStringLiteral("  "), c.label, locale.toString(c.shareNow, 'f', 1),
                         c.changePoints >= 0 ? QStringLiteral("+") : QString(), locale.toString(c.changePoints, 'f', 1)));
        }
        if (!r.hot.newEntrants.isEmpty())
            ConsoleOutput::out(CommandLine::tr("New in the top 50: %1").arg(r.hot.newEntrants.join(QStringLiteral(", "))));
    }
    if (r.formats.inspected > 0) {
        ConsoleOutput::out(CommandLine::tr("Licences (%1 repos with details): %2 permissive, %3 restricted, %4 other, %5 unknown")
                               .arg(r.licences.total)
                               .arg(r.licences.permissive)
                               .arg(r.licences.restricted)
                               .arg(r.licences.other)
                               .arg(r.licences.unknown));
        ConsoleOutput::out(CommandLine::tr("Weights: %1 with safetensors, %2 with GGUF, %3 pickle-only, %4 gated")
                               .arg(r.formats.safetensors)
                               .arg(r.formats.gguf)
                               .arg(r.formats.pickleOnly)
                               .arg(r.formats.gated));
    }
    const int shown = qMin<int>(10, int(r.latest.size()));
    if (shown > 0)
        ConsoleOutput::out(CommandLine::tr("Top %1 of %2 tracked series:").arg(shown).arg(r.latest.size()));
    for (int i = 0; i < shown; ++i) {
        const LatestValue &v = r.latest.at(i);
        ConsoleOutput::out(QStringLiteral("  %1:%2  %3").arg(kindName(v.kind), v.name, CompactNumber::format(v.allTime, locale)));
    }
}
} // namespace

int run(const CommandLine &options, const Clock &clock)
{
    // Reads the local history only: works offline and while a poller is writing.
    const QString path = options.databasePath();
    if (!StoreLocation::parse(path).exists()) {
        if (options.json)
            ConsoleOutput::out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("polls"), 0}}).toJson(QJsonDocument::Compact)));
        else
            ConsoleOutput::out(CommandLine::tr("No history recorded yet in %1. Run \"hubwatch poll\" to start.").arg(path));
        return 0;
    }
    HistoryStore store;
    if (const StoreError e = store.open(path, HistoryStore::Mode::ReadOnly); e.isError()) {
        ConsoleOutput::error(e.message());
        return 1;
    }
    const auto polls = store.pollCount();
    const auto report = StatusReport::build(store, clock.nowUtc());
    if (!polls.ok() || !report.ok()) {
        ConsoleOutput::error((polls.ok() ? report.error : polls.error).message());
        return 1;
    }
    if (options.json) {
        QJsonObject o = toJson(report.value, path, polls.value);
        o.insert(QStringLiteral("demo"), options.demo);
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        if (options.demo)
            ConsoleOutput::out(CommandLine::tr("Demo data: a generated history, not figures from the Hub."));
        printText(report.value, polls.value);
    }
    return 0;
}

} // namespace hubwatch::StatusCommand
