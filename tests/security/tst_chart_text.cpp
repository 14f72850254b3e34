// Hub text in charts (issue 12 item 1): Qt Charts draws titles, legend labels and axis labels as
// HTML, so a pipeline tag or repo name holding markup was drawn bold, as a link, or — with
// <img src=FILE> — made the chart open and draw a local file. Every chart kind is built here
// through ChartBuilder (as the Charts view and the PNG export do) with hostile names, and what
// Qt Charts draws is read back: the literal text, no formatting, and the file never opened.
#include "FileOpenWatch.h"

#include "charts/ChartAxes.h"
#include "charts/ChartBuilder.h"
#include "charts/ChartCrosshair.h"
#include "charts/ChartExporter.h"
#include "charts/ChartText.h"
#include "charts/HistoryChartView.h"
#include "report/SeriesNames.h"

#include <QAbstractTextDocumentLayout>
#include <QCategoryAxis>
#include <QChart>
#include <QDirIterator>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace hubwatch;
using namespace hubwatch::test;

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000LL;
const qint64 kStart = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

// What Qt Charts draws for a text it holds: it sets it with QGraphicsTextItem::setHtml.
QString drawnFrom(const QString &held)
{
    QTextDocument d;
    d.setHtml(held);
    return d.toPlainText();
}

// Formatting that markup in a drawn text would have produced: bold, a link, an image, a colour.
QStringList interpretedIn(const QTextDocument *d)
{
    QStringList found;
    for (QTextBlock b = d->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat())
                found << QStringLiteral("image in \"%1\"").arg(d->toPlainText());
            if (f.isAnchor())
                found << QStringLiteral("link in \"%1\"").arg(d->toPlainText());
            if (f.hasProperty(QTextFormat::FontWeight) || f.hasProperty(QTextFormat::ForegroundBrush))
                found << QStringLiteral("styled text in \"%1\"").arg(d->toPlainText());
        }
    return found;
}

// Every text item the chart shows (title, legend labels, axis labels).
QList<QGraphicsTextItem *> shownTexts(QChart *chart)
{
    QList<QGraphicsTextItem *> out;
    const auto items = chart->scene()->items();
    for (QGraphicsItem *i : items)
        if (i->type() == QGraphicsTextItem::Type && i->isVisible())
            out << static_cast<QGraphicsTextItem *>(i);
    return out;
}

// The legend names a series as people say it ("model org/name"); a category by its label.
QString shownName(ChartKind kind, const QString &key)
{
    return kind == ChartKind::HotCategories ? key : SeriesNames::display(key);
}

QString describe(const QStringList &texts)
{
    QStringList quoted;
    for (const QString &t : texts)
        quoted << QLatin1Char('"') + t + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}
} // namespace

class TestChartText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void markupDrawsTheLiteralText_data();
    void markupDrawsTheLiteralText();
    void everyChartKindDrawsHostileNamesLiterally_data();
    void everyChartKindDrawsHostileNamesLiterally();
    void axisLabelsAreDrawnLiterally();
    void noFileNamedByAnImgTagIsOpened();
    void onlyChartTextHandsTextToQtCharts();

private:
    ChartData data(ChartKind kind) const;
    QTemporaryDir m_dir;
    QString m_canary;
    QStringList m_hostile;
};

void TestChartText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A real image: loaded, it would be drawn (a red square in the legend), not just looked for.
    m_canary = m_dir.filePath(QStringLiteral("canary.png"));
    QImage red(16, 16, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(m_canary));
    m_hostile = {QStringLiteral("<b>x</b>"),
                 QStringLiteral("<a href=\"http://e\">y</a>"),
                 QStringLiteral("<img src=\"%1\">").arg(m_canary),
                 QStringLiteral("&amp;"),
                 QStringLiteral("<script>alert(1)</script>"),
                 QStringLiteral("model:org/<font color=red>a  &  b</font>")};
    // The detector sees interpreted markup when there is some: its silence below means something.
    QTextDocument rich;
    rich.setHtml(m_hostile.mid(0, 3).join(QString()) + m_hostile.last());
    const QString found = interpretedIn(&rich).join(QLatin1Char('\n'));
    for (const char *what : {"image", "link", "styled"})
        QVERIFY2(found.contains(QLatin1String(what)), qPrintable(found));
}

void TestChartText::markupDrawsTheLiteralText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain repo id") << QStringLiteral("model:org/name-1.5_b");
    QTest::newRow("bold") << QStringLiteral("<b>x</b>");
    QTest::newRow("entity") << QStringLiteral("&amp;");
    QTest::newRow("bare ampersand") << QStringLiteral("a & b");
    QTest::newRow("quotes") << QStringLiteral("\"q\" 'a'");
    QTest::newRow("space runs") << QStringLiteral("  a   b  ");
    QTest::newRow("comment") << QStringLiteral("<!-- x -->y");
    QTest::newRow("non-ASCII") << QString::fromUtf8("文本生成 · Größe");
}

void TestChartText::markupDrawsTheLiteralText()
{
    QFETCH(QString, text);
    QCOMPARE(drawnFrom(ChartText::markup(text)), text);
    // Text without markup characters or space runs is handed over as it is: no double escaping.
    if (!text.contains(QRegularExpression(QStringLiteral("[<>&\"]|  |^ | $"))))
        QCOMPARE(ChartText::markup(text), text);
}

void TestChartText::everyChartKindDrawsHostileNamesLiterally_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("cumulative") << int(ChartKind::Cumulative);
    QTest::newRow("daily") << int(ChartKind::Daily);
    QTest::newRow("weekly") << int(ChartKind::Weekly);
    QTest::newRow("monthly") << int(ChartKind::Monthly);
    QTest::newRow("velocity") << int(ChartKind::Velocity);
    QTest::newRow("hot categories") << int(ChartKind::HotCategories);
}

// The hostile texts as series keys (repo ids, pipeline tags) and scopes, plus one plain repo id.
ChartData TestChartText::data(ChartKind kind) const
{
    ChartData d;
    d.request.kind = kind;
    QStringList keys = m_hostile;
    keys << QStringLiteral("model:org/plain");
    for (int i = 0; i < keys.size(); ++i) {
        ChartSeriesData s;
        s.key = keys.at(i);
        s.scope = keys.at((i + 1) % keys.size());
        for (int day = 0; day < 70; ++day) {
            const qint64 t = kStart + day * kDayMs;
            s.points.append({t, 1000.0 * (i + 1) + 50.0 * day, false});
            PeriodDownloads p;
            p.start = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            p.end = p.start.addDays(1);
            p.downloads = 100 * (i + 1);
            p.known = true;
            s.periods.append(p);
        }
        if (i == 0) {
            s.annotations.append({s.key, 0, kStart + 3 * kDayMs, kStart + 4 * kDayMs, 10, m_hostile.at(2)});
            s.nextMilestone = 5000;
            s.previousMilestone = 2000;
        }
        d.series.append(s);
    }
    d.asOf = QDateTime::fromMSecsSinceEpoch(kStart + 69 * kDayMs, Qt::UTC);
    return d;
}

void TestChartText::everyChartKindDrawsHostileNamesLiterally()
{
    QFETCH(int, kind);
    const ChartData d = data(ChartKind(kind));
    // The Charts view's canvas, shown and laid out wide enough that no label is elided.
    ChartCanvas canvas;
    canvas.resize(3200, 900);
    ChartStyle style;
    canvas.setHoverPoints(ChartBuilder::build(canvas.chart(), d, style));
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.chart()->layout()->activate();
    QCoreApplication::processEvents();
    (void)canvas.grab();

    // The legend: one visible marker per series, its label drawn as its name, character for
    // character; a plain repo name is held as it is.
    QStringList legend;
    const auto markers = canvas.chart()->legend()->markers();
    for (QLegendMarker *m : markers) {
        if (!m->isVisible())
            continue;
        legend << drawnFrom(m->label());
        if (m->series()->objectName().endsWith(QLatin1String("org/plain")))
            QCOMPARE(m->label(), shownName(ChartKind(kind), QStringLiteral("model:org/plain")));
    }
    for (const ChartSeriesData &s : d.series)
        QVERIFY2(legend.contains(shownName(ChartKind(kind), s.key)),
                 qPrintable(QStringLiteral("%1 not in the legend: %2").arg(s.key, describe(legend))));

    // What is on screen: every hostile key as a text item of its own, none of them formatted.
    QStringList drawn, interpreted;
    for (QGraphicsTextItem *item : shownTexts(canvas.chart())) {
        drawn << item->toPlainText();
        interpreted << interpretedIn(item->document());
        if (item->document()->toHtml().contains(QLatin1String("<img"), Qt::CaseInsensitive))
            interpreted << QStringLiteral("an image in \"%1\"").arg(item->toPlainText());
    }
    for (const QString &h : std::as_const(m_hostile))
        QVERIFY2(drawn.contains(shownName(ChartKind(kind), h)), qPrintable(QStringLiteral("%1 is not drawn: %2").arg(h, describe(drawn))));
    QVERIFY2(drawn.contains(ChartBuilder::title(d)), qPrintable(describe(drawn)));
    QVERIFY2(interpreted.isEmpty(), qPrintable(interpreted.join(QLatin1Char('\n'))));

    // The value box paints plain text: the first series' name as it is, not escaped.
    canvas.setFocus();
    QTest::keyClick(&canvas, Qt::Key_End);
    QVERIFY(canvas.valueBox()->isVisible());
    const QString firstLine = canvas.valueBox()->text().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine == m_hostile.at(0) || firstLine.startsWith(m_hostile.at(0) + QStringLiteral(" · ")), qPrintable(firstLine));

    // The export's caption is painted as plain text: the scope as it is, not escaped.
    if (ChartKind(kind) != ChartKind::HotCategories)
        QVERIFY2(ChartBuilder::scopeText(d).contains(m_hostile.at(0)), qPrintable(ChartBuilder::scopeText(d)));
}

// Axis labels come from ChartAxes (dates, counts, translated formats); whatever they hold is
// drawn as it is, through the same seam.
void TestChartText::axisLabelsAreDrawnLiterally()
{
    ChartCanvas canvas;
    canvas.resize(3200, 900);
    ChartStyle style;
    ChartBuilder::build(canvas.chart(), data(ChartKind::Cumulative), style);
    auto *y = canvas.chart()->findChild<QCategoryAxis *>(QStringLiteral("y"));
    QVERIFY(y);
    QList<ChartAxes::Tick> ticks;
    for (int i = 0; i < m_hostile.size(); ++i)
        ticks.append({y->min() + (y->max() - y->min()) * (i + 1) / (m_hostile.size() + 1), m_hostile.at(i)});
    ChartAxes::apply(y, ticks);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.chart()->layout()->activate();
    QCoreApplication::processEvents();
    (void)canvas.grab();

    QStringList categories;
    const QStringList held = y->categoriesLabels();
    for (const QString &label : held)
        categories << drawnFrom(label);
    QStringList drawn, interpreted;
    for (QGraphicsTextItem *item : shownTexts(canvas.chart())) {
        drawn << item->toPlainText();
        interpreted << interpretedIn(item->document());
    }
    for (const QString &h : std::as_const(m_hostile)) {
        QVERIFY2(categories.contains(h), qPrintable(describe(categories)));
        QVERIFY2(drawn.contains(h), qPrintable(QStringLiteral("%1 is not drawn: %2").arg(h, describe(drawn))));
    }
    QVERIFY2(interpreted.isEmpty(), qPrintable(interpreted.join(QLatin1Char('\n'))));
}

// Rendering every chart kind, in the view and as an export, never opens the file an <img> tag
// names (Qt would load it while measuring the label, before drawing it).
void TestChartText::noFileNamedByAnImgTagIsOpened()
{
    FileOpenWatch watch(m_canary);
    QVERIFY(watch.isValid());
    for (const ChartKind kind :
         {ChartKind::Cumulative, ChartKind::Daily, ChartKind::Weekly, ChartKind::Monthly, ChartKind::Velocity, ChartKind::HotCategories}) {
        const ChartData d = data(kind);
        ChartExporter::Options options;
        options.size = QSize(1600, 900);
        const QImage image = ChartExporter::render(d, options);
        QVERIFY(!image.isNull());
        ChartCanvas canvas;
        canvas.resize(1600, 900);
        ChartStyle style;
        ChartBuilder::build(canvas.chart(), d, style);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        (void)canvas.grab();
        QCOMPARE(watch.takeEvents(), 0);
    }
    // The watch sees an open when there is one: the zero above is not a blind spot.
    QFile probe(m_canary);
    QVERIFY(probe.open(QIODevice::ReadOnly));
    probe.close();
    QVERIFY(watch.takeEvents() > 0);
}

// The seam holds: outside ChartText, no code under ui/ calls a Qt Charts setter that takes text
// drawn as HTML (series names, titles, axis titles and categories).
void TestChartText::onlyChartTextHandsTextToQtCharts()
{
    const QDir ui(QStringLiteral(HUBWATCH_SOURCE_DIR "/ui"));
    QVERIFY(ui.exists());
    // Calls through a pointer or object; QWidget::setWindowTitle and the like do not match.
    static const QRegularExpression setter(
        QStringLiteral("(->|\\.)\\s*(setName|setTitle|setTitleText|setCategories|setLabelFormat|setPointLabelsFormat"
                       "|setLabel|setLabels)\\s*\\("));
    static const QRegularExpression charts(QStringLiteral("#include\\s*<Q(Chart|\\w+Series|\\w+Axis|Legend|BarSet|PieSlice)"));
    // An axis declared, passed or assigned in the file ("QCategoryAxis *axis", "auto *x = new
    // QCategoryAxis", "= qobject_cast<QCategoryAxis *>"): its ->append(label, value) adds a category.
    static const QRegularExpression axisName(
        QStringLiteral("Q(?:Bar)?CategoryAxis\\s*\\*\\s*(\\w+)|(\\w+)\\s*=[^;=]*\\bQ(?:Bar)?CategoryAxis\\b"));
    QStringList offences;
    int scanned = 0;
    QDirIterator it(ui.path(), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).baseName() == QLatin1String("ChartText"))
            continue;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(f.readAll());
        if (!source.contains(charts))
            continue;
        ++scanned;
        QStringList axes;
        for (auto m = axisName.globalMatch(source); m.hasNext();) {
            const QRegularExpressionMatch found = m.next();
            axes << (found.captured(1).isEmpty() ? found.captured(2) : found.captured(1));
        }
        const QStringList lines = source.split(QLatin1Char('\n'));
        for (int n = 0; n < lines.size(); ++n) {
            const QString &line = lines.at(n);
            if (line.trimmed().startsWith(QLatin1String("//")))
                continue;
            bool bad = line.contains(setter);
            for (const QString &a : std::as_const(axes))
                bad = bad || line.contains(QRegularExpression(QStringLiteral("\\b%1\\s*->\\s*(append|insert|replaceLabel)\\s*\\(").arg(a)));
            if (bad)
                offences << QStringLiteral("%1:%2: %3").arg(ui.relativeFilePath(path)).arg(n + 1).arg(line.trimmed());
        }
    }
    QVERIFY2(scanned >= 3, "the Qt Charts sources were not found"); // ChartBuilder, ChartAxes, ChartExporter at least
    QVERIFY2(offences.isEmpty(),
             qPrintable(QStringLiteral("Use ChartText for text handed to Qt Charts:\n") + offences.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestChartText)
#include "tst_chart_text.moc"
