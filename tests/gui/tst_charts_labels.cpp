// Issue 15 items 2 and 5: labels a reader can read at any export size. In a comparison every
// series' milestone lines are drawn and labelled with that series' name in its colour, labels
// never overlap; milestone labels stay inside the plot down to 400×250; the time axis' labels,
// measured at the export's font, never overlap and are all drawn at 400×250 and 1600×900; and
// a small export's value axis has at least two labels. Laid out with ChartExporter::layOut (as the PNG export draws), read back from the
// items Qt Charts draws.
#include "charts/ChartExporter.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QTextDocument>

using namespace hubwatch;

namespace {
const QDateTime kNow(QDate(2026, 3, 12), QTime(9, 30), Qt::UTC);
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

// A growing series of `days` daily points from `low` to `high`, with its rungs around 1B.
ChartSeriesData growing(const QString &key, double low, double high, int days = 30)
{
    ChartSeriesData s;
    s.key = key;
    s.scope = key;
    const qint64 end = kNow.toMSecsSinceEpoch();
    for (int i = 0; i <= days; ++i)
        s.points.append({end - (days - i) * kDayMs, low + (high - low) * i / days, false});
    s.latest = qint64(high);
    s.nextMilestone = 1'000'000'000;
    s.previousMilestone = 900'000'000;
    return s;
}

ChartData dataOf(ChartKind kind, const QList<ChartSeriesData> &series)
{
    ChartData d;
    d.request.kind = kind;
    d.now = kNow;
    d.asOf = kNow;
    d.series = series;
    return d;
}

// Period bars of `count` periods of the kind ending with the one holding kNow.
ChartData bars(ChartKind kind, int count)
{
    ChartSeriesData s;
    s.key = QStringLiteral("model:org/a");
    QDate first = kNow.date();
    for (int i = 1; i < count; ++i)
        first = kind == ChartKind::Monthly ? first.addMonths(-1) : first.addDays(kind == ChartKind::Weekly ? -7 : -1);
    if (kind == ChartKind::Monthly)
        first = QDate(first.year(), first.month(), 1);
    if (kind == ChartKind::Weekly)
        first = first.addDays(1 - first.dayOfWeek());
    for (int i = 0; i < count; ++i) {
        PeriodDownloads p;
        const QDate from = kind == ChartKind::Monthly ? first.addMonths(i) : first.addDays(i * (kind == ChartKind::Weekly ? 7 : 1));
        const QDate to = kind == ChartKind::Monthly ? from.addMonths(1) : from.addDays(kind == ChartKind::Weekly ? 7 : 1);
        p.start = QDateTime(from, QTime(0, 0), Qt::UTC);
        p.end = QDateTime(to, QTime(0, 0), Qt::UTC);
        p.downloads = 1000 + 37 * i;
        p.known = true;
        s.periods.append(p);
    }
    return dataOf(kind, {s});
}

QString drawn(const QString &held)
{
    QTextDocument d;
    d.setHtml(held);
    return d.toPlainText();
}

struct Exported
{
    QGraphicsScene scene;
    QChart *chart = nullptr;
};

std::unique_ptr<Exported> exportAt(const ChartData &data, const QSize &size)
{
    auto e = std::make_unique<Exported>();
    ChartExporter::Options options;
    options.size = size;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    e->chart = ChartExporter::layOut(&e->scene, data, options, ChartExporter::layout(data, options));
    return e;
}

// A milestone label as Qt Charts paints it (QXYSeriesPrivate::drawSeriesPointLabels): the text
// centred on the point, its baseline markerSize / 2 + pen width + 2 px above it.
struct Label
{
    QScatterSeries *series;
    QString text;
    QRectF rect;
};

QList<Label> milestoneLabels(QChart *chart)
{
    QList<Label> out;
    const auto all = chart->series();
    for (QAbstractSeries *s : all) {
        auto *tag = qobject_cast<QScatterSeries *>(s);
        if (!tag || !tag->objectName().endsWith(QLatin1String("-label")) || !tag->pointLabelsVisible())
            continue;
        const QString text = tag->pointLabelsFormat();
        const QPointF at = chart->mapToPosition(tag->at(0), tag);
        const QFontMetrics fm(tag->pointLabelsFont());
        const int w = fm.horizontalAdvance(text);
        const double baseline = at.y() - (tag->markerSize() / 2 + tag->pen().width() + 2);
        out.append({tag, QString(text).remove(QChar(0x2060)), QRectF(at.x() - w / 2, baseline - fm.ascent(), w, fm.height())});
    }
    return out;
}

QString rectText(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3×%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// The drawn (visible) text items showing these labels: their texts and their own boxes.
void drawnLabels(QGraphicsScene &scene, const QStringList &labels, QStringList *texts, QList<QRectF> *rects)
{
    const auto items = scene.items();
    for (QGraphicsItem *item : items) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || !labels.contains(text->toPlainText()))
            continue;
        // The text's own box, without the document's margin around it.
        const qreal m = text->document()->documentMargin();
        *rects << text->sceneBoundingRect().adjusted(m, m, -m, -m);
        *texts << text->toPlainText();
    }
}

QColor lineColour(QChart *chart, const QString &key)
{
    const auto all = chart->series();
    for (QAbstractSeries *s : all)
        if (s->objectName() == QLatin1String("line:") + key)
            return qobject_cast<QLineSeries *>(s)->pen().color();
    return {};
}
} // namespace

class TestChartsLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void comparisonLabelsEverySeriesMilestones_data();
    void comparisonLabelsEverySeriesMilestones();
    void milestoneLabelsStayInsideThePlot_data();
    void milestoneLabelsStayInsideThePlot();
    void timeLabelsNeverOverlap_data();
    void timeLabelsNeverOverlap();
    void smallExportsHaveTwoValueLabels_data();
    void smallExportsHaveTwoValueLabels();
    void hubBreakdownLegendIsPlainText();
    void velocityTitleSaysHowTheHubIsMeasured();
};

void TestChartsLabels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestChartsLabels::comparisonLabelsEverySeriesMilestones_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1200x675") << QSize(1200, 675);
    QTest::newRow("1600x900") << QSize(1600, 900);
    QTest::newRow("800x450") << QSize(800, 450);
}

// Two repos near the same rungs (1B above, 900M below): four lines, four labels, each naming
// its series (a Hub name drawn literally) in that series' colour, none overlapping another.
void TestChartsLabels::comparisonLabelsEverySeriesMilestones()
{
    QFETCH(QSize, size);
    const QString alpha = QStringLiteral("model:org/alpha"), hostile = QStringLiteral("model:<img src=x>/beta");
    const auto e = exportAt(dataOf(ChartKind::Cumulative, {growing(alpha, 915e6, 965e6), growing(hostile, 910e6, 960e6)}), size);
    QChart *chart = e->chart;
    const QRectF plot = chart->plotArea();
    QMap<QString, QString> expected{{alpha, QStringLiteral("model org/alpha")}, {hostile, QStringLiteral("model <img src=x>/beta")}};
    for (const QString &line : {QStringLiteral("milestone-next"), QStringLiteral("milestone-previous")}) {
        QStringList keys;
        const auto all = chart->series();
        for (QAbstractSeries *s : all)
            if (s->objectName() == line) {
                const QString key = s->property("seriesKey").toString();
                keys << key;
                QCOMPARE(qobject_cast<QLineSeries *>(s)->pen().color(), lineColour(chart, key));
            }
        keys.sort();
        QCOMPARE(keys, (QStringList{hostile, alpha}));
    }
    const QList<Label> labels = milestoneLabels(chart);
    QCOMPARE(labels.size(), 4);
    for (const Label &l : labels) {
        const QString key = l.series->property("seriesKey").toString();
        const QString rung =
            l.series->objectName() == QLatin1String("milestone-next-label") ? QStringLiteral("1B") : QStringLiteral("900M");
        QCOMPARE(l.text, rung + QStringLiteral(" · ") + expected.value(key));
        QCOMPARE(l.series->pointLabelsColor(), lineColour(chart, key));
        QVERIFY2(plot.contains(l.rect), qPrintable(l.text + rectText(l.rect) + QStringLiteral(" outside ") + rectText(plot)));
    }
    for (int i = 0; i < labels.size(); ++i)
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels.at(i).rect.intersects(labels.at(j).rect),
                     qPrintable(labels.at(i).text + rectText(labels.at(i).rect) + QStringLiteral(" overlaps ") + labels.at(j).text
                                + rectText(labels.at(j).rect)));
    QVERIFY(lineColour(chart, alpha) != lineColour(chart, hostile));
}

void TestChartsLabels::milestoneLabelsStayInsideThePlot_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("400x250") << QSize(400, 250);
    QTest::newRow("640x360") << QSize(640, 360);
    QTest::newRow("1600x900") << QSize(1600, 900);
}

// Issue 15: `export-png --chart cumulative --size 400x250` cut the right-hand rung label at the
// plot's edge. Both rungs' labels are drawn, wholly inside the plot.
void TestChartsLabels::milestoneLabelsStayInsideThePlot()
{
    QFETCH(QSize, size);
    const auto e = exportAt(dataOf(ChartKind::Cumulative, {growing(QStringLiteral("headline"), 905e6, 975e6)}), size);
    const QRectF plot = e->chart->plotArea();
    const QList<Label> labels = milestoneLabels(e->chart);
    QStringList texts;
    for (const Label &l : labels) {
        texts << l.text;
        QVERIFY2(plot.contains(l.rect), qPrintable(l.text + rectText(l.rect) + QStringLiteral(" outside ") + rectText(plot)));
    }
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("1B"), QStringLiteral("900M")}));
}

void TestChartsLabels::timeLabelsNeverOverlap_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("kind");
    for (const QSize &size : {QSize(1600, 900), QSize(400, 250), QSize(1200, 675)}) {
        const QByteArray s = QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
        QTest::newRow(s + " cumulative 120 days") << size << int(ChartKind::Cumulative);
        QTest::newRow(s + " daily 120 days") << size << int(ChartKind::Daily);
        QTest::newRow(s + " weekly 40 weeks") << size << int(ChartKind::Weekly);
        QTest::newRow(s + " monthly 30 months") << size << int(ChartKind::Monthly);
        QTest::newRow(s + " cumulative 2 days") << size << -1;
        QTest::newRow(s + " comparison with a legend") << size << -2;
    }
}

// Issue 15: crowded dates at a 1600×900 export's larger type. Every tick label the axis holds is
// drawn (Qt Charts silently hides a label that would overlap its neighbour), and no two drawn
// labels' rectangles overlap.
void TestChartsLabels::timeLabelsNeverOverlap()
{
    QFETCH(QSize, size);
    QFETCH(int, kind);
    ChartData data;
    if (kind == -2) // the legend takes room from the axes: at 400×250 their labels were elided
        data =
            dataOf(ChartKind::Cumulative,
                   {growing(QStringLiteral("model:org/a"), 1.2e9, 1.8e9, 120), growing(QStringLiteral("model:org/b"), 1.3e9, 1.6e9, 120)});
    else if (kind == int(ChartKind::Cumulative) || kind < 0)
        data = dataOf(ChartKind::Cumulative, {growing(QStringLiteral("model:org/a"), 1e6, 9e6, kind < 0 ? 2 : 120)});
    else
        data = bars(ChartKind(kind), kind == int(ChartKind::Daily) ? 120 : kind == int(ChartKind::Weekly) ? 40 : 30);
    const auto e = exportAt(data, size);
    auto *x = e->chart->findChild<QCategoryAxis *>(QStringLiteral("x"));
    QVERIFY(x);
    QStringList wanted;
    const QStringList held = x->categoriesLabels();
    for (const QString &l : held)
        wanted << drawn(l);
    QVERIFY2(
        wanted.size() >= 2,
        qPrintable(wanted.join(QStringLiteral(" | ")) + rectText(e->chart->plotArea()) + QString::number(x->labelsFont().pixelSize())));
    QList<QRectF> rects;
    QStringList seen;
    drawnLabels(e->scene, wanted, &seen, &rects);
    QStringList sortedSeen = seen;
    sortedSeen.sort();
    wanted.sort();
    QCOMPARE(sortedSeen, wanted);
    for (int i = 0; i < rects.size(); ++i)
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                     qPrintable(seen.at(i) + rectText(rects.at(i)) + QStringLiteral(" overlaps ") + seen.at(j) + rectText(rects.at(j))));
}

void TestChartsLabels::smallExportsHaveTwoValueLabels_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("log");
    QTest::newRow("400x250") << QSize(400, 250) << false;
    QTest::newRow("400x250 log") << QSize(400, 250) << true;
    QTest::newRow("480x270") << QSize(480, 270) << false;
}

// The demo's 400×250 export read a single "10B" on its value axis (8.7B to 11.5B drawn): at
// least two value labels, all drawn, none overlapping.
void TestChartsLabels::smallExportsHaveTwoValueLabels()
{
    QFETCH(QSize, size);
    QFETCH(bool, log);
    const ChartData data = dataOf(ChartKind::Cumulative, {growing(QStringLiteral("headline"), 8.7e9, 11.5e9, 120)});
    auto e = std::make_unique<Exported>();
    ChartExporter::Options options;
    options.size = size;
    options.logScale = log;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    e->chart = ChartExporter::layOut(&e->scene, data, options, ChartExporter::layout(data, options));
    auto *y = e->chart->findChild<QCategoryAxis *>(QStringLiteral("y"));
    QVERIFY(y);
    QStringList wanted;
    const QStringList held = y->categoriesLabels();
    for (const QString &l : held)
        wanted << drawn(l);
    QVERIFY2(wanted.size() >= 2, qPrintable(wanted.join(QStringLiteral(" | ")) + rectText(e->chart->plotArea())));
    QStringList seen;
    QList<QRectF> rects;
    drawnLabels(e->scene, wanted, &seen, &rects);
    QStringList sortedSeen = seen;
    sortedSeen.sort();
    wanted.sort();
    QCOMPARE(sortedSeen, wanted);
    for (int i = 0; i < rects.size(); ++i)
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects.at(i).intersects(rects.at(j)), qPrintable(seen.at(i) + QStringLiteral(" overlaps ") + seen.at(j)));
}

// A Hub-wide breakdown's series are named by Hub text (pipeline tags, library names): the
// legend draws a tag such as "<img src=x>" literally, and an empty tag as "no pipeline tag".
void TestChartsLabels::hubBreakdownLegendIsPlainText()
{
    const auto e = exportAt(
        dataOf(ChartKind::Cumulative,
               {growing(QStringLiteral("hub-pipeline:<img src=x>"), 9e9, 9.5e9),
                growing(QStringLiteral("hub-pipeline:text-generation"), 12e9, 13e9), growing(QStringLiteral("hub-pipeline:"), 4e9, 4.2e9)}),
        QSize(1200, 675));
    const QStringList names{QStringLiteral("Whole Hub: <img src=x>"), QStringLiteral("Whole Hub: text-generation"),
                            QStringLiteral("Whole Hub: no pipeline tag")};
    QStringList texts;
    QList<QRectF> rects;
    drawnLabels(e->scene, names, &texts, &rects);
    texts.sort();
    QStringList expected = names;
    expected.sort();
    QCOMPARE(texts, expected);
}

// The Hub-wide total's velocity is census to census: a title saying "7-day average" would lie.
void TestChartsLabels::velocityTitleSaysHowTheHubIsMeasured()
{
    ChartData d;
    d.request.kind = ChartKind::Velocity;
    d.request.velocityDays = 7;
    d.request.keys = {QStringLiteral("headline")};
    QCOMPARE(ChartBuilder::title(d), QStringLiteral("Download velocity (7-day average)"));
    d.request.keys = {QStringLiteral("hub")};
    QCOMPARE(ChartBuilder::title(d), QStringLiteral("Download velocity between censuses"));
    d.request.keys = {QStringLiteral("headline"), QStringLiteral("hub")};
    QCOMPARE(ChartBuilder::title(d), QStringLiteral("Download velocity (7-day average; the whole Hub between censuses)"));
}

QTEST_MAIN(TestChartsLabels)
#include "tst_charts_labels.moc"
