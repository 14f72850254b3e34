#pragma once

#include "CommandLine.h"

namespace hubwatch {

// `hubwatch export-csv` / `hubwatch export-json`: the stored history, read-only and offline.
namespace ExportCommand {
int run(const CommandLine &options);
}

// `hubwatch import FILE`: merges an export into the history without duplicates.
namespace ImportCommand {
int run(const CommandLine &options);
}

} // namespace hubwatch
