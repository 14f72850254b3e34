// The dashboard as cards (issue 14 item 1): fits an 800 px window in German without clipping,
// fills a wide screen, names an ETA months away in months, follows a dark palette, keeps the
// sparkline's hover value while the pointer rests, and lists alerts with severity and age.
#include "CensusBuilder.h"
#include "DashboardView.h"
#include "ManualClock.h"
#include "Sparkline.h"
#include "dashboard/DashboardCard.h"
#include "dashboard/DashboardText.h"
#include "dashboard/WholeHubCard.h"
#include "report/StatusReport.h"
#include "store/AlertStore.h"
#include "util/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace hubwatch;

class TestDashboardCards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void germanFitsWithoutClipping_data();
    void germanFitsWithoutClipping();
    void wideScreenIsFilled();
    void etaPrecisionFollowsTheHorizon();
    void milestoneCardShowsMonthsAndProgress();
    void germanMilestoneHasOnePeriod();
    void darkPaletteColoursTheCards();
    void sparklineHoverStaysWhileResting();
    void alertsShowSeverityAgeAndOpenTheLog();
    void emptyFiguresAreAMutedWordNotARedaction();
    void wholeHubShowsTheLatestCensus();
    void wholeHubWithoutACensusSaysHowToGetOne();
    void wholeHubPartialCensusIsNotTheFigure();

private:
    static StatusReport report();
    static QList<QPointF> history();
    static QList<AlertRecord> alerts(const QDateTime &now);
    static void fill(DashboardView &view);
};

StatusReport TestDashboardCards::report()
{
    StatusReport r;
    r.headline.pollId = 42;
    r.headline.totalAllTime = 11'498'765'432;
    r.headline.sumDownloads30d = 987'654'321;
    r.headline.scopeDescription = QStringLiteral("top 1,000 models + 1,000 datasets + 12 watched repositories");
    r.headline.at = QDateTime(QDate(2026, 12, 6), QTime(12, 5), Qt::UTC);
    r.growthKnown = true;
    r.growthPerDay = 31'250'000;
    r.growthSpanMs = 7 * Projection::DayMs;
    r.nextMilestone = 20'000'000'000;
    r.projection.status = Projection::Status::Ok;
    r.projection.eta = QDateTime(QDate(2027, 9, 15), QTime(0, 0), Qt::UTC);
    r.projection.etaLow = QDateTime(QDate(2027, 8, 20), QTime(0, 0), Qt::UTC);
    r.projection.etaHigh = QDateTime(QDate(2027, 10, 10), QTime(0, 0), Qt::UTC);
    r.projection.explanation = QStringLiteral("Linear fit over 8 days.");
    r.hot.hasBaseline = true;
    r.hot.totalNow = 45'000'000;
    r.hot.totalWeekAgo = 41'000'000;
    for (const char *tag : {"automatic-speech-recognition", "text-generation", "sentence-similarity", "image-text-to-text"}) {
        CategoryShare c;
        c.tag = c.label = QString::fromLatin1(tag);
        c.shareNow = 23.4;
        c.shareWeekAgo = 17.1;
        c.changePoints = 6.3;
        r.hot.categories << c;
    }
    r.hot.newEntrants = {QStringLiteral("org/a"), QStringLiteral("org/b")};
    r.licences = {120, 40, 30, 10, 200};
    r.formats.inspected = 180;
    r.formats.safetensors = 150;
    r.formats.gguf = 20;
    r.formats.pickleOnly = 10;
    r.census = CensusFigures::from(hwcensus::weeklyCensuses());
    return r;
}

QList<QPointF> TestDashboardCards::history()
{
    const QDateTime start(QDate(2026, 11, 6), QTime(12, 0), Qt::UTC);
    QList<QPointF> points;
    for (int day = 0; day <= 30; ++day)
        points << QPointF(double(start.addDays(day).toMSecsSinceEpoch()), 10.5e9 + day * 33e6);
    return points;
}

QList<AlertRecord> TestDashboardCards::alerts(const QDateTime &now)
{
    AlertRecord milestone;
    milestone.kind = AlertRecord::Kind::Milestone;
    milestone.series = QStringLiteral("headline");
    milestone.threshold = 10'000'000'000;
    milestone.raisedAt = milestone.happenedAt = now.addSecs(-3 * 3600 - 60);
    AlertRecord anomaly;
    anomaly.kind = AlertRecord::Kind::Anomaly;
    anomaly.series = QStringLiteral("model:org/name");
    anomaly.raisedAt = anomaly.happenedAt = now.addDays(-2);
    return {milestone, anomaly};
}

void TestDashboardCards::fill(DashboardView &view)
{
    view.showReport(report());
    view.setHistory(history());
    view.setAlerts(alerts(QDateTime::currentDateTimeUtc()));
}

// Each test starts in English, with its plural catalogue, whichever runs alone or first.
void TestDashboardCards::init()
{
    QVERIFY(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TestDashboardCards::cleanup()
{
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDashboardCards::germanFitsWithoutClipping_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("the view of an 800 px window") << 600; // the navigation list takes the rest
    QTest::newRow("800 px") << 800;
    QTest::newRow("narrow") << 420;
    QTest::newRow("narrower than two cards") << 320;
}

void TestDashboardCards::germanFitsWithoutClipping()
{
    QFETCH(int, width);
    QVERIFY(Translations::install(Translations::localeFor(QStringLiteral("de"))));
    DashboardView view(QStringLiteral("Top 1.000 Modelle"), false);
    fill(view);
    QVERIFY2(view.minimumSizeHint().width() <= 800, qPrintable(QString::number(view.minimumSizeHint().width())));
    view.resize(width, 560);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.headlineText(), QStringLiteral("11,5 Mrd."));
    int checked = 0;
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        ++checked;
        const QString what =
            label->text() + QStringLiteral(": ") + QString::number(label->width()) + QLatin1Char('x') + QString::number(label->height());
        if (label->wordWrap()) {
            QVERIFY2(label->minimumSizeHint().width() <= label->width(), qPrintable(what));       // its longest word fits
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(), qPrintable(what)); // not cut at the bottom
        } else
            QVERIFY2(label->sizeHint().width() <= label->width(), qPrintable(what)); // not cut at the side
        const QRect inView(label->mapTo(&view, QPoint()), label->size());
        QVERIFY2(inView.right() < view.width(), qPrintable(what)); // nothing reaches beyond the view
    }
    QVERIFY(checked >= 10);
}

void TestDashboardCards::wideScreenIsFilled()
{
    DashboardView view(QStringLiteral("top 1,000 models"), false);
    fill(view);
    view.resize(1920, 1080);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.columnCount(), 3);
    int right = 0;
    QList<DashboardCard *> cards = view.findChildren<DashboardCard *>();
    cards.removeIf([](const DashboardCard *c) { return !c->isVisible(); }); // the problem card, absent without a problem
    QCOMPARE(cards.size(), 8);
    for (DashboardCard *card : cards) {
        QVERIFY2(card->width() >= view.width() / 4, qPrintable(card->title() + QString::number(card->width())));
        right = qMax(right, card->mapTo(&view, QPoint(card->width(), 0)).x());
    }
    QVERIFY2(right >= view.width() * 9 / 10, qPrintable(QString::number(right))); // no empty right side
    // No half-empty page: the cards share the height, none much taller than another.
    int bottom = 0, lowest = view.height(), highest = 0;
    for (DashboardCard *card : cards) {
        bottom = qMax(bottom, card->mapTo(&view, QPoint(0, card->height())).y());
        lowest = qMin(lowest, card->height());
        highest = qMax(highest, card->height());
    }
    QVERIFY2(bottom >= view.height() * 9 / 10, qPrintable(QString::number(bottom)));
    QVERIFY2(highest <= 2 * lowest, qPrintable(QStringLiteral("%1 to %2 px").arg(lowest).arg(highest)));
    view.resize(700, 800);
    QCOMPARE(view.columnCount(), 2);
    view.resize(400, 800);
    QCOMPARE(view.columnCount(), 1);
}

void TestDashboardCards::etaPrecisionFollowsTheHorizon()
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    const auto at = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(6, 0), Qt::UTC); };
    // Nine months away: months, not days.
    QCOMPARE(DashboardText::etaInterval(at(2027, 8, 20), at(2027, 10, 10), now, en), QStringLiteral("Aug–Oct 2027"));
    QCOMPARE(DashboardText::etaInterval(at(2027, 12, 20), at(2028, 2, 10), now, en), QStringLiteral("Dec 2027 – Feb 2028"));
    // Days away: to the day.
    QCOMPARE(DashboardText::etaInterval(at(2026, 12, 9), at(2026, 12, 12), now, en), QStringLiteral("12/9/26 – 12/12/26"));
    // Years away: years.
    QCOMPARE(DashboardText::etaInterval(at(2031, 3, 1), at(2034, 7, 1), now, en), QStringLiteral("2031–2034"));
    QCOMPARE(DashboardText::etaInterval(at(2027, 8, 20), QDateTime(), now, en), QStringLiteral("after Aug 2027"));
}

void TestDashboardCards::milestoneCardShowsMonthsAndProgress()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DashboardView view(QStringLiteral("top 1,000 models"), false);
    view.showReport(report());
    QStringList texts;
    for (QLabel *label : view.findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("20B")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("Expected Aug–Oct 2027")), qPrintable(texts.join(QLatin1Char('|'))));
    QProgressBar *bar = nullptr; // the milestone's, not the census's
    for (QProgressBar *b : view.findChildren<QProgressBar *>())
        if (b->accessibleName() == QStringLiteral("Progress from the last milestone to the next"))
            bar = b;
    QVERIFY(bar);
    // 11.5B on the way from 10B to 20B: 15 %.
    QCOMPARE(bar->value(), 149);
    QVERIFY2(bar->text().contains(QLatin1String("10B")), qPrintable(bar->text()));
}

void TestDashboardCards::germanMilestoneHasOnePeriod()
{
    QVERIFY(Translations::install(Translations::localeFor(QStringLiteral("de"))));
    DashboardView view(QStringLiteral("Top 1.000 Modelle"), false);
    StatusReport r = report();
    r.headline.totalAllTime = 1'500'000'000'000;
    r.nextMilestone = 2'000'000'000'000;
    r.projection.status = Projection::Status::TooShort;
    r.projection.explanation = QStringLiteral("Noch zu wenig Verlauf.");
    view.showReport(r);
    QStringList texts;
    for (QLabel *label : view.findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(texts.contains(QStringLiteral("2 Bio.")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("..")), qPrintable(all));
}

void TestDashboardCards::darkPaletteColoursTheCards()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1a, 0x1b, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    DashboardView view(QStringLiteral("top 1,000 models"), false);
    view.setPalette(dark);
    fill(view);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *card = view.findChild<DashboardCard *>();
    QVERIFY(card);
    const QImage image = card->grab().toImage();
    // Inside the frame, below the content: the card's own background.
    const QColor inside = image.pixelColor(image.width() / 2, image.height() - 4);
    QCOMPARE(inside.name(), dark.color(QPalette::Base).name());
    const QImage page = view.grab().toImage();
    QCOMPARE(page.pixelColor(2, page.height() - 2).name(), dark.color(QPalette::Window).name());
}

void TestDashboardCards::sparklineHoverStaysWhileResting()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DashboardView view(QStringLiteral("top 1,000 models"), false);
    fill(view);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *line = view.findChild<Sparkline *>();
    QVERIFY(line);
    QStringList texts;
    for (QLabel *label : view.findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("max 11.5B")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("min 10.5B")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("11/6/26 – 12/6/26")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(line->hoverText().isEmpty());
    const QPointF right(line->width() - 5, line->height() / 2);
    QMouseEvent move(QEvent::MouseMove, right, line->mapToGlobal(right), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(line, &move);
    QCOMPARE(line->hoverText(), QStringLiteral("12/6/26 12:00 PM UTC\n11.5B")); // the last point, nearest the pointer
    QTest::qWait(1500);                                                         // a tool tip would have gone by now
    QCOMPARE(line->hoverText(), QStringLiteral("12/6/26 12:00 PM UTC\n11.5B"));
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(line, &leave);
    QVERIFY(line->hoverText().isEmpty());
}

void TestDashboardCards::alertsShowSeverityAgeAndOpenTheLog()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The desktop's clock, not the wall clock: a day from now, alerts raised then are "3 h ago".
    test::ManualClock clock(QDateTime::currentDateTimeUtc().addDays(1));
    DashboardView view(QStringLiteral("top 1,000 models"), false);
    view.setClock(&clock);
    view.setAlerts(alerts(clock.nowUtc()));
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *list = view.findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().endsWith(QLatin1String("3 h ago")), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(1)->text().endsWith(QLatin1String("2 days ago")), qPrintable(list->item(1)->text()));
    QVERIFY2(list->item(0)->toolTip().contains(QLatin1String(" UTC")), qPrintable(list->item(0)->toolTip()));
    QVERIFY(!list->item(0)->icon().isNull());
    QVERIFY(list->item(0)->icon().cacheKey() != list->item(1)->icon().cacheKey()); // a milestone is not a warning
    QSignalSpy opened(&view, &DashboardView::openView);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("panel:alerts"));
}

// Before the first figure the big labels say "none yet" in the muted colour of the card titles:
// a dash or an ellipsis at 32 bold points looked like a black bar, as if something were hidden.
void TestDashboardCards::emptyFiguresAreAMutedWordNotARedaction()
{
    DashboardView view(QStringLiteral("top 10 models"), false);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.headlineText(), DashboardView::placeholderText());
    int muted = 0;
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (label->text() != DashboardView::placeholderText())
            continue;
        QCOMPARE(label->foregroundRole(), QPalette::PlaceholderText);
        ++muted;
    }
    QCOMPARE(muted, 5); // headline, milestone, velocity, hot categories, licences
    for (const QChar c : DashboardView::placeholderText())
        QVERIFY2(c.isLetter() || c.isSpace(), "a word, not marks that render as blocks");
    // The first figure takes the ordinary text colour.
    fill(view);
    QVERIFY(view.headlineText() != DashboardView::placeholderText());
    for (QLabel *label : view.findChildren<QLabel *>()) {
        QVERIFY2(label->text() != DashboardView::placeholderText(), qPrintable(label->text()));
        if (label->text() == view.headlineText())
            QCOMPARE(label->foregroundRole(), QPalette::Text);
    }
}

void TestDashboardCards::wholeHubShowsTheLatestCensus()
{
    DashboardView view(QStringLiteral("top 1,000 models"), false);
    fill(view);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const WholeHubCard *card = view.wholeHubCard();
    QVERIFY(card->isVisible());
    QCOMPARE(card->title(), QStringLiteral("Whole Hub"));
    QCOMPARE(card->figureText(), QStringLiteral("48.2B"));
    const QString detail = card->detailText();
    for (const QString &part : {QStringLiteral("+160.0M per day"), QStringLiteral("census 12/6/26 04:10 UTC · 3.19M repos"),
                                QStringLiteral("30-day downloads 4.02B"), QStringLiteral("public repositories only")})
        QVERIFY2(detail.contains(part), qPrintable(part + QStringLiteral(" in ") + detail));
    QVERIFY2(card->progressText().startsWith(QStringLiteral("Census under way: 2.08M repos, 2082 pages, about 65%")),
             qPrintable(card->progressText()));
    QVERIFY(card->findChild<QProgressBar *>()->isVisible());
    QCOMPARE(card->findChild<QProgressBar *>()->value(), 652); // 2,081,851 of the last census's 3,191,900 repos
    QVERIFY(card->messageText().isEmpty());
    // Beside the tracked total, in the first row.
    QCOMPARE(card->mapTo(&view, QPoint()).y(), view.findChildren<DashboardCard *>().first()->mapTo(&view, QPoint()).y());
    // Its button opens the Hub-wide chart.
    QSignalSpy opened(&view, &DashboardView::openView);
    auto *button = card->findChild<QPushButton *>(QStringLiteral("wholeHubChartButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("series:hub"));
}

void TestDashboardCards::wholeHubWithoutACensusSaysHowToGetOne()
{
    DashboardView view(QStringLiteral("top 1,000 models"), false);
    StatusReport r = report();
    r.census = CensusFigures{};
    view.showReport(r);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const WholeHubCard *card = view.wholeHubCard();
    QVERIFY(card->isVisible()); // not an empty card: a sentence
    QVERIFY(!card->figureShown());
    QVERIFY(card->figureText().isEmpty());
    QVERIFY2(card->messageText().contains(QStringLiteral("hubwatch census")), qPrintable(card->messageText()));
    QVERIFY(card->messageText().contains(QStringLiteral("daily census")));
    QVERIFY(card->progressText().isEmpty());
    for (const QLabel *label : card->findChildren<QLabel *>())
        if (label->text() == card->messageText())
            QCOMPARE(label->foregroundRole(), QPalette::PlaceholderText); // muted
    QVERIFY(!card->findChild<QPushButton *>(QStringLiteral("wholeHubChartButton"))->isEnabled());
}

void TestDashboardCards::wholeHubPartialCensusIsNotTheFigure()
{
    DashboardView view(QStringLiteral("top 1,000 models"), false);
    StatusReport r = report();
    QList<CensusState> all = hwcensus::weeklyCensuses();
    all[2].status = CensusState::Status::Partial; // stopped after its models
    all[2].finishedAt = all[2].startedAt.addSecs(1800);
    r.census = CensusFigures::from(all);
    view.showReport(r);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const WholeHubCard *card = view.wholeHubCard();
    QCOMPARE(card->figureText(), QStringLiteral("48.2B")); // the last complete census, not the partial one's sum
    QCOMPARE(card->messageText(), QStringLiteral("A later census stopped at 65% of the repos; it is not counted."));
    QVERIFY(card->progressText().isEmpty());
}

QTEST_MAIN(TestDashboardCards)
#include "tst_dashboardcards.moc"
