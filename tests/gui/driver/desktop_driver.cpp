// The real desktop app (DesktopApp, as `hubwatch` starts it) under a test's control, for the
// scripted end-to-end tests under Xvfb. It drives the app through its seams, not through hooks
// in production code: once the first poll of this desktop is complete (stored, alerts evaluated
// and shown) it waits a moment for notifications to leave and views to load, saves a
// screenshot if asked, reports which view it shows and how the poll ended, and quits.
//
//   desktop_driver [--shot FILE] [--settle MS] -- HUBWATCH-ARGS…
// Prints "view: ID" and "poll: stored|not-stored|failed"; exits 0 only when the poll was stored
// complete, 3 when it failed or was not stored, 4 when this desktop did not become the collector.
#include "DesktopApp.h"
#include "DesktopStartup.h"
#include "cli/HeadlessMain.h"
#include "MainWindow.h"
#include "collector/PollOutcome.h"
#include "settings/Settings.h"
#include "util/Translations.h"

#include <QApplication>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>

using namespace hubwatch;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QString shot;
    int settleMs = 1500;
    const int dashes = int(args.indexOf(QStringLiteral("--")));
    for (int i = 1; i < dashes; ++i) {
        if (args.at(i) == QLatin1String("--shot"))
            shot = args.value(++i);
        else if (args.at(i) == QLatin1String("--settle"))
            settleMs = args.value(++i).toInt();
    }
    const QStringList appArgs = QStringList{args.first()} + (dashes >= 0 ? args.mid(dashes + 1) : QStringList());
    HeadlessMain::setIdentity();
    Translations::install(Translations::choose(Translations::peekLanguage(appArgs), Settings().language()));
    CommandLine options;
    QString output;
    bool toStderr = true;
    if (CommandLine::parse(appArgs, &options, &output, &toStderr) != CommandLine::Outcome::Run) {
        std::fprintf(stderr, "%s\n", qPrintable(output));
        return 2;
    }
    DesktopStartup::prepareGui();
    DesktopApp desktop(options);
    int rc = 0;
    QObject::connect(&desktop, &DesktopApp::historyOpened, &app, [&] {
        if (!desktop.isCollector()) {
            std::printf("poll: viewer\n");
            rc = 4;
            QCoreApplication::exit(rc);
        }
    });
    QObject::connect(&desktop, &DesktopApp::pollCompleted, &app, [&](const PollOutcome &outcome) {
        rc = outcome.ok() ? 0 : 3;
        std::printf("poll: %s\n", !outcome.stored ? "not-stored" : outcome.ok() ? "stored" : "failed");
        QTimer::singleShot(settleMs, &app, [&] {
            MainWindow *window = desktop.window();
            std::printf("view: %s\n", qPrintable(window->currentView()));
            if (!shot.isEmpty() && window->isVisible() && !window->screen()->grabWindow(window->winId()).save(shot)) {
                std::fprintf(stderr, "could not save the screenshot to %s\n", qPrintable(shot));
                rc = 5;
            }
            std::fflush(stdout);
            QCoreApplication::exit(rc);
        });
    });
    desktop.show();
    return app.exec() == 0 ? rc : 1;
}
