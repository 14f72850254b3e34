#pragma once

#include "CommandLine.h"

namespace hubwatch {

// `hubwatch check [--json]`: checks every page of the history (SQLite's integrity_check), which
// opening it no longer does (see store/IntegrityCheck.h). Only reads. Exit 0 when sound, 1 when
// damaged or unreadable.
namespace CheckCommand {
int run(const CommandLine &options);
}

} // namespace hubwatch
