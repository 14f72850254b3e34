// The history charts and their PNG export, on the offscreen platform: a real history filled
// through storePoll, read by the chart on the store's thread.
#include "ChartTestSupport.h"
#include "HistoryBuilder.h"
#include "TestWait.h"

#include "charts/ChartAxes.h"
#include "charts/ChartCrosshair.h"
#include "charts/ChartExporter.h"
#include "charts/ChartPalette.h"
#include "charts/HistoryChartView.h"
#include "report/ReportService.h"
#include "store/AlertStore.h"
#include "store/StoreThread.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QLegend>
#include <QLineSeries>
#include <QProcess>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace hubwatch;
using namespace hwtest;

namespace {
const QString kLinear = QStringLiteral("model:org/linear");
const QString kGappy = QStringLiteral("model:org/gappy");
constexpr int kDays = 60;
constexpr int kPollsPerDay = 4;
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cumulativeHasEveryPoint();
    void gapIsTwoSegments();
    void logScaleWhenToggled();
    void milestoneAndProjection();
    void periodBars();
    void monthLabelsAreTheMonthsOfTheBars();
    void followsDarkPalette();
    void anomalyIsMarkedAndExplained();
    void valueBoxStaysWhileThePointerRests();
    void arrowKeysStepThroughThePoints();
    void launchAlignedComparison();
    void velocityIsDrawn();
    void exportHasTheRequestedSize();
    void exportIsTransparentOnRequest();
    void sizeParsing();
    void cliWritesPngWithoutDisplay();
    void cliRejectsBadChart();

private:
    std::unique_ptr<HistoryChartView> openView(const QStringList &keys);
    QList<QLineSeries *> lines(QChart *chart, const QString &name) const;
    int runCli(const QStringList &args, QByteArray *err);

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_last = 0;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<ReportService> m_reports;
};

// 60 days of polls every 6 hours, ending now: org/linear grows 1M a day from 900M (a perfect
// line, 1B in 40 days); org/gappy is missing from the polls of days 20 to 25.
void TestCharts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("history.sqlite"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_last = now - now % kHour;
    const qint64 start = m_last - kDays * kDay;
    {
        HistoryStore store;
        QVERIFY(!store.open(m_db).isError());
        for (int i = 0; i <= kDays * kPollsPerDay; ++i) {
            const qint64 t = start + i * (kDay / kPollsPerDay);
            RepoStatsList repos{repo(kLinear, 900_M + (t - start) / kDay * kMillion + (t - start) % kDay * kMillion / kDay)};
            const int day = i / kPollsPerDay;
            if (day < 20 || day >= 25)
                repos.append(repo(kGappy, 5_M + i * 1000));
            QVERIFY(store.storePoll(poll(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC), repos, scopeOf(10))).ok());
        }
        AlertStore alerts(store);
        QVERIFY(!alerts
                     .annotate({kLinear, 0, start + 10 * kDay, start + 10 * kDay + kDay / kPollsPerDay, -5,
                                QStringLiteral("The Hub lowered the count by 5.")})
                     .isError());
    }
    m_store = std::make_unique<StoreThread>();
    m_reports = std::make_unique<ReportService>(m_store.get());
    bool opened = false;
    m_store->open(m_db, HistoryStore::Mode::ReadOnly, this, [&opened](StoreError e) { opened = !e.isError(); });
    QTRY_VERIFY(opened);
}

std::unique_ptr<HistoryChartView> TestCharts::openView(const QStringList &keys)
{
    return test::openChartView(m_reports.get(), keys);
}

QList<QLineSeries *> TestCharts::lines(QChart *chart, const QString &name) const
{
    return test::lineSeriesNamed(chart, name);
}

void TestCharts::cumulativeHasEveryPoint()
{
    auto view = openView({kLinear});
    WAIT_LOADED(view, 0);
    const auto segments = lines(view->chart(), QStringLiteral("line:") + kLinear);
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.first()->count(), kDays * kPollsPerDay + 1); // one point per poll: it changed every time
    QCOMPARE(qint64(segments.first()->at(segments.first()->count() - 1).x()), m_last);
    QCOMPARE(segments.first()->at(0).y(), double(900_M));
    // The hover text explains the nearest point with its exact value and UTC time.
    const QPointF last = view->chart()->mapToPosition(segments.first()->at(segments.first()->count() - 1));
    const QString tip = view->canvas()->hoverTextAt(view->canvas()->mapFromScene(view->chart()->mapToScene(last)));
    QVERIFY2(tip.contains(QStringLiteral("960,000,000 downloads")), qPrintable(tip));
    const QString lastUtc = QDateTime::fromMSecsSinceEpoch(m_last, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QVERIFY2(tip.contains(lastUtc + QStringLiteral(" UTC")), qPrintable(tip));
    if (const QString keep = qEnvironmentVariable("TST_CHARTS_OUT"); !keep.isEmpty())
        view->grab().save(QDir(keep).filePath(QStringLiteral("widget.png")));
}

void TestCharts::gapIsTwoSegments()
{
    auto view = openView({kGappy});
    WAIT_LOADED(view, 0);
    const auto segments = lines(view->chart(), QStringLiteral("line:") + kGappy);
    QCOMPARE(segments.size(), 2);
    // Nothing is drawn inside the gap, and no point ever sits at zero.
    const qint64 gapFrom = m_last - (kDays - 20) * kDay, gapTo = m_last - (kDays - 25) * kDay;
    for (QLineSeries *s : segments)
        for (int i = 0; i < s->count(); ++i) {
            QVERIFY(s->at(i).y() >= double(5_M));
            QVERIFY(s->at(i).x() < gapFrom || s->at(i).x() >= gapTo);
        }
}

void TestCharts::logScaleWhenToggled()
{
    auto view = openView({kLinear});
    WAIT_LOADED(view, 0);
    auto *y = view->chart()->findChild<QCategoryAxis *>(QStringLiteral("y"));
    QVERIFY(y);
    QCOMPARE(y->property("logScale").toBool(), false);
    view->setLogScale(true);
    QVERIFY(view->isLogScale());
    y = view->chart()->findChild<QCategoryAxis *>(QStringLiteral("y"));
    QVERIFY(y);
    QCOMPARE(y->property("logScale").toBool(), true);
    const auto segments = lines(view->chart(), QStringLiteral("line:") + kLinear);
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.first()->at(0).y(), std::log10(double(900_M)));
    QVERIFY2(y->categoriesLabels().contains(QStringLiteral("1B")), qPrintable(y->categoriesLabels().join(QLatin1Char(','))));
}

void TestCharts::milestoneAndProjection()
{
    auto view = openView({kLinear});
    WAIT_LOADED(view, 0);
    const auto next = lines(view->chart(), QStringLiteral("milestone-next"));
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first()->at(0).y(), double(kBillion));
    QVERIFY(lines(view->chart(), QStringLiteral("milestone-previous")).isEmpty()); // 500M is far below the data
    // Its label is drawn in the window too, its point inside the plot (placed after layout).
    QScatterSeries *label = nullptr;
    for (QAbstractSeries *s : view->chart()->series())
        if (s->objectName() == QLatin1String("milestone-next-label"))
            label = qobject_cast<QScatterSeries *>(s);
    QVERIFY(label && label->pointLabelsVisible());
    QTRY_VERIFY(view->chart()->plotArea().contains(view->chart()->mapToPosition(label->at(0), label)));
    const auto projection = lines(view->chart(), QStringLiteral("projection"));
    QCOMPARE(projection.size(), 1);
    QCOMPARE(projection.first()->count(), 2);
    QCOMPARE(projection.first()->at(1).y(), double(kBillion));
    // 40M to go at 1M a day.
    QVERIFY(qAbs(projection.first()->at(1).x() - double(m_last + 40 * kDay)) < kDay);
    bool band = false;
    for (QAbstractSeries *s : view->chart()->series())
        band = band || s->objectName() == QLatin1String("projection-band");
    QVERIFY(band);
}

void TestCharts::periodBars()
{
    auto view = openView({kLinear});
    WAIT_LOADED(view, 0);
    const int before = view->loadCount();
    view->setRange(QStringLiteral("30d"));
    view->setKind(ChartKind::Daily);
    WAIT_LOADED(view, before);
    QAreaSeries *bars = nullptr;
    for (QAbstractSeries *s : view->chart()->series())
        if (s->objectName() == QLatin1String("bars:") + kLinear)
            bars = qobject_cast<QAreaSeries *>(s);
    QVERIFY(bars);
    int known = 0;
    for (const PeriodDownloads &p : view->data().series.first().periods)
        known += p.known ? 1 : 0;
    QVERIFY(known >= 29);
    QCOMPARE(bars->upperSeries()->count(), 4 * known);
    QCOMPARE(bars->upperSeries()->at(1).y(), double(kMillion)); // 1M downloads each whole day
}

// Issue 15: month bars were labelled "Sep 14 / Sep 28". On the stored history, the monthly
// chart's time axis reads the month of every bar ("Sep 2026"), at the bar's middle, and the
// value axis says what the bars count.
void TestCharts::monthLabelsAreTheMonthsOfTheBars()
{
    auto view = openView({kLinear});
    WAIT_LOADED(view, 0);
    const int before = view->loadCount();
    view->setKind(ChartKind::Monthly);
    WAIT_LOADED(view, before);
    auto *x = view->chart()->findChild<QCategoryAxis *>(QStringLiteral("x"));
    auto *y = view->chart()->findChild<QCategoryAxis *>(QStringLiteral("y"));
    QVERIFY(x && y);
    QCOMPARE(y->titleText(), QStringLiteral("Downloads per month"));
    QStringList months;
    QList<double> middles;
    // Every month with a bar, and the partly covered first and last ones, which keep their
    // place on the axis (drawn as partial) rather than vanish.
    const QList<PeriodDownloads> periods = view->data().series.first().periods;
    for (qsizetype i = 0; i < periods.size(); ++i)
        if (const PeriodDownloads &p = periods.at(i); p.known || i == 0 || i == periods.size() - 1) {
            months << p.start.date().toString(QStringLiteral("MMM yyyy"));
            middles << double(p.start.toMSecsSinceEpoch() + p.end.toMSecsSinceEpoch()) / 2;
        }
    QVERIFY2(!months.isEmpty(), "no whole month in the history");
    const QStringList labels = x->categoriesLabels();
    QCOMPARE(labels, months);
    for (int i = 0; i < labels.size(); ++i)
        QCOMPARE(x->endValue(labels.at(i)), middles.at(i));
}

void TestCharts::followsDarkPalette()
{
    auto view = openView({kLinear, kGappy});
    WAIT_LOADED(view, 0);
    QCOMPARE(view->chart()->backgroundBrush().color(), view->palette().color(QPalette::Base));
    QPalette dark = view->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    view->setPalette(dark);
    QCOMPARE(view->chart()->backgroundBrush().color(), QColor(0x18, 0x19, 0x1b)); // the window's, no theme gradient
    // The dark variant of the series palette: the first line is no longer the light one's blue.
    QCOMPARE(lines(view->chart(), QStringLiteral("line:") + kLinear).first()->pen().color(), ChartPalette::seriesColors(true).first());
    QCOMPARE(lines(view->chart(), QStringLiteral("line:") + kGappy).size(), 2); // rebuilt, not lost
    QVERIFY(view->chart()->legend()->isVisible());                              // two series: a legend names them
    if (const QString keep = qEnvironmentVariable("TST_CHARTS_OUT"); !keep.isEmpty()) {
        view->setLogScale(true);
        QTest::qWait(100); // let the legend lay itself out
        view->grab().save(QDir(keep).filePath(QStringLiteral("widget-dark.png")));
    }
}

void TestCharts::anomalyIsMarkedAndExplained()
{
    auto view = openView({kLinear});
    WAIT_LOADED(view, 0);
    QScatterSeries *marks = nullptr;
    for (QAbstractSeries *s : view->chart()->series())
        if (s->objectName() == QLatin1String("anomalies"))
            marks = qobject_cast<QScatterSeries *>(s);
    QVERIFY(marks);
    QCOMPARE(marks->count(), 1);
    const QPointF at = view->chart()->mapToPosition(marks->at(0));
    const QString tip = view->canvas()->hoverTextAt(view->canvas()->mapFromScene(view->chart()->mapToScene(at)));
    QVERIFY2(tip.contains(QStringLiteral("lowered the count by 5")), qPrintable(tip));
}

namespace {
QString utcMinute(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}
} // namespace

// Issue 15: the value under a resting pointer vanished after about a second (QGraphicsView's own
// tool-tip event hid the custom tool tip). The pointer is moved onto a point of the real view and
// left there: two seconds later the value box is still shown, in the scene and on screen, naming
// the series as people say it, the exact figure and the time with its zone.
void TestCharts::valueBoxStaysWhileThePointerRests()
{
    auto view = openView({kLinear});
    WAIT_LOADED(view, 0);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    // The axes are relabelled after the first layout, which moves the plot area: let it settle
    // before reading where the point is on screen.
    QRectF plot;
    const auto settled = [&] {
        const QRectF now = view->chart()->plotArea();
        const bool same = now == plot;
        plot = now;
        return same;
    };
    QTRY_VERIFY(settled()); // the same plot area twice, 50 ms apart
    const auto segments = lines(view->chart(), QStringLiteral("line:") + kLinear);
    QCOMPARE(segments.size(), 1);
    const QPointF point = segments.first()->at(30 * kPollsPerDay); // day 30: 930M, no anomaly near
    ChartCanvas *canvas = view->canvas();
    const QPoint pos = canvas->mapFromScene(view->chart()->mapToScene(view->chart()->mapToPosition(point)));
    // Above the line by a few pixels, as a hand rests: the box names the point, not the pointer.
    QTest::mouseMove(canvas->viewport(), pos + QPoint(0, -6));
    const ChartCrosshair *box = canvas->valueBox();
    QTRY_VERIFY(box->isVisible());
    QTest::qWait(2000);
    QVERIFY(box->isVisible());
    QVERIFY(!QToolTip::isVisible()); // nothing else pops up over it
    const QString text = box->text();
    QVERIFY2(text.startsWith(QLatin1String("model org/linear\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("930,000,000 downloads")), qPrintable(text));
    QVERIFY2(text.contains(utcMinute(qint64(point.x()))), qPrintable(text));
    // The crosshair sits on the point, and the box is drawn on screen: its background's colour.
    QVERIFY((box->point() - view->chart()->mapToScene(view->chart()->mapToPosition(point))).manhattanLength() < 1);
    const QRect shown = canvas->mapFromScene(box->boxRect()).boundingRect();
    QVERIFY2(canvas->viewport()->rect().contains(shown), qPrintable(QStringLiteral("box at %1,%2").arg(shown.x()).arg(shown.y())));
    const QImage grab = canvas->viewport()->grab().toImage();
    const QColor inside = grab.pixelColor((shown.topLeft() + QPoint(3, shown.height() - 3)) * grab.devicePixelRatio());
    const QColor expected = canvas->palette().color(QPalette::ToolTipBase);
    QVERIFY2(std::abs(inside.lightness() - expected.lightness()) < 24,
             qPrintable(inside.name() + QStringLiteral(" vs ") + expected.name()));

    if (const QString keep = qEnvironmentVariable("TST_CHARTS_OUT"); !keep.isEmpty())
        view->grab().save(QDir(keep).filePath(QStringLiteral("value-box.png")));

    // Leaving the plot hides it.
    QTest::mouseMove(canvas->viewport(), QPoint(1, 1));
    QTRY_VERIFY(!box->isVisible());
}

// With the keyboard: End goes to the latest point, Left one poll back, Home to the first; Down
// moves to the other series at about the same time.
void TestCharts::arrowKeysStepThroughThePoints()
{
    auto view = openView({kLinear, kGappy});
    WAIT_LOADED(view, 0);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    ChartCanvas *canvas = view->canvas();
    canvas->setFocus();
    const ChartCrosshair *box = canvas->valueBox();
    QVERIFY(!box->isVisible());
    QTest::keyClick(canvas, Qt::Key_End);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("960,000,000 downloads")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(utcMinute(m_last)), qPrintable(box->text()));
    QTest::keyClick(canvas, Qt::Key_Left);
    QVERIFY2(box->text().contains(QLatin1String("959,750,000 downloads")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(utcMinute(m_last - kDay / kPollsPerDay)), qPrintable(box->text()));
    QTest::keyClick(canvas, Qt::Key_Right);
    QVERIFY2(box->text().contains(QLatin1String("960,000,000 downloads")), qPrintable(box->text()));
    QTest::keyClick(canvas, Qt::Key_Down);
    QVERIFY2(box->text().startsWith(QLatin1String("model org/gappy\n")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLocale().toString(5_M + kDays * kPollsPerDay * 1000) + QStringLiteral(" downloads")),
             qPrintable(box->text()));
    QTest::keyClick(canvas, Qt::Key_Up);
    QTest::keyClick(canvas, Qt::Key_Home);
    QVERIFY2(box->text().contains(QLatin1String("900,000,000 downloads")), qPrintable(box->text()));
    QTest::keyClick(canvas, Qt::Key_Escape);
    QVERIFY(!box->isVisible());
}

void TestCharts::launchAlignedComparison()
{
    auto view = openView({kLinear, kGappy});
    WAIT_LOADED(view, 0);
    view->setLaunchAligned(true);
    QVERIFY(view->isLaunchAligned());
    for (const QString &key : {kLinear, kGappy}) {
        const auto segments = lines(view->chart(), QStringLiteral("line:") + key);
        QVERIFY(!segments.isEmpty());
        QCOMPARE(segments.first()->at(0).x(), 0.0);
    }
    auto *x = view->chart()->findChild<QCategoryAxis *>(QStringLiteral("x"));
    QVERIFY(x);
    QVERIFY2(x->categoriesLabels().contains(QStringLiteral("day 0")), qPrintable(x->categoriesLabels().join(QLatin1Char(','))));
    QVERIFY(lines(view->chart(), QStringLiteral("projection")).isEmpty()); // dates mean nothing on this axis
    if (const QString keep = qEnvironmentVariable("TST_CHARTS_OUT"); !keep.isEmpty()) {
        view->setLogScale(true);
        QTest::qWait(100);
        view->grab().save(QDir(keep).filePath(QStringLiteral("widget-aligned.png")));
    }
}

void TestCharts::velocityIsDrawn()
{
    auto view = openView({kLinear});
    WAIT_LOADED(view, 0);
    const int before = view->loadCount();
    view->setKind(ChartKind::Velocity, 7);
    WAIT_LOADED(view, before);
    QTRY_VERIFY(view->kind() == ChartKind::Velocity && !view->isLoading() && view->data().request.kind == ChartKind::Velocity);
    // No rate spans the anomaly: the velocity line breaks there.
    const auto segments = lines(view->chart(), QStringLiteral("line:") + kLinear);
    QCOMPARE(segments.size(), 2);
    QVERIFY(segments.first()->count() + segments.last()->count() > 100);
    QVERIFY(qAbs(segments.last()->at(segments.last()->count() - 1).y() - double(kMillion)) < 1.0);
}

static int inkPixels(const QImage &image, const QRect &area)
{
    int ink = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2)
        for (int x = area.left(); x <= area.right(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            ink += c.alpha() > 0 && c != QColor(Qt::white) ? 1 : 0;
        }
    return ink;
}

// The first two series colours of an export (light), as the chart draws lines and (with 220/255
// alpha over white) bars: pixels of the data itself, not of axes, grid or labels.
const QColor kFirstSeries = ChartPalette::seriesColors(false).at(0), kSecondSeries = ChartPalette::seriesColors(false).at(1);

static bool isColour(const QColor &c, const QColor &series)
{
    return qAbs(c.red() - series.red()) <= 50 && qAbs(c.green() - series.green()) <= 50 && qAbs(c.blue() - series.blue()) <= 50;
}

// Which columns of `image` hold pixels of the series colour.
static QList<bool> seriesColumns(const QImage &image, const QColor &series)
{
    QList<bool> columns(image.width(), false);
    for (int x = 0; x < image.width(); ++x)
        for (int y = 0; y < image.height() && !columns[x]; ++y)
            columns[x] = isColour(image.pixelColor(x, y), series);
    return columns;
}

static int seriesPixels(const QImage &image, const QColor &series)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += isColour(image.pixelColor(x, y), series);
    return n;
}

// The mean height (y) of the series colour in columns [x0, x1): where the line runs there.
static double lineHeight(const QImage &image, const QColor &series, int x0, int x1)
{
    double sum = 0;
    int n = 0;
    for (int x = x0; x < x1; ++x)
        for (int y = 0; y < image.height(); ++y)
            if (isColour(image.pixelColor(x, y), series)) {
                sum += y;
                ++n;
            }
    return n ? sum / n : -1;
}

void TestCharts::exportHasTheRequestedSize()
{
    auto view = openView({kLinear});
    WAIT_LOADED(view, 0);
    ChartExporter::Options o;
    o.size = QSize(640, 360);
    const QImage one = view->exportImage(o);
    QCOMPARE(one.size(), QSize(640, 360));
    QVERIFY(inkPixels(one, QRect(80, 60, 480, 220)) > 200);
    QCOMPARE(one.pixelColor(2, 2), QColor(Qt::white));
    o.scale = 2;
    const QImage two = view->exportImage(o);
    QCOMPARE(two.size(), QSize(1280, 720));
    QVERIFY(inkPixels(two, QRect(160, 120, 960, 440)) > 800);

    const QString path = m_dir.filePath(QStringLiteral("view.png"));
    QString error;
    o.scale = 1;
    QVERIFY2(ChartExporter::savePng(view->data(), o, path, &error), qPrintable(error));
    QCOMPARE(QImage(path).size(), QSize(640, 360));
    // The caption names the source and the time the data was read (tst_chartexport: the rest).
    ChartData stamped = view->data();
    stamped.asOf = QDateTime(QDate(2026, 3, 2), QTime(14, 5), Qt::UTC);
    const QStringList caption = ChartExporter::captionParts(stamped, o);
    QVERIFY2(caption.contains(QStringLiteral("Source: Hugging Face Hub API via HubWatch")), qPrintable(caption.join(QLatin1Char('|'))));
    QVERIFY2(caption.contains(QStringLiteral("Data as of 2026-03-02 14:05 UTC")), qPrintable(caption.join(QLatin1Char('|'))));
}

void TestCharts::exportIsTransparentOnRequest()
{
    auto view = openView({kLinear});
    WAIT_LOADED(view, 0);
    ChartExporter::Options o;
    o.size = QSize(400, 300);
    o.background = ChartExporter::Background::Transparent;
    const QImage image = view->exportImage(o);
    QCOMPARE(image.size(), QSize(400, 300));
    QCOMPARE(image.pixelColor(1, 1).alpha(), 0);
    QVERIFY(inkPixels(image, QRect(60, 40, 300, 200)) > 100);
}

void TestCharts::sizeParsing()
{
    QCOMPARE(ChartExporter::parseSize(QStringLiteral("1200x675")), QSize(1200, 675));
    QCOMPARE(ChartExporter::parseSize(QStringLiteral("800X600")), QSize(800, 600));
    QVERIFY(!ChartExporter::parseSize(QStringLiteral("0x10")).isValid());
    QVERIFY(!ChartExporter::parseSize(QStringLiteral("wide")).isValid());
    QVERIFY(!ChartExporter::parseSize(QStringLiteral("99999x10")).isValid());
}

int TestCharts::runCli(const QStringList &args, QByteArray *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "HF_TOKEN", "HF_ENDPOINT"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HUBWATCH_BIN), QStringList{QStringLiteral("--db"), m_db} + args);
    const hubwatch::test::ProcessRun r = hubwatch::test::finishProcess(p);
    *err = r.err;
    return r.exitCode;
}

void TestCharts::cliWritesPngWithoutDisplay()
{
    // TST_CHARTS_OUT=DIR keeps the images for a look.
    const QString keep = qEnvironmentVariable("TST_CHARTS_OUT");
    const QDir outDir(keep.isEmpty() ? m_dir.path() : keep);
    const QString out = outDir.filePath(QStringLiteral("cli.png"));
    QByteArray err;
    QCOMPARE(runCli({QStringLiteral("export-png"), QStringLiteral("--chart"), QStringLiteral("cumulative"), QStringLiteral("--out"), out,
                     QStringLiteral("--size"), QStringLiteral("800x450"), QStringLiteral("--series"), kLinear},
                    &err),
             0);
    const QImage image(out);
    QVERIFY2(!image.isNull(), err.constData());
    QCOMPARE(image.size(), QSize(800, 450));
    // org/linear grows steadily: a line of the first colour across the plot, rising to the right.
    const QList<bool> columns = seriesColumns(image, kFirstSeries);
    const int first = int(columns.indexOf(true)), last = int(columns.lastIndexOf(true));
    QVERIFY2(first >= 0 && last - first > 400, qPrintable(QStringLiteral("series from x=%1 to %2").arg(first).arg(last)));
    const double left = lineHeight(image, kFirstSeries, first, first + 40), right = lineHeight(image, kFirstSeries, last - 40, last);
    QVERIFY2(right < left - 100, qPrintable(QStringLiteral("line at y=%1 on the left, y=%2 on the right").arg(left).arg(right)));

    // The weekly bars of the headline: bar areas of the first colour.
    const QString weekly = outDir.filePath(QStringLiteral("weekly.png"));
    QCOMPARE(runCli({QStringLiteral("export-png"), QStringLiteral("--chart"), QStringLiteral("weekly"), QStringLiteral("--out"), weekly,
                     QStringLiteral("--range"), QStringLiteral("90d")},
                    &err),
             0);
    const QImage bars(weekly);
    QCOMPARE(bars.size(), QSize(1200, 675));
    QVERIFY2(seriesPixels(bars, kFirstSeries) > 5000, qPrintable(QString::number(seriesPixels(bars, kFirstSeries))));
    // Two series: both colours are drawn.
    for (const QString &chart : {QStringLiteral("daily"), QStringLiteral("velocity")}) {
        const QString file = outDir.filePath(chart + QStringLiteral(".png"));
        QCOMPARE(runCli({QStringLiteral("export-png"), QStringLiteral("--chart"), chart, QStringLiteral("--out"), file,
                         QStringLiteral("--series"), kLinear, QStringLiteral("--series"), kGappy, QStringLiteral("--range"),
                         QStringLiteral("30d")},
                        &err),
                 0);
        const QImage two(file);
        QCOMPARE(two.size(), QSize(1200, 675));
        QVERIFY2(seriesPixels(two, kFirstSeries) > 300, qPrintable(chart));
        QVERIFY2(seriesPixels(two, kSecondSeries) > 300, qPrintable(chart));
    }
    // org/gappy has no polls for days 20 to 25 of 60: its line breaks for about a twelfth of the plot.
    const QString gappy = outDir.filePath(QStringLiteral("gappy.png"));
    QCOMPARE(runCli({QStringLiteral("export-png"), QStringLiteral("--out"), gappy, QStringLiteral("--series"), kGappy}, &err), 0);
    const QList<bool> gap = seriesColumns(QImage(gappy), kFirstSeries);
    int widest = 0, run = 0;
    for (qsizetype x = gap.indexOf(true); x >= 0 && x <= gap.lastIndexOf(true); ++x) {
        run = gap[x] ? 0 : run + 1;
        widest = qMax(widest, run);
    }
    QVERIFY2(widest >= 40, qPrintable(QStringLiteral("widest break: %1 px").arg(widest)));
}

void TestCharts::cliRejectsBadChart()
{
    QByteArray err;
    const QString out = m_dir.filePath(QStringLiteral("bad.png"));
    QCOMPARE(runCli({QStringLiteral("export-png"), QStringLiteral("--chart"), QStringLiteral("pie"), QStringLiteral("--out"), out}, &err),
             2);
    QVERIFY(err.contains("--chart"));
    QCOMPARE(runCli({QStringLiteral("export-png"), QStringLiteral("--size"), QStringLiteral("huge"), QStringLiteral("--out"), out}, &err),
             2);
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
