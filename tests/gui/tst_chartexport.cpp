// Export for people who present (issue 15 item 5), on the offscreen platform: the dialog
// suggests hubwatch-<chart>-<date>.png in Pictures, then in the folder of the last export (kept
// in Settings); a saved export is confirmed with "Open folder"; fonts grow with the image; the
// caption states demo data, scope, range, log scale and source and breaks only between words,
// down to 400×250; the projection and its band are named in the legend; the desktop's export of
// the demo says "Demo data"; and the real `hubwatch export-png` draws --theme dark on a dark
// background, --log differently from linear, and refuses an unknown theme with exit code 2.
#include "ManualClock.h"
#include "RunHubwatch.h"

#include "charts/ChartExporter.h"
#include "charts/ExportPngDialog.h"
#include "charts/HistoryChartView.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;

namespace {
const QDateTime kNow(QDate(2026, 3, 12), QTime(9, 30), Qt::UTC);
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

// 30 days of a steadily growing headline, 1.2M a day, and its projection to 1B about ten days
// after the last point.
ChartData growing(const QString &scope = QStringLiteral("top 100 models + 50 datasets"))
{
    ChartData d;
    d.request.range = QStringLiteral("30d");
    d.now = kNow;
    d.to = kNow.toMSecsSinceEpoch();
    d.from = d.to - 30 * kDayMs;
    ChartSeriesData s;
    s.key = QStringLiteral("headline");
    s.scope = scope;
    for (int i = 0; i <= 30; ++i)
        s.points.append({d.from + i * kDayMs, 950e6 + i * 1.2e6, false});
    s.latest = qint64(s.points.constLast().value);
    s.nextMilestone = 1'000'000'000;
    s.previousMilestone = 900'000'000;
    s.projection.status = Projection::Status::Ok;
    s.projection.eta = kNow.addDays(11);
    s.projection.etaLow = kNow.addDays(9);
    s.projection.etaHigh = kNow.addDays(14);
    d.series.append(s);
    d.asOf = QDateTime::fromMSecsSinceEpoch(s.points.constLast().t, Qt::UTC);
    return d;
}

ChartExporter::Options sized(const QSize &size, bool demo = false, bool log = false)
{
    ChartExporter::Options o;
    o.size = size;
    o.demo = demo;
    o.logScale = log;
    return o;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('_');
}
} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogSuggestsPicturesAndADatedName();
    void exportRemembersItsFolder();
    void exportIsConfirmedWithOpenFolder();
    void captionStatesWhatAReaderNeeds();
    void captionBreaksOnlyBetweenWords_data();
    void captionBreaksOnlyBetweenWords();
    void fontsGrowWithTheImage();
    void projectionAndBandAreInTheLegend();
    void desktopExportOfTheDemoSaysSo();
    void cliThemeDarkIsDark();
    void cliLogChangesTheImage();
    void cliRejectsAnUnknownTheme();

private:
    QString pictures() const { return m_home.filePath(QStringLiteral("Pictures")); }
    std::unique_ptr<HistoryChartView> newView();
    QString exportThroughDialog(HistoryChartView *view, const QString &path);

    QTemporaryDir m_home;
    test::ManualClock m_clock{kNow};
};

void TestChartExport::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A home of our own: Pictures and the user-dirs file are looked up under $HOME when asked.
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("XDG_CONFIG_HOME");
    // Pictures is $HOME/Pictures unless user-dirs.dirs says otherwise: ours, in a home of our own.
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), pictures());
}

std::unique_ptr<HistoryChartView> TestChartExport::newView()
{
    auto view = std::make_unique<HistoryChartView>(nullptr); // no history: the dialog is what is tested
    view->setClock(&m_clock);
    view->setFolderOpener([](const QUrl &) { return true; });
    view->resize(900, 600);
    view->show();
    return view;
}

// Accepts the export dialog with this path (or the suggested one when empty); returns the path.
QString TestChartExport::exportThroughDialog(HistoryChartView *view, const QString &path)
{
    view->exportPngInteractive();
    QPointer<ExportPngDialog> dialog = view->exportDialog();
    if (!dialog)
        return QString();
    dialog->setChartSize(QSize(400, 250));
    if (!path.isEmpty())
        dialog->setPath(path);
    const QString chosen = dialog->path();
    dialog->okButton()->click();
    if (!QTest::qWaitFor([&dialog] { return !dialog; }, 5000))
        return QString();
    return chosen;
}

void TestChartExport::dialogSuggestsPicturesAndADatedName()
{
    QCOMPARE(ExportPngDialog::defaultFileName(QStringLiteral("weekly"), QDate(2026, 3, 12)),
             QStringLiteral("hubwatch-weekly-2026-03-12.png"));
    QDir(pictures()).removeRecursively(); // a new home: no Pictures yet
    auto view = newView();
    view->exportPngInteractive();
    QPointer<ExportPngDialog> dialog = view->exportDialog();
    QVERIFY(dialog);
    // The view's clock names the day; the chart's kind names the chart.
    QCOMPARE(dialog->path(), pictures() + QStringLiteral("/hubwatch-cumulative-2026-03-12.png"));
    QVERIFY(dialog->okButton()->isEnabled()); // the suggestion can be taken as it is
    dialog->okButton()->click();
    QTRY_VERIFY(!dialog);
    QVERIFY2(QFileInfo::exists(pictures() + QStringLiteral("/hubwatch-cumulative-2026-03-12.png")), "Pictures was not made");

    view->setKind(ChartKind::Velocity, 30);
    view->exportPngInteractive();
    QCOMPARE(view->exportDialog()->path(), pictures() + QStringLiteral("/hubwatch-velocity-30d-2026-03-12.png"));
    view->exportDialog()->reject();
}

void TestChartExport::exportRemembersItsFolder()
{
    QTemporaryDir store;
    Settings settings(std::make_unique<QSettings>(store.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    const QString slides = m_home.filePath(QStringLiteral("talk/slides"));
    QVERIFY(QDir().mkpath(slides));
    {
        auto view = newView();
        view->setSettings(&settings);
        QCOMPARE(exportThroughDialog(view.get(), slides + QStringLiteral("/first.png")), slides + QStringLiteral("/first.png"));
        QVERIFY(QFileInfo::exists(slides + QStringLiteral("/first.png")));
    }
    QCOMPARE(settings.exportFolder(), slides);
    // The next time (another view, as after a restart): the folder remembered, today's name.
    auto view = newView();
    view->setSettings(&settings);
    view->exportPngInteractive();
    QCOMPARE(view->exportDialog()->path(), slides + QStringLiteral("/hubwatch-cumulative-2026-03-12.png"));
    view->exportDialog()->reject();
    QTRY_VERIFY(!view->exportDialog());
    // A remembered folder that is gone: back to Pictures.
    QVERIFY(QDir(m_home.filePath(QStringLiteral("talk"))).removeRecursively());
    view->exportPngInteractive();
    QCOMPARE(QFileInfo(view->exportDialog()->path()).absolutePath(), pictures());
    view->exportDialog()->reject();
    QTRY_VERIFY(!view->exportDialog());
    // A failed export (a folder that cannot be written) remembers nothing.
    const QString before = settings.exportFolder();
    QCOMPARE(exportThroughDialog(view.get(), QStringLiteral("/proc/hubwatch-cannot/x.png")), QStringLiteral("/proc/hubwatch-cannot/x.png"));
    QCOMPARE(settings.exportFolder(), before);
    QVERIFY(!view->exportConfirmation());
    QMessageBox *warning = view->findChild<QMessageBox *>();
    QVERIFY(warning && warning->icon() == QMessageBox::Warning);
    QVERIFY2(warning->text().contains(QLatin1String("/proc/hubwatch-cannot/x.png")), qPrintable(warning->text()));
    warning->close();
}

void TestChartExport::exportIsConfirmedWithOpenFolder()
{
    auto view = newView();
    QList<QUrl> opened;
    view->setFolderOpener([&opened](const QUrl &folder) {
        opened.append(folder);
        return true;
    });
    const QString folder = m_home.filePath(QStringLiteral("confirm"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = exportThroughDialog(view.get(), folder + QStringLiteral("/talk.png"));
    QVERIFY(QFileInfo::exists(path));
    QPointer<QMessageBox> box = view->exportConfirmation();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::NonModal); // the chart stays usable
    QVERIFY2(box->text().contains(QLatin1String("talk.png")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(folder), qPrintable(box->text()));
    QPushButton *open = nullptr;
    const auto buttons = box->buttons();
    for (QAbstractButton *b : buttons)
        if (b->text() == QLatin1String("Open folder"))
            open = qobject_cast<QPushButton *>(b);
    QVERIFY(open);
    QVERIFY(box->button(QMessageBox::Close));
    QVERIFY(opened.isEmpty()); // nothing opens by itself
    open->click();
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(folder)});
    QTRY_VERIFY(!box); // and the confirmation goes
}

void TestChartExport::captionStatesWhatAReaderNeeds()
{
    const ChartData d = growing();
    const QStringList plain = ChartExporter::captionParts(d, sized(QSize(1600, 900)));
    QCOMPARE(plain,
             (QStringList{QStringLiteral("Scope: top 100 models + 50 datasets"),
                          QStringLiteral("Range: 2026-02-10 to 2026-03-12 (last 30 days)"),
                          QStringLiteral("Data as of 2026-03-12 09:30 UTC"), QStringLiteral("Source: Hugging Face Hub API via HubWatch")}));
    const QStringList both = ChartExporter::captionParts(d, sized(QSize(1600, 900), true, true));
    QCOMPARE(both.first(),
             QStringLiteral("Demo data: a generated history, not figures from the Hub")); // first: it changes how to read the rest
    QVERIFY(both.contains(QStringLiteral("Log scale")));
    QVERIFY(both.contains(QStringLiteral("Scope: top 100 models + 50 datasets")));
    QVERIFY(both.contains(QStringLiteral("Range: 2026-02-10 to 2026-03-12 (last 30 days)")));
    QVERIFY2(both.constLast().startsWith(QLatin1String("Source: ")) && !both.constLast().contains(QLatin1String("Hub API")),
             qPrintable(both.constLast())); // the demo's source is not the Hub
    // An open range ("all") is the data's own span.
    ChartData all = d;
    all.request.range = QStringLiteral("all");
    all.from = all.to = 0;
    QVERIFY(
        ChartExporter::captionParts(all, sized(QSize(800, 450))).contains(QStringLiteral("Range: 2026-02-10 to 2026-03-12 (all history)")));
}

void TestChartExport::captionBreaksOnlyBetweenWords_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("scope");
    const QString longScope = QStringLiteral("model sentence-transformers/all-MiniLM-L6-v2, model openai-community/gpt2, "
                                             "dataset HuggingFaceFW/fineweb-edu, model google-bert/bert-base-uncased");
    for (const QSize &size : {QSize(400, 250), QSize(800, 450), QSize(1600, 900)})
        for (const bool demo : {false, true})
            for (const QString &scope : {QStringLiteral("top 100 models + 50 datasets"), longScope})
                QTest::addRow("%dx%d%s%s", size.width(), size.height(), demo ? " demo" : "", scope == longScope ? " long" : "")
                    << size << demo << scope;
}

void TestChartExport::captionBreaksOnlyBetweenWords()
{
    QFETCH(QSize, size);
    QFETCH(bool, demo);
    QFETCH(QString, scope);
    const ChartData d = growing(scope);
    const ChartExporter::Options options = sized(size, demo, true);
    const ChartExporter::Layout layout = ChartExporter::layout(d, options);
    QVERIFY(!layout.captionLines.isEmpty());
    // No space is lost or invented in a line's middle: the non-breaking ones are spaces to a reader.
    const auto normal = [](QString s) { return s.replace(QChar(0x00a0), QLatin1Char(' ')); };
    const QString text = normal(ChartExporter::caption(d, options));
    const QString joined = normal(layout.captionLines.join(QLatin1Char(' ')));
    const QChar ellipsis(0x2026);
    if (joined.endsWith(ellipsis)) {
        // Too long for the image: cut after a whole word, never inside one.
        const QString kept = joined.chopped(1);
        QVERIFY2(text.startsWith(kept), qPrintable(joined));
        QVERIFY2(!isWordChar(text.at(kept.size())), qPrintable(QStringLiteral("cut inside a word: ") + joined));
        QVERIFY2(size.width() < 800, "only a small image may leave words out");
    } else {
        QCOMPARE(joined, text); // every break was a space
    }
    for (int i = 0; i + 1 < layout.captionLines.size(); ++i) {
        const QString &line = layout.captionLines.at(i), &next = layout.captionLines.at(i + 1);
        QVERIFY2(!line.isEmpty() && !next.isEmpty(), "an empty caption line");
        QVERIFY2(!next.startsWith(QChar(0x00b7)), qPrintable(next)); // a statement's dot stays on its line
    }
    // Every line fits the image, in the fonts it is drawn in (bold where it states demo data).
    QFont bold = layout.caption;
    bold.setBold(true);
    const QFontMetricsF fmBold(bold), fm(layout.caption);
    for (int i = 0; i < layout.captionLines.size(); ++i) {
        const QString &line = layout.captionLines.at(i);
        const int emphasis = layout.captionEmphasis.value(i);
        QCOMPARE(emphasis > 0, demo && i == 0 ? true : emphasis > 0); // the demo statement leads
        const qreal width = fmBold.horizontalAdvance(line.left(emphasis)) + fm.horizontalAdvance(line.mid(emphasis));
        QVERIFY2(width <= size.width() - 16, qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(line)));
    }
    // The caption has room under the chart, and is drawn there.
    QVERIFY(layout.captionHeight <= size.height() * 0.35);
    const QImage image = ChartExporter::render(d, options);
    int ink = 0;
    for (int y = size.height() - layout.captionHeight; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            ink += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
    QVERIFY2(ink > 100 * layout.captionLines.size(), qPrintable(QString::number(ink)));
}

void TestChartExport::fontsGrowWithTheImage()
{
    const ChartData d = growing();
    const ChartExporter::Layout small = ChartExporter::layout(d, sized(QSize(800, 450)));
    const ChartExporter::Layout slide = ChartExporter::layout(d, sized(QSize(1600, 900)));
    QVERIFY2(slide.caption.pixelSize() > small.caption.pixelSize(),
             qPrintable(QStringLiteral("%1 vs %2 px").arg(slide.caption.pixelSize()).arg(small.caption.pixelSize())));
    QVERIFY2(slide.caption.pixelSize() >= 16, qPrintable(QString::number(slide.caption.pixelSize()))); // was 11 px before
    QVERIFY(slide.text.pixelSize() > small.text.pixelSize());
    QVERIFY(slide.title.pixelSize() > slide.text.pixelSize());
    // The chart is drawn in those fonts: its axes and legend.
    QChart chart;
    ChartExporter::buildChart(&chart, d, sized(QSize(1600, 900)), slide);
    QCOMPARE(chart.titleFont().pixelSize(), slide.title.pixelSize());
    const auto axes = chart.axes();
    QVERIFY(!axes.isEmpty());
    for (QAbstractAxis *a : axes)
        QCOMPARE(a->labelsFont().pixelSize(), slide.text.pixelSize());
    QCOMPARE(chart.legend()->font().pixelSize(), slide.text.pixelSize());
}

void TestChartExport::projectionAndBandAreInTheLegend()
{
    const ChartData d = growing();
    const ChartExporter::Options options = sized(QSize(1600, 900));
    // In a scene, as render() draws it: a marker is visible only on a visible legend.
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    ChartExporter::buildChart(chart, d, options, ChartExporter::layout(d, options));
    chart->setGeometry(QRectF(0, 0, 1600, 800)); // a marker shows once the legend is laid out
    chart->layout()->activate();
    QVERIFY(chart->legend()->isVisible());
    QStringList shown;
    const auto markers = chart->legend()->markers();
    for (QLegendMarker *m : markers)
        if (m->isVisible())
            shown << m->label();
    QVERIFY2(shown.contains(QStringLiteral("Projection to 1B")), qPrintable(shown.join(QStringLiteral(" | "))));
    QVERIFY2(shown.contains(QStringLiteral("Likely range of the projection")), qPrintable(shown.join(QStringLiteral(" | "))));
    // No projection (too short to fit one): no entries for it.
    ChartData none = d;
    none.series[0].projection.status = Projection::Status::TooShort;
    auto *plain = new QChart;
    scene.addItem(plain);
    ChartExporter::buildChart(plain, none, options, ChartExporter::layout(none, options));
    plain->setGeometry(QRectF(0, 0, 1600, 800));
    plain->layout()->activate();
    for (QLegendMarker *m : plain->legend()->markers())
        QVERIFY2(!m->isVisible() || !m->label().contains(QLatin1String("rojection")), qPrintable(m->label()));
}

void TestChartExport::desktopExportOfTheDemoSaysSo()
{
    auto view = newView();
    ChartExporter::Options o = sized(QSize(640, 360));
    const QImage before = view->exportImage(o);
    view->setDemo(true);
    const QImage demo = view->exportImage(o);
    QVERIFY(demo != before);
    o.demo = true; // what the view's export must equal: the exporter's demo caption
    QCOMPARE(demo, ChartExporter::render(view->data(), o));
    // And through the dialog, as Ctrl+E does.
    const QString path = exportThroughDialog(view.get(), m_home.filePath(QStringLiteral("demo.png")));
    o.size = QSize(400, 250);
    QCOMPARE(QImage(path).convertToFormat(QImage::Format_ARGB32),
             ChartExporter::render(view->data(), o).convertToFormat(QImage::Format_ARGB32));
}

void TestChartExport::cliThemeDarkIsDark()
{
    const QString light = m_home.filePath(QStringLiteral("light.png")), dark = m_home.filePath(QStringLiteral("dark.png"));
    for (const auto &[file, theme] : {std::pair{light, QStringLiteral("light")}, std::pair{dark, QStringLiteral("dark")}}) {
        const test::ProcessRun r =
            test::runHubwatch({QStringLiteral("--demo"), QStringLiteral("export-png"), QStringLiteral("--out"), file,
                               QStringLiteral("--size"), QStringLiteral("800x450"), QStringLiteral("--theme"), theme},
                              m_home.filePath(QStringLiteral("cli")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const QImage l(light), d(dark);
    QCOMPARE(d.size(), QSize(800, 450));
    // Background: corners and the plot's empty middle-top; mostly dark, not one dark pixel.
    int darkPixels = 0, lightPixels = 0, samples = 0;
    for (int y = 2; y < 448; y += 16)
        for (int x = 2; x < 798; x += 16) {
            ++samples;
            darkPixels += qGray(d.pixel(x, y)) < 60 ? 1 : 0;
            lightPixels += qGray(l.pixel(x, y)) > 200 ? 1 : 0;
        }
    QVERIFY2(darkPixels > samples * 0.8, qPrintable(QStringLiteral("%1 of %2 dark").arg(darkPixels).arg(samples)));
    QVERIFY2(lightPixels > samples * 0.8, qPrintable(QStringLiteral("%1 of %2 light").arg(lightPixels).arg(samples)));
    QVERIFY(qGray(d.pixel(1, 1)) < 60 && qGray(l.pixel(1, 1)) > 240);
}

void TestChartExport::cliLogChangesTheImage()
{
    const QString linear = m_home.filePath(QStringLiteral("linear.png")), log = m_home.filePath(QStringLiteral("log.png"));
    for (const auto &[file, extra] : {std::pair{linear, QStringList{}}, std::pair{log, QStringList{QStringLiteral("--log")}}}) {
        const test::ProcessRun r =
            test::runHubwatch(QStringList{QStringLiteral("--demo"), QStringLiteral("export-png"), QStringLiteral("--chart"),
                                          QStringLiteral("daily"), QStringLiteral("--range"), QStringLiteral("30d"),
                                          QStringLiteral("--out"), file, QStringLiteral("--size"), QStringLiteral("800x450")}
                                  + extra,
                              m_home.filePath(QStringLiteral("cli")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const QImage a(linear), b(log);
    QCOMPARE(a.size(), b.size());
    // Daily bars from zero: on a log axis from 1 they stand much taller relative to their base,
    // so the plot's pixels differ over a wide area, not only in the caption.
    int differing = 0;
    for (int y = 0; y < 300; y += 2)
        for (int x = 0; x < 800; x += 2)
            differing += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    QVERIFY2(differing > 2000, qPrintable(QString::number(differing)));
}

void TestChartExport::cliRejectsAnUnknownTheme()
{
    const QString out = m_home.filePath(QStringLiteral("sepia.png"));
    const test::ProcessRun r = test::runHubwatch({QStringLiteral("--demo"), QStringLiteral("export-png"), QStringLiteral("--out"), out,
                                                  QStringLiteral("--theme"), QStringLiteral("sepia")},
                                                 m_home.filePath(QStringLiteral("cli")));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--theme") && r.err.contains("sepia"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
