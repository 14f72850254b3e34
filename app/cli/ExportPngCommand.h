#pragma once

#include "cli/CommandLine.h"
#include "util/Clock.h"

namespace hubwatch {

// hubwatch export-png --chart NAME --out FILE [--range R] [--size WxH] [--series S]… [--log]
// [--theme light|dark]
// Draws a chart of the stored history to a PNG without a display (main() picks the offscreen
// platform when there is none). Same data and drawing as the desktop chart.
// Exit codes: 0 written, 1 the history or the file could not be read or written, 2 usage.
class ExportPngCommand
{
public:
    static int run(const CommandLine &options, const Clock &clock);
};

} // namespace hubwatch
