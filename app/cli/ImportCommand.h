#pragma once

#include "CommandLine.h"

namespace hubwatch {

// `hubwatch import FILE`: merges an export into the history without duplicates.
// Exit codes: 0 merged, 1 database or file error, 2 invalid file or options (nothing imported).
namespace ImportCommand {
int run(const CommandLine &options);
}

} // namespace hubwatch
