#include "NotificationText.h"

#include "util/Logging.h"

#include <QStringList>

#ifdef HUBWATCH_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#endif

namespace hubwatch {

NotificationText::Body NotificationText::currentBody()
{
#ifdef HUBWATCH_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    // Qt's tray uses D-Bus (and so the notification server) exactly when this watcher exists.
    if (!bus.isConnected() || !bus.interface()
        || !bus.interface()->isServiceRegistered(QStringLiteral("org.kde.StatusNotifierWatcher")).value())
        return Body::Plain;
    QDBusMessage call =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
                                       QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("GetCapabilities"));
    const QDBusReply<QStringList> caps = bus.call(call, QDBus::Block, 2000);
    if (!caps.isValid()) {
        // Unknown: escaped, a body shows entities at worst; unescaped, it could show an image.
        qCDebug(lcApp) << "notification server capabilities unknown:" << caps.error().message();
        return Body::Markup;
    }
    return caps.value().contains(QLatin1String("body-markup")) ? Body::Markup : Body::Plain;
#else
    return Body::Plain;
#endif
}

QString NotificationText::body(const QString &text, Body kind)
{
    if (kind == Body::Plain)
        return text;
    // The markup subset knows these three; quotes need no escaping outside attributes.
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        default: out += c;
        }
    }
    return out;
}

} // namespace hubwatch
