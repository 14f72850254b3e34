#pragma once

#include "CommandLine.h"
#include "util/Clock.h"

namespace hubwatch {

// `hubwatch compact --older-than DAYS [--resolution hourly|daily]`: thins old samples while
// keeping each series' shape (see store/Retention.h). Takes the writer lock like a poller.
namespace CompactCommand {
int run(const CommandLine &options, const Clock &clock);
}

} // namespace hubwatch
