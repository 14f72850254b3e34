#include "ExportCommand.h"

#include "ConsoleOutput.h"

namespace hubwatch {

int ExportCommand::run(const CommandLine &)
{
    ConsoleOutput::error(CommandLine::tr("export is not available in this build yet."));
    return 1;
}

int ImportCommand::run(const CommandLine &)
{
    ConsoleOutput::error(CommandLine::tr("import is not available in this build yet."));
    return 1;
}

} // namespace hubwatch
