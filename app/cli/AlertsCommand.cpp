#include "AlertsCommand.h"

#include "ConsoleOutput.h"
#include "alerts/AlertText.h"
#include "store/AlertStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hubwatch::AlertsCommand {

namespace {
QString kindName(AlertRecord::Kind k)
{
    switch (k) {
    case AlertRecord::Kind::Milestone: return QStringLiteral("milestone");
    case AlertRecord::Kind::HotCategory: return QStringLiteral("hot-category");
    case AlertRecord::Kind::NewEntrant: return QStringLiteral("new-entrant");
    case AlertRecord::Kind::RecordDay: return QStringLiteral("record-day");
    case AlertRecord::Kind::Anomaly: return QStringLiteral("anomaly");
    }
    return QString();
}
} // namespace

int run(const CommandLine &options)
{
    const QString path = options.databasePath();
    QList<AlertRecord> alerts;
    if (StoreLocation::parse(path).exists()) {
        HistoryStore store;
        if (const StoreError e = store.open(path, HistoryStore::Mode::ReadOnly); e.isError()) {
            ConsoleOutput::error(e.message());
            return 1;
        }
        AlertStore alertStore(store);
        const auto log = alertStore.log();
        if (!log.ok()) {
            ConsoleOutput::error(log.error.message());
            return 1;
        }
        alerts = log.value;
    }
    if (options.json) {
        QJsonArray list;
        for (const AlertRecord &a : alerts)
            list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("kind"), kindName(a.kind)},
                                    {QStringLiteral("series"), a.series},
                                    {QStringLiteral("raisedAt"), a.raisedAt.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("happenedAt"), a.happenedAt.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("title"), AlertText::title(a)},
                                    {QStringLiteral("body"), AlertText::body(a)},
                                    {QStringLiteral("params"), QJsonDocument::fromJson(a.paramsJson().toUtf8()).object()}});
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("alerts"), list}}).toJson(QJsonDocument::Compact)));
        return 0;
    }
    if (alerts.isEmpty())
        ConsoleOutput::out(CommandLine::tr("No alerts yet."));
    for (const AlertRecord &a : alerts)
        ConsoleOutput::out(QStringLiteral("%1  %2 — %3")
                               .arg(a.raisedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), AlertText::title(a), AlertText::body(a)));
    return 0;
}

} // namespace hubwatch::AlertsCommand
