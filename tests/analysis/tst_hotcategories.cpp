// Known-answer tests for HotCategories: pipeline-tag shares of the top-N download velocity,
// week-on-week change, alerts and new entrants.
#include "analysis/HotCategories.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace hubwatch;

Q_DECLARE_METATYPE(QList<hubwatch::ModelVelocity>)

namespace {

ModelVelocity mv(const char *id, const char *tag, double perDay)
{
    return ModelVelocity{QLatin1String(id), QLatin1String(tag), perDay};
}

const CategoryShare *find(const HotCategoriesResult &r, const QString &tag)
{
    for (const CategoryShare &c : r.categories)
        if (c.tag == tag)
            return &c;
    return nullptr;
}

// n models of one tag, ids "<prefix>-00".. with the given velocity each.
QList<ModelVelocity> many(const char *prefix, const char *tag, int n, double perDay)
{
    QList<ModelVelocity> out;
    for (int i = 0; i < n; ++i)
        out.append({QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(i, 2, 10, QLatin1Char('0')), QLatin1String(tag), perDay});
    return out;
}

double sumNow(const HotCategoriesResult &r)
{
    double s = 0;
    for (const CategoryShare &c : r.categories)
        s += c.shareNow;
    return s;
}

} // namespace

class TestHotCategories : public QObject
{
    Q_OBJECT
private slots:
    void sharesSumTo100_data();
    void sharesSumTo100();
    void alertThreshold_data();
    void alertThreshold();
    void knownShares();
    void newEntrants();
    void climbingIntoTopNIsNew();
    void fewerThanTopN();
    void allZeroVelocity();
    void noBaseline();
    void unknownVelocityExcluded();
    void topN_data();
    void topN();
    void untaggedLabel();
    void categoryLeavingShowsAtZero();
    void sortedByShare();
};

void TestHotCategories::sharesSumTo100_data()
{
    QTest::addColumn<QList<ModelVelocity>>("models");
    QTest::newRow("three tags") << QList<ModelVelocity>{mv("a", "text-generation", 7), mv("b", "text-to-image", 3), mv("c", "", 1)};
    QTest::newRow("awkward thirds") << QList<ModelVelocity>{mv("a", "x", 1), mv("b", "y", 1), mv("c", "z", 1)};
    QList<ModelVelocity> big = many("tg", "text-generation", 40, 1234.5);
    big += many("asr", "automatic-speech-recognition", 30, 77.25);
    big += many("fe", "feature-extraction", 5, 1e7);
    QTest::newRow("75 models, top 50 only") << big;
}

void TestHotCategories::sharesSumTo100()
{
    QFETCH(QList<ModelVelocity>, models);
    const HotCategoriesResult r = HotCategories::compute(models, models);
    QVERIFY(qAbs(sumNow(r) - 100.0) < 1e-9);
    for (const CategoryShare &c : r.categories) {
        QVERIFY(c.shareNow >= 0 && c.shareNow <= 100);
        QCOMPARE(c.changePoints, 0.0); // same list both weeks
        QVERIFY(!c.alert);
    }
}

void TestHotCategories::alertThreshold_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("alert");
    QTest::newRow("5 points: alert") << 5.0 << true;
    QTest::newRow("6 points: exactly on it") << 6.0 << true;
    QTest::newRow("7 points: no alert") << 7.0 << false;
}

void TestHotCategories::alertThreshold()
{
    QFETCH(double, threshold);
    QFETCH(bool, alert);
    // text-to-video goes from 10 % to 16 % of the top velocity.
    const QList<ModelVelocity> before{mv("v", "text-to-video", 10), mv("g", "text-generation", 90)};
    const QList<ModelVelocity> now{mv("v", "text-to-video", 16), mv("g", "text-generation", 84)};
    const HotCategoriesResult r = HotCategories::compute(now, before, 50, threshold);
    const CategoryShare *video = find(r, QStringLiteral("text-to-video"));
    QVERIFY(video);
    QCOMPARE(video->shareWeekAgo, 10.0);
    QCOMPARE(video->shareNow, 16.0);
    QVERIFY(qAbs(video->changePoints - 6.0) < 1e-9);
    QCOMPARE(video->alert, alert);
    const CategoryShare *text = find(r, QStringLiteral("text-generation"));
    QVERIFY(text);
    QVERIFY(!text->alert); // it lost 6 points: a fall never alerts
}

void TestHotCategories::knownShares()
{
    // Shares are of velocity, not of model count: one fast model outweighs three slow ones.
    const QList<ModelVelocity> now{mv("a", "text-to-image", 600), mv("b", "text-generation", 100), mv("c", "text-generation", 100),
                                   mv("d", "text-generation", 200)};
    const HotCategoriesResult r = HotCategories::compute(now, now);
    QCOMPARE(r.totalNow, 1000.0);
    QCOMPARE(find(r, QStringLiteral("text-to-image"))->shareNow, 60.0);
    QCOMPARE(find(r, QStringLiteral("text-generation"))->shareNow, 40.0);
}

void TestHotCategories::newEntrants()
{
    const QList<ModelVelocity> before{mv("org/a", "x", 30), mv("org/b", "x", 20), mv("org/c", "y", 10)};
    const QList<ModelVelocity> now{mv("org/d", "z", 50), mv("org/a", "x", 30), mv("org/e", "z", 5), mv("org/b", "x", 20)};
    const HotCategoriesResult r = HotCategories::compute(now, before);
    QVERIFY(r.hasBaseline);
    QCOMPARE(r.newEntrants, (QStringList{QStringLiteral("org/d"), QStringLiteral("org/e")})); // by rank today
}

void TestHotCategories::climbingIntoTopNIsNew()
{
    // "c" was listed a week ago but outside the top 2: it is new to the top 2.
    const QList<ModelVelocity> before{mv("a", "x", 30), mv("b", "x", 20), mv("c", "y", 10)};
    const QList<ModelVelocity> now{mv("c", "y", 40), mv("a", "x", 30), mv("b", "x", 20)};
    const HotCategoriesResult r = HotCategories::compute(now, before, 2);
    QCOMPARE(r.newEntrants, QStringList{QStringLiteral("c")});
    QCOMPARE(r.totalNow, 70.0);     // b is outside today's top 2
    QCOMPARE(r.totalWeekAgo, 50.0); // c was outside last week's
    QCOMPARE(find(r, QStringLiteral("y"))->shareWeekAgo, 0.0);
}

void TestHotCategories::fewerThanTopN()
{
    const QList<ModelVelocity> before{mv("a", "x", 3), mv("b", "y", 1)};
    const QList<ModelVelocity> now{mv("a", "x", 1), mv("b", "y", 3)};
    const HotCategoriesResult r = HotCategories::compute(now, before, 50, 5.0);
    QCOMPARE(r.categories.size(), 2);
    QCOMPARE(r.categories[0].tag, QStringLiteral("y"));
    QCOMPARE(r.categories[0].shareNow, 75.0);
    QCOMPARE(r.categories[0].shareWeekAgo, 25.0);
    QCOMPARE(r.categories[0].changePoints, 50.0);
    QVERIFY(r.categories[0].alert);
    QVERIFY(!r.categories[1].alert);
    QVERIFY(r.newEntrants.isEmpty());
}

void TestHotCategories::allZeroVelocity()
{
    const QList<ModelVelocity> zero{mv("a", "x", 0), mv("b", "y", 0)};
    const QList<ModelVelocity> some{mv("a", "x", 5), mv("b", "y", 5)};
    for (const auto &pair : {std::pair{zero, zero}, std::pair{zero, some}, std::pair{some, zero}}) {
        const HotCategoriesResult r = HotCategories::compute(pair.first, pair.second);
        for (const CategoryShare &c : r.categories) {
            QVERIFY(std::isfinite(c.shareNow));
            QVERIFY(std::isfinite(c.shareWeekAgo));
            QVERIFY(std::isfinite(c.changePoints));
            QVERIFY2(!c.alert, "no alert without velocity in both weeks");
        }
        QCOMPARE(r.categories.size(), 2);
    }
    const HotCategoriesResult r = HotCategories::compute(zero, zero);
    QCOMPARE(r.totalNow, 0.0);
    QCOMPARE(sumNow(r), 0.0);
    QVERIFY(r.hasBaseline); // last week's list exists, its velocities are just zero
    QVERIFY(r.newEntrants.isEmpty());
}

void TestHotCategories::noBaseline()
{
    const QList<ModelVelocity> now{mv("a", "x", 10), mv("b", "y", 20)};
    const HotCategoriesResult r = HotCategories::compute(now, {});
    QVERIFY(!r.hasBaseline);
    QVERIFY(r.newEntrants.isEmpty()); // not "everything is new"
    for (const CategoryShare &c : r.categories)
        QVERIFY(!c.alert);
    QVERIFY(qAbs(sumNow(r) - 100.0) < 1e-9);
    QVERIFY(HotCategories::compute({}, {}).categories.isEmpty());
}

void TestHotCategories::unknownVelocityExcluded()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const QList<ModelVelocity> now{mv("a", "x", 10), mv("neg", "y", -1), mv("nan", "y", nan), mv("inf", "y", inf), mv("", "y", 99)};
    const HotCategoriesResult r = HotCategories::compute(now, now);
    QCOMPARE(r.totalNow, 10.0);
    QCOMPARE(r.categories.size(), 1);
    QCOMPARE(r.categories[0].shareNow, 100.0);
}

void TestHotCategories::topN_data()
{
    QTest::addColumn<QList<ModelVelocity>>("models");
    QTest::addColumn<int>("n");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("by velocity") << QList<ModelVelocity>{mv("a", "", 1), mv("b", "", 3), mv("c", "", 2)} << 2
                                 << QStringList{QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("ties by id") << QList<ModelVelocity>{mv("b", "", 5), mv("c", "", 5), mv("a", "", 5)} << 2
                                << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("duplicate id counted once, fastest") << QList<ModelVelocity>{mv("a", "", 1), mv("b", "", 2), mv("a", "", 9)} << 3
                                                        << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("n = 0") << QList<ModelVelocity>{mv("a", "", 1)} << 0 << QStringList{};
    QTest::newRow("negative n") << QList<ModelVelocity>{mv("a", "", 1)} << -3 << QStringList{};
    QTest::newRow("zero velocity kept") << QList<ModelVelocity>{mv("a", "", 0), mv("b", "", -0.5)} << 5 << QStringList{QStringLiteral("a")};
}

void TestHotCategories::topN()
{
    QFETCH(QList<ModelVelocity>, models);
    QFETCH(int, n);
    QFETCH(QStringList, expected);
    QStringList ids;
    for (const ModelVelocity &m : HotCategories::topN(models, n))
        ids << m.id;
    QCOMPARE(ids, expected);
}

void TestHotCategories::untaggedLabel()
{
    const HotCategoriesResult r = HotCategories::compute({mv("a", "", 1), mv("b", "fill-mask", 1)}, {});
    const CategoryShare *untagged = find(r, QString());
    QVERIFY(untagged);
    QCOMPARE(untagged->label, QStringLiteral("untagged"));
    QCOMPARE(find(r, QStringLiteral("fill-mask"))->label, QStringLiteral("fill-mask"));
}

void TestHotCategories::categoryLeavingShowsAtZero()
{
    const QList<ModelVelocity> before{mv("a", "x", 50), mv("b", "gone", 50)};
    const QList<ModelVelocity> now{mv("a", "x", 50)};
    const HotCategoriesResult r = HotCategories::compute(now, before);
    const CategoryShare *gone = find(r, QStringLiteral("gone"));
    QVERIFY(gone);
    QCOMPARE(gone->shareNow, 0.0);
    QCOMPARE(gone->changePoints, -50.0);
    QCOMPARE(find(r, QStringLiteral("x"))->changePoints, 50.0);
    QVERIFY(find(r, QStringLiteral("x"))->alert);
}

void TestHotCategories::sortedByShare()
{
    const QList<ModelVelocity> now{mv("a", "small", 1), mv("b", "big", 10), mv("c", "mid", 5), mv("d", "tie-b", 2), mv("e", "tie-a", 2)};
    const HotCategoriesResult r = HotCategories::compute(now, now);
    QStringList order;
    for (const CategoryShare &c : r.categories)
        order << c.tag;
    QCOMPARE(order,
             (QStringList{QStringLiteral("big"), QStringLiteral("mid"), QStringLiteral("tie-a"), QStringLiteral("tie-b"),
                          QStringLiteral("small")}));
}

QTEST_GUILESS_MAIN(TestHotCategories)
#include "tst_hotcategories.moc"
