// The chart toolbar's dialogs, on the offscreen platform: the PNG export dialog's options reach
// the exporter, and the "Compare…" picker lists the tracked series, filters them and charts the
// chosen ones (which "Align launches" then starts at day 0). The view's "now" is its Clock's.
#include "ChartTestSupport.h"
#include "HistoryBuilder.h"
#include "ManualClock.h"

#include "charts/ExportPngDialog.h"
#include "charts/HistoryChartView.h"
#include "charts/SeriesPickerDialog.h"
#include "report/ReportService.h"
#include "store/StoreThread.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace hubwatch;
using namespace hwtest;

namespace {
const QString kOld = QStringLiteral("model:org/old-model");
const QString kNew = QStringLiteral("model:org/new-model");
const QString kData = QStringLiteral("dataset:org/<b>corpus</b>"); // a name that looks like markup
constexpr int kDays = 30;
} // namespace

class TestChartsExtra : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportDialogDefaults();
    void exportDialogOptionsReachTheExporter();
    void exportDialogCancelWritesNothing();
    void compareListsTrackedSeries();
    void compareFilterHidesOthers();
    void compareChartsTwoReposAligned();
    void legendNamesSeriesAsPeopleSayThem();
    void hotCategoryShareRises();
    void rangeEndsAtTheInjectedClock();

private:
    std::unique_ptr<HistoryChartView> openView(const QStringList &keys);
    QList<QLineSeries *> lines(QChart *chart, const QString &name) const;
    QToolButton *button(HistoryChartView *view, const QString &text) const;

    QTemporaryDir m_dir;
    qint64 m_start = 0; // the first poll
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<ReportService> m_reports;
};

// 30 days of daily polls: org/old-model all along, org/new-model only from day 12 (its launch),
// the dataset throughout.
void TestChartsExtra::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    const QString db = m_dir.filePath(QStringLiteral("history.sqlite"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 last = now - now % kHour;
    const qint64 start = last - kDays * kDay;
    m_start = start;
    {
        HistoryStore store;
        QVERIFY(!store.open(db).isError());
        for (int day = 0; day <= kDays; ++day) {
            RepoStatsList repos{repo(kOld, 50_M + day * kMillion), repo(kData, 2_M + day * 1000)};
            if (day >= 12)
                repos.append(repo(kNew, 1_M + (day - 12) * 3 * kMillion));
            QVERIFY(store.storePoll(poll(QDateTime::fromMSecsSinceEpoch(start + day * kDay, Qt::UTC), repos, scopeOf(10))).ok());
        }
    }
    m_store = std::make_unique<StoreThread>();
    m_reports = std::make_unique<ReportService>(m_store.get());
    bool opened = false;
    m_store->open(db, HistoryStore::Mode::ReadOnly, this, [&opened](StoreError e) { opened = !e.isError(); });
    QTRY_VERIFY(opened);
}

std::unique_ptr<HistoryChartView> TestChartsExtra::openView(const QStringList &keys)
{
    return test::openChartView(m_reports.get(), keys);
}

QList<QLineSeries *> TestChartsExtra::lines(QChart *chart, const QString &name) const
{
    return test::lineSeriesNamed(chart, name);
}

QToolButton *TestChartsExtra::button(HistoryChartView *view, const QString &text) const
{
    const auto buttons = view->findChildren<QToolButton *>();
    for (QToolButton *b : buttons)
        if (b->text() == text)
            return b;
    return nullptr;
}

void TestChartsExtra::exportDialogDefaults()
{
    ExportPngDialog dialog;
    const ChartExporter::Options o = dialog.options();
    QCOMPARE(o.size, QSize(1600, 900));
    QCOMPARE(o.scale, 1.0);
    QCOMPARE(o.background, ChartExporter::Background::White);
    QVERIFY(!dialog.okButton()->isEnabled()); // no file yet
    QTemporaryDir dir;
    dialog.pathEdit()->setText(dir.filePath(QStringLiteral("x.png")));
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestChartsExtra::exportDialogOptionsReachTheExporter()
{
    auto view = openView({kOld});
    WAIT_LOADED(view, 0);
    QToolButton *exportButton = button(view.get(), QStringLiteral("Export PNG…"));
    QVERIFY(exportButton);
    exportButton->click();
    QPointer<ExportPngDialog> dialog = view->exportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Set through the widgets, as a user would.
    dialog->widthBox()->setValue(800);
    dialog->heightBox()->setValue(450);
    dialog->scaleBox()->setCurrentIndex(1);      // 2×
    dialog->backgroundBox()->setCurrentIndex(1); // transparent
    const QString path = m_dir.filePath(QStringLiteral("dialog.png"));
    dialog->pathEdit()->setText(path);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QTRY_VERIFY(!dialog); // closed and deleted
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1600, 900));
    QVERIFY(image.hasAlphaChannel());
    for (const QPoint &p : {QPoint(1, 1), QPoint(1598, 1), QPoint(1, 898), QPoint(1598, 898)})
        QCOMPARE(image.pixelColor(p).alpha(), 0);
    int ink = 0;
    for (int y = 200; y < 700; y += 4)
        for (int x = 300; x < 1300; x += 4)
            ink += image.pixelColor(x, y).alpha() > 0 ? 1 : 0;
    QVERIFY(ink > 100); // the chart itself was drawn
}

void TestChartsExtra::exportDialogCancelWritesNothing()
{
    auto view = openView({kOld});
    WAIT_LOADED(view, 0);
    view->exportPngInteractive();
    QPointer<ExportPngDialog> dialog = view->exportDialog();
    QVERIFY(dialog);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.png"));
    dialog->setPath(path);
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QVERIFY(!QFile::exists(path));
}

void TestChartsExtra::compareListsTrackedSeries()
{
    auto view = openView({kOld});
    WAIT_LOADED(view, 0);
    QToolButton *compare = button(view.get(), QStringLiteral("Compare…"));
    QVERIFY(compare);
    compare->click();
    QPointer<SeriesPickerDialog> dialog = view->compareDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isPopulated());
    const QStringList keys = dialog->visibleKeys();
    QCOMPARE(keys.first(), QStringLiteral("headline"));
    for (const QString &k : {kOld, kNew, kData})
        QVERIFY2(keys.contains(k), qPrintable(keys.join(QLatin1Char(','))));
    QCOMPARE(keys.size(), 4);
    QCOMPARE(dialog->selectedKeys(), QStringList{kOld}); // what the chart shows now
    // The series as people say them, never a raw key; the dataset's name as it is, not as markup.
    QStringList shown;
    for (int i = 0; i < dialog->list()->count(); ++i)
        shown << dialog->list()->item(i)->text();
    QCOMPARE(shown.size(), 4);
    QCOMPARE(shown.first(), QStringLiteral("Tracked downloads"));
    for (const QString &name :
         {QStringLiteral("model org/old-model"), QStringLiteral("model org/new-model"), QStringLiteral("dataset org/<b>corpus</b>")})
        QVERIFY2(shown.contains(name), qPrintable(shown.join(QLatin1Char(','))));
    for (const QString &text : std::as_const(shown))
        QVERIFY2(!text.contains(QLatin1Char(':')) && text != QLatin1String("headline"), qPrintable(text));
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QCOMPARE(view->series(), QStringList{kOld});
}

void TestChartsExtra::compareFilterHidesOthers()
{
    auto view = openView({QStringLiteral("headline")});
    WAIT_LOADED(view, 0);
    view->compareInteractive();
    QPointer<SeriesPickerDialog> dialog = view->compareDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isPopulated());
    QTest::keyClicks(dialog->filterEdit(), QStringLiteral("MODEL"));
    QCOMPARE(dialog->visibleKeys(), (QStringList{kOld, kNew}));
    dialog->setChecked(QStringLiteral("headline"), false);
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // nothing chosen
    dialog->filterEdit()->clear();
    QCOMPARE(dialog->visibleKeys().size(), 4);
    dialog->reject();
}

void TestChartsExtra::compareChartsTwoReposAligned()
{
    auto view = openView({QStringLiteral("headline")});
    WAIT_LOADED(view, 0);
    const int before = view->loadCount();
    view->compareInteractive();
    QPointer<SeriesPickerDialog> dialog = view->compareDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isPopulated());
    dialog->setChecked(QStringLiteral("headline"), false);
    dialog->setChecked(kOld, true);
    dialog->setChecked(kNew, true);
    QCOMPARE(dialog->selectedKeys(), (QStringList{kOld, kNew}));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!dialog);
    QCOMPARE(view->series(), (QStringList{kOld, kNew}));
    WAIT_LOADED(view, before);
    for (const QString &key : {kOld, kNew})
        QVERIFY2(!lines(view->chart(), QStringLiteral("line:") + key).isEmpty(), qPrintable(key));
    // Not aligned: the new model starts 12 days after the old one.
    const double oldStart = lines(view->chart(), QStringLiteral("line:") + kOld).first()->at(0).x();
    const double newStart = lines(view->chart(), QStringLiteral("line:") + kNew).first()->at(0).x();
    QVERIFY(qAbs(newStart - oldStart - double(12 * kDay)) < kHour);

    // The toolbar's "Align launches" applies to the comparison: both start at day 0.
    QCheckBox *align = nullptr;
    const auto boxes = view->findChildren<QCheckBox *>();
    for (QCheckBox *b : boxes)
        if (b->text() == QLatin1String("Align launches"))
            align = b;
    QVERIFY(align);
    QVERIFY(align->isVisibleTo(view.get()));
    align->click();
    QVERIFY(view->isLaunchAligned());
    for (const QString &key : {kOld, kNew}) {
        const auto segments = lines(view->chart(), QStringLiteral("line:") + key);
        QVERIFY(!segments.isEmpty());
        QCOMPARE(segments.first()->at(0).x(), 0.0);
    }
    auto *x = view->chart()->findChild<QCategoryAxis *>(QStringLiteral("x"));
    QVERIFY(x);
    QVERIFY2(x->categoriesLabels().contains(QStringLiteral("day 0")), qPrintable(x->categoriesLabels().join(QLatin1Char(','))));
}

// Issue 15: the legend showed raw keys ("headline", "model:org/name"). Compared, the headline,
// a model and a dataset are named as people say them, drawn literally (the dataset's name
// looks like markup), and the compare picker's names match the legend's.
void TestChartsExtra::legendNamesSeriesAsPeopleSayThem()
{
    auto view = openView({QStringLiteral("headline"), kOld, kData});
    WAIT_LOADED(view, 0);
    QStringList legend;
    const auto markers = view->chart()->legend()->markers();
    for (QLegendMarker *m : markers)
        if (m->isVisible()) {
            QTextDocument drawn; // Qt Charts draws a legend label as HTML
            drawn.setHtml(m->label());
            legend << drawn.toPlainText();
        }
    const QStringList expected{QStringLiteral("Tracked downloads"), QStringLiteral("model org/old-model"),
                               QStringLiteral("dataset org/<b>corpus</b>")};
    QCOMPARE(legend, expected);
    QVERIFY(view->chart()->legend()->isVisible());

    view->compareInteractive();
    QPointer<SeriesPickerDialog> dialog = view->compareDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isPopulated());
    QStringList checked;
    for (int i = 0; i < dialog->list()->count(); ++i)
        if (dialog->list()->item(i)->checkState() == Qt::Checked)
            checked << dialog->list()->item(i)->text();
    QCOMPARE(checked, expected);
    dialog->reject();
}

// The hot-category fixture (HistoryBuilder.h): text-to-image holds 20 % of the top-50 velocity
// until day 3, then 25.93 %; text-generation the rest; fill-mask never makes the top 50.
void TestChartsExtra::hotCategoryShareRises()
{
    const QString db = m_dir.filePath(QStringLiteral("hot.sqlite"));
    {
        HistoryStore store;
        QVERIFY(!store.open(db).isError());
        for (qint64 t = 0; t <= 10 * kDay; t += 6 * kHour)
            QVERIFY(store.storePoll(poll(at(t), hotRepos(t), scopeOf(60))).ok());
    }
    StoreThread thread;
    bool opened = false;
    thread.open(db, HistoryStore::Mode::ReadOnly, this, [&opened](StoreError e) { opened = !e.isError(); });
    QTRY_VERIFY(opened);
    ReportService reports(&thread);
    HistoryChartView view(&reports);
    view.resize(900, 600);
    view.show();
    QTRY_VERIFY(!view.isLoading() && view.loadCount() > 0);
    const int before = view.loadCount();
    view.setKind(ChartKind::HotCategories);
    QTRY_VERIFY(!view.isLoading() && view.loadCount() > before);
    QCOMPARE(view.data().request.kind, ChartKind::HotCategories);
    QVERIFY2(view.data().error.isEmpty(), qPrintable(view.data().error));

    const auto image = lines(view.chart(), QStringLiteral("line:text-to-image"));
    const auto text = lines(view.chart(), QStringLiteral("line:text-generation"));
    QCOMPARE(image.size(), 1);
    QCOMPARE(text.size(), 1);
    QVERIFY(lines(view.chart(), QStringLiteral("line:fill-mask")).isEmpty()); // never in the top 50
    QVERIFY(lines(view.chart(), QStringLiteral("line:other")).isEmpty());     // two categories: nothing else
    QLineSeries *rising = image.first();
    QCOMPARE(rising->count(), 10); // days 1 to 10 (day 0 has no day before to measure against)
    const double start = rising->at(0).y(), end = rising->at(rising->count() - 1).y();
    QVERIFY2(qAbs(start - 20.0) < 0.01, qPrintable(QString::number(start)));
    QVERIFY2(qAbs(end - 1400.0 * 10 / 540) < 0.01, qPrintable(QString::number(end)));
    QVERIFY(end > start);
    // The shares of each day add up to 100 %.
    for (int i = 0; i < rising->count(); ++i)
        QVERIFY(qAbs(rising->at(i).y() + text.first()->at(i).y() - 100.0) < 0.01);
    QCOMPARE(qint64(rising->at(rising->count() - 1).x()), at(10 * kDay).toMSecsSinceEpoch());
    QVERIFY(view.chart()->title().contains(QStringLiteral("category")));
    // Launch alignment means nothing here: the toolbar hides it, and "Compare…" is off.
    const double firstX = rising->at(0).x();
    view.setLaunchAligned(true); // rebuilds the chart: rising is gone
    QCOMPARE(lines(view.chart(), QStringLiteral("line:text-to-image")).first()->at(0).x(), firstX);
}

// The chart reads "now" from the clock it is given, not from the wall clock: a relative range
// ends there, and the data says which time it was read for.
void TestChartsExtra::rangeEndsAtTheInjectedClock()
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_start + 10 * kDay + kHour, Qt::UTC);
    test::ManualClock clock(now);
    auto view = openView({kOld});
    view->setClock(&clock);
    int before = view->loadCount();
    view->setRange(QStringLiteral("7d"));
    WAIT_LOADED(view, before);
    QCOMPARE(view->data().now, now);
    QCOMPARE(view->data().from, now.addDays(-7).toMSecsSinceEpoch());
    const auto &points = view->data().series.value(0).points;
    QVERIFY(!points.isEmpty());
    QVERIFY(points.first().t >= view->data().from);
    // The first daily poll in the clock's week (day 4), not in the wall clock's (day 24).
    QCOMPARE(points.first().t, m_start + 4 * kDay);

    clock.setNow(now.addDays(5));
    before = view->loadCount();
    view->refresh();
    WAIT_LOADED(view, before);
    QCOMPARE(view->data().now, now.addDays(5));
    QCOMPARE(view->data().from, now.addDays(-2).toMSecsSinceEpoch());
}

QTEST_MAIN(TestChartsExtra)
#include "tst_charts_extra.moc"
