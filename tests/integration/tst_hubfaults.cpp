// The client under faults: retries and backoff, rate limits, broken transfers, error values,
// and where the token may and may not go.
#include "HubTestFixture.h"

#include "hub/AuthPolicy.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QTcpServer>

using namespace hubwatch;
using namespace hubwatch::test;
using std::chrono::milliseconds;

namespace {
const QString kToken = QStringLiteral("hf_secretTOKENvalue123");
// The fixture's first generated model (generateRepos with the default seed).
QString firstModel(FakeHub &hub)
{
    return hub.repos(RepoKind::Model).first().value(QLatin1String("id")).toString();
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    g_log << QString::fromLatin1(ctx.category ? ctx.category : "") + QLatin1Char(' ') + msg;
}
} // namespace

class TestHubFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retriesTransientFailuresThenSucceeds_data();
    void retriesTransientFailuresThenSucceeds();
    void backoffIsExponentialCappedAndJittered();
    void givesUpAfterMaxRetries();
    void waitsForTheQuotaResetOn429();
    void aLongRateLimitEndsWithRetryTime();
    void refusesOversizedBodies_data();
    void refusesOversizedBodies();
    void unreachableHubIsANetworkError();
    void aBodyCutShortSaysSoWithItsByteCount_data();
    void aBodyCutShortSaysSoWithItsByteCount();
    void singleRepoErrorsAreValues_data();
    void singleRepoErrorsAreValues();
    void hostileRepoIdsNeverReachTheNetwork_data();
    void hostileRepoIdsNeverReachTheNetwork();
    void sendsTokenAndUserAgentToTheEndpoint();
    void redirectToTheCanonicalIdKeepsTheQueryAndToken_data();
    void redirectToTheCanonicalIdKeepsTheQueryAndToken();
    void noTokenAfterRedirectToAnotherHost();
    void noTokenOverPlainHttpToANonLoopbackHost();
    void tokenNeverAppearsInTheLog();
    void offlineMakesNoRequestAtAll();
};

void TestHubFaults::retriesTransientFailuresThenSucceeds_data()
{
    QTest::addColumn<FakeHub::Fault>("fault");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("408") << FakeHub::Fault::Status408 << true;
    QTest::newRow("500") << FakeHub::Fault::Status500 << true;
    QTest::newRow("502") << FakeHub::Fault::Status502 << true;
    QTest::newRow("503") << FakeHub::Fault::Status503 << true;
    QTest::newRow("429") << FakeHub::Fault::Status429 << true;
    QTest::newRow("connection reset") << FakeHub::Fault::Reset << true;
    QTest::newRow("truncated body") << FakeHub::Fault::TruncatedBody << false;
    QTest::newRow("truncated gzip body") << FakeHub::Fault::TruncatedBody << true;
    QTest::newRow("truncated chunked body") << FakeHub::Fault::TruncatedChunked << false;
    QTest::newRow("truncated close-delimited body") << FakeHub::Fault::TruncatedUnsized << false;
    QTest::newRow("stalled transfer") << FakeHub::Fault::Stall << true;
}

void TestHubFaults::retriesTransientFailuresThenSucceeds()
{
    QFETCH(FakeHub::Fault, fault);
    QFETCH(bool, gzip);
    HubTestFixture f;
    f.hub.setGzip(gzip);
    f.config.transferTimeout = milliseconds(300); // real time: the stall must time out quickly
    f.hub.generateRepos(RepoKind::Model, 30);
    f.hub.pushFault(fault);
    f.hub.pushFault(fault);
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 30));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.repos.size(), 30);
    QCOMPARE(f.hub.requestCount(), 3);
}

void TestHubFaults::backoffIsExponentialCappedAndJittered()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    for (int i = 0; i < 5; ++i)
        f.hub.pushFault(FakeHub::Fault::Status503);
    QVERIFY(f.list(HubTestFixture::top(RepoKind::Model, 5)).ok());
    QList<milliseconds> waits;
    for (milliseconds d : f.clock.requestedDelays())
        if (d.count() > 0)
            waits << d;
    QCOMPARE(waits.size(), 5);
    const qint64 ceilings[] = {1000, 2000, 4000, 8000, 8000}; // 1 s doubling, capped at 8 s
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(waits.at(i).count() >= ceilings[i] / 2 && waits.at(i).count() <= ceilings[i],
                 qPrintable(QStringLiteral("retry %1 waited %2 ms").arg(i).arg(waits.at(i).count())));
    }
}

void TestHubFaults::givesUpAfterMaxRetries()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    for (int i = 0; i < 10; ++i)
        f.hub.pushFault(FakeHub::Fault::Status503);
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 5));
    QCOMPARE(result.error.kind(), HubError::Kind::Server);
    QCOMPARE(result.error.httpStatus(), 503);
    QCOMPARE(f.hub.requestCount(), 1 + f.config.maxRetries);
    QVERIFY(!result.error.message().isEmpty());
}

void TestHubFaults::waitsForTheQuotaResetOn429()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    f.hub.pushFault(FakeHub::Fault::Status429, 7);
    const QDateTime start = f.clock.nowUtc();
    QVERIFY(f.list(HubTestFixture::top(RepoKind::Model, 5)).ok());
    QCOMPARE(f.hub.requestCount(), 2);
    // RateLimit r=0;t=7 means: wait t + 1 seconds, as the official client does.
    QVERIFY(f.clock.requestedDelays().contains(milliseconds(8000)));
    QVERIFY(f.hub.requests().at(1).at >= start.addSecs(8));
}

void TestHubFaults::aLongRateLimitEndsWithRetryTime()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    f.hub.pushFault(FakeHub::Fault::Status429, 3600);
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 5));
    QCOMPARE(result.error.kind(), HubError::Kind::RateLimited);
    QVERIFY(result.error.retryAt().isValid());
    QVERIFY(result.error.retryAt() > f.clock.nowUtc().addSecs(3000));
    QVERIFY(result.error.message().contains(QLatin1String("UTC")));
    QCOMPARE(f.hub.requestCount(), 1);
}

void TestHubFaults::refusesOversizedBodies_data()
{
    QTest::addColumn<FakeHub::Fault>("fault");
    QTest::newRow("declared length") << FakeHub::Fault::OversizedBody;
    QTest::newRow("chunked, no length") << FakeHub::Fault::OversizedChunked;
}

void TestHubFaults::refusesOversizedBodies()
{
    QFETCH(FakeHub::Fault, fault);
    HubTestFixture f;
    f.config.maxBodyBytes = 1024 * 1024;
    f.hub.generateRepos(RepoKind::Model, 5);
    f.hub.pushFault(fault, 8 * 1024 * 1024);
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 5));
    QCOMPARE(result.error.kind(), HubError::Kind::TooLarge);
    QCOMPARE(f.hub.requestCount(), 1);
    QVERIFY(result.value.repos.isEmpty());
    QCOMPARE(HubConfig().maxBodyBytes, qint64(64) * 1024 * 1024); // the shipped cap
}

void TestHubFaults::unreachableHubIsANetworkError()
{
    HubTestFixture f;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    f.config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 5));
    QCOMPARE(result.error.kind(), HubError::Kind::Network);
    QVERIFY(!result.error.message().isEmpty());
}

void TestHubFaults::aBodyCutShortSaysSoWithItsByteCount_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("plain") << false;
    QTest::newRow("gzip") << true;
}

void TestHubFaults::aBodyCutShortSaysSoWithItsByteCount()
{
    QFETCH(bool, gzip);
    HubTestFixture f;
    f.hub.setGzip(gzip);
    f.hub.generateRepos(RepoKind::Model, 30);
    const auto failEveryTry = [&f](FakeHub::Fault fault) {
        for (int i = 0; i <= f.config.maxRetries; ++i)
            f.hub.pushFault(fault);
    };
    const QLocale locale;
    const auto bytes = [&locale](qint64 n) { return locale.toString(n); };

    // Closed before Content-Length: half of it came, and the message says half of how much.
    failEveryTry(FakeHub::Fault::TruncatedBody);
    const auto fixed = f.list(HubTestFixture::top(RepoKind::Model, 30));
    QCOMPARE(fixed.error.kind(), HubError::Kind::Truncated);
    QCOMPARE(f.hub.requestCount(), 1 + f.config.maxRetries); // retried like any broken transfer
    const qint64 length = fixed.error.bytesExpected();
    QVERIFY2(length > 1024, qPrintable(fixed.error.message()));
    QCOMPARE(fixed.error.bytesReceived(), length / 2);
    const QString fixedText = fixed.error.message();
    QVERIFY2(fixedText.contains(QLatin1String("cut short after %1 of %2 bytes").arg(bytes(length / 2), bytes(length))),
             qPrintable(fixedText));
    QVERIFY2(!fixedText.contains(QLatin1String("could not be reached")), qPrintable(fixedText));

    // The same page chunked, ended without its last chunk: no length was announced.
    f.hub.clearRequests();
    failEveryTry(FakeHub::Fault::TruncatedChunked);
    const auto chunked = f.list(HubTestFixture::top(RepoKind::Model, 30));
    QCOMPARE(chunked.error.kind(), HubError::Kind::Truncated);
    QCOMPARE(chunked.error.bytesReceived(), length / 2);
    QCOMPARE(chunked.error.bytesExpected(), qint64(-1));
    QVERIFY2(chunked.error.message().contains(QLatin1String("cut short after %1 bytes").arg(bytes(length / 2))),
             qPrintable(chunked.error.message()));

    // Neither length nor chunks, the close ending the answer: only the JSON shows it was cut
    // (this is also what Qt reports for a cut chunked answer when it sees the close first).
    failEveryTry(FakeHub::Fault::TruncatedUnsized);
    const auto unsized = f.list(HubTestFixture::top(RepoKind::Model, 30));
    QCOMPARE(unsized.error.kind(), HubError::Kind::Truncated);
    QCOMPARE(unsized.error.bytesReceived(), length / 2);
    QCOMPARE(unsized.error.bytesExpected(), qint64(-1));
}

void TestHubFaults::singleRepoErrorsAreValues_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<HubError::Kind>("expected");
    QTest::newRow("missing, anonymous (401)") << QString() << 0 << QByteArray() << HubError::Kind::NotFound;
    QTest::newRow("missing, with token (404)") << kToken << 0 << QByteArray() << HubError::Kind::NotFound;
    QTest::newRow("gated") << QString() << 403 << QByteArray("GatedRepo") << HubError::Kind::Gated;
    QTest::newRow("bad token") << QStringLiteral("hf_wrong") << 0 << QByteArray() << HubError::Kind::BadToken;
}

void TestHubFaults::singleRepoErrorsAreValues()
{
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(HubError::Kind, expected);
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    f.hub.setValidTokens({kToken});
    f.config.token = token;
    QString id = QStringLiteral("nobody/nothing");
    if (status) {
        id = firstModel(f.hub);
        f.hub.setRepoError(RepoKind::Model, id, status, code, QStringLiteral("Access to this repo is restricted"));
    }
    const auto result = f.fetch(RepoKind::Model, id);
    QCOMPARE(result.error.kind(), expected);
    QVERIFY(!result.error.message().isEmpty());
    QCOMPARE(f.hub.requestCount(), 1); // client errors are not retried

    if (expected == HubError::Kind::NotFound) {
        // The same client fetches an existing repo fine: the error was about that repo only.
        const auto found = f.fetch(RepoKind::Model, firstModel(f.hub));
        QVERIFY2(found.ok(), qPrintable(found.error.message()));
        QCOMPARE(found.value.id, firstModel(f.hub));
        QVERIFY(found.value.downloadsAllTime >= 0);
    }
}

void TestHubFaults::hostileRepoIdsNeverReachTheNetwork_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("traversal") << QStringLiteral("../../api/whoami");
    QTest::newRow("query injection") << QStringLiteral("org/name?expand=x");
    QTest::newRow("fragment") << QStringLiteral("org/name#x");
    QTest::newRow("encoded") << QStringLiteral("org/%2e%2e");
    QTest::newRow("three parts") << QStringLiteral("a/b/c");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("org/na me");
}

void TestHubFaults::hostileRepoIdsNeverReachTheNetwork()
{
    QFETCH(QString, id);
    HubTestFixture f;
    const auto result = f.fetch(RepoKind::Model, id);
    QCOMPARE(result.error.kind(), HubError::Kind::InvalidRequest);
    QCOMPARE(f.hub.requestCount(), 0);
}

void TestHubFaults::sendsTokenAndUserAgentToTheEndpoint()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    f.hub.setValidTokens({kToken});
    f.config.token = kToken;
    QVERIFY(f.list(HubTestFixture::top(RepoKind::Model, 5)).ok());
    const auto headers = f.hub.requests().first().headers; // a copy: requests() returns by value
    QCOMPARE(headers.value("authorization"), QByteArray("Bearer ") + kToken.toUtf8());
    QVERIFY(headers.value("user-agent").startsWith("HubWatch/" HUBWATCH_VERSION " (Qt "));
}

void TestHubFaults::redirectToTheCanonicalIdKeepsTheQueryAndToken_data()
{
    QTest::addColumn<QString>("asked"); // "%1" is the canonical id
    QTest::newRow("renamed") << QStringLiteral("old-org/old-name");
    QTest::newRow("legacy id") << QStringLiteral("gpt2");
    QTest::newRow("other letter case") << QStringLiteral("UPPER:%1");
}

void TestHubFaults::redirectToTheCanonicalIdKeepsTheQueryAndToken()
{
    QFETCH(QString, asked);
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    const QJsonObject entry = f.hub.repos(RepoKind::Model).at(2);
    const QString canonical = entry.value(QLatin1String("id")).toString();
    if (asked.startsWith(QLatin1String("UPPER:")))
        asked = canonical.toUpper();
    else
        f.hub.addRename(RepoKind::Model, asked, canonical);
    f.config.token = kToken;
    const auto result = f.fetch(RepoKind::Model, asked);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.id, canonical);
    // The Hub's 307 has no query: without the client keeping it, no downloadsAllTime comes back.
    QVERIFY(entry.value(QLatin1String("downloadsAllTime")).toInteger() > 0);
    QCOMPARE(result.value.downloadsAllTime, entry.value(QLatin1String("downloadsAllTime")).toInteger());
    QCOMPARE(f.hub.requestCount(), 2);
    const auto requests = f.hub.requests();
    QCOMPARE(requests.at(1).path, QStringLiteral("/api/models/") + canonical);
    QCOMPARE(requests.at(1).rawQuery, requests.at(0).rawQuery);
    QVERIFY(requests.at(1).decodedQuery().contains({QStringLiteral("expand[]"), QStringLiteral("downloadsAllTime")}));
    // Same origin: the token goes along.
    for (const auto &r : requests)
        QCOMPARE(r.header("authorization"), QByteArray("Bearer ") + kToken.toUtf8());
}

void TestHubFaults::noTokenAfterRedirectToAnotherHost()
{
    HubTestFixture f;
    FakeHub other(&f.clock);
    QVERIFY(other.listen());
    other.generateRepos(RepoKind::Model, 5);
    f.hub.generateRepos(RepoKind::Model, 5);
    f.hub.setRedirectTarget(other.url()); // another origin: another port
    f.hub.pushFault(FakeHub::Fault::RedirectOtherHost);
    f.config.token = kToken;
    const auto result = f.fetch(RepoKind::Model, firstModel(f.hub));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(f.hub.requestCount(), 1);
    QVERIFY(f.hub.requests().first().headers.contains("authorization"));
    QCOMPARE(other.requestCount(), 1);
    QVERIFY(!other.requests().first().headers.contains("authorization"));
}

void TestHubFaults::noTokenOverPlainHttpToANonLoopbackHost()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    // The fake Hub doubles as an HTTP proxy, so a request "to" hub.example.org lands on loopback.
    f.nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), f.hub.url().port()));
    f.config.endpoint = QUrl(QStringLiteral("http://hub.example.org"));
    f.config.token = kToken;
    QVERIFY(!AuthPolicy::endpointAllowsToken(f.config.endpoint));
    const auto result = f.list(HubTestFixture::top(RepoKind::Model, 5));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(f.hub.requestCount(), 1);
    QVERIFY(f.hub.requests().first().target.startsWith("http://hub.example.org/"));
    QVERIFY(!f.hub.requests().first().headers.contains("authorization"));
}

void TestHubFaults::tokenNeverAppearsInTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("hubwatch.*=true"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    {
        HubTestFixture f;
        f.hub.generateRepos(RepoKind::Model, 5);
        f.hub.setValidTokens({QStringLiteral("hf_other")});
        f.config.token = kToken;
        f.hub.pushFault(FakeHub::Fault::Status503);
        f.list(HubTestFixture::top(RepoKind::Model, 5));
        f.fetch(RepoKind::Model, firstModel(f.hub));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(g_log.size() >= 3, "debug logging produced nothing to check");
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(kToken) && !line.contains(QLatin1String("secretTOKEN")), qPrintable(line));
}

void TestHubFaults::offlineMakesNoRequestAtAll()
{
    HubTestFixture f;
    f.hub.generateRepos(RepoKind::Model, 5);
    f.config.offline = true;
    QCOMPARE(f.list(HubTestFixture::top(RepoKind::Model, 5)).error.kind(), HubError::Kind::Offline);
    QCOMPARE(f.fetch(RepoKind::Model, firstModel(f.hub)).error.kind(), HubError::Kind::Offline);
    QCOMPARE(f.hub.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestHubFaults)
#include "tst_hubfaults.moc"
