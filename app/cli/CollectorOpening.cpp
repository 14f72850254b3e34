#include "CollectorOpening.h"

#include "ConsoleOutput.h"
#include "collector/HistorySession.h"
#include "hub/AuthPolicy.h"
#include "hub/HubError.h"
#include "settings/Settings.h"
#include "store/StoreLocation.h"

#include <QProcessEnvironment>

namespace hubwatch {

void CollectorOpening::open(const CommandLine &options, QObject *owner, Ready ready, Failed failed)
{
    const RunConfig config = RunConfig::resolve(options.overrides(), QProcessEnvironment::systemEnvironment(), Settings());
    if (!config.endpointError.isEmpty()) {
        failed(config.endpointError, 2);
        return;
    }
    if (config.hub.offline) {
        failed(HubError(HubError::Kind::Offline, QString()).message(), 1);
        return;
    }
    const StoreLocation location = StoreLocation::parse(config.database);
    if (!location.isValid()) {
        failed(location.error(), 2);
        return;
    }
    auto *history = new HistorySession(location, owner);
    history->open(HistorySession::Role::Collector, [history, config, ready, failed](const StoreError &e) {
        if (e.isError()) {
            failed(e.message(), 1);
            return;
        }
        if (!config.hub.token.isEmpty() && !AuthPolicy::endpointAllowsToken(config.hub.endpoint))
            ConsoleOutput::error(
                tr("Not sending the access token to %1: plain http is only trusted on loopback.").arg(config.hub.endpoint.host()));
        ready(history, config);
    });
}

} // namespace hubwatch
