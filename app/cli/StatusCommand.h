#pragma once

#include "CommandLine.h"
#include "util/Clock.h"

namespace hubwatch {

// `hubwatch status`: the headline and latest values, read from the local history only, so it
// works offline. Until the history store exists it says there is nothing recorded yet.
namespace StatusCommand {
int run(const CommandLine &options, const Clock &clock);
}

} // namespace hubwatch
