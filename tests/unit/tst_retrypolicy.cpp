// Unit tests for RetryPolicy: what is retried, and capped exponential backoff with equal jitter.
#include "hub/RetryPolicy.h"

#include <QTest>

#include <algorithm>

using namespace hubwatch;
using std::chrono::milliseconds;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void retryableStatus_data();
    void retryableStatus();
    void retryableNetworkError_data();
    void retryableNetworkError();
    void ceiling_data();
    void ceiling();
    void backoffWithinBounds_data();
    void backoffWithinBounds();
    void sameSeedSameSequence();
    void differentSeedsDiffer();
    void maxRetries();
};

void TestRetryPolicy::retryableStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    for (int s : {408, 429, 500, 502, 503, 504})
        QTest::newRow(QByteArray::number(s).constData()) << s << true;
    for (int s : {0, 200, 204, 301, 304, 400, 401, 403, 404, 409, 410, 422, 501, 505, 599})
        QTest::newRow(QByteArray::number(s).constData()) << s << false;
}

void TestRetryPolicy::retryableStatus()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
}

void TestRetryPolicy::retryableNetworkError_data()
{
    using E = QNetworkReply::NetworkError;
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<bool>("retryable");
    // Transient: the connection or the network failed, not the request.
    QTest::newRow("connection refused") << E::ConnectionRefusedError << true;
    QTest::newRow("remote closed") << E::RemoteHostClosedError << true;
    QTest::newRow("host not found") << E::HostNotFoundError << true;
    QTest::newRow("timeout") << E::TimeoutError << true;
    QTest::newRow("transfer timeout (canceled)") << E::OperationCanceledError << true;
    QTest::newRow("temporary failure") << E::TemporaryNetworkFailureError << true;
    QTest::newRow("session failed") << E::NetworkSessionFailedError << true;
    QTest::newRow("unknown network") << E::UnknownNetworkError << true;
    QTest::newRow("proxy closed") << E::ProxyConnectionClosedError << true;
    QTest::newRow("proxy timeout") << E::ProxyTimeoutError << true;
    QTest::newRow("truncated body") << E::ProtocolFailure << true;
    // Permanent: retrying cannot help, or must not happen silently.
    QTest::newRow("no error") << E::NoError << false;
    QTest::newRow("TLS handshake") << E::SslHandshakeFailedError << false;
    QTest::newRow("insecure redirect") << E::InsecureRedirectError << false;
    QTest::newRow("too many redirects") << E::TooManyRedirectsError << false;
    QTest::newRow("unknown protocol") << E::ProtocolUnknownError << false;
    QTest::newRow("invalid operation") << E::ProtocolInvalidOperationError << false;
    QTest::newRow("content not found") << E::ContentNotFoundError << false;
    QTest::newRow("access denied") << E::ContentAccessDenied << false;
    QTest::newRow("auth required") << E::AuthenticationRequiredError << false;
    QTest::newRow("proxy auth required") << E::ProxyAuthenticationRequiredError << false;
    QTest::newRow("proxy not found") << E::ProxyNotFoundError << false;
    QTest::newRow("unknown content") << E::UnknownContentError << false;
}

void TestRetryPolicy::retryableNetworkError()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableNetworkError(error), retryable);
}

void TestRetryPolicy::ceiling_data()
{
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("expected");
    // huggingface_hub: 1, 2, 4, 8, 8 s.
    const qint64 hf[] = {1000, 2000, 4000, 8000, 8000, 8000};
    for (int i = 0; i < 6; ++i)
        QTest::newRow(qPrintable(QStringLiteral("1s..8s retry %1").arg(i))) << qint64(1000) << qint64(8000) << i << hf[i];
    QTest::newRow("huge retry stays capped") << qint64(1000) << qint64(8000) << 1000 << qint64(8000);
    QTest::newRow("INT_MAX retry stays capped") << qint64(1000) << qint64(8000) << INT_MAX << qint64(8000);
    QTest::newRow("negative retry is the base") << qint64(1000) << qint64(8000) << -3 << qint64(1000);
    QTest::newRow("cap not a power of two") << qint64(300) << qint64(1000) << 1 << qint64(600);
    QTest::newRow("cap not a power of two, capped") << qint64(300) << qint64(1000) << 2 << qint64(1000);
    QTest::newRow("cap equal to base") << qint64(500) << qint64(500) << 20 << qint64(500);
    QTest::newRow("uncapped doubling") << qint64(10) << qint64(1'000'000'000) << 10 << qint64(10240);
}

void TestRetryPolicy::ceiling()
{
    QFETCH(qint64, base);
    QFETCH(qint64, cap);
    QFETCH(int, retry);
    QFETCH(qint64, expected);
    const RetryPolicy p(milliseconds(base), milliseconds(cap), 5, 1);
    QCOMPARE(p.ceiling(retry).count(), expected);
}

void TestRetryPolicy::backoffWithinBounds_data()
{
    QTest::addColumn<int>("retry");
    for (int r = 0; r < 6; ++r)
        QTest::newRow(qPrintable(QStringLiteral("retry %1").arg(r))) << r;
}

void TestRetryPolicy::backoffWithinBounds()
{
    QFETCH(int, retry);
    RetryPolicy p(milliseconds(1000), milliseconds(8000), 5, 12345);
    const qint64 top = p.ceiling(retry).count();
    qint64 lo = top, hi = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 d = p.backoff(retry).count();
        QVERIFY2(d >= top / 2 && d <= top, qPrintable(QStringLiteral("%1 outside [%2, %3]").arg(d).arg(top / 2).arg(top)));
        lo = std::min(lo, d);
        hi = std::max(hi, d);
    }
    // Jitter really spreads over the whole upper half, not a constant.
    QVERIFY2(lo < top / 2 + top / 10, qPrintable(QString::number(lo)));
    QVERIFY2(hi > top - top / 10, qPrintable(QString::number(hi)));
}

static QList<qint64> draws(quint32 seed, int n)
{
    RetryPolicy p(milliseconds(1000), milliseconds(8000), 5, seed);
    QList<qint64> out;
    for (int i = 0; i < n; ++i)
        out << p.backoff(i % 6).count();
    return out;
}

void TestRetryPolicy::sameSeedSameSequence()
{
    for (quint32 seed : {0u, 1u, 42u, 0xdeadbeefu})
        QCOMPARE(draws(seed, 50), draws(seed, 50));
}

void TestRetryPolicy::differentSeedsDiffer()
{
    QVERIFY(draws(1, 20) != draws(2, 20));
    QVERIFY(draws(42, 20) != draws(43, 20));
    // Not just a different first draw: most positions differ.
    const QList<qint64> a = draws(7, 40), b = draws(8, 40);
    int differ = 0;
    for (int i = 0; i < a.size(); ++i)
        differ += a.at(i) != b.at(i);
    QVERIFY2(differ > 30, qPrintable(QString::number(differ)));
}

void TestRetryPolicy::maxRetries()
{
    QCOMPARE(RetryPolicy(milliseconds(1000), milliseconds(8000), 5, 1).maxRetries(), 5);
    QCOMPARE(RetryPolicy(milliseconds(1000), milliseconds(8000), 0, 1).maxRetries(), 0);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
