#include "ChartExporter.h"

#include "ChartPalette.h"

#include <QChart>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>

namespace hubwatch {

QString ChartExporter::caption(const QString &scope, const QDateTime &asOfUtc)
{
    const QString when = asOfUtc.isValid() ? asOfUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("no data");
    return tr("Source: Hugging Face Hub API · %1 · %2 UTC").arg(scope, when);
}

QSize ChartExporter::parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < 16 || h < 16 || w > 16384 || h > 16384)
        return {};
    return {w, h};
}

QImage ChartExporter::render(const ChartData &data, const Options &options)
{
    const QSize size = options.size.isValid() ? options.size : QSize(1200, 675);
    const qreal scale = qBound(0.25, options.scale, 8.0);
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    const bool transparent = options.background == Background::Transparent;
    image.fill(transparent ? Qt::transparent : Qt::white);

    QFont font;
    font.setPixelSize(qMax(10, qMin(14, size.height() / 40)));
    const QFontMetrics fm(font);
    const int captionHeight = fm.height() + 10;
    const QSizeF chartSize(size.width(), qMax(8, size.height() - captionHeight));

    // The chart lives in a scene of its own: rendering needs no window and no display.
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    ChartStyle style;
    style.palette = ChartPalette::lightWindow(); // an image for slides and pages, not the desktop's theme
    style.logScale = options.logScale;
    style.alignLaunch = options.alignLaunch;
    style.locale = options.locale;
    ChartBuilder::build(chart, data, style);
    chart->setBackgroundRoundness(0);
    if (transparent) {
        chart->setBackgroundVisible(false);
    } else {
        chart->setBackgroundBrush(Qt::white);
        chart->setBackgroundPen(Qt::NoPen);
    }
    chart->setGeometry(QRectF(QPointF(0, 0), chartSize));
    chart->layout()->activate();
    ChartBuilder::relabel(chart, style);
    scene.setSceneRect(QRectF(QPointF(0, 0), chartSize));

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), chartSize), scene.sceneRect());
    painter.setFont(font);
    painter.setPen(QColor(0x49, 0x50, 0x57));
    const QString text = caption(ChartBuilder::scopeText(data), data.asOf);
    const QRect captionRect(12, int(chartSize.height()), size.width() - 24, captionHeight);
    painter.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideMiddle, captionRect.width()));
    painter.end();
    return image;
}

bool ChartExporter::savePng(const ChartData &data, const Options &options, const QString &path, QString *error)
{
    const QImage image = render(data, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hubwatch
