#pragma once

#include "alerts/AlertSink.h"

namespace hubwatch {

class TrayIcon;

// The desktop's alerts: tray notifications (a banner in the window when there is no tray), or
// none when the person turned notifications off; either way each counts as shown, so turning
// them on again does not replay old news. Its ledger in the history is "desktop".
class DesktopAlertSink : public AlertSink
{
public:
    explicit DesktopAlertSink(TrayIcon *tray) : m_tray(tray) {}
    void setNotifications(bool on) { m_notifications = on; }
    void deliver(const AlertRecord &alert) override;
    QString consumer() const override { return QStringLiteral("desktop"); }

private:
    TrayIcon *m_tray;
    bool m_notifications = true;
};

} // namespace hubwatch
