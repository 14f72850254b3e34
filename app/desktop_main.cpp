// `hubwatch-desktop`: the desktop app and export-png, which need QtGui (export-png never a
// display). `hubwatch` hands these over to it; it runs the headless commands too, the same way.
#include "DesktopApp.h"
#include "DesktopStartup.h"
#include "cli/CommandLine.h"
#include "cli/ExportPngCommand.h"
#include "cli/HeadlessMain.h"
#include "util/SignalWatcher.h"

#include <QApplication>

using namespace hubwatch;

int main(int argc, char *argv[])
{
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    // export-png and --help-all draw or list GUI things but need no display.
    const bool png = CommandLine::peekCommand(rawArgs) == QLatin1String("export-png") || rawArgs.contains(QLatin1String("--help-all"));
    if (png && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    HeadlessMain::setIdentity();
    CommandLine options;
    if (const int rc = HeadlessMain::parse(rawArgs, &options); rc >= 0)
        return rc;
    if (options.command == CommandLine::Command::ExportPng)
        return ExportPngCommand::run(options, *SystemClock::instance());
    if (options.command != CommandLine::Command::Gui)
        return HeadlessMain::run(options, &app);
    // systemd or a logout ends the session with SIGTERM: quit as from the menu, so the history
    // closes and the window's state is saved.
    SignalWatcher stopSignals;
    QObject::connect(&stopSignals, &SignalWatcher::stopRequested, &app, &QCoreApplication::quit);
    DesktopStartup::prepareGui();
    DesktopStartup::applyTheme(options.theme);
    DesktopApp desktop(options);
    desktop.show();
    return app.exec();
}
