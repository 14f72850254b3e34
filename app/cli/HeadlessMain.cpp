#include "HeadlessMain.h"

#include "AlertsCommand.h"
#include "CheckCommand.h"
#include "CompactCommand.h"
#include "ConfigCommand.h"
#include "ConsoleOutput.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "MigrateCommand.h"
#include "CensusCommand.h"
#include "PollCommand.h"
#include "StatusCommand.h"
#include "demo/DemoHistory.h"
#include "settings/Settings.h"
#include "util/Logging.h"
#include "util/Translations.h"

#include <QCoreApplication>

namespace hubwatch::HeadlessMain {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HubWatch"));
    QCoreApplication::setApplicationName(QStringLiteral("hubwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBWATCH_VERSION));
}

int parse(const QStringList &rawArgs, CommandLine *options)
{
    // --lang, else the language saved in the settings, else the system's.
    Translations::install(Translations::choose(Translations::peekLanguage(rawArgs), Settings().language()));
    QString output;
    bool toStderr = true;
    switch (CommandLine::parse(QCoreApplication::arguments(), options, &output, &toStderr)) {
    case CommandLine::Outcome::Run: break;
    case CommandLine::Outcome::ExitOk: toStderr ? ConsoleOutput::error(output.trimmed()) : ConsoleOutput::out(output.trimmed()); return 0;
    case CommandLine::Outcome::ExitError: ConsoleOutput::error(output.trimmed()); return 2;
    }
    if (options->demo) {
        // The demo is a file of its own in the cache: the user's history is never opened.
        QString error;
        options->db = DemoHistory::ensureCached(&error);
        if (options->db.isEmpty()) {
            ConsoleOutput::error(error);
            return 1;
        }
    }
    return -1;
}

int run(const CommandLine &options, QCoreApplication *app)
{
    qCInfo(lcCli) << "command" << CommandLine::peekCommand(QCoreApplication::arguments());
    switch (options.command) {
    case CommandLine::Command::Status: return StatusCommand::run(options, *SystemClock::instance());
    case CommandLine::Command::Alerts: return AlertsCommand::run(options);
    case CommandLine::Command::Compact: return CompactCommand::run(options, *SystemClock::instance());
    case CommandLine::Command::ExportCsv:
    case CommandLine::Command::ExportJson: return ExportCommand::run(options, *SystemClock::instance());
    case CommandLine::Command::Import: return ImportCommand::run(options);
    case CommandLine::Command::Migrate: return MigrateCommand::run(options);
    case CommandLine::Command::Check: return CheckCommand::run(options);
    case CommandLine::Command::Config: return ConfigCommand::run(options);
    case CommandLine::Command::Census: {
        CensusCommand census(options);
        QObject::connect(&census, &CensusCommand::done, app, [](int rc) { QCoreApplication::exit(rc); });
        census.start();
        return app->exec();
    }
    case CommandLine::Command::Poll: {
        PollCommand poll(options);
        QObject::connect(&poll, &PollCommand::done, app, [](int rc) { QCoreApplication::exit(rc); });
        poll.start();
        return app->exec();
    }
    case CommandLine::Command::Gui:
    case CommandLine::Command::ExportPng: break; // the desktop executable's
    }
    ConsoleOutput::error(CommandLine::tr("This command needs the desktop part of HubWatch, which is not installed."));
    return 2;
}

} // namespace hubwatch::HeadlessMain
