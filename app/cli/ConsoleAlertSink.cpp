#include "ConsoleAlertSink.h"

#include "ConsoleOutput.h"
#include "alerts/AlertText.h"

namespace hubwatch {

void ConsoleAlertSink::deliver(const AlertRecord &alert)
{
    const QString line = tr("Alert: %1 — %2").arg(AlertText::title(alert), AlertText::body(alert));
    m_json ? ConsoleOutput::error(line) : ConsoleOutput::out(line);
}

} // namespace hubwatch
