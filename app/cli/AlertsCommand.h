#pragma once

#include "CommandLine.h"

namespace hubwatch {

// `hubwatch alerts [--json]`: the alert log, newest first, from the local history (offline).
namespace AlertsCommand {
int run(const CommandLine &options);
}

} // namespace hubwatch
