#include "CheckCommand.h"

#include "ConsoleOutput.h"
#include "store/HistoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hubwatch::CheckCommand {

namespace {
int report(const CommandLine &options, const QString &path, bool ok, const QStringList &problems)
{
    if (options.json) {
        const QJsonObject o{{QStringLiteral("database"), path},
                            {QStringLiteral("ok"), ok},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    } else if (ok) {
        ConsoleOutput::out(CommandLine::tr("%1: no damage found.").arg(path));
    } else {
        ConsoleOutput::error(CommandLine::tr("%1 is damaged: %2").arg(path, problems.join(QLatin1String("; "))));
        ConsoleOutput::error(CommandLine::tr("The collector (hubwatch poll, or the desktop app while it collects) saves a copy "
                                             "when it next opens the file; restore the history from an export or a backup."));
    }
    return ok ? 0 : 1;
}
} // namespace

int run(const CommandLine &options)
{
    const QString path = options.databasePath();
    const StoreLocation location = StoreLocation::parse(path);
    if (!location.exists()) {
        ConsoleOutput::error(CommandLine::tr("No history at %1: nothing to check.").arg(path));
        return 1;
    }
    HistoryStore store;
    if (const StoreError e = store.open(location, HistoryStore::Mode::ReadOnly); e.isError()) {
        if (e.kind() != StoreError::Kind::Corrupt) {
            ConsoleOutput::error(e.message());
            return 1;
        }
        return report(options, path, false, {e.detail()});
    }
    QStringList problems;
    const bool ok = store.checkIntegrity(&problems);
    return report(options, path, ok, problems);
}

} // namespace hubwatch::CheckCommand
