// Listings against the fake Hub: pagination, counts, expand, parsing and pacing.
#include "HubTestFixture.h"

#include <QJsonObject>
#include <QSet>

using namespace hubwatch;
using namespace hubwatch::test;

class TestHubListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsLinkAcrossPagesToTheRequestedCount_data();
    void followsLinkAcrossPagesToTheRequestedCount();
    void nextPagesAreTheLinkUrlVerbatim();
    void asksOnlyForTheFieldsItKeeps_data();
    void asksOnlyForTheFieldsItKeeps();
    void readsCountsExactlyAsInt64();
    void skipsAndCountsEntriesWithWrongTypes();
    void malformedJsonIsAnErrorWithNoPartialList();
    void linkLoopEnds();
    void failedLaterPageDiscardsEarlierPages();
    void authorListingReturnsEveryRepoOfThatAuthor();
    void invalidAuthorIsRefusedWithoutARequest();
    void acceptsGzip();
    void pacingKeepsRequestsWithinTheQuota();
};

void TestHubListing::followsLinkAcrossPagesToTheRequestedCount_data()
{
    QTest::addColumn<int>("available");
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expectedRepos");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("three pages, all") << 1234 << 1234 << 1234 << 3;
    QTest::newRow("stops after page two") << 1234 << 600 << 600 << 2;
    QTest::newRow("exactly one page") << 1234 << 500 << 500 << 1;
    QTest::newRow("fewer exist than asked") << 700 << 1000 << 700 << 2;
    QTest::newRow("small count, small page") << 50 << 20 << 20 << 1;
}

void TestHubListing::followsLinkAcrossPagesToTheRequestedCount()
{
    QFETCH(int, available);
    QFETCH(int, requested);
    QFETCH(int, expectedRepos);
    QFETCH(int, expectedRequests);
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, available);
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, requested));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.repos.size(), expectedRepos);
    QCOMPARE(f.hub.requestCount(), expectedRequests);
    // Same repos, same order (by downloads), same all-time counts as the server holds.
    const QList<QJsonObject> truth = f.hub.repos(RepoKind::Model);
    QSet<QString> ids;
    for (int i = 0; i < expectedRepos; ++i) {
        const RepoStats &r = result.value.repos.at(i);
        ids.insert(r.id);
        QCOMPARE(r.id, truth.at(i).value(QLatin1String("id")).toString());
        QCOMPARE(r.downloadsAllTime, truth.at(i).value(QLatin1String("downloadsAllTime")).toInteger());
        QCOMPARE(r.downloads30d, truth.at(i).value(QLatin1String("downloads")).toInteger());
    }
    QCOMPARE(ids.size(), expectedRepos);
    QCOMPARE(f.hub.requests().first().query.queryItemValue(QStringLiteral("limit")), QString::number(qMin(requested, 500)));
    QCOMPARE(f.hub.requests().first().query.queryItemValue(QStringLiteral("sort")), QStringLiteral("downloads"));
}

void TestHubListing::nextPagesAreTheLinkUrlVerbatim()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Dataset, 1100);
    QVERIFY(f.list(HubTestFixture::top(RepoKind::Dataset, 1100)).ok());
    const auto requests = f.hub.requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY(!requests.at(0).query.hasQueryItem(QStringLiteral("cursor")));
    for (int i = 1; i < requests.size(); ++i) {
        QVERIFY(requests.at(i).query.hasQueryItem(QStringLiteral("cursor")));
        // The fake Hub's Link repeats the first query plus a cursor; the client adds nothing.
        QCOMPARE(requests.at(i).query.allQueryItemValues(QStringLiteral("expand[]")),
                 requests.at(0).query.allQueryItemValues(QStringLiteral("expand[]")));
    }
}

void TestHubListing::asksOnlyForTheFieldsItKeeps_data()
{
    QTest::addColumn<RepoKind>("kind");
    QTest::newRow("models") << RepoKind::Model;
    QTest::newRow("datasets") << RepoKind::Dataset;
}

void TestHubListing::asksOnlyForTheFieldsItKeeps()
{
    QFETCH(RepoKind, kind);
    HubTestFixture f;
    f.hub.generateRepos(kind, 30);
    const auto result = f.list(HubTestFixture::top(kind, 30));
    // The fake Hub answers 400 to an expand the kind does not have, so ok() proves validity.
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    const QStringList asked = f.hub.requests().first().query.allQueryItemValues(QStringLiteral("expand[]"));
    QCOMPARE(asked, RepoQuery::defaultExpand(kind));
    for (const char *field : {"downloads", "downloadsAllTime", "likes", "tags", "createdAt", "gated"})
        QVERIFY2(asked.contains(QLatin1String(field)), field);
    QCOMPARE(asked.contains(QStringLiteral("pipeline_tag")), kind == RepoKind::Model);
    const RepoStats &first = result.value.repos.first();
    QVERIFY(first.downloadsAllTime >= first.downloads30d);
    QVERIFY(first.createdAt.isValid());
    QVERIFY(!first.tags.isEmpty());
    if (kind == RepoKind::Model)
        QVERIFY(!first.pipelineTag.isEmpty());
}

void TestHubListing::readsCountsExactlyAsInt64()
{
    HubTestFixture f;
    // 2^53 + 1 cannot survive a trip through double.
    f.hub.addRepo(RepoKind::Model,
                  QJsonObject{{QStringLiteral("_id"), QStringLiteral("1")},
                              {QStringLiteral("id"), QStringLiteral("big/one")},
                              {QStringLiteral("downloads"), qint64(9007199254740993LL)},
                              {QStringLiteral("downloadsAllTime"), qint64(9007199254740993LL)},
                              {QStringLiteral("likes"), 1}});
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 10));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.repos.size(), 1);
    QCOMPARE(result.value.repos.first().downloadsAllTime, Q_INT64_C(9007199254740993));
}

void TestHubListing::skipsAndCountsEntriesWithWrongTypes()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 40);
    f.hub.pushFault(FakeHub::Fault::WrongTypes);
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 40));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.skipped, 3);
    QCOMPARE(result.value.repos.size() + result.value.skipped, 40);
}

void TestHubListing::malformedJsonIsAnErrorWithNoPartialList()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 20);
    f.hub.pushFault(FakeHub::Fault::MalformedJson);
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 20));
    QCOMPARE(result.error.kind(), HubError::Kind::Malformed);
    QVERIFY2(result.error.detail().contains(QLatin1String("byte")), qPrintable(result.error.detail()));
    QVERIFY(result.value.repos.isEmpty());
    QCOMPARE(f.hub.requestCount(), 1); // a broken body is not retried
}

void TestHubListing::linkLoopEnds()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 1200);
    f.hub.pushFault(FakeHub::Fault::LinkLoop); // page one's Link points at page one
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 1200));
    QCOMPARE(result.error.kind(), HubError::Kind::Malformed);
    QVERIFY2(result.error.detail().contains(QLatin1String("loop")), qPrintable(result.error.detail()));
    QVERIFY(result.value.repos.isEmpty());
    QCOMPARE(f.hub.requestCount(), 1);
}

void TestHubListing::failedLaterPageDiscardsEarlierPages()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 1200);
    f.config.maxRetries = 0;
    f.hub.pushFault(FakeHub::Fault::WrongTypes); // page one: served (with three bad entries)
    f.hub.pushFault(FakeHub::Fault::Status500);  // page two: fails, and retries are off
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 1200));
    QCOMPARE(result.error.kind(), HubError::Kind::Server);
    QCOMPARE(result.error.httpStatus(), 500);
    QVERIFY(result.value.repos.isEmpty());
    QCOMPARE(result.value.skipped, 0);
    QCOMPARE(f.hub.requestCount(), 2);
}

void TestHubListing::authorListingReturnsEveryRepoOfThatAuthor()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 1500);
    int expected = 0;
    QString author;
    for (const QJsonObject &o : f.hub.repos(RepoKind::Model)) {
        const QString id = o.value(QLatin1String("id")).toString();
        if (author.isEmpty())
            author = id.section(QLatin1Char('/'), 0, 0);
        if (id.startsWith(author + QLatin1Char('/')))
            ++expected;
    }
    QVERIFY(expected > 0);
    RepoQuery q;
    q.kind = RepoKind::Model;
    q.author = author;
    const auto result = f.list(q);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.repos.size(), expected);
    for (const RepoStats &r : result.value.repos)
        QVERIFY(r.id.startsWith(author + QLatin1Char('/')));
    QCOMPARE(f.hub.requests().first().query.queryItemValue(QStringLiteral("author")), author);
}

void TestHubListing::invalidAuthorIsRefusedWithoutARequest()
{
    HubTestFixture f;
    RepoQuery q;
    q.author = QStringLiteral("../../etc?x=1");
    const auto result = f.list(q);
    QCOMPARE(result.error.kind(), HubError::Kind::InvalidRequest);
    QCOMPARE(f.hub.requestCount(), 0);
}

void TestHubListing::acceptsGzip()
{
    HubTestFixture f;
    f.hub.setGzip(true);
    f.hub.generateRepos(RepoKind::Model, 300);
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 300));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.repos.size(), 300);
    QVERIFY(f.hub.requests().first().headers.value("accept-encoding").contains("gzip"));
}

void TestHubListing::pacingKeepsRequestsWithinTheQuota()
{
    HubTestFixture f;
    f.hub.setRateLimit(20, 300);
    f.hub.generateRepos(RepoKind::Model, 3000);
    f.config.pageSize = 50; // 60 pages against a quota of 20 per window
    const QDateTime start = f.clock.nowUtc();
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 3000));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.repos.size(), 3000);
    // Any 429 would have cost an extra request: exactly one request per page means none.
    QCOMPARE(f.hub.requestCount(), 60);
    // No fixed window saw more than the quota.
    QHash<qint64, int> perWindow;
    for (const auto &r : f.hub.requests())
        ++perWindow[r.at.toSecsSinceEpoch() / 300];
    for (auto it = perWindow.cbegin(); it != perWindow.cend(); ++it)
        QVERIFY2(it.value() <= 20, qPrintable(QStringLiteral("window %1 saw %2").arg(it.key()).arg(it.value())));
    QVERIFY(start.secsTo(f.clock.nowUtc()) >= 2 * 300); // it really waited (in virtual time)
}

QTEST_GUILESS_MAIN(TestHubListing)
#include "tst_hublisting.moc"
