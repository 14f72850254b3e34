// The guidance panel: every card has text, live cards show the report's figures, actions open
// the right view, and the checklist remembers its ticks.
#include "CensusBuilder.h"
#include "guidance/GuidanceCatalog.h"
#include "guidance/GuidanceView.h"

#include "analysis/MilestoneLadder.h"
#include "report/StatusReport.h"
#include "settings/Settings.h"

#include "TestOutput.h"

#include <QCheckBox>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;

class TestGuidance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyCardHasText();
    void everySectionHasCards();
    void noReportShowsNoDataYet();
    void liveCardsShowTheReportsFigures();
    void wholeHubCardsReadTheCensus();
    void emptyAnalysesSayWhy();
    void actionsOpenTheirView();
    void checklistTicksPersist();
    void followsADarkPalette();
    void screenshot();

private:
    std::unique_ptr<Settings> makeSettings() const;
    static StatusReport knownReport();
    QTemporaryDir m_dir;
};

void TestGuidance::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Settings> TestGuidance::makeSettings() const
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
}

StatusReport TestGuidance::knownReport()
{
    StatusReport r;
    r.headline.pollId = 42;
    r.headline.at = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    r.headline.scopeDescription = QStringLiteral("top 1,000 models + 1,000 datasets");
    r.headline.totalAllTime = 933'000'000;
    r.headline.sumDownloads30d = 120'400'000;
    r.headline.reposCovered = 2000;
    r.growthKnown = true;
    r.growthPerDay = 1'250'000;
    r.nextMilestone = 1'000'000'000;
    r.projection.status = Projection::Status::Ok;
    r.projection.eta = QDateTime(QDate(2027, 1, 20), QTime(0, 0), Qt::UTC);
    r.projection.etaLow = QDateTime(QDate(2027, 1, 10), QTime(0, 0), Qt::UTC);
    r.projection.etaHigh = QDateTime(QDate(2027, 2, 1), QTime(0, 0), Qt::UTC);
    CategoryShare text;
    text.tag = text.label = QStringLiteral("text-generation");
    text.shareNow = 41.25;
    text.shareWeekAgo = 35.0;
    text.changePoints = 6.25;
    CategoryShare asr;
    asr.tag = asr.label = QStringLiteral("automatic-speech-recognition");
    asr.shareNow = 12.0;
    asr.shareWeekAgo = 14.0;
    asr.changePoints = -2.0;
    r.hot.categories = {text, asr};
    r.hot.newEntrants = {QStringLiteral("org/a"), QStringLiteral("org/b"), QStringLiteral("org/c")};
    r.hot.hasBaseline = true;
    r.licences.permissive = 27;
    r.licences.restricted = 5;
    r.licences.other = 3;
    r.licences.unknown = 2;
    r.licences.total = 37;
    r.formats.inspected = 50;
    r.formats.safetensors = 30;
    r.formats.gguf = 4;
    r.formats.pickleOnly = 17;
    r.formats.gated = 6;
    return r;
}

void TestGuidance::everyCardHasText()
{
    const QList<GuidanceCard> cards = GuidanceCatalog::cards();
    QVERIFY(cards.size() >= 20);
    QSet<QString> ids;
    for (const GuidanceCard &c : cards) {
        QVERIFY2(!c.id.isEmpty(), qPrintable(c.title));
        QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
        ids.insert(c.id);
        QVERIFY2(!c.title.trimmed().isEmpty(), qPrintable(c.id));
        QVERIFY2(c.body.trimmed().size() > 20, qPrintable(c.id));
        QCOMPARE(c.view.isEmpty(), c.actionText.isEmpty());
        QCOMPARE(c.checkable, c.section == GuidanceCard::Section::Actions);
    }
    // Ids are persisted (checklist ticks): these must never change.
    for (const char *id : {"pro-scale", "watch-velocity", "watch-milestones", "do-check-licences", "do-weights-policy", "method-scope",
                           "method-model-downloads", "method-dataset-downloads", "method-history"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);

    // The view shows the same texts.
    auto settings = makeSettings();
    GuidanceView view(*settings);
    QCOMPARE(view.cardIds().size(), cards.size());
    for (const GuidanceCard &c : cards) {
        QCOMPARE(view.cardTitle(c.id), c.title);
        QCOMPARE(view.cardBody(c.id), c.body);
        if (!c.view.isEmpty())
            QCOMPARE(view.cardAction(c.id)->text(), c.actionText);
    }

    // The methodology says what is counted and what cannot be seen.
    const QString method = view.cardBody(QStringLiteral("method-scope")) + view.cardBody(QStringLiteral("method-model-downloads"))
        + view.cardBody(QStringLiteral("method-dataset-downloads")) + view.cardBody(QStringLiteral("method-history"))
        + view.cardBody(QStringLiteral("method-windows"));
    for (const char *needle : {"no total", "config.json", "GGUF", "CI", "five minutes", "no history", "30 days"})
        QVERIFY2(method.contains(QString::fromLatin1(needle)), needle);
}

void TestGuidance::everySectionHasCards()
{
    const QList<GuidanceCard> cards = GuidanceCatalog::cards();
    for (GuidanceCard::Section s : GuidanceCatalog::sections()) {
        QVERIFY(!GuidanceCatalog::sectionTitle(s).isEmpty());
        QVERIFY(!GuidanceCatalog::sectionIntro(s).isEmpty());
        QVERIFY(std::any_of(cards.begin(), cards.end(), [s](const GuidanceCard &c) { return c.section == s; }));
    }
}

void TestGuidance::noReportShowsNoDataYet()
{
    auto settings = makeSettings();
    GuidanceView view(*settings);
    view.setReport(StatusReport{});
    int live = 0;
    for (const GuidanceCard &c : GuidanceCatalog::cards()) {
        if (c.live == GuidanceCard::Live::None) {
            QVERIFY(view.cardLiveText(c.id).isEmpty());
            continue;
        }
        ++live;
        QVERIFY2(view.cardLiveText(c.id).contains(QStringLiteral("No data yet")), qPrintable(c.id));
    }
    QVERIFY(live >= 6);
}

void TestGuidance::liveCardsShowTheReportsFigures()
{
    auto settings = makeSettings();
    GuidanceView view(*settings);
    view.setReport(knownReport());

    const QString scale = view.cardLiveText(QStringLiteral("pro-scale"));
    QVERIFY2(scale.contains(QStringLiteral("933.0M")), qPrintable(scale));
    QVERIFY2(scale.contains(QStringLiteral("+1.25M per day")), qPrintable(scale));
    QVERIFY2(scale.contains(QStringLiteral("top 1,000 models + 1,000 datasets")), qPrintable(scale));

    const QString velocity = view.cardLiveText(QStringLiteral("watch-velocity"));
    QVERIFY2(velocity.contains(QStringLiteral("top-50 download velocity")), qPrintable(velocity));
    QVERIFY2(velocity.contains(QStringLiteral("text-generation 41.3% (+6.3 pts")), qPrintable(velocity));
    QVERIFY2(velocity.contains(QStringLiteral("(-2.0 pts")), qPrintable(velocity));
    QVERIFY2(velocity.contains(QStringLiteral("3 new in the top 50")), qPrintable(velocity));

    const QString licences = view.cardLiveText(QStringLiteral("do-check-licences"));
    QVERIFY2(licences.contains(QStringLiteral("27 permissive")), qPrintable(licences));
    QVERIFY2(licences.contains(QStringLiteral("5 restricted")), qPrintable(licences));
    QVERIFY2(licences.contains(QStringLiteral("of 37 repos")), qPrintable(licences));

    const QString pickle = view.cardLiveText(QStringLiteral("do-weights-policy"));
    QVERIFY2(pickle.contains(QStringLiteral("17 pickle-only of 50")), qPrintable(pickle));
    QCOMPARE(view.cardLiveText(QStringLiteral("con-supply-chain")), pickle);

    const QString milestone = view.cardLiveText(QStringLiteral("watch-milestones"));
    const QString label = MilestoneLadder::label(1'000'000'000, QLocale());
    QVERIFY2(milestone.contains(QStringLiteral("Next milestone %1").arg(label)), qPrintable(milestone));
    QVERIFY2(milestone.contains(QLocale().toString(QDate(2027, 1, 20), QLocale::ShortFormat)), qPrintable(milestone));

    const QString window = view.cardLiveText(QStringLiteral("method-windows"));
    QVERIFY2(window.contains(QStringLiteral("120.4M in the last 30 days")), qPrintable(window));
    QVERIFY2(window.contains(QStringLiteral("933.0M all time")), qPrintable(window));

    const QString scope = view.cardLiveText(QStringLiteral("method-scope"));
    QVERIFY2(scope.contains(QStringLiteral("2000 repos covered")) || scope.contains(QStringLiteral("2,000 repos")), qPrintable(scope));

    // Back to no data: the figures go away.
    view.setReport(StatusReport{});
    QVERIFY(!view.cardLiveText(QStringLiteral("pro-scale")).contains(QStringLiteral("933.0M")));
}

// The cards that speak of the whole Hub: the tracked sum and where a census comes from without
// one; the census's figure when there is one.
void TestGuidance::wholeHubCardsReadTheCensus()
{
    auto settings = makeSettings();
    GuidanceView view(*settings);
    view.setReport(knownReport());
    QString scale = view.cardLiveText(QStringLiteral("pro-scale"));
    QVERIFY2(scale.contains(QStringLiteral("933.0M downloads all time")), qPrintable(scale));
    QVERIFY2(scale.contains(QStringLiteral("(not the whole Hub)")), qPrintable(scale));
    QVERIFY2(scale.contains(QStringLiteral("A census (hubwatch census")), qPrintable(scale));
    QString scope = view.cardLiveText(QStringLiteral("method-scope"));
    QVERIFY2(scope.contains(QStringLiteral("gives the whole Hub's figure")), qPrintable(scope));

    StatusReport withCensus = knownReport();
    withCensus.census = CensusFigures::from(hwcensus::weeklyCensuses());
    view.setReport(withCensus);
    scale = view.cardLiveText(QStringLiteral("pro-scale"));
    QVERIFY2(scale.contains(QStringLiteral("48.2B downloads all time across the whole Hub, +160.0M per day")), qPrintable(scale));
    QVERIFY2(scale.contains(QStringLiteral("from the census of 12/6/26 4:10 AM UTC (public repositories only)")), qPrintable(scale));
    QVERIFY2(!scale.contains(QStringLiteral("933.0M")), qPrintable(scale)); // not the tracked sum as if it were the Hub's
    scope = view.cardLiveText(QStringLiteral("method-scope"));
    QVERIFY2(scope.contains(QStringLiteral("2,000 repos covered")) || scope.contains(QStringLiteral("2000 repos covered")),
             qPrintable(scope));
    QVERIFY2(scope.contains(QStringLiteral("Whole Hub: 48.2B downloads over 3.19M repos")), qPrintable(scope));
}

void TestGuidance::emptyAnalysesSayWhy()
{
    auto settings = makeSettings();
    GuidanceView view(*settings);
    StatusReport r;
    r.headline.pollId = 1;
    r.headline.totalAllTime = 5000;
    r.projection.status = Projection::Status::TooShort;
    r.projection.explanation = QStringLiteral("Not enough history yet.");
    r.nextMilestone = 10000;
    view.setReport(r);
    QVERIFY(view.cardLiveText(QStringLiteral("do-check-licences")).contains(QStringLiteral("No licences inspected")));
    QVERIFY(view.cardLiveText(QStringLiteral("do-weights-policy")).contains(QStringLiteral("No weight files")));
    QVERIFY(view.cardLiveText(QStringLiteral("watch-velocity")).contains(QStringLiteral("No download velocity")));
    QVERIFY(view.cardLiveText(QStringLiteral("watch-milestones")).contains(QStringLiteral("Not enough history yet.")));
    QVERIFY(view.cardLiveText(QStringLiteral("pro-scale")).contains(QStringLiteral("growth not known yet")));
}

void TestGuidance::actionsOpenTheirView()
{
    auto settings = makeSettings();
    GuidanceView view(*settings);
    QSignalSpy spy(&view, &GuidanceView::openView);
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("pro-scale"), QStringLiteral("chart:cumulative")},
        {QStringLiteral("pro-iteration"), QStringLiteral("chart:velocity")},
        {QStringLiteral("watch-velocity"), QStringLiteral("chart:hot")},
        {QStringLiteral("do-check-licences"), QStringLiteral("panel:licences")},
        {QStringLiteral("watch-milestones"), QStringLiteral("panel:alerts")},
        {QStringLiteral("watch-evaluations"), QStringLiteral("panel:watchlist")},
    };
    for (const auto &[id, name] : expected) {
        QPushButton *button = view.cardAction(id);
        QVERIFY2(button, qPrintable(id));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), name);
    }
    // Every action names one of the known views.
    const QSet<QString> known = {QStringLiteral("chart:cumulative"), QStringLiteral("chart:velocity"), QStringLiteral("chart:hot"),
                                 QStringLiteral("panel:licences"),   QStringLiteral("panel:alerts"),   QStringLiteral("panel:watchlist")};
    for (const GuidanceCard &c : GuidanceCatalog::cards())
        QVERIFY2(c.view.isEmpty() || known.contains(c.view), qPrintable(c.id));
}

void TestGuidance::checklistTicksPersist()
{
    const QString path = m_dir.filePath(QStringLiteral("checklist.ini"));
    {
        Settings settings(std::make_unique<QSettings>(path, QSettings::IniFormat));
        GuidanceView view(settings);
        QVERIFY(!view.cardCheck(QStringLiteral("pro-scale"))); // only the checklist is ticked
        QCheckBox *licences = view.cardCheck(QStringLiteral("do-check-licences"));
        QCheckBox *policy = view.cardCheck(QStringLiteral("do-weights-policy"));
        QVERIFY(licences && policy);
        QVERIFY(!licences->isChecked());
        licences->click();
        policy->click();
        policy->click(); // ticked and unticked again
        QVERIFY(licences->isChecked());
        settings.sync();
    }
    {
        Settings settings(std::make_unique<QSettings>(path, QSettings::IniFormat));
        QCOMPARE(settings.checklistDone(), QSet<QString>{QStringLiteral("do-check-licences")});
        GuidanceView view(settings);
        QVERIFY(view.cardCheck(QStringLiteral("do-check-licences"))->isChecked());
        QVERIFY(!view.cardCheck(QStringLiteral("do-weights-policy"))->isChecked());
    }
}

void TestGuidance::followsADarkPalette()
{
    auto settings = makeSettings();
    GuidanceView view(*settings);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    view.setPalette(dark);
    view.setReport(knownReport());
    view.resize(1024, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.grab().save(test::testOutputPath(QStringLiteral("guidance-dark.png"))));
    QWidget *card = view.findChild<QWidget *>(QStringLiteral("card:pro-scale"));
    QVERIFY(card);
    const QImage image = card->grab().toImage();
    // The card's background is the palette's Base colour, not a hard-coded light one.
    QCOMPARE(image.pixelColor(image.width() / 2, 3).rgb(), QColor(0x2b, 0x2b, 0x2b).rgb());
}

void TestGuidance::screenshot()
{
    auto settings = makeSettings();
    GuidanceView view(*settings);
    view.setReport(knownReport());
    view.resize(1024, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.grab().save(test::testOutputPath(QStringLiteral("guidance.png"))));
    auto *scroll = view.findChild<QScrollArea *>();
    QVERIFY(scroll && scroll->widget());
    QVERIFY(scroll->widget()->grab().save(test::testOutputPath(QStringLiteral("guidance-full.png"))));
    QWidget *first = view.findChild<QWidget *>(QStringLiteral("card:pro-scale"));
    QVERIFY(first->width() > 300); // two columns at 1024 px, not squeezed
}

QTEST_MAIN(TestGuidance)
#include "tst_guidance.moc"
