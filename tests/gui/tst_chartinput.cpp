// The chart's pointer gestures as a user makes them (issue 18 item 4): a left-button drag zooms
// into the rectangle, the wheel zooms around the pointer, Reset zoom brings the whole range back.
// Every event goes through the view's viewport, as the window system delivers it.
#include "ChartTestSupport.h"
#include "HistoryBuilder.h"

#include "charts/HistoryChartView.h"
#include "report/ReportService.h"
#include "store/HistoryStore.h"
#include "store/StoreThread.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QDateTimeAxis>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>
#include <QWheelEvent>

using namespace hubwatch;
using namespace hwtest;

namespace {
// The horizontal axis's range in milliseconds since the epoch.
QPair<double, double> xRange(QChart *chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        if (auto *t = qobject_cast<QDateTimeAxis *>(axis))
            return {double(t->min().toMSecsSinceEpoch()), double(t->max().toMSecsSinceEpoch())};
        if (auto *v = qobject_cast<QValueAxis *>(axis))
            return {v->min(), v->max()};
    }
    return {0, 0};
}

double width(const QPair<double, double> &r)
{
    return r.second - r.first;
}
} // namespace

class TestChartInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dragZoomsIntoTheRectangle();
    void wheelZoomsAroundThePointer();

private:
    // The viewport point at fractions (fx, fy) of the plot area.
    static QPoint inPlot(HistoryChartView *view, double fx, double fy);
    std::unique_ptr<HistoryChartView> openLoaded();
    QTemporaryDir m_dir;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<ReportService> m_reports;
    const QString m_key = QStringLiteral("model:org/steady");
};

void TestChartInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString db = m_dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store;
        QVERIFY(!store.open(db).isError());
        for (int day = 0; day <= 40; ++day)
            QVERIFY(store.storePoll(poll(at(day * kDay), {repo(m_key, 100_M + day * 1_M)}, scopeOf(10))).ok());
    }
    m_store = std::make_unique<StoreThread>();
    m_reports = std::make_unique<ReportService>(m_store.get());
    bool opened = false;
    m_store->open(db, HistoryStore::Mode::ReadOnly, this, [&opened](StoreError e) { opened = !e.isError(); });
    QTRY_VERIFY(opened);
}

std::unique_ptr<HistoryChartView> TestChartInput::openLoaded()
{
    auto view = test::openChartView(m_reports.get(), {m_key});
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    if (!QTest::qWaitFor([&view] { return !view->isLoading() && view->loadCount() > 0; }, 10000))
        return nullptr;
    return view;
}

QPoint TestChartInput::inPlot(HistoryChartView *view, double fx, double fy)
{
    const QRectF plot = view->chart()->plotArea();
    const QPointF scene = view->chart()->mapToScene(QPointF(plot.left() + fx * plot.width(), plot.top() + fy * plot.height()));
    return view->canvas()->mapFromScene(scene);
}

void TestChartInput::dragZoomsIntoTheRectangle()
{
    auto view = openLoaded();
    QVERIFY(view);
    const auto whole = xRange(view->chart());
    QVERIFY(width(whole) > 0);
    QWidget *viewport = view->canvas()->viewport();
    const QPoint from = inPlot(view.get(), 0.25, 0.2), to = inPlot(view.get(), 0.75, 0.8);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 5);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);

    // The middle half of the time range, within a pixel's worth of either edge.
    const auto zoomed = xRange(view->chart());
    const double pixel = width(whole) / view->chart()->plotArea().width();
    QVERIFY2(qAbs(width(zoomed) - width(whole) / 2) < 3 * pixel,
             qPrintable(QStringLiteral("%1 of %2").arg(width(zoomed)).arg(width(whole))));
    QVERIFY(qAbs(zoomed.first - (whole.first + width(whole) / 4)) < 3 * pixel);

    // Reset zoom: the whole range again.
    QToolButton *reset = nullptr;
    for (QToolButton *b : view->findChildren<QToolButton *>())
        if (b->text() == QLatin1String("Reset zoom"))
            reset = b;
    QVERIFY(reset);
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_VERIFY(qAbs(width(xRange(view->chart())) - width(whole)) < pixel);
}

void TestChartInput::wheelZoomsAroundThePointer()
{
    auto view = openLoaded();
    QVERIFY(view);
    const auto whole = xRange(view->chart());
    QWidget *viewport = view->canvas()->viewport();
    const QPoint pointer = inPlot(view.get(), 0.5, 0.5);
    const auto turn = [&](int delta) {
        QWheelEvent wheel(QPointF(pointer), QPointF(viewport->mapToGlobal(pointer)), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
    };
    turn(120); // one notch away from the user: zoom in by 1.25 around the pointer
    const auto in = xRange(view->chart());
    QVERIFY2(qAbs(width(in) - width(whole) / 1.25) < width(whole) * 0.01,
             qPrintable(QStringLiteral("%1 of %2").arg(width(in)).arg(width(whole))));
    // Around the pointer: the time under it stays in the middle.
    const double middle = whole.first + width(whole) / 2;
    QVERIFY(qAbs((in.first + in.second) / 2 - middle) < width(whole) * 0.01);
    turn(-120); // and back out
    QVERIFY(qAbs(width(xRange(view->chart())) - width(whole)) < width(whole) * 0.01);
}

QTEST_MAIN(TestChartInput)
#include "tst_chartinput.moc"
