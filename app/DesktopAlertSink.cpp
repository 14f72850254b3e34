#include "DesktopAlertSink.h"

#include "TrayIcon.h"

namespace hubwatch {

void DesktopAlertSink::deliver(const AlertRecord &alert)
{
    if (m_notifications)
        m_tray->deliver(alert);
}

} // namespace hubwatch
