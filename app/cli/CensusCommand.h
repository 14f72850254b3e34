#pragma once

#include "CensusConsole.h"
#include "census/CensusEta.h"
#include "CommandLine.h"

#include <QObject>

class QNetworkAccessManager;

namespace hubwatch {

class CensusCrawler;
class HistorySession;
class HubTransport;
class SignalWatcher;
struct CensusState;

// `hubwatch census`: counts every public model, dataset and space on the Hub into the history,
// resuming an unfinished census (--restart keeps it as partial and starts over). Progress goes to
// stderr; the result to stdout (JSON with --json). Exit code: 0 when the census is complete; 1
// when it stopped on an error (it stays resumable) or was stopped by a signal; 2 for a
// configuration error.
class CensusCommand : public QObject
{
    Q_OBJECT
public:
    explicit CensusCommand(const CommandLine &options, QObject *parent = nullptr);
    ~CensusCommand() override;
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void startCrawler(const RunConfig &config);
    void report(const CensusState &state, const QString &error);
    void fatal(const QString &message, int exitCode);

    CommandLine m_options;
    SignalWatcher *m_signals = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    HubTransport *m_transport = nullptr;
    HistorySession *m_history = nullptr;
    CensusCrawler *m_crawler = nullptr;
    CensusConsole m_console;
    CensusEta m_eta;
    qint64 m_expectedPages = 0;
};

} // namespace hubwatch
