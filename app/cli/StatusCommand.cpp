#include "StatusCommand.h"

#include "ConsoleOutput.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hubwatch::StatusCommand {

int run(const CommandLine &options)
{
    // No history store yet: report that honestly rather than inventing figures.
    if (options.json) {
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("polls"), 0},
            {QStringLiteral("series"), QJsonObject()},
        }).toJson(QJsonDocument::Compact)));
    } else {
        ConsoleOutput::out(CommandLine::tr("No history recorded yet. Run \"hubwatch poll\" to start."));
    }
    return 0;
}

} // namespace hubwatch::StatusCommand
