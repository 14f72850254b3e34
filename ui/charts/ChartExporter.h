#pragma once

#include "ChartBuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QPalette>
#include <QSize>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QGraphicsScene;
QT_END_NAMESPACE

namespace hubwatch {

// Renders a chart to an image of an exact size, for a PNG to share or put on a slide: logical
// size × device-pixel scale pixels, in a light or dark theme, opaque or transparent. Fonts and
// lines grow with the image, so a 1600×900 export reads from the back of a room. Under the chart
// a caption says what the reader needs to trust it: demo data (if so), the scope, the range
// shown, log scale (if so), when the data was read and its source; it wraps between words.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
public:
    // White: an opaque background in the theme's colour (white in the light theme).
    enum class Background { White, Transparent };
    enum class Theme { Light, Dark };

    struct Options
    {
        QSize size{1200, 675}; // logical pixels
        qreal scale = 1.0;     // device-pixel ratio: the image has size × scale pixels
        Background background = Background::White;
        Theme theme = Theme::Light;
        bool logScale = false;
        bool alignLaunch = false;
        bool demo = false; // the history is the generated demo: the caption says so first
        QLocale locale;
    };

    // How an export of these options is laid out: the fonts (pixel sizes) and the caption's
    // lines as they are drawn, broken between words.
    struct Layout
    {
        qreal fontScale = 1; // 1 for a 1200×675 image
        QFont text;          // axis labels, axis titles, legend
        QFont title;
        QFont caption;
        QStringList captionLines;
        QList<int> captionEmphasis; // per line: its leading characters that state demo data
        int captionHeight = 0;      // pixels under the chart, margins included
    };

    // The chart of data, built afresh and rendered with its caption.
    static QImage render(const ChartData &data, const Options &options);
    // render(), saved as PNG (atomically). false and *error on failure.
    static bool savePng(const ChartData &data, const Options &options, const QString &path, QString *error);

    // The caption's statements, in reading order (joined by " · " when drawn).
    static QStringList captionParts(const ChartData &data, const Options &options);
    static QString caption(const ChartData &data, const Options &options);
    static Layout layout(const ChartData &data, const Options &options);
    // The chart render() draws above the caption, in layout's fonts (tests read its legend).
    // The chart built, added to the scene and laid out at the export's size (above its caption),
    // as render() draws it.
    static QChart *layOut(QGraphicsScene *scene, const ChartData &data, const Options &options, const Layout &layout);
    static ChartStyle buildChart(QChart *chart, const ChartData &data, const Options &options, const Layout &layout);
    // The window palette an export is drawn in.
    static QPalette themePalette(Theme theme);
    // "1200x675" → QSize; invalid unless both sides are 16…16384.
    static QSize parseSize(const QString &text);
};

} // namespace hubwatch
