#pragma once

#include "CommandLine.h"
#include "util/Clock.h"

namespace hubwatch {

// `hubwatch export-csv` / `hubwatch export-json`: the stored history, read-only and offline.
// Exit codes: 0 written, 1 database or file error, 2 bad --series or --range.
namespace ExportCommand {
int run(const CommandLine &options, const Clock &clock);
}

} // namespace hubwatch
