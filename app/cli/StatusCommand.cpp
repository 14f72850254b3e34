#include "StatusCommand.h"

#include "ConsoleOutput.h"
#include "store/HistoryStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace hubwatch::StatusCommand {

namespace {
QJsonValue count(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}
} // namespace

int run(const CommandLine &options)
{
    // Reads the local history only: works offline and while a poller is writing.
    const QString path = options.databasePath();
    if (!QFileInfo::exists(path)) {
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
    const auto headline = store.latestAggregate();
    const auto latest = store.latestValues();
    for (const StoreError &e : {polls.error, headline.error, latest.error}) {
        if (e.isError()) {
            ConsoleOutput::error(e.message());
            return 1;
        }
    }
    const AggregatePoint &h = headline.value;
    if (options.json) {
        QJsonArray series;
        for (const LatestValue &v : latest.value)
            series.append(QJsonObject{{QStringLiteral("series"), kindName(v.kind) + QLatin1Char(':') + v.name},
                                      {QStringLiteral("downloadsAllTime"), count(v.allTime)},
                                      {QStringLiteral("downloads"), count(v.downloads30d)},
                                      {QStringLiteral("likes"), count(v.likes)},
                                      {QStringLiteral("observedAt"), v.observedAt.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("lastSeen"), v.lastSeen.toString(Qt::ISODateWithMs)}});
        QJsonObject o{{QStringLiteral("database"), path}, {QStringLiteral("polls"), polls.value}, {QStringLiteral("series"), series}};
        if (h.pollId > 0)
            o.insert(QStringLiteral("headline"), QJsonObject{{QStringLiteral("totalAllTime"), h.totalAllTime},
                                                             {QStringLiteral("downloads30d"), h.sumDownloads30d},
                                                             {QStringLiteral("reposCovered"), h.reposCovered},
                                                             {QStringLiteral("models"), h.models},
                                                             {QStringLiteral("datasets"), h.datasets},
                                                             {QStringLiteral("scope"), h.scopeDescription},
                                                             {QStringLiteral("at"), h.at.toString(Qt::ISODateWithMs)}});
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return 0;
    }
    const QLocale locale;
    if (h.pollId == 0) {
        ConsoleOutput::out(CommandLine::tr("%n poll(s) stored, none complete yet.", nullptr, int(polls.value)));
    } else {
        ConsoleOutput::out(CommandLine::tr("Tracked all-time downloads: %1").arg(locale.toString(h.totalAllTime)));
        ConsoleOutput::out(CommandLine::tr("30-day downloads: %1").arg(locale.toString(h.sumDownloads30d)));
        ConsoleOutput::out(CommandLine::tr("Coverage: %1 repos (%2), polled %3 UTC")
                               .arg(locale.toString(h.reposCovered), h.scopeDescription,
                                    h.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    const int shown = qMin<int>(10, int(latest.value.size()));
    if (shown > 0)
        ConsoleOutput::out(CommandLine::tr("Top %1 of %2 tracked series:").arg(shown).arg(latest.value.size()));
    for (int i = 0; i < shown; ++i) {
        const LatestValue &v = latest.value.at(i);
        ConsoleOutput::out(QStringLiteral("  %1:%2  %3").arg(kindName(v.kind), v.name, locale.toString(v.allTime)));
    }
    return 0;
}

} // namespace hubwatch::StatusCommand
