#pragma once

#include "CommandLine.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace hubwatch {

class HubClient;
struct HubConfig;
class Poller;
class StoreThread;
class CollectorLock;
struct PollResult;

// `hubwatch poll`: polls the scope headless, once or on a schedule, and reports each poll on
// stdout (a summary, or JSON with --json). Exit code: 0 when every part of the poll succeeded,
// 1 when any part failed, 2 for a configuration error.
class PollCommand : public QObject
{
    Q_OBJECT
public:
    explicit PollCommand(const CommandLine &options, QObject *parent = nullptr);
    ~PollCommand() override;
    // Starts work; emits done(exitCode) when a --once poll ends or on a fatal error.
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void report(const PollResult &result);
    void startPolling(const HubConfig &config);
    void store(const PollResult &result);
    void fatal(const QString &message, int exitCode);

    CommandLine m_options;
    QNetworkAccessManager *m_nam = nullptr;
    HubClient *m_client = nullptr;
    Poller *m_poller = nullptr;
    std::unique_ptr<CollectorLock> m_lock;
    std::unique_ptr<StoreThread> m_store;
};

} // namespace hubwatch
