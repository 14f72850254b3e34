#pragma once

#include "CommandLine.h"

namespace hubwatch {

// `hubwatch migrate --from sqlite:PATH --to postgresql://USER@HOST:PORT/DBNAME`: copies a
// history into another (usually a desktop's file into the team's shared database). Running it
// again changes nothing (see store/HistoryCopy.h). It takes the target's collector lock, so it
// refuses to run while a collector writes there. Exit code 0 copied (or nothing to copy),
// 1 failed, 2 bad arguments.
namespace MigrateCommand {
int run(const CommandLine &options);
}

} // namespace hubwatch
