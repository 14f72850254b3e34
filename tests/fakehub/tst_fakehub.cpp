// Self-test of the fake Hub, through a plain QNetworkAccessManager and raw sockets: if these
// pass, the Hub client's tests can trust what the fake serves (and the faults it injects).
#include "FakeHub.h"
#include "ManualClock.h"
#include "TestWait.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using hubwatch::RepoKind;
using hubwatch::test::FakeHub;
using hubwatch::test::ManualClock;
namespace fakehubhttp = hubwatch::test::fakehubhttp;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

struct RawResult
{
    QByteArray data;
    bool closed = false;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// The next-page URL the way @huggingface/hub finds it (utils/parseLinkHeader.ts).
QString nextLink(const QByteArray &link)
{
    static const QRegularExpression re(QStringLiteral("<(https?://[^>]+)>;\\s+rel=\"([^\"]+)\""));
    auto it = re.globalMatch(QString::fromLatin1(link));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2) == QLatin1String("next"))
            return m.captured(1);
    }
    return {};
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class tst_FakeHub : public QObject
{
    Q_OBJECT

private:
    Reply get(const QUrl &url, const Headers &headers = {}, int transferTimeoutMs = 5000, QNetworkAccessManager *nam = nullptr);
    Reply get(const QString &pathAndQuery, const Headers &headers = {}) { return get(api(pathAndQuery), headers); }
    QUrl api(const QString &pathAndQuery) const { return QUrl(m_hub->url().toString() + pathAndQuery); }
    RawResult raw(const QByteArray &payload, int waitMs = 3000);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<QNetworkAccessManager> m_nam;

private slots:
    void init();
    void cleanup();

    void pagination_data();
    void pagination();
    void expandFiltering_data();
    void expandFiltering();
    void defaultShape_data();
    void defaultShape();
    void badRequests_data();
    void badRequests();
    void spacesListing();
    void sortAndFilter_data();
    void sortAndFilter();
    void singleRepo();
    void missingRepo_data();
    void missingRepo();
    void renamedAndOtherCaseIdsRedirect();
    void tokens();
    void rateLimit();
    void gzip_data();
    void gzip();
    void requestLog();
    void lazyCatalogueByCreationWalksToTheEndOnce();
    void lazyCatalogueOtherSortsFiltersAndLookups();

    void statusFaults_data();
    void statusFaults();
    void faultsAreFifo();
    void faultReset();
    void faultStall();
    void faultTruncated();
    void faultMalformedJson();
    void faultOversized_data();
    void faultOversized();
    void faultLinkLoop();
    void faultRedirect();
    void faultWrongTypes();

    void keepAlive();
    void pipeliningAndClose();
    void malformedRequests_data();
    void malformedRequests();
    void absoluteFormThroughProxy();
};

void tst_FakeHub::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_hub = std::make_unique<FakeHub>(m_clock.get());
    QVERIFY(m_hub->listen());
    m_hub->generateRepos(RepoKind::Model, 60, 3);
    m_hub->generateRepos(RepoKind::Dataset, 40, 3);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void tst_FakeHub::cleanup()
{
    m_nam.reset();
    m_hub.reset();
    m_clock.reset();
}

Reply tst_FakeHub::get(const QUrl &url, const Headers &headers, int transferTimeoutMs, QNetworkAccessManager *nam)
{
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply((nam ? nam : m_nam.get())->get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(transferTimeoutMs + 5000))
        hubwatch::test::failTest(QStringLiteral("no reply to %1, not even the transfer timeout").arg(url.toString()));
    Reply r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    if (reply->isOpen())
        r.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &p : pairs)
        r.headers.insert(p.first.toLower(), p.second);
    return r;
}

RawResult tst_FakeHub::raw(const QByteArray &payload, int waitMs)
{
    QTcpSocket socket;
    RawResult result;
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&result] { result.closed = true; });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { result.data += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_hub->port());
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::ConnectedState && timer.elapsed() < waitMs)
        QTest::qWait(5);
    socket.write(payload);
    while (!result.closed && timer.elapsed() < waitMs)
        QTest::qWait(5);
    return result;
}

void tst_FakeHub::pagination_data()
{
    QTest::addColumn<RepoKind>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit"); // 0: none sent (server default 1000)
    QTest::addColumn<QString>("expandKey");
    QTest::addColumn<int>("pages");

    QTest::newRow("models 1234 by 500") << RepoKind::Model << 1234 << 500 << QString() << 3;
    QTest::newRow("models 1234 by 500, expand") << RepoKind::Model << 1234 << 500 << QStringLiteral("expand") << 3;
    QTest::newRow("datasets 1234 by 500, expand[]") << RepoKind::Dataset << 1234 << 500 << QStringLiteral("expand[]") << 3;
    QTest::newRow("datasets 1001, default limit") << RepoKind::Dataset << 1001 << 0 << QString() << 2;
    QTest::newRow("models 1000 by 500: exact") << RepoKind::Model << 1000 << 500 << QString() << 2;
    QTest::newRow("limit above cap") << RepoKind::Model << 1500 << 5000 << QString() << 2;
    QTest::newRow("models 7, one page") << RepoKind::Model << 7 << 0 << QString() << 1;
    QTest::newRow("no datasets") << RepoKind::Dataset << 0 << 500 << QString() << 1;
}

void tst_FakeHub::pagination()
{
    QFETCH(RepoKind, kind);
    QFETCH(int, count);
    QFETCH(int, limit);
    QFETCH(QString, expandKey);
    QFETCH(int, pages);

    m_hub->clearRepos(kind);
    m_hub->generateRepos(kind, count, 11);
    QString query = QStringLiteral("?sort=downloads");
    if (limit)
        query += QStringLiteral("&limit=%1").arg(limit);
    if (!expandKey.isEmpty())
        query += QStringLiteral("&%1=downloads&%1=downloadsAllTime").arg(expandKey);
    const QString base = m_hub->url().toString() + QStringLiteral("/api/") + hubwatch::apiCollection(kind);
    QUrl url(base + query);

    QStringList ids;
    QList<qint64> downloads;
    int seenPages = 0;
    while (url.isValid() && seenPages < 20) {
        const Reply r = get(url);
        QCOMPARE(r.status, 200);
        ++seenPages;
        const QJsonArray page = r.array();
        QVERIFY(page.size() <= 1000);
        for (const QJsonValue &v : page) {
            ids.append(v[QLatin1String("id")].toString());
            downloads.append(v[QLatin1String("downloads")].toInteger());
            if (!expandKey.isEmpty())
                QVERIFY(v.toObject().contains(QLatin1String("downloadsAllTime")));
        }
        const QString next = nextLink(r.header("link"));
        if (!next.isEmpty()) {
            QVERIFY2(next.startsWith(base + QLatin1Char('?')), qPrintable(next));
            QVERIFY(next.contains(QLatin1String("cursor=")));
            QVERIFY(next.contains(query.mid(1))); // original parameters repeated
        }
        url = next.isEmpty() ? QUrl() : QUrl(next);
    }
    QCOMPARE(seenPages, pages);
    QCOMPARE(ids.size(), count);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), count);
    QSet<QString> catalogue;
    for (const QJsonObject &e : m_hub->repos(kind))
        catalogue.insert(e[QLatin1String("id")].toString());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()), catalogue);
    QVERIFY(std::is_sorted(downloads.begin(), downloads.end(), std::greater<qint64>()));
}

void tst_FakeHub::expandFiltering_data()
{
    QTest::addColumn<RepoKind>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("fields");
    const QStringList modelFields{QStringLiteral("downloadsAllTime"), QStringLiteral("author"),   QStringLiteral("gated"),
                                  QStringLiteral("pipeline_tag"),     QStringLiteral("siblings"), QStringLiteral("safetensors")};
    const QStringList datasetFields{QStringLiteral("downloadsAllTime"), QStringLiteral("description"), QStringLiteral("tags")};
    QTest::newRow("models expand") << RepoKind::Model << QStringLiteral("expand") << modelFields;
    QTest::newRow("models expand[]") << RepoKind::Model << QStringLiteral("expand[]") << modelFields;
    QTest::newRow("models expand%5B%5D") << RepoKind::Model << QStringLiteral("expand%5B%5D") << modelFields;
    QTest::newRow("datasets expand") << RepoKind::Dataset << QStringLiteral("expand") << datasetFields;
    QTest::newRow("datasets expand[]") << RepoKind::Dataset << QStringLiteral("expand[]") << datasetFields;
}

void tst_FakeHub::expandFiltering()
{
    QFETCH(RepoKind, kind);
    QFETCH(QString, key);
    QFETCH(QStringList, fields);
    QString query = QStringLiteral("/api/%1?limit=1000").arg(hubwatch::apiCollection(kind));
    for (const QString &f : std::as_const(fields))
        query += QLatin1Char('&') + key + QLatin1Char('=') + f;
    const Reply r = get(query);
    QCOMPARE(r.status, 200);
    const QJsonArray page = r.array();
    QCOMPARE(page.size(), m_hub->repos(kind).size());
    int missingSomewhere = 0;
    for (const QJsonValue &v : page) {
        const QJsonObject got = v.toObject();
        const QJsonObject full = *std::find_if(m_hub->repos(kind).cbegin(), m_hub->repos(kind).cend(),
                                               [&](const QJsonObject &e) { return e[QLatin1String("id")] == got[QLatin1String("id")]; });
        QStringList want{QStringLiteral("_id"), QStringLiteral("id")};
        for (const QString &f : std::as_const(fields)) {
            if (full.contains(f))
                want.append(f);
            else
                ++missingSomewhere;
        }
        want.sort();
        QCOMPARE(keysOf(got), want);
        for (const QString &k : std::as_const(want))
            QCOMPARE(got[k], full[k]);
    }
    if (kind == RepoKind::Model)
        QVERIFY(missingSomewhere > 0); // optional fields really are omitted, not null
}

void tst_FakeHub::defaultShape_data()
{
    QTest::addColumn<RepoKind>("kind");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("models") << RepoKind::Model
                            << QStringList{QStringLiteral("_id"),           QStringLiteral("id"),           QStringLiteral("likes"),
                                           QStringLiteral("trendingScore"), QStringLiteral("private"),      QStringLiteral("downloads"),
                                           QStringLiteral("tags"),          QStringLiteral("pipeline_tag"), QStringLiteral("library_name"),
                                           QStringLiteral("createdAt"),     QStringLiteral("modelId")};
    QTest::newRow("datasets") << RepoKind::Dataset
                              << QStringList{QStringLiteral("_id"),           QStringLiteral("id"),       QStringLiteral("likes"),
                                             QStringLiteral("trendingScore"), QStringLiteral("private"),  QStringLiteral("downloads"),
                                             QStringLiteral("tags"),          QStringLiteral("createdAt")};
}

void tst_FakeHub::defaultShape()
{
    QFETCH(RepoKind, kind);
    QFETCH(QStringList, fields);
    const Reply r = get(QStringLiteral("/api/") + hubwatch::apiCollection(kind));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("application/json"));
    QVERIFY(r.header("link").isEmpty());
    const QJsonArray page = r.array();
    QCOMPARE(page.size(), m_hub->repos(kind).size());
    for (const QJsonValue &v : page) {
        const QStringList keys = keysOf(v.toObject());
        for (const QString &k : keys)
            QVERIFY2(fields.contains(k), qPrintable(k));
        for (const char *always : {"_id", "id", "downloads", "likes", "tags", "createdAt"})
            QVERIFY(keys.contains(QLatin1String(always)));
        QVERIFY(v[QLatin1String("createdAt")].toString().endsWith(QLatin1String(".000Z")));
    }
}

// Spaces are listed for the census to count: every generated space once, 1,000 a page at most.
void tst_FakeHub::spacesListing()
{
    m_hub->setSpaceCount(2345);
    QSet<QString> ids;
    int pages = 0;
    QUrl url = QUrl(m_hub->url().toString() + QStringLiteral("/api/spaces?limit=5000"));
    while (!url.isEmpty()) {
        const Reply r = get(url);
        QCOMPARE(r.status, 200);
        const QJsonArray page = QJsonDocument::fromJson(r.body).array();
        QVERIFY(page.size() <= 1000);
        for (const QJsonValue &v : page)
            ids.insert(v.toObject().value(QLatin1String("id")).toString());
        ++pages;
        const QString next = nextLink(r.headers.value("link"));
        url = next.isEmpty() ? QUrl() : QUrl(next);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 2345);
    QVERIFY(!ids.contains(QString()));
}

void tst_FakeHub::badRequests_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown expand") << QStringLiteral("/api/models?expand=bogus") << 400;
    QTest::newRow("unknown expand[]") << QStringLiteral("/api/models?expand[]=downloads&expand[]=bogus") << 400;
    QTest::newRow("model-only expand on datasets") << QStringLiteral("/api/datasets?expand=library_name") << 400;
    QTest::newRow("expand + full") << QStringLiteral("/api/models?expand=downloads&full=true") << 400;
    QTest::newRow("expand + cardData") << QStringLiteral("/api/models?expand=downloads&cardData=true") << 400;
    QTest::newRow("expand + config") << QStringLiteral("/api/models?expand=downloads&config=true") << 400;
    QTest::newRow("single repo, unknown expand") << QStringLiteral("/api/models/%1?expand=bogus") << 400;
    QTest::newRow("garbage cursor") << QStringLiteral("/api/models?cursor=not-a-cursor") << 400;
    QTest::newRow("forged cursor") << QStringLiteral("/api/models?cursor=")
            + QString::fromLatin1(QByteArray("{\"c\":\"000000000000\",\"k\":\"models\",\"o\":2}")
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                   << 400;
    QTest::newRow("cursor of the other kind") << QStringLiteral("/api/datasets?cursor=%2") << 400;
    QTest::newRow("bad limit") << QStringLiteral("/api/models?limit=lots") << 400;
    QTest::newRow("zero limit") << QStringLiteral("/api/models?limit=0") << 400;
    QTest::newRow("bad sort") << QStringLiteral("/api/models?sort=bogus") << 400;
    QTest::newRow("bad spaces limit") << QStringLiteral("/api/spaces?limit=0") << 400;
    QTest::newRow("bad spaces cursor") << QStringLiteral("/api/spaces?cursor=bogus") << 400;
    QTest::newRow("unknown route") << QStringLiteral("/nothing/here") << 404;
    QTest::newRow("too many segments") << QStringLiteral("/api/models/a/b/c") << 404;
}

void tst_FakeHub::badRequests()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(int, status);
    if (pathAndQuery.contains(QLatin1String("%1")))
        pathAndQuery = pathAndQuery.arg(m_hub->repos(RepoKind::Model).first()[QLatin1String("id")].toString());
    if (pathAndQuery.contains(QLatin1String("%2"))) {
        // A real models cursor, taken from a models Link header.
        const Reply first = get(QStringLiteral("/api/models?limit=5"));
        const QString cursor = QUrlQuery(QUrl(nextLink(first.header("link")))).queryItemValue(QStringLiteral("cursor"));
        QVERIFY(!cursor.isEmpty());
        QCOMPARE(get(QStringLiteral("/api/models?limit=5&cursor=") + cursor).status, 200);
        pathAndQuery = pathAndQuery.arg(cursor);
    }
    const Reply r = get(pathAndQuery);
    QCOMPARE(r.status, status);
    QVERIFY(r.header("content-type").startsWith("application/json"));
    QVERIFY2(!r.object()[QLatin1String("error")].toString().isEmpty(), r.body.constData());
    QVERIFY(!r.header("ratelimit").isEmpty());
}

void tst_FakeHub::sortAndFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("sortKey");
    QTest::newRow("likes") << QStringLiteral("sort=likes&expand=likes") << QStringLiteral("likes");
    QTest::newRow("trendingScore") << QStringLiteral("sort=trendingScore&expand=trendingScore") << QStringLiteral("trendingScore");
    QTest::newRow("createdAt") << QStringLiteral("sort=createdAt&expand=createdAt") << QStringLiteral("createdAt");
    QTest::newRow("search, case-insensitive") << QStringLiteral("search=MODEL-1") << QString();
    QTest::newRow("search with +") << QStringLiteral("search=model-1+") << QString();
    QTest::newRow("author") << QStringLiteral("author=%1") << QString();
}

void tst_FakeHub::sortAndFilter()
{
    QFETCH(QString, query);
    QFETCH(QString, sortKey);
    const QList<QJsonObject> all = m_hub->repos(RepoKind::Model);
    const QString author = all.first()[QLatin1String("author")].toString();
    query = query.contains(QLatin1String("%1")) ? query.arg(author) : query;
    const Reply r = get(QStringLiteral("/api/models?") + query);
    QCOMPARE(r.status, 200);
    const QJsonArray page = r.array();
    for (qsizetype i = 1; i < page.size() && !sortKey.isEmpty(); ++i) {
        const QJsonValue a = page[i - 1][sortKey], b = page[i][sortKey];
        QVERIFY(a.isString() ? a.toString() >= b.toString() : a.toDouble() >= b.toDouble());
    }
    int expected = 0;
    for (const QJsonObject &e : all) {
        const QString id = e[QLatin1String("id")].toString();
        if (query.startsWith(QLatin1String("search=MODEL-1")))
            expected += id.contains(QLatin1String("model-1"));
        else if (query.startsWith(QLatin1String("search=model-1+")))
            expected += id.contains(QLatin1String("model-1 ")); // '+' is a space: matches nothing
        else if (query.startsWith(QLatin1String("author=")))
            expected += id.startsWith(author + QLatin1Char('/'));
        else
            ++expected;
    }
    QCOMPARE(page.size(), expected);
    QVERIFY(expected > 0 || query.contains(QLatin1Char('+')));
}

void tst_FakeHub::singleRepo()
{
    const QJsonObject full = m_hub->repos(RepoKind::Model).at(3);
    const QString id = full[QLatin1String("id")].toString();
    Reply r = get(QStringLiteral("/api/models/") + id);
    QCOMPARE(r.status, 200);
    QJsonObject unexpanded = full; // all-time downloads come only when asked for, as on the Hub
    unexpanded.remove(QLatin1String("downloadsAllTime"));
    QCOMPARE(r.object(), unexpanded);
    QVERIFY(r.object()[QLatin1String("siblings")].isArray());
    QVERIFY(r.object()[QLatin1String("cardData")].isObject());

    r = get(QStringLiteral("/api/models/%1/revision/main?expand[]=downloads&expand=downloadsAllTime").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(keysOf(r.object()),
             (QStringList{QStringLiteral("_id"), QStringLiteral("downloads"), QStringLiteral("downloadsAllTime"), QStringLiteral("id")}));

    const QJsonObject dataset = m_hub->repos(RepoKind::Dataset).at(0);
    r = get(QStringLiteral("/api/datasets/") + dataset[QLatin1String("id")].toString() + QStringLiteral("?full=true"));
    QCOMPARE(r.object()[QLatin1String("downloads")], dataset[QLatin1String("downloads")]);
    QVERIFY(!r.object().contains(QLatin1String("downloadsAllTime")));

    // Legacy single-segment ids; and an entry beyond 2^53 survives byte-exact.
    const QJsonObject legacy{{QStringLiteral("_id"), QStringLiteral("legacy")},
                             {QStringLiteral("id"), QStringLiteral("gpt2")},
                             {QStringLiteral("downloads"), 10},
                             {QStringLiteral("downloadsAllTime"), qint64(9007199254740993)}};
    m_hub->addRepo(RepoKind::Model, legacy);
    r = get(QStringLiteral("/api/models/gpt2/revision/HEAD?expand=downloadsAllTime"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains("\"downloadsAllTime\":9007199254740993"), r.body.constData());
}

void tst_FakeHub::missingRepo_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("anonymous") << QByteArray() << 401 << QStringLiteral("Invalid username or password.");
    QTest::newRow("with token") << QByteArray("Bearer hf_good") << 404 << QStringLiteral("Repository not found");
}

void tst_FakeHub::missingRepo()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, error);
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    for (const QString &path : {QStringLiteral("/api/models/org0/nope"), QStringLiteral("/api/datasets/nope")}) {
        const Reply r = get(path, headers);
        QCOMPARE(r.status, status);
        QCOMPARE(r.object()[QLatin1String("error")].toString(), error);
        QCOMPARE(r.header("x-error-code"), QByteArray("RepoNotFound"));
        QVERIFY(!r.header("x-error-message").isEmpty());
    }
    // setRepoError overrides, whoever asks and whether or not the repo exists.
    const QString gated = m_hub->repos(RepoKind::Model).at(0)[QLatin1String("id")].toString();
    m_hub->setRepoError(RepoKind::Model, gated, 403, "GatedRepo", QStringLiteral("Access to model is restricted."));
    const Reply r = get(QStringLiteral("/api/models/") + gated, headers);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-error-code"), QByteArray("GatedRepo"));
    QCOMPARE(r.header("x-error-message"), QByteArray("Access to model is restricted."));
    QCOMPARE(r.object()[QLatin1String("error")].toString(), QStringLiteral("Access to model is restricted."));
}

void tst_FakeHub::renamedAndOtherCaseIdsRedirect()
{
    const QString id = m_hub->repos(RepoKind::Model).at(2)[QLatin1String("id")].toString();
    m_hub->addRename(RepoKind::Model, QStringLiteral("Old-Org/old-name"), id);
    m_hub->addRename(RepoKind::Model, QStringLiteral("gpt2"), QStringLiteral("old-org/old-name")); // a chain
    const QByteArray canonical = "/api/models/" + id.toLatin1();
    // The Hub's redirects are relative and drop the query: keeping it is the client's job.
    struct Case
    {
        QString path;
        QByteArray location;
    };
    const QList<Case> cases{
        {QStringLiteral("/api/models/old-org/OLD-NAME?expand[]=downloadsAllTime"), canonical},
        {QStringLiteral("/api/models/gpt2"), canonical},
        {QStringLiteral("/api/models/") + id.toUpper() + QStringLiteral("?expand=likes"), canonical},
        {QStringLiteral("/api/models/old-org/old-name/revision/main"), canonical + "/revision/main"},
    };
    for (const Case &c : cases) {
        const Reply r = get(c.path);
        QCOMPARE(r.status, 307);
        QCOMPARE(r.header("location"), c.location);
    }
    QCOMPARE(get(QString::fromLatin1(canonical)).status, 200);
    // A rename is per kind; an unknown id is still missing.
    QCOMPARE(get(QStringLiteral("/api/datasets/old-org/old-name")).status, 401);
    QCOMPARE(get(QStringLiteral("/api/models/old-org/other")).status, 401);
}

void tst_FakeHub::tokens()
{
    m_hub->setValidTokens({QStringLiteral("hf_good")});
    const Headers good{{"Authorization", "Bearer hf_good"}};
    QCOMPARE(get(QStringLiteral("/api/models?limit=1"), good).status, 200);
    QCOMPARE(get(QStringLiteral("/api/models?limit=1")).status, 200); // anonymous is fine
    for (const QByteArray &bad : {QByteArray("Bearer hf_bad"), QByteArray("Basic dXNlcjpwdw=="), QByteArray("Bearer ")}) {
        const Reply r = get(QStringLiteral("/api/models?limit=1"), {{"Authorization", bad}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object()[QLatin1String("error")].toString(), QStringLiteral("Invalid credentials in Authorization header"));
        QCOMPARE(get(QStringLiteral("/api/models/org0/nope"), {{"Authorization", bad}}).status, 401);
    }
    QCOMPARE(get(QStringLiteral("/api/models/org0/nope"), good).status, 404);
}

void tst_FakeHub::rateLimit()
{
    m_clock->setNow(QDateTime(QDate(2026, 1, 1), QTime(12, 0, 10), Qt::UTC)); // 10 s into a window
    m_hub->setRateLimit(3, 60);
    for (int remaining : {2, 1, 0}) {
        const Reply r = get(QStringLiteral("/api/models?limit=1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ratelimit"), QByteArray("\"api\";r=") + QByteArray::number(remaining) + ";t=50");
        QCOMPARE(r.header("ratelimit-policy"), QByteArray("\"fixed window\";\"api\";q=3;w=60"));
    }
    m_clock->advance(std::chrono::milliseconds(20500));
    Reply r = get(QStringLiteral("/api/models?limit=1"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("retry-after"), QByteArray("30"));
    QCOMPARE(r.header("ratelimit"), QByteArray("\"api\";r=0;t=30"));
    QVERIFY(!r.object()[QLatin1String("error")].toString().isEmpty());

    m_clock->advance(std::chrono::seconds(30)); // the next window starts: quota back
    r = get(QStringLiteral("/api/models?limit=1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("ratelimit"), QByteArray("\"api\";r=2;t=60"));
    QCOMPARE(m_hub->requests().last().at, QDateTime(QDate(2026, 1, 1), QTime(12, 1, 0, 500), Qt::UTC));
}

void tst_FakeHub::gzip_data()
{
    QTest::addColumn<QByteArray>("acceptEncoding"); // empty: let QNAM choose (and decompress)
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("wireGzip");   // Content-Encoding: gzip was sent
    QTest::addColumn<bool>("compressed"); // what the reply body still is
    QTest::newRow("asked, big") << QByteArray("gzip") << true << 50 << true << true;
    QTest::newRow("asked among others") << QByteArray("br;q=1.0, gzip, deflate") << true << 50 << true << true;
    QTest::newRow("refused with q=0") << QByteArray("gzip;q=0") << true << 50 << false << false;
    QTest::newRow("not asked") << QByteArray("identity") << true << 50 << false << false;
    QTest::newRow("switched off") << QByteArray("gzip") << false << 50 << false << false;
    QTest::newRow("small body") << QByteArray("gzip") << true << 1 << false << false;
    // QNAM asks for gzip itself and inflates transparently (the header stays visible).
    QTest::newRow("QNAM default") << QByteArray() << true << 50 << true << false;
}

void tst_FakeHub::gzip()
{
    QFETCH(QByteArray, acceptEncoding);
    QFETCH(bool, enabled);
    QFETCH(int, limit);
    QFETCH(bool, wireGzip);
    QFETCH(bool, compressed);
    m_hub->setGzip(enabled);
    const QString path = QStringLiteral("/api/models?limit=%1").arg(limit);
    Headers headers;
    if (!acceptEncoding.isEmpty())
        headers.append({"Accept-Encoding", acceptEncoding});
    const Reply r = get(path, headers);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.startsWith("\x1f\x8b"), compressed);
    QCOMPARE(r.header("content-encoding") == "gzip", wireGzip);
    const QByteArray json = compressed ? fakehubhttp::gunzip(r.body) : r.body;
    QCOMPARE(QJsonDocument::fromJson(json).array().size(), limit);
    if (acceptEncoding.isEmpty())
        QVERIFY(m_hub->requests().last().headers.value("accept-encoding").contains("gzip"));
}

void tst_FakeHub::requestLog()
{
    QSignalSpy received(m_hub.get(), &FakeHub::requestReceived);
    get(QStringLiteral("/api/models?limit=2&expand[]=downloads"), {{"Authorization", "Bearer hf_x"}, {"X-Custom", "Yes"}});
    QCOMPARE(received.size(), 1);
    QCOMPARE(m_hub->requestCount(), 1);
    const FakeHub::Request req = m_hub->requests().constFirst();
    QCOMPARE(req.method, QByteArray("GET"));
    QCOMPARE(req.path, QStringLiteral("/api/models"));
    QCOMPARE(req.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
    QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer hf_x"));
    QCOMPARE(req.headers.value("x-custom"), QByteArray("Yes"));
    QCOMPARE(req.at, m_clock->nowUtc());
    m_hub->clearRequests();
    QCOMPARE(m_hub->requestCount(), 0);

    // A fault pushed while a request is being received applies to that request.
    connect(m_hub.get(), &FakeHub::requestReceived, this, [this] {
        if (m_hub->requestCount() == 2)
            m_hub->pushFault(FakeHub::Fault::Status503);
    });
    QCOMPARE(get(QStringLiteral("/api/models?limit=1")).status, 200);
    QCOMPARE(get(QStringLiteral("/api/models?limit=1")).status, 503);
    QCOMPARE(get(QStringLiteral("/api/models?limit=1")).status, 200);
}

void tst_FakeHub::lazyCatalogueByCreationWalksToTheEndOnce()
{
    // The census's walk over a lazily generated catalogue (the benchmark's 2.5 M repos are the
    // same code; 200,000 keep this to a few seconds): by creation, pages of 1000 with only the
    // fields it asks for, each repo exactly once, newest first.
    constexpr qint64 count = 200'000;
    m_hub->generateLazyRepos(RepoKind::Model, count, 5);
    m_hub->setRateLimit(1'000'000, 300);
    const QString base = m_hub->url().toString() + QStringLiteral("/api/models");
    QUrl url(base + QStringLiteral("?sort=createdAt&limit=1000&expand[]=createdAt&expand[]=downloads"));
    std::vector<bool> seen(size_t(count), false);
    qint64 repos = 0;
    int pages = 0;
    QString previousCreated;
    const QRegularExpression idPattern(QStringLiteral("^org\\d+/model-(\\d+)$"));
    while (url.isValid()) {
        const Reply r = get(url);
        QCOMPARE(r.status, 200);
        ++pages;
        const QJsonArray page = r.array();
        QVERIFY(pages * 1000 >= repos + page.size());
        for (const QJsonValue &v : page) {
            const QJsonObject o = v.toObject();
            QCOMPARE(keysOf(o),
                     (QStringList{QStringLiteral("_id"), QStringLiteral("createdAt"), QStringLiteral("downloads"), QStringLiteral("id")}));
            const auto m = idPattern.match(o.value(QLatin1String("id")).toString());
            QVERIFY2(m.hasMatch(), qPrintable(o.value(QLatin1String("id")).toString()));
            const qint64 index = m.captured(1).toLongLong();
            QVERIFY(index >= 0 && index < count);
            QVERIFY2(!seen[size_t(index)], qPrintable(o.value(QLatin1String("id")).toString()));
            seen[size_t(index)] = true;
            ++repos;
            const QString created = o.value(QLatin1String("createdAt")).toString();
            QVERIFY2(previousCreated.isEmpty() || created < previousCreated,
                     qPrintable(created + QLatin1String(" after ") + previousCreated));
            previousCreated = created;
        }
        const QString next = nextLink(r.header("link"));
        url = next.isEmpty() ? QUrl() : QUrl(next);
    }
    QCOMPARE(pages, 200);
    QCOMPARE(repos, count);
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](bool b) { return b; }));
}

void tst_FakeHub::lazyCatalogueOtherSortsFiltersAndLookups()
{
    constexpr int count = 2500;
    m_hub->generateLazyRepos(RepoKind::Model, count, 9);
    QVERIFY(m_hub->repos(RepoKind::Model).isEmpty()); // nothing held
    const auto walk = [this](const QString &query) {
        QList<QJsonObject> out;
        QUrl url = api(QStringLiteral("/api/models?limit=1000&") + query);
        while (url.isValid()) {
            const Reply r = get(url);
            if (r.status != 200)
                hubwatch::test::failTest(QStringLiteral("HTTP %1 for %2").arg(r.status).arg(url.toString()));
            const QJsonArray page = r.array();
            for (const QJsonValue &v : page)
                out.append(v.toObject());
            const QString next = nextLink(r.header("link"));
            url = next.isEmpty() ? QUrl() : QUrl(next);
        }
        return out;
    };
    const auto idsOf = [](const QList<QJsonObject> &entries) {
        QSet<QString> ids;
        for (const QJsonObject &e : entries)
            ids.insert(e.value(QLatin1String("id")).toString());
        return ids;
    };

    // By downloads: the same repos as by creation, most downloaded first, and what top() says.
    const QList<QJsonObject> byCreation = walk(QStringLiteral("sort=createdAt&expand[]=downloads&expand[]=downloadsAllTime"));
    const QList<QJsonObject> byDownloads = walk(QStringLiteral("sort=downloads&expand[]=downloads"));
    QCOMPARE(byCreation.size(), count);
    QCOMPARE(idsOf(byCreation).size(), count);
    QCOMPARE(idsOf(byDownloads), idsOf(byCreation));
    QList<qint64> downloads;
    for (const QJsonObject &e : byDownloads)
        downloads.append(e.value(QLatin1String("downloads")).toInteger());
    QVERIFY(std::is_sorted(downloads.begin(), downloads.end(), std::greater<qint64>()));
    QVERIFY(downloads.first() > downloads.last());
    const QList<QJsonObject> top = m_hub->top(RepoKind::Model, 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(top[i].value(QLatin1String("id")), byDownloads[i].value(QLatin1String("id")));

    // The summary's figures are the listing's.
    const QJsonObject summary = m_hub->summary(RepoKind::Model);
    QCOMPARE(summary.value(QLatin1String("count")).toInteger(), qint64(count));
    QCOMPARE(summary.value(QLatin1String("downloads")).toInteger(), FakeHub::sum(byCreation, QStringLiteral("downloads")));
    QCOMPARE(summary.value(QLatin1String("downloadsAllTime")).toInteger(), FakeHub::sum(byCreation, QStringLiteral("downloadsAllTime")));

    // The author filter keeps exactly that author's repos.
    const QList<QJsonObject> org7 = walk(QStringLiteral("author=org7"));
    QSet<QString> expected;
    for (const QString &id : idsOf(byCreation)) {
        if (id.startsWith(QLatin1String("org7/")))
            expected.insert(id);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(idsOf(org7), expected);

    // One repo by its id, in other letter case, and one past the end.
    const QJsonObject first = byDownloads.first();
    const QString id = first.value(QLatin1String("id")).toString();
    const Reply single = get(QStringLiteral("/api/models/") + id);
    QCOMPARE(single.status, 200);
    QCOMPARE(single.object().value(QLatin1String("id")).toString(), id);
    QCOMPARE(single.object().value(QLatin1String("downloads")), first.value(QLatin1String("downloads")));
    QVERIFY(single.object().contains(QLatin1String("siblings")));
    const Reply moved = get(QStringLiteral("/api/models/") + id.toUpper());
    QCOMPARE(moved.status, 307);
    QCOMPARE(QString::fromLatin1(moved.header("location")), QStringLiteral("/api/models/") + id);
    const QString last = byCreation.first().value(QLatin1String("id")).toString(); // the newest: index count - 1
    QVERIFY2(last.endsWith(QStringLiteral("/model-%1").arg(count - 1)), qPrintable(last));
    QCOMPARE(get(QStringLiteral("/api/models/") + last.left(last.lastIndexOf(QLatin1Char('-')) + 1) + QString::number(count)).status, 401);

    // A bump moves the least downloaded repo to the top of the listing by downloads.
    const QString quiet = byDownloads.last().value(QLatin1String("id")).toString();
    QVERIFY(m_hub->bumpDownloads(RepoKind::Model, quiet, downloads.first() + 1));
    QCOMPARE(m_hub->top(RepoKind::Model, 1).value(0).value(QLatin1String("id")).toString(), quiet);
}

void tst_FakeHub::statusFaults_data()
{
    QTest::addColumn<FakeHub::Fault>("fault");
    QTest::addColumn<int>("arg");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("408") << FakeHub::Fault::Status408 << 0 << 408 << QByteArray();
    QTest::newRow("429 default") << FakeHub::Fault::Status429 << 0 << 429 << QByteArray("1");
    QTest::newRow("429 retry 7") << FakeHub::Fault::Status429 << 7 << 429 << QByteArray("7");
    QTest::newRow("500") << FakeHub::Fault::Status500 << 0 << 500 << QByteArray();
    QTest::newRow("502") << FakeHub::Fault::Status502 << 0 << 502 << QByteArray();
    QTest::newRow("503") << FakeHub::Fault::Status503 << 0 << 503 << QByteArray();
}

void tst_FakeHub::statusFaults()
{
    QFETCH(FakeHub::Fault, fault);
    QFETCH(int, arg);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    m_hub->pushFault(fault, arg);
    const Reply r = get(QStringLiteral("/api/models?limit=1"));
    QCOMPARE(r.status, status);
    QVERIFY(!r.object()[QLatin1String("error")].toString().isEmpty());
    QCOMPARE(r.header("retry-after"), retryAfter);
    if (!retryAfter.isEmpty())
        QCOMPARE(r.header("ratelimit"), "\"api\";r=0;t=" + retryAfter);
    QCOMPARE(m_hub->pendingFaults(), 0);
    QCOMPARE(get(QStringLiteral("/api/models?limit=1")).status, 200); // one request only
}

void tst_FakeHub::faultsAreFifo()
{
    m_hub->pushFault(FakeHub::Fault::Status503);
    m_hub->pushFault(FakeHub::Fault::Status500);
    QCOMPARE(m_hub->pendingFaults(), 2);
    QCOMPARE(get(QStringLiteral("/api/models")).status, 503);
    QCOMPARE(get(QStringLiteral("/api/models")).status, 500);
    QCOMPARE(get(QStringLiteral("/api/models")).status, 200);
}

void tst_FakeHub::faultReset()
{
    // QNAM silently resends a GET whose connection dies before any response byte (Qt 6.4:
    // once, so two requests for one get()): a client sees the reset only when every attempt is.
    for (int i = 0; i < 3; ++i)
        m_hub->pushFault(FakeHub::Fault::Reset);
    Reply r = get(QStringLiteral("/api/models?limit=3"));
    QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
    QCOMPARE(r.status, 0);
    QVERIFY2(m_hub->requestCount() >= 2, qPrintable(QString::number(m_hub->requestCount())));
    m_hub->clearFaults();
    m_hub->clearRequests();

    // Reset after some response bytes: no resend, the reply fails at once.
    m_hub->pushFault(FakeHub::Fault::Reset, 40);
    r = get(QStringLiteral("/api/models?limit=3"));
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(m_hub->requestCount(), 1);
    QCOMPARE(get(QStringLiteral("/api/models?limit=3")).status, 200);
}

void tst_FakeHub::faultStall()
{
    m_hub->pushFault(FakeHub::Fault::Stall);
    const Reply r = get(api(QStringLiteral("/api/models?limit=20")), {}, 300);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // QNAM's transfer timeout
    QVERIFY2(r.elapsedMs >= 250 && r.elapsedMs < 3000, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(get(QStringLiteral("/api/models?limit=20")).status, 200);
}

void tst_FakeHub::faultTruncated()
{
    // On the wire, not through QNAM: whether Qt calls a cut answer an error depends on when it
    // sees the close (the client's business, tested in tst_hubfaults).
    const QByteArray request = "GET /api/models?limit=20 HTTP/1.1\r\nHost: a\r\n\r\n";
    const RawResult whole = raw(request + "GET /api/models?limit=20 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    const qsizetype headEnd = whole.data.indexOf("\r\n\r\n") + 4;
    const QByteArray body = whole.data.mid(headEnd, whole.data.indexOf("HTTP/1.1", headEnd) - headEnd);
    QVERIFY(body.startsWith('[') && body.endsWith(']'));
    const QByteArray half = body.left(body.size() / 2);
    const auto cut = [&](FakeHub::Fault fault) {
        m_hub->pushFault(fault);
        const RawResult r = raw(request);
        const qsizetype end = r.data.indexOf("\r\n\r\n");
        return std::make_tuple(r.closed, r.data.left(end + 2), r.data.mid(end + 4));
    };
    auto [closed, head, rest] = cut(FakeHub::Fault::TruncatedBody);
    QVERIFY(closed);
    QVERIFY(head.contains("\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"));
    QCOMPARE(rest, half);

    std::tie(closed, head, rest) = cut(FakeHub::Fault::TruncatedChunked);
    QVERIFY(closed);
    QVERIFY(head.contains("\r\nTransfer-Encoding: chunked\r\n") && !head.contains("Content-Length"));
    QCOMPARE(rest, QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n"); // no last chunk

    std::tie(closed, head, rest) = cut(FakeHub::Fault::TruncatedUnsized);
    QVERIFY(closed);
    QVERIFY(head.contains("\r\nConnection: close\r\n"));
    QVERIFY(!head.contains("Content-Length") && !head.contains("Transfer-Encoding"));
    QCOMPARE(rest, half);
    QCOMPARE(get(QStringLiteral("/api/models?limit=20")).status, 200);
}

void tst_FakeHub::faultMalformedJson()
{
    m_hub->pushFault(FakeHub::Fault::MalformedJson);
    const Reply r = get(QStringLiteral("/api/models?limit=5"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith('['));
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void tst_FakeHub::faultOversized_data()
{
    QTest::addColumn<FakeHub::Fault>("fault");
    QTest::newRow("Content-Length") << FakeHub::Fault::OversizedBody;
    QTest::newRow("chunked") << FakeHub::Fault::OversizedChunked;
}

void tst_FakeHub::faultOversized()
{
    QFETCH(FakeHub::Fault, fault);
    const int size = 3 * 1024 * 1024 + 17;
    m_hub->pushFault(fault, size);
    const Reply r = get(QStringLiteral("/api/models"), {{"Accept-Encoding", "identity"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), size);
    QVERIFY(r.body.startsWith("[{\""));
    if (fault == FakeHub::Fault::OversizedBody)
        QCOMPARE(r.header("content-length"), QByteArray::number(size));
    else
        QVERIFY(!r.headers.contains("content-length"));
    QCOMPARE(get(QStringLiteral("/api/models?limit=1")).status, 200); // connection still usable
}

void tst_FakeHub::faultLinkLoop()
{
    m_hub->pushFault(FakeHub::Fault::LinkLoop);
    const QUrl url = api(QStringLiteral("/api/models?limit=5&sort=downloads&expand=downloads"));
    const Reply r = get(url);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 5);
    QCOMPARE(nextLink(r.header("link")), url.toString());
    // Even on the last page.
    m_hub->pushFault(FakeHub::Fault::LinkLoop);
    QCOMPARE(nextLink(get(api(QStringLiteral("/api/models"))).header("link")), api(QStringLiteral("/api/models")).toString());
}

void tst_FakeHub::faultRedirect()
{
    m_hub->setRedirectTarget(QUrl(QStringLiteral("http://127.0.0.2:9")));
    m_hub->pushFault(FakeHub::Fault::RedirectOtherHost);
    const Reply r = get(QStringLiteral("/api/models?limit=5&search=model"));
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("location"), QByteArray("http://127.0.0.2:9/api/models?limit=5&search=model"));
}

void tst_FakeHub::faultWrongTypes()
{
    m_hub->pushFault(FakeHub::Fault::WrongTypes);
    const Reply r = get(QStringLiteral("/api/models?limit=5"));
    QCOMPARE(r.status, 200);
    const QJsonArray page = r.array();
    QCOMPARE(page.size(), 5);
    int stringDownloads = 0, noId = 0, numericId = 0;
    for (const QJsonValue &v : page) {
        stringDownloads += v[QLatin1String("downloads")].isString();
        noId += !v.toObject().contains(QLatin1String("id"));
        numericId += v[QLatin1String("id")].isDouble();
    }
    QCOMPARE(stringDownloads, 1);
    QCOMPARE(noId, 1);
    QCOMPARE(numericId, 1);
}

void tst_FakeHub::keepAlive()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(get(QStringLiteral("/api/models?limit=%1").arg(i + 1)).status, 200);
    QCOMPARE(m_hub->connectionCount(), 1);
}

void tst_FakeHub::pipeliningAndClose()
{
    // Two pipelined requests in one write (one with a tolerated body), then Connection: close.
    const RawResult r = raw("GET /api/models?limit=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
                            "GET /api/datasets?limit=1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    QVERIFY(r.closed);
    QCOMPARE(r.data.count("HTTP/1.1 200 OK\r\n"), 2);
    QVERIFY(r.data.contains("model-"));
    QVERIFY(r.data.contains("dataset-"));
    QVERIFY(r.data.contains("Connection: close\r\n"));
    QCOMPARE(m_hub->requestCount(), 2);
    QCOMPARE(m_hub->connectionCount(), 1);
}

void tst_FakeHub::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("garbage") << QByteArray("garbage\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("binary") << QByteArray("\x00\xff\x01 / HTTP/1.1\r\n\r\n", 19) << QByteArray("HTTP/1.1 400");
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("no target") << QByteArray("GET  HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("relative target") << QByteArray("GET api HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("bad content-length") << QByteArray("GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("huge head") << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(70000, 'a') << QByteArray("HTTP/1.1 431");
}

void tst_FakeHub::malformedRequests()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, statusLine);
    const RawResult r = raw(payload);
    QVERIFY(r.closed);
    QVERIFY2(r.data.startsWith(statusLine), r.data.left(100).constData());
    QCOMPARE(get(QStringLiteral("/api/models?limit=1")).status, 200); // still serving
}

void tst_FakeHub::absoluteFormThroughProxy()
{
    // Through an HTTP proxy (here: the fake Hub itself) the request target is absolute, and
    // the Link must point at the host the client asked for.
    QNetworkAccessManager viaProxy;
    viaProxy.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_hub->port()));
    const Reply r = get(QUrl(QStringLiteral("http://hub.example.test/api/models?limit=2")), {}, 5000, &viaProxy);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 2);
    QVERIFY2(nextLink(r.header("link")).startsWith(QLatin1String("http://hub.example.test/api/models?limit=2&cursor=")),
             r.header("link").constData());
    QCOMPARE(m_hub->requests().last().target, QByteArray("http://hub.example.test/api/models?limit=2"));
    QCOMPARE(m_hub->requests().last().path, QStringLiteral("/api/models"));
}

QTEST_GUILESS_MAIN(tst_FakeHub)
#include "tst_fakehub.moc"
