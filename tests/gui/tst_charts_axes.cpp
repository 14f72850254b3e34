// Issue 15 item 2: axes that explain themselves. Every chart kind names its quantity and unit on
// the value axis and its time on the other; velocity starts from zero; the hot-categories ticks
// read "%"; month bars are labelled by their month and week bars by the day the week starts;
// a taller or wider chart gets more ticks. Built through ChartBuilder as the view and the PNG
// export build them; the texts are read back as Qt Charts draws them.
#include "charts/ChartAxes.h"
#include "charts/ChartBuilder.h"
#include "charts/ChartCanvas.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QTest>
#include <QTextDocument>

using namespace hubwatch;

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000LL;

qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// What Qt Charts draws for a text it holds (it sets it as HTML).
QString drawn(const QString &held)
{
    QTextDocument d;
    d.setHtml(held);
    return d.toPlainText();
}

QStringList drawnLabels(QCategoryAxis *axis)
{
    QStringList out;
    const QStringList held = axis->categoriesLabels();
    for (const QString &l : held)
        out << drawn(l);
    return out;
}

// Periods from the given starts (the last one ends at `end`), each with downloads.
QList<PeriodDownloads> periods(const QList<qint64> &starts, qint64 end)
{
    QList<PeriodDownloads> out;
    for (int i = 0; i < starts.size(); ++i) {
        PeriodDownloads p;
        p.start = QDateTime::fromMSecsSinceEpoch(starts.at(i), Qt::UTC);
        p.end = QDateTime::fromMSecsSinceEpoch(i + 1 < starts.size() ? starts.at(i + 1) : end, Qt::UTC);
        p.downloads = 1000 * (i + 1);
        p.known = true;
        out.append(p);
    }
    return out;
}

// One series of the kind: 60 daily points from 2026-07-06 (a Monday), or the periods given.
ChartData chartOf(ChartKind kind, const QList<PeriodDownloads> &bars = {})
{
    ChartData d;
    d.request.kind = kind;
    d.request.velocityDays = 7;
    ChartSeriesData s;
    s.key = kind == ChartKind::HotCategories ? QStringLiteral("text-generation") : QStringLiteral("model:org/a");
    const qint64 start = utc(2026, 7, 6);
    for (int day = 0; day < 60; ++day) {
        const double v = kind == ChartKind::HotCategories ? 20.0 + day * 0.5 : 5000.0 + 40.0 * day;
        s.points.append({start + day * kDayMs, v, false});
    }
    s.periods = bars;
    d.series.append(s);
    d.asOf = QDateTime::fromMSecsSinceEpoch(start + 59 * kDayMs, Qt::UTC);
    return d;
}

// The chart built and laid out at a size, its ticks relabelled for that size (as the view does).
struct Built
{
    std::unique_ptr<ChartCanvas> canvas = std::make_unique<ChartCanvas>();
    QCategoryAxis *x = nullptr;
    QCategoryAxis *y = nullptr;
};

Built build(const ChartData &data, const QSize &size = QSize(1000, 600), bool log = false)
{
    Built b;
    ChartStyle style;
    style.logScale = log;
    style.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    b.canvas->resize(size);
    ChartBuilder::build(b.canvas->chart(), data, style);
    b.canvas->chart()->setGeometry(QRectF(QPointF(0, 0), size));
    b.canvas->chart()->layout()->activate();
    ChartBuilder::relabel(b.canvas->chart(), style);
    b.x = b.canvas->chart()->findChild<QCategoryAxis *>(QStringLiteral("x"));
    b.y = b.canvas->chart()->findChild<QCategoryAxis *>(QStringLiteral("y"));
    return b;
}
} // namespace

class TestChartsAxes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyKindTitlesItsAxes_data();
    void everyKindTitlesItsAxes();
    void logScaleSaysSo();
    void velocityStartsFromZero();
    void hotCategoryTicksArePercent();
    void monthBarsAreLabelledByTheirMonth();
    void weekBarsAreLabelledByTheirFirstDay();
    void tickCountFollowsThePixelSize();
};

void TestChartsAxes::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestChartsAxes::everyKindTitlesItsAxes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("yTitle");
    QTest::addColumn<QString>("xTitle");
    const QList<qint64> weeks{utc(2026, 7, 6), utc(2026, 7, 13), utc(2026, 7, 20)};
    QTest::newRow("cumulative") << int(ChartKind::Cumulative) << QStringLiteral("Downloads") << QStringLiteral("Date (UTC)");
    QTest::newRow("daily") << int(ChartKind::Daily) << QStringLiteral("Downloads per day") << QStringLiteral("Day (UTC)");
    QTest::newRow("weekly") << int(ChartKind::Weekly) << QStringLiteral("Downloads per week") << QStringLiteral("Week starting (UTC)");
    QTest::newRow("monthly") << int(ChartKind::Monthly) << QStringLiteral("Downloads per month") << QStringLiteral("Month (UTC)");
    QTest::newRow("velocity") << int(ChartKind::Velocity) << QStringLiteral("Downloads per day") << QStringLiteral("Date (UTC)");
    QTest::newRow("hot categories") << int(ChartKind::HotCategories) << QStringLiteral("% of top-50 velocity")
                                    << QStringLiteral("Date (UTC)");
}

// The titles are set on the axes and shown (drawn as the literal text).
void TestChartsAxes::everyKindTitlesItsAxes()
{
    QFETCH(int, kind);
    QFETCH(QString, yTitle);
    QFETCH(QString, xTitle);
    const QList<qint64> starts{utc(2026, 7, 1), utc(2026, 8, 1), utc(2026, 9, 1)};
    const Built b = build(chartOf(ChartKind(kind), periods(starts, utc(2026, 10, 1))));
    QVERIFY(b.x && b.y);
    QCOMPARE(drawn(b.y->titleText()), yTitle);
    QCOMPARE(drawn(b.x->titleText()), xTitle);
    QVERIFY(b.y->isTitleVisible() && b.x->isTitleVisible());
}

void TestChartsAxes::logScaleSaysSo()
{
    const Built b = build(chartOf(ChartKind::Cumulative), QSize(1000, 600), true);
    QCOMPARE(drawn(b.y->titleText()), QStringLiteral("Downloads (log scale)"));
}

// Velocity is a rate: its axis starts at 0, however high the rates are.
void TestChartsAxes::velocityStartsFromZero()
{
    const Built b = build(chartOf(ChartKind::Velocity));
    QCOMPARE(b.y->min(), 0.0);
    QVERIFY(drawnLabels(b.y).contains(QStringLiteral("0")));
    const Built cumulative = build(chartOf(ChartKind::Cumulative));
    QVERIFY(cumulative.y->min() > 1000); // a count's axis keeps to its data
}

void TestChartsAxes::hotCategoryTicksArePercent()
{
    const Built b = build(chartOf(ChartKind::HotCategories));
    const QStringList labels = drawnLabels(b.y);
    QVERIFY(labels.size() >= 3);
    for (const QString &l : labels)
        QVERIFY2(l.endsWith(QLatin1Char('%')), qPrintable(labels.join(QLatin1Char(','))));
}

// Six month bars, July to December 2026: the time axis reads exactly those six months, each
// label at the middle of its bar.
void TestChartsAxes::monthBarsAreLabelledByTheirMonth()
{
    QList<qint64> starts;
    for (int m = 7; m <= 12; ++m)
        starts.append(utc(2026, m, 1));
    const ChartData data = chartOf(ChartKind::Monthly, periods(starts, utc(2027, 1, 1)));
    const Built b = build(data);
    QStringList months;
    for (const PeriodDownloads &p : data.series.first().periods)
        months << p.start.date().toString(QStringLiteral("MMM yyyy"));
    QCOMPARE(months.first(), QStringLiteral("Jul 2026"));
    QCOMPARE(drawnLabels(b.x), months);
    for (int i = 0; i < months.size(); ++i) {
        const PeriodDownloads &p = data.series.first().periods.at(i);
        const double middle = double(p.start.toMSecsSinceEpoch() + p.end.toMSecsSinceEpoch()) / 2;
        QCOMPARE(b.x->endValue(b.x->categoriesLabels().at(i)), middle);
    }
}

void TestChartsAxes::weekBarsAreLabelledByTheirFirstDay()
{
    QList<qint64> starts;
    for (int w = 0; w < 5; ++w)
        starts.append(utc(2026, 8, 31) + w * 7 * kDayMs);
    const Built b = build(chartOf(ChartKind::Weekly, periods(starts, utc(2026, 10, 5))));
    QCOMPARE(drawnLabels(b.x),
             (QStringList{QStringLiteral("Aug 31"), QStringLiteral("Sep 7"), QStringLiteral("Sep 14"), QStringLiteral("Sep 21"),
                          QStringLiteral("Sep 28")}));
}

// Issue 15: three value ticks at 1920 px. The number of ticks follows the plot's size.
void TestChartsAxes::tickCountFollowsThePixelSize()
{
    const Built small = build(chartOf(ChartKind::Cumulative), QSize(480, 270));
    const Built large = build(chartOf(ChartKind::Cumulative), QSize(1920, 1080));
    const qsizetype ySmall = small.y->categoriesLabels().size(), yLarge = large.y->categoriesLabels().size();
    const qsizetype xSmall = small.x->categoriesLabels().size(), xLarge = large.x->categoriesLabels().size();
    QVERIFY2(yLarge >= 8 && yLarge > ySmall, qPrintable(QStringLiteral("y ticks: %1 small, %2 large").arg(ySmall).arg(yLarge)));
    QVERIFY2(xLarge >= 8 && xLarge > xSmall, qPrintable(QStringLiteral("x ticks: %1 small, %2 large").arg(xSmall).arg(xLarge)));
    // Neither crowded: at least 40 px per value label, 70 px per date label.
    QVERIFY(large.canvas->chart()->plotArea().height() / yLarge >= 40);
    QVERIFY(large.canvas->chart()->plotArea().width() / xLarge >= 70);
}

QTEST_MAIN(TestChartsAxes)
#include "tst_charts_axes.moc"
