#include "ConsoleAlertSink.h"

#include "ConsoleOutput.h"

namespace hubwatch {

void ConsoleAlertSink::deliver(const AlertRecord &alert)
{
    const QString line = tr("Alert: %1 — %2").arg(alert.title, alert.body);
    m_json ? ConsoleOutput::error(line) : ConsoleOutput::out(line);
}

} // namespace hubwatch
