#pragma once

#include "ChartBuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QSize>

namespace hubwatch {

// Renders a chart to an image of an exact size, for a PNG to share: logical size × device-pixel
// scale pixels, on white or transparent, with a caption line under the chart
// ("Source: Hugging Face Hub API · <scope> · 2026-03-02 14:00 UTC").
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
public:
    enum class Background { White, Transparent };

    struct Options
    {
        QSize size{1200, 675}; // logical pixels
        qreal scale = 1.0;     // device-pixel ratio: the image has size × scale pixels
        Background background = Background::White;
        bool logScale = false;
        bool alignLaunch = false;
        QLocale locale;
    };

    // The chart of data, built afresh (in the light theme) and rendered with its caption.
    static QImage render(const ChartData &data, const Options &options);
    // render(), saved as PNG (atomically). false and *error on failure.
    static bool savePng(const ChartData &data, const Options &options, const QString &path, QString *error);

    static QString caption(const QString &scope, const QDateTime &asOfUtc);
    // "1200x675" → QSize; invalid unless both sides are 16…16384.
    static QSize parseSize(const QString &text);
};

} // namespace hubwatch
