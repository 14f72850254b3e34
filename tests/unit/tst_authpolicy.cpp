// Unit tests for AuthPolicy: the token goes only to the endpoint's own origin, over https or loopback.
#include "hub/AuthPolicy.h"

#include <QTest>

using namespace hubwatch;

class TestAuthPolicy : public QObject
{
    Q_OBJECT
private slots:
    void isLoopbackHost_data();
    void isLoopbackHost();
    void sameOrigin_data();
    void sameOrigin();
    void mayCarryToken_data();
    void mayCarryToken();
    void endpointAllowsToken_data();
    void endpointAllowsToken();
};

static QUrl u(const char *s)
{
    return QUrl(QString::fromLatin1(s));
}

void TestAuthPolicy::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    for (const char *h : {"127.0.0.1", "127.0.0.2", "127.255.255.254", "::1", "localhost", "LOCALHOST", "LocalHost"})
        QTest::newRow(h) << QString::fromLatin1(h) << true;
    for (const char *h : {"", "128.0.0.1", "10.0.0.1", "0.0.0.0", "::", "example.com", "localhost.example.com", "127.0.0.1.nip.io",
                          "mylocalhost", "huggingface.co"})
        QTest::newRow(*h ? h : "(empty)") << QString::fromLatin1(h) << false;
}

void TestAuthPolicy::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(AuthPolicy::isLoopbackHost(host), loopback);
}

void TestAuthPolicy::sameOrigin_data()
{
    QTest::addColumn<QUrl>("a");
    QTest::addColumn<QUrl>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << u("https://h.example") << u("https://h.example/api?x=1") << true;
    QTest::newRow("https default port") << u("https://h.example") << u("https://h.example:443/x") << true;
    QTest::newRow("https default port, reversed") << u("https://h.example:443") << u("https://h.example/x") << true;
    QTest::newRow("http default port") << u("http://h.example") << u("http://h.example:80/x") << true;
    QTest::newRow("host case") << u("https://HF.Example") << u("https://hf.example") << true;
    QTest::newRow("path is not origin") << u("https://h.example/hf") << u("https://h.example/other") << true;
    QTest::newRow("other port") << u("https://h.example") << u("https://h.example:8443/x") << false;
    QTest::newRow("other scheme") << u("https://h.example") << u("http://h.example/x") << false;
    QTest::newRow("other scheme, port 443") << u("https://h.example") << u("http://h.example:443/x") << false;
    QTest::newRow("subdomain") << u("https://h.example") << u("https://cdn.h.example/x") << false;
    QTest::newRow("suffix trick") << u("https://h.example") << u("https://h.example.evil.com/x") << false;
}

void TestAuthPolicy::sameOrigin()
{
    QFETCH(QUrl, a);
    QFETCH(QUrl, b);
    QFETCH(bool, same);
    QCOMPARE(AuthPolicy::sameOrigin(a, b), same);
    QCOMPARE(AuthPolicy::sameOrigin(b, a), same);
}

void TestAuthPolicy::mayCarryToken_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QUrl>("request");
    QTest::addColumn<bool>("allowed");
    const QUrl hf = u("https://huggingface.co");
    QTest::newRow("endpoint itself") << hf << u("https://huggingface.co/api/models?limit=500") << true;
    QTest::newRow("explicit :443") << hf << u("https://huggingface.co:443/api/models") << true;
    QTest::newRow("endpoint with :443") << u("https://huggingface.co:443") << u("https://huggingface.co/api") << true;
    QTest::newRow("mirror with path prefix") << u("https://mirror.example/hf") << u("https://mirror.example/hf/api/models") << true;
    QTest::newRow("other host") << hf << u("https://evil.example/api/models") << false;
    QTest::newRow("subdomain") << hf << u("https://cdn-lfs.huggingface.co/x") << false;
    QTest::newRow("suffix trick") << hf << u("https://huggingface.co.evil.com/api") << false;
    QTest::newRow("host in path") << hf << u("https://evil.com/huggingface.co/api") << false;
    QTest::newRow("userinfo trick") << hf << u("https://huggingface.co@evil.com/api") << false;
    QTest::newRow("other port") << hf << u("https://huggingface.co:8443/api") << false;
    QTest::newRow("downgrade to http") << hf << u("http://huggingface.co/api") << false;
    QTest::newRow("http on 443") << hf << u("http://huggingface.co:443/api") << false;
    QTest::newRow("http endpoint itself") << u("http://example.com") << u("http://example.com/api/models") << false;
    QTest::newRow("http endpoint :8080") << u("http://example.com:8080") << u("http://example.com:8080/api") << false;
    QTest::newRow("loopback 127.0.0.1") << u("http://127.0.0.1:8080") << u("http://127.0.0.1:8080/api") << true;
    QTest::newRow("loopback 127.0.0.2") << u("http://127.0.0.2:8080") << u("http://127.0.0.2:8080/api") << true;
    QTest::newRow("loopback ::1") << u("http://[::1]:8080") << u("http://[::1]:8080/api") << true;
    QTest::newRow("localhost") << u("http://localhost:8080") << u("http://localhost:8080/api") << true;
    QTest::newRow("LOCALHOST") << u("http://LOCALHOST:8080") << u("http://localhost:8080/api") << true;
    QTest::newRow("localhost default port") << u("http://localhost") << u("http://localhost:80/api") << true;
    QTest::newRow("loopback https") << u("https://127.0.0.1:8443") << u("https://127.0.0.1:8443/api") << true;
    QTest::newRow("loopback, other port") << u("http://127.0.0.1:8080") << u("http://127.0.0.1:8081/api") << false;
    QTest::newRow("localhost vs 127.0.0.1") << u("http://localhost:8080") << u("http://127.0.0.1:8080/api") << false;
    QTest::newRow("loopback endpoint, remote request") << u("http://127.0.0.1:8080") << u("http://example.com:8080/") << false;
    QTest::newRow("lookalike localhost.evil") << u("http://localhost.evil.com") << u("http://localhost.evil.com/api") << false;
    QTest::newRow("empty URLs") << QUrl() << QUrl() << false;
}

void TestAuthPolicy::mayCarryToken()
{
    QFETCH(QUrl, endpoint);
    QFETCH(QUrl, request);
    QFETCH(bool, allowed);
    QCOMPARE(AuthPolicy::mayCarryToken(endpoint, request), allowed);
}

void TestAuthPolicy::endpointAllowsToken_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u("https://huggingface.co") << true;
    QTest::newRow("https mirror") << u("https://mirror.example/hf") << true;
    QTest::newRow("http remote") << u("http://example.com") << false;
    QTest::newRow("http 127.0.0.1") << u("http://127.0.0.1:9000") << true;
    QTest::newRow("http ::1") << u("http://[::1]:9000") << true;
    QTest::newRow("http localhost") << u("http://localhost:9000") << true;
    QTest::newRow("http 10.0.0.1") << u("http://10.0.0.1") << false;
    QTest::newRow("empty") << QUrl() << false;
}

void TestAuthPolicy::endpointAllowsToken()
{
    QFETCH(QUrl, endpoint);
    QFETCH(bool, allowed);
    QCOMPARE(AuthPolicy::endpointAllowsToken(endpoint), allowed);
}

QTEST_GUILESS_MAIN(TestAuthPolicy)
#include "tst_authpolicy.moc"
