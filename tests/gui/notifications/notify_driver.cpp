// Delivers a hot-category alert about CATEGORY-LABEL and an anomaly whose body (stored by an older
// version) quotes it, through the real TrayIcon as the desktop app does, and quits:
// for run-notification-markup-test.sh, which runs it beside a real tray watcher and notification
// server and reads what the server received.
//   notify_driver CATEGORY-LABEL
// Exits 0 once the alert is handed to the tray, 3 when there is no tray to hand it to.
#include "TrayIcon.h"

#include <QApplication>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

using namespace hubwatch;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QPixmap icon(22, 22);
    icon.fill(Qt::darkGreen);
    QApplication::setWindowIcon(QIcon(icon));
    const QString label = QCoreApplication::arguments().value(1);
    if (!TrayIcon::isAvailable()) {
        std::fprintf(stderr, "no system tray\n");
        return 3;
    }
    TrayIcon tray;
    AlertRecord a;
    a.kind = AlertRecord::Kind::HotCategory;
    a.series = QStringLiteral("category:") + label;
    a.subject = label;
    a.sharePercent = 31.5;
    a.changePoints = 6.2;
    a.topN = 50;
    a.happenedAt = a.raisedAt = QDateTime::currentDateTimeUtc();
    tray.deliver(a);
    // A hot category's body no longer names it (the title does); a legacy body still may.
    AlertRecord old;
    old.kind = AlertRecord::Kind::Anomaly;
    old.series = a.series;
    old.subject = label;
    old.legacyTitle = QStringLiteral("Upstream correction");
    old.legacyBody = label + QStringLiteral(" lost downloads: the Hub corrected its count.");
    old.happenedAt = old.raisedAt = a.happenedAt;
    tray.deliver(old);
    // The notification leaves asynchronously (D-Bus): give it time before the connection closes.
    QTimer::singleShot(1500, &app, &QCoreApplication::quit);
    return app.exec();
}
