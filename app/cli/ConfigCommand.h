#pragma once

#include "CommandLine.h"

namespace hubwatch::ConfigCommand {

// `hubwatch config list | get KEY | set KEY VALUE | unset KEY`: the settings a headless
// collector uses, read and written without the window, validated as the settings dialog
// validates them. Exit code 2 for an unknown key or an invalid value (nothing is written).
int run(const CommandLine &options);

} // namespace hubwatch::ConfigCommand
