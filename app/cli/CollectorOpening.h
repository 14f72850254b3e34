#pragma once

#include "CommandLine.h"

#include "settings/RunConfig.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace hubwatch {

class HistorySession;

// What `poll` and `census` do before they write the history: resolve this run's configuration,
// refuse when it is offline or misconfigured, open the history as its one collector (the lock is
// held until the command ends), and say when an http endpoint will not get the token.
class CollectorOpening
{
    Q_DECLARE_TR_FUNCTIONS(CollectorOpening)
public:
    using Ready = std::function<void(HistorySession *history, const RunConfig &config)>;
    using Failed = std::function<void(const QString &message, int exitCode)>;
    // Exactly one of ready or failed runs (failed with exit code 2 for a usage error, else 1).
    static void open(const CommandLine &options, QObject *owner, Ready ready, Failed failed);
};

} // namespace hubwatch
