// `hubwatch`: the command line. Headless commands run here on a QCoreApplication, so a collector
// on a server loads no widget, chart or platform plugin and starts in milliseconds. The desktop
// app and export-png (which draws with QtGui) are the desktop executable's: this one replaces
// itself with it (exec), keeping the arguments, the process id and the signals.
#include "cli/CommandLine.h"
#include "cli/ConsoleOutput.h"
#include "cli/HeadlessMain.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <string>
#include <unistd.h>

using namespace hubwatch;

namespace {

// Beside this executable in a build tree; ../libexec/hubwatch/ once installed.
std::string desktopExecutable()
{
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return std::string();
    const std::string dir = std::string(self, size_t(n)).substr(0, std::string(self, size_t(n)).rfind('/'));
    for (const std::string &candidate : {dir + "/hubwatch-desktop", dir + "/../libexec/hubwatch/hubwatch-desktop"})
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    return std::string();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    // --help-all lists Qt's GUI options too, which only the desktop part knows.
    if (CommandLine::startsDesktop(rawArgs) || CommandLine::peekCommand(rawArgs) == QLatin1String("export-png")
        || rawArgs.contains(QLatin1String("--help-all"))) {
        const std::string desktop = desktopExecutable();
        if (!desktop.empty())
            ::execv(desktop.c_str(), argv);
        const int error = errno;
        QCoreApplication app(argc, argv);
        ConsoleOutput::error(QStringLiteral("hubwatch: cannot start the desktop part (hubwatch-desktop): %1")
                                 .arg(QString::fromLocal8Bit(desktop.empty() ? "not installed" : std::strerror(error))));
        return 127;
    }
    QCoreApplication app(argc, argv);
    HeadlessMain::setIdentity();
    CommandLine options;
    if (const int rc = HeadlessMain::parse(rawArgs, &options); rc >= 0)
        return rc;
    return HeadlessMain::run(options, &app);
}
