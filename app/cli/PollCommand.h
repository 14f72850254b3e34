#pragma once

#include "CommandLine.h"

#include <QObject>

class QNetworkAccessManager;

namespace hubwatch {

class HubClient;
class Poller;
struct PollResult;

// `hubwatch poll`: polls the scope headless, once or on a schedule, and reports each poll on
// stdout (a summary, or JSON with --json). Exit code: 0 when every part of the poll succeeded,
// 1 when any part failed, 2 for a configuration error.
class PollCommand : public QObject
{
    Q_OBJECT
public:
    explicit PollCommand(const CommandLine &options, QObject *parent = nullptr);
    // Starts work; emits done(exitCode) when a --once poll ends or on a fatal error.
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void report(const PollResult &result);

    CommandLine m_options;
    QNetworkAccessManager *m_nam = nullptr;
    HubClient *m_client = nullptr;
    Poller *m_poller = nullptr;
};

} // namespace hubwatch
