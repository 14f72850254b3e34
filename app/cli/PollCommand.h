#pragma once

#include "CensusConsole.h"
#include "CommandLine.h"
#include "ConsoleAlertSink.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace hubwatch {

class Collector;
class HistorySession;
class SignalWatcher;
struct PollOutcome;

// `hubwatch poll`: the collector without a window. Polls the scope once or on a schedule and
// reports each poll on stdout once it is stored (a summary, or JSON with --json, which says
// whether it was stored). Exit code: 0 when every part of the poll succeeded and was stored, or
// after a clean stop on SIGTERM/SIGINT; 1 when any part failed or was not stored; 2 for a
// configuration error.
class PollCommand : public QObject
{
    Q_OBJECT
public:
    explicit PollCommand(const CommandLine &options, QObject *parent = nullptr);
    ~PollCommand() override;
    // Starts work; emits done(exitCode) when a --once poll ends, on a fatal error or a stop.
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void startCollector(const RunConfig &config);
    void report(const PollOutcome &outcome);
    void stop();
    void fatal(const QString &message, int exitCode);

    CommandLine m_options;
    ConsoleAlertSink m_sink;
    SignalWatcher *m_signals = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    HistorySession *m_history = nullptr;
    Collector *m_collector = nullptr;
    CensusConsole m_census;
};

} // namespace hubwatch
