#include "DesktopStartup.h"

#include "charts/ChartPalette.h"

#include <QApplication>
#include <QIcon>
#include <QString>

// Q_INIT_RESOURCE declares a function in the global namespace: call it from there.
static void initResources()
{
    // The resources live in a static library: register them explicitly.
    Q_INIT_RESOURCE(resources);
}

void hubwatch::DesktopStartup::prepareGui()
{
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/hubwatch/icons/hubwatch.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hubwatch.HubWatch"));
}

void hubwatch::DesktopStartup::applyTheme(const QString &theme)
{
    if (theme != QLatin1String("dark"))
        return;
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(ChartPalette::darkWindow());
}
