#pragma once

#include <QString>

namespace hubwatch {

// The text of a desktop notification, as the notification layer must receive it. On Linux, Qt
// hands QSystemTrayIcon::showMessage() to the freedesktop notification server unchanged, and
// servers that advertise "body-markup" (GNOME Shell, KDE Plasma, dunst, mako, xfce4-notifyd)
// read the body as markup: a pipeline tag "<b>x</b>" from the Hub would be bold, "<a href=…>" a
// link, "<img src=…>" an image on servers that draw them. The summary is plain text by the
// specification. Everywhere else (Qt's own balloon, Windows, macOS) the body is plain text.
class NotificationText
{
public:
    enum class Body { Plain, Markup };

    // What the current tray does with a body: Markup when Qt sends notifications over D-Bus (a
    // StatusNotifierWatcher is registered) and the server does not say it lacks body-markup.
    static Body currentBody();
    // The body to hand over so that text is shown literally: &, < and > escaped for Markup.
    static QString body(const QString &text, Body kind);
};

} // namespace hubwatch
