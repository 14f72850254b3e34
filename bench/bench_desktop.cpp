// P3, P4 and P5 on the real desktop wiring (DesktopApp: settings, store thread, poller, window,
// views), run by scripts/bench-all.sh once per repetition on a copy of a 10,000-repo history:
//
//   P4  start_ms       process start (HUBWATCH_BENCH_T0, ns since the epoch, taken by the script
//                      just before exec) to the first paint of the dashboard showing data.
//   P3  max_stall_ms   the longest GUI-thread stall while the app polls 10,000 repos with the charts
//                      view open: a 1 ms precise timer measures its own lateness, from the poll's
//                      start until 5 s after it ended (the store, the refresh and the charts reload).
//                      That is the app's second poll (pollNow), with the window settled;
//                      startup_poll_max_stall_ms is the same for the poll the app starts with.
//                      max_stall_cpu_ms: the most GUI-thread CPU time within one stall (the
//                      app's work; the rest of a stall is waiting for one of the shared cores).
//   P5  idle_cpu_pct   CPU (user + system, every thread) while idle after that, over --idle seconds.
//       peak_rss_mb    getrusage's maximum resident set size, at the end.
//
// usage: bench_desktop --endpoint URL --db FILE [--top N] [--idle SECONDS]
// Prints one JSON line. Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "DashboardView.h"
#include "DesktopApp.h"
#include "MainWindow.h"
#include "collector/Collector.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QLabel>
#include <QStandardPaths>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

using namespace hubwatch;

namespace {

qint64 realtimeNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Notes the first paint of the dashboard's headline label once it shows a figure ("6.8B").
class FirstPaint : public QObject
{
public:
    FirstPaint(DashboardView *view, qint64 t0) : m_view(view), m_t0(t0)
    {
        for (QLabel *label : view->findChildren<QLabel *>())
            label->installEventFilter(this);
    }
    double ms = -1;
    std::function<void()> painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (ms < 0 && event->type() == QEvent::Paint) {
            const QString text = m_view->headlineText();
            if (!text.isEmpty() && text.at(0).isDigit() && static_cast<QLabel *>(watched)->text() == text) {
                // After the paint itself, so its cost is counted.
                QTimer::singleShot(0, this, [this] {
                    if (ms >= 0)
                        return;
                    ms = double(realtimeNs() - m_t0) / 1e6;
                    if (painted)
                        painted();
                });
            }
        }
        return false;
    }

private:
    DashboardView *m_view;
    qint64 m_t0;
};

// Measures how late a 1 ms timer fires: the longest wait is the longest stall of the event loop.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_on = true;
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double late = double(m_clock.nsecsElapsed()) / 1e6 - 1.0;
            m_clock.restart();
            // The GUI thread's own CPU time in the stall: the part of it the app spent working,
            // the rest it waited for a core (2 shared cores, other builds running).
            const double cpu = threadCpuMs();
            const double busy = cpu - m_cpu;
            m_cpu = cpu;
            if (m_on) {
                maxMs = std::max(maxMs, late);
                maxBusyMs = std::max(maxBusyMs, std::min(late, busy));
                if (late > 16) {
                    ++over16;
                    if (m_verbose) // HUBWATCH_BENCH_VERBOSE=1: when, to line up with a profile or a log
                        std::fprintf(stderr, "stall %.1f ms (%.1f ms of CPU) ending at %.3f s\n", late, busy,
                                     double(m_since.nsecsElapsed()) / 1e9);
                }
            }
        });
        m_cpu = threadCpuMs();
        m_clock.start();
        m_since.start();
        m_timer.start();
    }
    // Stopped, the timer costs nothing: the idle measurement runs without it.
    void setMeasuring(bool on)
    {
        m_on = on;
        if (!on)
            m_timer.stop();
    }
    double maxMs = 0, maxBusyMs = 0;
    int over16 = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock, m_since;
    bool m_on = false;
    double m_cpu = 0;
    const bool m_verbose = qEnvironmentVariableIntValue("HUBWATCH_BENCH_VERBOSE") == 1;
};

} // namespace

int main(int argc, char *argv[])
{
    const qint64 launched =
        qEnvironmentVariableIsSet("HUBWATCH_BENCH_T0") ? qEnvironmentVariable("HUBWATCH_BENCH_T0").toLongLong() : realtimeNs();
    // Where the start-up time goes: the process (loader, libraries) until main, the
    // QApplication, the DesktopApp (settings, store thread, window, views), its show().
    const auto since = [launched] { return double(realtimeNs() - launched) / 1e6; };
    const double mainMs = since();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    const double qappMs = since();
    QCoreApplication::setOrganizationName(QStringLiteral("HubWatchBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_desktop"));
    QStandardPaths::setTestModeEnabled(true); // settings away from the user's own
    QSettings().clear();                      // a first start: the dashboard, default geometry
    Q_INIT_RESOURCE(resources);

    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("endpoint"), QStringLiteral("Fake Hub URL."), QStringLiteral("URL")},
                       {QStringLiteral("db"), QStringLiteral("History database."), QStringLiteral("FILE")},
                       {QStringLiteral("top"), QStringLiteral("Top models (default 10000)."), QStringLiteral("N")},
                       {QStringLiteral("idle"), QStringLiteral("Idle seconds (default 30)."), QStringLiteral("S")}});
    parser.process(qapp);
    CommandLine options;
    options.endpoint = parser.value(QStringLiteral("endpoint"));
    options.db = parser.value(QStringLiteral("db"));
    options.topModels = parser.isSet(QStringLiteral("top")) ? parser.value(QStringLiteral("top")).toInt() : 10000;
    options.topDatasets = 0;
    const int idleSeconds = parser.isSet(QStringLiteral("idle")) ? parser.value(QStringLiteral("idle")).toInt() : 30;

    DesktopApp app(options);
    const double desktopMs = since();
    FirstPaint paint(app.window()->dashboard(), launched);
    // The app polls as soon as it is shown (with the start-up stalls of a first show); the charts
    // view opens once the dashboard has shown its data. When that poll and its refresh are done,
    // a second poll runs with the charts view open and settled: P3 is measured on that one.
    paint.painted = [&] { app.window()->showView(QStringLiteral("charts")); };
    std::unique_ptr<StallMeter> startupStalls, stalls;
    double startupStallMs = -1, startupStallCpuMs = -1, pollMs = -1, idleCpu = -1;
    int polls = 0;
    QElapsedTimer pollClock;
    // The collector exists once the history is open, before its first poll starts.
    QObject::connect(&app, &DesktopApp::historyOpened, &qapp, [&] {
        Collector *collector = app.collector();
        if (!collector)
            qFatal("this desktop did not become the collector");
        QObject::connect(collector, &Collector::pollStarted, &qapp, [&] {
            pollClock.start();
            (polls == 0 ? startupStalls : stalls) = std::make_unique<StallMeter>();
        });
        QObject::connect(collector, &Collector::pollCompleted, &qapp, [&, collector](const PollOutcome &outcome) {
            if (!outcome.ok())
                std::fprintf(stderr, "bench_desktop: the poll failed\n");
            if (++polls == 1) {
                QTimer::singleShot(std::chrono::seconds(4), &qapp, [&] {
                    startupStalls->setMeasuring(false);
                    startupStallMs = startupStalls->maxMs;
                    startupStallCpuMs = startupStalls->maxBusyMs;
                    app.window()->showView(QStringLiteral("charts"));
                    QTimer::singleShot(std::chrono::seconds(1), collector, &Collector::pollNow);
                });
                return;
            }
            pollMs = double(pollClock.nsecsElapsed()) / 1e6;
            QTimer::singleShot(std::chrono::seconds(5), &qapp, [&] {
                stalls->setMeasuring(false);
                const double cpu0 = cpuSeconds();
                QElapsedTimer idle;
                idle.start();
                QTimer::singleShot(std::chrono::seconds(idleSeconds), &qapp, [&, cpu0, idle] {
                    idleCpu = 100.0 * (cpuSeconds() - cpu0) / (double(idle.nsecsElapsed()) / 1e9);
                    qapp.quit();
                });
            });
        });
    });
    app.show();
    const double shownMs = since();
    const int rc = qapp.exec();

    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const QJsonObject out{{QStringLiteral("start_ms"), paint.ms},
                          {QStringLiteral("start_phases_ms"),
                           QJsonObject{{QStringLiteral("main"), mainMs},
                                       {QStringLiteral("qapplication"), qappMs},
                                       {QStringLiteral("desktopapp"), desktopMs},
                                       {QStringLiteral("shown"), shownMs}}},
                          {QStringLiteral("poll_ms"), pollMs},
                          {QStringLiteral("max_stall_ms"), stalls ? stalls->maxMs : -1},
                          {QStringLiteral("max_stall_cpu_ms"), stalls ? stalls->maxBusyMs : -1},
                          {QStringLiteral("stalls_over_16ms"), stalls ? stalls->over16 : -1},
                          {QStringLiteral("startup_poll_max_stall_ms"), startupStallMs},
                          {QStringLiteral("startup_poll_max_stall_cpu_ms"), startupStallCpuMs},
                          {QStringLiteral("idle_cpu_pct"), idleCpu},
                          {QStringLiteral("peak_rss_mb"), double(u.ru_maxrss) / 1024.0}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return rc;
}
