#include "DesktopStartup.h"

#include "UiResources.h"
#include "charts/ChartPalette.h"

#include <QApplication>
#include <QIcon>
#include <QString>

void hubwatch::DesktopStartup::prepareGui()
{
    UiResources::ensureRegistered();
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
