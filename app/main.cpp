// Entry point: picks a headless QCoreApplication for the command-line modes and a QApplication
// only for the desktop app, so `hubwatch poll` runs on a server with no display.
#include "cli/AlertsCommand.h"
#include "cli/CommandLine.h"
#include "cli/CompactCommand.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExportCommand.h"
#include "cli/ExportPngCommand.h"
#include "cli/ImportCommand.h"
#include "cli/MigrateCommand.h"
#include "cli/PollCommand.h"
#include "cli/StatusCommand.h"
#include "DesktopApp.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

using namespace hubwatch;

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HubWatch"));
    QCoreApplication::setApplicationName(QStringLiteral("hubwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBWATCH_VERSION));
}

int parseOrExit(const QStringList &args, CommandLine *options)
{
    QString output;
    bool toStderr = true;
    switch (CommandLine::parse(args, options, &output, &toStderr)) {
    case CommandLine::Outcome::Run: return -1;
    case CommandLine::Outcome::ExitOk:
        toStderr ? ConsoleOutput::error(output.trimmed()) : ConsoleOutput::out(output.trimmed());
        return 0;
    case CommandLine::Outcome::ExitError: ConsoleOutput::error(output.trimmed()); return 2;
    }
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const bool gui = CommandLine::peekCommand(rawArgs).isEmpty()
        && !rawArgs.contains(QLatin1String("--help")) && !rawArgs.contains(QLatin1String("-h"))
        && !rawArgs.contains(QLatin1String("--version")) && !rawArgs.contains(QLatin1String("-v"));

    // export-png draws with QtGui: it needs a QApplication, but never a display.
    const bool png = CommandLine::peekCommand(rawArgs) == QLatin1String("export-png");
    if (png && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (gui || png)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    setIdentity();
    // The language comes before the parser, so that --help and parse errors are translated too:
    // --lang, else the language saved in the settings, else the system's.
    Translations::install(Translations::choose(Translations::peekLanguage(rawArgs), Settings().language()));

    CommandLine options;
    if (const int rc = parseOrExit(QCoreApplication::arguments(), &options); rc >= 0)
        return rc;

    switch (options.command) {
    case CommandLine::Command::Gui: {
        // The resources live in a static library: register them explicitly.
        Q_INIT_RESOURCE(resources);
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/hubwatch/icons/hubwatch.svg")));
        QApplication::setDesktopFileName(QStringLiteral("io.github.hubwatch.HubWatch"));
        DesktopApp desktop(options);
        desktop.show();
        return app->exec();
    }
    case CommandLine::Command::Status:
        return StatusCommand::run(options);
    case CommandLine::Command::Alerts:
        return AlertsCommand::run(options);
    case CommandLine::Command::Compact:
        return CompactCommand::run(options);
    case CommandLine::Command::ExportCsv:
    case CommandLine::Command::ExportJson:
        return ExportCommand::run(options);
    case CommandLine::Command::ExportPng:
        return ExportPngCommand::run(options);
    case CommandLine::Command::Import:
        return ImportCommand::run(options);
    case CommandLine::Command::Migrate:
        return MigrateCommand::run(options);
    case CommandLine::Command::Poll: {
        PollCommand poll(options);
        QObject::connect(&poll, &PollCommand::done, app.get(), [](int rc) { QCoreApplication::exit(rc); });
        poll.start();
        return app->exec();
    }
    }
    return 0;
}
