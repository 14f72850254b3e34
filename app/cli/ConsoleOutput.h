#pragma once

#include <QString>

namespace hubwatch {

// stdout for results, stderr for errors and progress, so `--json` output stays parseable.
namespace ConsoleOutput {
void out(const QString &line);
void error(const QString &line);
// Progress on stderr, only when it is a terminal (no noise in logs and pipes).
void status(const QString &line);
} // namespace ConsoleOutput

} // namespace hubwatch
