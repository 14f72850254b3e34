// Issue 15 item 3: series colours a reader can tell apart (also with a colour-vision deficiency)
// on light and dark window palettes, and a chart drawn on the window's own background. The
// colours are read back from what the chart holds and draws, not from the palette helper.
#include "charts/ChartBuilder.h"
#include "charts/ChartCanvas.h"
#include "charts/ChartPalette.h"
#include "charts/HistoryChartView.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QTest>

#include <array>
#include <cmath>

using namespace hubwatch;

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000LL;
// CIE76: a difference of about 2.3 is just noticeable; 20 is plainly another colour.
constexpr double kMinDistance = 20.0;

QPalette windowPalette(bool dark)
{
    QPalette p;
    const QColor base = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xff, 0xff, 0xff);
    const QColor text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x1a, 0x1a, 0x1a);
    const QColor window = dark ? QColor(0x2b, 0x2d, 0x31) : QColor(0xef, 0xef, 0xef);
    for (const QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Base, base);
        p.setColor(g, QPalette::Text, text);
        p.setColor(g, QPalette::Window, window);
        p.setColor(g, QPalette::WindowText, text);
    }
    return p;
}

// sRGB (D65) to CIE L*a*b*.
std::array<double, 3> lab(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const QColor &a, const QColor &b)
{
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// n series of a cumulative chart, or n categories of the hot-categories chart.
ChartData manySeries(ChartKind kind, int n)
{
    ChartData d;
    d.request.kind = kind;
    const qint64 start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < n; ++i) {
        ChartSeriesData s;
        s.key = kind == ChartKind::HotCategories ? QStringLiteral("tag-%1").arg(i) : QStringLiteral("model:org/m%1").arg(i);
        for (int day = 0; day < 20; ++day)
            s.points.append({start + day * kDayMs, 1000.0 * (i + 1) + 10.0 * day, false});
        d.series.append(s);
    }
    d.asOf = QDateTime::fromMSecsSinceEpoch(start + 19 * kDayMs, Qt::UTC);
    return d;
}
} // namespace

class TestChartPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void distanceIsCie76();
    void seriesColoursAreDistinct_data();
    void seriesColoursAreDistinct();
    void backgroundIsTheWindowsBase_data();
    void backgroundIsTheWindowsBase();
};

// The measure itself: known CIE76 distances (black/white 100; sRGB red/green about 170).
void TestChartPalette::distanceIsCie76()
{
    QVERIFY(qAbs(deltaE(Qt::black, Qt::white) - 100.0) < 0.1);
    QVERIFY(qAbs(deltaE(QColor(255, 0, 0), QColor(0, 255, 0)) - 170.6) < 1.0);
    QCOMPARE(deltaE(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 0.0);
}

void TestChartPalette::seriesColoursAreDistinct_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("kind");
    QTest::newRow("light, comparison") << false << int(ChartKind::Cumulative);
    QTest::newRow("dark, comparison") << true << int(ChartKind::Cumulative);
    QTest::newRow("light, hot categories") << false << int(ChartKind::HotCategories);
    QTest::newRow("dark, hot categories") << true << int(ChartKind::HotCategories);
}

// As many series as the palette has colours: the colours the chart gives their lines differ
// pairwise by at least kMinDistance, and each stands apart from the background by as much.
void TestChartPalette::seriesColoursAreDistinct()
{
    QFETCH(bool, dark);
    QFETCH(int, kind);
    const QPalette window = windowPalette(dark);
    const int n = ChartPalette(window).size();
    QVERIFY(n >= 6); // five hot categories and "other"
    QChart chart;
    ChartStyle style;
    style.palette = window;
    const ChartData data = manySeries(ChartKind(kind), n);
    ChartBuilder::build(&chart, data, style);

    QList<QColor> drawn;
    for (const ChartSeriesData &s : data.series) {
        QLineSeries *line = nullptr;
        for (QAbstractSeries *a : chart.series())
            if (a->objectName() == QLatin1String("line:") + s.key)
                line = qobject_cast<QLineSeries *>(a);
        QVERIFY2(line, qPrintable(s.key));
        drawn.append(line->pen().color());
    }
    const QColor base = window.color(QPalette::Base);
    for (int i = 0; i < drawn.size(); ++i) {
        QVERIFY2(deltaE(drawn.at(i), base) >= kMinDistance,
                 qPrintable(QStringLiteral("%1 on %2: ΔE %3").arg(drawn.at(i).name(), base.name()).arg(deltaE(drawn.at(i), base))));
        for (int j = i + 1; j < drawn.size(); ++j)
            QVERIFY2(deltaE(drawn.at(i), drawn.at(j)) >= kMinDistance,
                     qPrintable(QStringLiteral("series %1 %2 and %3 %4: ΔE %5")
                                    .arg(i)
                                    .arg(drawn.at(i).name())
                                    .arg(j)
                                    .arg(drawn.at(j).name())
                                    .arg(deltaE(drawn.at(i), drawn.at(j)))));
    }
}

void TestChartPalette::backgroundIsTheWindowsBase_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// The Charts view under a light and a dark window palette: the chart's background is a plain
// fill of Base (no theme gradient), its title and axis labels are Text, and the pixels drawn
// at the chart's corners and between the plot and its title are Base.
void TestChartPalette::backgroundIsTheWindowsBase()
{
    QFETCH(bool, dark);
    const QPalette window = windowPalette(dark);
    const QColor base = window.color(QPalette::Base), text = window.color(QPalette::Text);
    HistoryChartView view(nullptr);
    view.resize(800, 500);
    // The opposite palette first: the view must follow a change, not only its first palette.
    view.setPalette(windowPalette(!dark));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPalette(window);
    QChart *chart = view.chart();
    QCOMPARE(chart->backgroundBrush().style(), Qt::SolidPattern);
    QCOMPARE(chart->backgroundBrush().color(), base);
    QCOMPARE(chart->titleBrush().color(), text);
    for (QAbstractAxis *axis : chart->axes())
        QCOMPARE(axis->labelsColor(), text);
    QCOMPARE(chart->legend()->labelColor(), text);

    chart->layout()->activate();
    QCoreApplication::processEvents();
    const QImage image = view.canvas()->viewport()->grab().toImage();
    const QRectF plot = chart->plotArea();
    const QPoint above = view.canvas()->mapFromScene(chart->mapToScene(QPointF(plot.left() + 4, plot.top() - 3)));
    for (const QPoint &p : {QPoint(2, 2), QPoint(image.width() - 3, image.height() - 3), above})
        QVERIFY2(image.pixelColor(p * image.devicePixelRatio()) == base,
                 qPrintable(QStringLiteral("%1 at %2,%3, not %4")
                                .arg(image.pixelColor(p * image.devicePixelRatio()).name())
                                .arg(p.x())
                                .arg(p.y())
                                .arg(base.name())));
}

QTEST_MAIN(TestChartPalette)
#include "tst_chartpalette.moc"
