// Issue 15 item 2: axes that explain themselves. Every chart kind names its quantity and unit on
// the value axis and its time on the other; velocity starts from zero; the hot-categories ticks
// read "%"; month bars are labelled by their month and week bars by the day the week starts;
// a taller or wider chart gets more ticks. Built through ChartBuilder as the view and the PNG
// export build them; the texts are read back as Qt Charts draws them.
#include "charts/ChartAxes.h"
#include "charts/ChartBuilder.h"
#include "charts/ChartCanvas.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

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
    QList<HoverPoint> hover;
    QAreaSeries *area(const QString &name) const
    {
        const auto all = canvas->chart()->series();
        for (QAbstractSeries *s : all)
            if (s->objectName() == name)
                return qobject_cast<QAreaSeries *>(s);
        return nullptr;
    }
};

// The value box's text for the bar of the period starting at `start`.
QString hoverFor(const Built &b, qint64 start)
{
    for (const HoverPoint &h : b.hover)
        if (h.text.contains(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"))))
            return h.text;
    return {};
}

// A history from 2026-09-14 to 2026-12-12 09:30 in month bars: September as the store returns it
// (unknown: its start precedes the first poll), October and November whole, December valued up
// to the last poll.
ChartData partialMonths(bool decemberKnown)
{
    QList<PeriodDownloads> months = periods({utc(2026, 9, 1), utc(2026, 10, 1), utc(2026, 11, 1), utc(2026, 12, 1)}, utc(2027, 1, 1));
    months[0].known = false;
    months[3].known = decemberKnown;
    ChartData d = chartOf(ChartKind::Monthly, months);
    d.asOf = QDateTime(QDate(2026, 12, 12), QTime(9, 30), Qt::UTC);
    d.now = d.asOf.addSecs(600);
    return d;
}

Built build(const ChartData &data, const QSize &size = QSize(1000, 600), bool log = false)
{
    Built b;
    ChartStyle style;
    style.logScale = log;
    style.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    b.canvas->resize(size);
    b.canvas->chart()->setGeometry(QRectF(QPointF(0, 0), size));
    b.hover = ChartBuilder::build(b.canvas->chart(), data, style);
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
    void partialPeriodsAreDrawnAsPartial();
    void partialPeriodWithoutATotalIsExplained();
    void logScaleLabelsEveryDecadeWithMinorTicks();
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

// Issue 15 item 2: a period the history covers only in part (the current month, the month the
// history starts in) is drawn lighter and hatched and says so, never like a full period.
void TestChartsAxes::partialPeriodsAreDrawnAsPartial()
{
    const Built b = build(partialMonths(true));
    const QString key = QStringLiteral("model:org/a");
    QAreaSeries *full = b.area(QStringLiteral("bars:") + key);
    QAreaSeries *partial = b.area(QStringLiteral("bars-partial:") + key);
    QAreaSeries *hatch = b.area(QStringLiteral("bars-partial-hatch:") + key);
    QVERIFY(full && partial && hatch);
    // October and November among the full bars, December only among the partial ones.
    const auto inBars = [](QAreaSeries *a, qint64 from, qint64 to) {
        const auto points = a->upperSeries()->points();
        return std::any_of(points.cbegin(), points.cend(), [&](const QPointF &p) { return p.x() > from && p.x() < to; });
    };
    QVERIFY(inBars(full, utc(2026, 10, 1), utc(2026, 11, 1)));
    QVERIFY(inBars(full, utc(2026, 11, 1), utc(2026, 12, 1)));
    QVERIFY(!inBars(full, utc(2026, 12, 1), utc(2027, 1, 1)));
    QVERIFY(inBars(partial, utc(2026, 12, 1), utc(2027, 1, 1)));
    QVERIFY(!inBars(partial, utc(2026, 10, 1), utc(2026, 12, 1)));
    QCOMPARE(hatch->upperSeries()->points(), partial->upperSeries()->points());
    // Same hue, lighter, hatched.
    QCOMPARE(partial->brush().color().rgb(), full->brush().color().rgb());
    QVERIFY(partial->brush().color().alpha() < full->brush().color().alpha() / 2);
    QCOMPARE(hatch->brush().style(), Qt::BDiagPattern);
    QCOMPARE(hatch->brush().color().rgb(), full->brush().color().rgb());
    // The value boxes: first and last marked partial, the middle ones not.
    QVERIFY2(hoverFor(b, utc(2026, 12, 1)).contains(QStringLiteral("(partial: 12 of 31 days)")), qPrintable(hoverFor(b, utc(2026, 12, 1))));
    QVERIFY2(hoverFor(b, utc(2026, 9, 1)).contains(QStringLiteral("(partial: the history starts during this period)")),
             qPrintable(hoverFor(b, utc(2026, 9, 1))));
    QVERIFY(!hoverFor(b, utc(2026, 10, 1)).isEmpty() && !hoverFor(b, utc(2026, 10, 1)).contains(QStringLiteral("partial")));
    QVERIFY(!hoverFor(b, utc(2026, 11, 1)).isEmpty() && !hoverFor(b, utc(2026, 11, 1)).contains(QStringLiteral("partial")));
    // The legend says what lighter bars are, once.
    QVERIFY(b.canvas->chart()->legend()->isVisible());
    QStringList shown;
    const auto markers = b.canvas->chart()->legend()->markers();
    for (QLegendMarker *m : markers)
        if (m->isVisible())
            shown << drawn(m->label());
    QCOMPARE(shown.count(QStringLiteral("Lighter bars: period not complete")), 1);
    // A history of whole months has no partial bars and no such entry.
    ChartData whole = partialMonths(true);
    whole.series[0].periods[0].known = true;
    whole.asOf = QDateTime::fromMSecsSinceEpoch(utc(2027, 1, 1), Qt::UTC);
    whole.now = whole.asOf;
    const Built w = build(whole);
    QVERIFY(!w.area(QStringLiteral("bars-partial:") + key));
    for (const HoverPoint &h : w.hover)
        QVERIFY2(!h.text.contains(QStringLiteral("partial")), qPrintable(h.text));
}

// The store gives no total for a period whose end is past the last poll: the value box says the
// period is partial and why there is no bar, rather than calling it a gap.
void TestChartsAxes::partialPeriodWithoutATotalIsExplained()
{
    const Built b = build(partialMonths(false));
    QVERIFY(!b.area(QStringLiteral("bars-partial:model:org/a")));
    const QString december = hoverFor(b, utc(2026, 12, 1));
    QVERIFY2(december.contains(QStringLiteral("(partial: 12 of 31 days)")), qPrintable(december));
    QVERIFY2(december.contains(QStringLiteral("No total yet")), qPrintable(december));
    QVERIFY2(!december.contains(QStringLiteral("gap")), qPrintable(december));
    // Its slot stays on the axis and says so in the plot: a note over the empty place.
    QCOMPARE(drawnLabels(b.x).constLast(), QStringLiteral("Dec 2026"));
    QScatterSeries *note = nullptr;
    for (QAbstractSeries *s : b.canvas->chart()->series())
        if (s->objectName() == QLatin1String("partial-label"))
            note = qobject_cast<QScatterSeries *>(s);
    QVERIFY(note && note->pointLabelsVisible());
    QCOMPARE(note->pointLabelsFormat(), QStringLiteral("partial: no total yet"));
    QVERIFY(note->at(0).x() > utc(2026, 12, 1) && note->at(0).x() < utc(2027, 1, 1));
    // A real gap in the middle is still a gap.
    ChartData gap = partialMonths(true);
    gap.series[0].periods[1].known = false;
    const QString october = hoverFor(build(gap), utc(2026, 10, 1));
    QVERIFY2(october.contains(QStringLiteral("(a gap)")) && !october.contains(QStringLiteral("partial")), qPrintable(october));
}

// Issue 15: a log scale with one tick label. From 1,000 to a billion every decade is labelled
// and 2…9 × 10ⁿ are drawn between them as faint unlabelled lines.
void TestChartsAxes::logScaleLabelsEveryDecadeWithMinorTicks()
{
    ChartData d;
    d.request.kind = ChartKind::Cumulative;
    ChartSeriesData s;
    s.key = QStringLiteral("model:org/a");
    const qint64 start = utc(2026, 7, 6);
    for (int day = 0; day <= 60; ++day)
        s.points.append({start + day * kDayMs, std::pow(10.0, 3 + day / 10.0), false});
    d.series.append(s);
    for (const QSize &size : {QSize(1000, 600), QSize(480, 300)}) {
        const Built b = build(d, size, true);
        const QStringList labels = drawnLabels(b.y);
        for (const char *decade : {"1K", "10K", "100K", "1M", "10M", "100M", "1B"})
            QVERIFY2(labels.contains(QLatin1String(decade)),
                     qPrintable(QStringLiteral("%1 missing from %2").arg(QLatin1String(decade), labels.join(QLatin1Char(',')))));
        QList<double> minor;
        const auto all = b.canvas->chart()->series();
        for (QAbstractSeries *series : all)
            if (series->objectName() == QLatin1String("log-minor")) {
                auto *line = qobject_cast<QLineSeries *>(series);
                QVERIFY(line && line->count() == 2 && line->at(0).y() == line->at(1).y());
                QVERIFY(line->pen().color().alpha() < 255); // faint, behind the labelled grid
                minor.append(line->at(0).y());
                for (QLegendMarker *m : b.canvas->chart()->legend()->markers(series))
                    QVERIFY(!m->isVisible());
            }
        for (int k = 3; k < 9; ++k)
            for (int m = 2; m <= 9; ++m) {
                const double at = k + std::log10(double(m));
                QVERIFY2(std::any_of(minor.cbegin(), minor.cend(), [at](double v) { return std::abs(v - at) < 1e-9; }),
                         qPrintable(QStringLiteral("no minor tick at %1 × 10^%2").arg(m).arg(k)));
            }
        // Unlabelled: no label between two decades.
        for (const QString &l : labels)
            QVERIFY2(l.startsWith(QLatin1Char('1')) && !l.contains(QLatin1Char('.')), qPrintable(labels.join(QLatin1Char(','))));
    }
    // Within one decade (8B to 12B) round values are labelled, not the decade alone.
    ChartData narrow = d;
    for (int day = 0; day <= 60; ++day)
        narrow.series[0].points[day].value = 8e9 + day * 4e9 / 60;
    const QStringList narrowLabels = drawnLabels(build(narrow, QSize(1000, 600), true).y);
    QVERIFY2(narrowLabels.size() >= 3 && narrowLabels.contains(QStringLiteral("10B")), qPrintable(narrowLabels.join(QLatin1Char(','))));
    // A linear chart has none.
    const Built linear = build(d, QSize(1000, 600), false);
    for (QAbstractSeries *series : linear.canvas->chart()->series())
        QVERIFY(series->objectName() != QLatin1String("log-minor"));
}

QTEST_MAIN(TestChartsAxes)
#include "tst_charts_axes.moc"
