#pragma once

#include "CommandLine.h"

#include <QStringList>

class QCoreApplication;

namespace hubwatch::HeadlessMain {

// Organisation, application name and version: where settings and data live.
void setIdentity();
// The language first (so --help and parse errors are translated), then the parse. Returns -1 to
// go on, else the exit code (help, version or a usage error were printed).
int parse(const QStringList &rawArgs, CommandLine *options);
// Runs a headless command (everything but the desktop and export-png) to its exit code.
int run(const CommandLine &options, QCoreApplication *app);

} // namespace hubwatch::HeadlessMain
