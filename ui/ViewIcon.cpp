#include "ViewIcon.h"

#include "UiResources.h"

#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace hubwatch {

QIcon ViewIcon::forView(const QString &id, const QPalette &palette)
{
    UiResources::ensureRegistered();
    const QString path = QStringLiteral(":/hubwatch/icons/views/%1.svg").arg(id);
    if (!QFile::exists(path))
        return QIcon();
    QIcon icon;
    const QColor ink = palette.color(QPalette::Active, QPalette::WindowText);
    // Drawn black, then tinted: the drawing's alpha keeps its shape, the palette gives its colour.
    for (int side : {16, 24, 32, 48}) {
        QPixmap pixmap = QIcon(path).pixmap(side, side);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), ink);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace hubwatch
