// Unit tests for RateLimitState: the IETF draft RateLimit headers and the pacing built on them.
#include "hub/RateLimitState.h"

#include <QTest>

using namespace hubwatch;
using std::chrono::milliseconds;

class TestRateLimitState : public QObject
{
    Q_OBJECT
private slots:
    void parseRateLimit_data();
    void parseRateLimit();
    void parsePolicy_data();
    void parsePolicy();
    void delayBeforeNext_data();
    void delayBeforeNext();
    void unknownStateNeverWaits();
    void updateIgnoresEmptyOrInvalid();
    void noteRequestSent();
    void waitFor429_data();
    void waitFor429();
    void simulationNeverExceedsQuota_data();
    void simulationNeverExceedsQuota();
};

static QByteArray rl(int r, int t)
{
    return "\"api\";r=" + QByteArray::number(r) + ";t=" + QByteArray::number(t);
}
static QByteArray policy(int q, int w)
{
    return "\"fixed window\";\"api\";q=" + QByteArray::number(q) + ";w=" + QByteArray::number(w);
}

void TestRateLimitState::parseRateLimit_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("reset");
    QTest::newRow("hub form") << QByteArray("\"api\";r=12;t=34") << true << 12 << 34;
    QTest::newRow("zero/zero") << QByteArray("\"api\";r=0;t=0") << true << 0 << 0;
    QTest::newRow("spaces") << QByteArray(" \"api\" ; r = 499 ; t = 300 ") << true << 499 << 300;
    QTest::newRow("reordered") << QByteArray("\"api\";t=7;r=3") << true << 3 << 7;
    QTest::newRow("no name") << QByteArray("r=1;t=2") << true << 1 << 2;
    QTest::newRow("unknown params ignored") << QByteArray("\"api\";x=9;r=5;pk=abc;t=6") << true << 5 << 6;
    QTest::newRow("missing t") << QByteArray("\"api\";r=12") << false << 12 << -1;
    QTest::newRow("missing r") << QByteArray("\"api\";t=12") << false << -1 << 12;
    QTest::newRow("empty") << QByteArray() << false << -1 << -1;
    QTest::newRow("negative r") << QByteArray("\"api\";r=-1;t=5") << false << -1 << 5;
    QTest::newRow("non-numeric r") << QByteArray("\"api\";r=abc;t=5") << false << -1 << 5;
    QTest::newRow("fractional t") << QByteArray("\"api\";r=4;t=1.5") << false << 4 << -1;
    QTest::newRow("overflowing r") << QByteArray("\"api\";r=99999999999;t=5") << false << -1 << 5;
    QTest::newRow("key is a prefix only") << QByteArray("\"api\";rr=5;tt=5") << false << -1 << -1;
    QTest::newRow("garbage") << QByteArray("hello world") << false << -1 << -1;
}

void TestRateLimitState::parseRateLimit()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(int, remaining);
    QFETCH(int, reset);
    const RateLimitState::Parsed p = RateLimitState::parseRateLimit(value);
    QCOMPARE(p.valid, valid);
    QCOMPARE(p.remaining, remaining);
    QCOMPARE(p.resetSeconds, reset);
}

void TestRateLimitState::parsePolicy_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("quota");
    QTest::addColumn<int>("window");
    QTest::newRow("anonymous") << QByteArray("\"fixed window\";\"api\";q=500;w=300") << true << 500 << 300;
    QTest::newRow("pro") << QByteArray("\"fixed window\";\"api\";q=2500;w=300") << true << 2500 << 300;
    QTest::newRow("spaces") << QByteArray("\"fixed window\"; \"api\"; q=1000; w=300") << true << 1000 << 300;
    QTest::newRow("zero quota") << QByteArray("\"fixed window\";\"api\";q=0;w=300") << false << 0 << 300;
    QTest::newRow("zero window") << QByteArray("\"fixed window\";\"api\";q=500;w=0") << false << 500 << 0;
    QTest::newRow("missing w") << QByteArray("\"fixed window\";\"api\";q=500") << false << 500 << -1;
    QTest::newRow("bad q") << QByteArray("\"fixed window\";\"api\";q=x;w=300") << false << -1 << 300;
    QTest::newRow("empty") << QByteArray() << false << -1 << -1;
}

void TestRateLimitState::parsePolicy()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(int, quota);
    QFETCH(int, window);
    const RateLimitState::Policy p = RateLimitState::parsePolicy(value);
    QCOMPARE(p.valid, valid);
    QCOMPARE(p.quota, quota);
    QCOMPARE(p.windowSeconds, window);
}

void TestRateLimitState::delayBeforeNext_data()
{
    QTest::addColumn<int>("quota"); // <= 0: no policy header
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("resetS");
    QTest::addColumn<qint64>("elapsedMs"); // between the response and the question
    QTest::addColumn<qint64>("expectedMs");
    // Reserve is 5 % of the quota (at least 1): 25 of 500, 2 of 50, 1 of 10 or unknown.
    QTest::newRow("plenty left") << 500 << 400 << 200 << qint64(0) << qint64(0);
    QTest::newRow("just above reserve") << 500 << 26 << 100 << qint64(0) << qint64(0);
    QTest::newRow("at reserve: spread over 26") << 500 << 25 << 100 << qint64(0) << qint64(100000 / 26);
    QTest::newRow("one left: half the rest") << 500 << 1 << 100 << qint64(0) << qint64(50000);
    QTest::newRow("one left, later") << 500 << 1 << 100 << qint64(40000) << qint64(30000);
    QTest::newRow("q=50, 3 left") << 50 << 3 << 90 << qint64(0) << qint64(0);
    QTest::newRow("q=50, 2 left") << 50 << 2 << 90 << qint64(0) << qint64(30000);
    QTest::newRow("q=10, 1 left") << 10 << 1 << 10 << qint64(0) << qint64(5000);
    QTest::newRow("no policy, 2 left") << 0 << 2 << 10 << qint64(0) << qint64(0);
    QTest::newRow("no policy, 1 left") << 0 << 1 << 10 << qint64(0) << qint64(5000);
    QTest::newRow("none left: reset + 1 s") << 500 << 0 << 34 << qint64(0) << qint64(35000);
    QTest::newRow("none left, 10 s later") << 500 << 0 << 34 << qint64(10000) << qint64(25000);
    // The official client waits t+1 s at r=0 whatever t is; t=0 means "resets within a second".
    QTest::newRow("none left, t=0: still 1 s") << 500 << 0 << 0 << qint64(0) << qint64(1000);
    QTest::newRow("window over (reset + 1 s passed)") << 500 << 0 << 34 << qint64(36000) << qint64(0);
    QTest::newRow("window over, one left") << 500 << 1 << 10 << qint64(10000) << qint64(0);
}

void TestRateLimitState::delayBeforeNext()
{
    QFETCH(int, quota);
    QFETCH(int, remaining);
    QFETCH(int, resetS);
    QFETCH(qint64, elapsedMs);
    QFETCH(qint64, expectedMs);
    const qint64 t0 = 1'700'000'000'000;
    RateLimitState s;
    s.update(rl(remaining, resetS), quota > 0 ? policy(quota, 300) : QByteArray(), t0);
    QCOMPARE(s.remaining(), remaining);
    QCOMPARE(s.resetAtMs(), t0 + resetS * 1000);
    QCOMPARE(s.delayBeforeNext(t0 + elapsedMs).count(), expectedMs);
}

void TestRateLimitState::unknownStateNeverWaits()
{
    RateLimitState s;
    QCOMPARE(s.remaining(), -1);
    QCOMPARE(s.resetAtMs(), qint64(0));
    QCOMPARE(s.delayBeforeNext(0).count(), 0);
    QCOMPARE(s.delayBeforeNext(1'700'000'000'000).count(), 0);
    s.noteRequestSent(5);
    QCOMPARE(s.remaining(), -1);
    // Only a policy: still nothing known about what remains.
    s.update(QByteArray(), policy(500, 300), 10);
    QCOMPARE(s.quota(), 500);
    QCOMPARE(s.delayBeforeNext(10).count(), 0);
}

void TestRateLimitState::updateIgnoresEmptyOrInvalid()
{
    RateLimitState s;
    s.update(rl(7, 60), policy(100, 300), 1000);
    QCOMPARE(s.remaining(), 7);
    QCOMPARE(s.quota(), 100);
    QCOMPARE(s.resetAtMs(), qint64(61000));
    s.update(QByteArray(), QByteArray(), 2000);
    s.update("\"api\";r=abc;t=5", "\"fixed window\";q=0;w=300", 3000);
    QCOMPARE(s.remaining(), 7);
    QCOMPARE(s.quota(), 100);
    QCOMPARE(s.resetAtMs(), qint64(61000));
    s.update(rl(3, 10), QByteArray(), 5000); // new remaining, policy kept
    QCOMPARE(s.remaining(), 3);
    QCOMPARE(s.quota(), 100);
    QCOMPARE(s.resetAtMs(), qint64(15000));
}

void TestRateLimitState::noteRequestSent()
{
    RateLimitState s;
    s.update(rl(2, 10), policy(500, 300), 0);
    s.noteRequestSent(100);
    QCOMPARE(s.remaining(), 1);
    s.noteRequestSent(200);
    QCOMPARE(s.remaining(), 0);
    s.noteRequestSent(300); // never below zero
    QCOMPARE(s.remaining(), 0);
    QVERIFY(s.delayBeforeNext(300).count() > 0);
    s.noteRequestSent(10000); // the window we knew is over: unknown until the next response
    QCOMPARE(s.remaining(), -1);
    QCOMPARE(s.delayBeforeNext(10000).count(), 0);
}

void TestRateLimitState::waitFor429_data()
{
    QTest::addColumn<QByteArray>("rateLimit");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("r=0: t+1") << rl(0, 34) << QByteArray() << qint64(35000);
    QTest::newRow("r=0 beats Retry-After") << rl(0, 34) << QByteArray("10") << qint64(35000);
    QTest::newRow("r=0, t=0: 1 s") << rl(0, 0) << QByteArray() << qint64(1000);
    QTest::newRow("r>0: Retry-After") << rl(5, 34) << QByteArray("10") << qint64(10000);
    QTest::newRow("no RateLimit: Retry-After") << QByteArray() << QByteArray("7") << qint64(7000);
    QTest::newRow("Retry-After with spaces") << QByteArray() << QByteArray(" 7 ") << qint64(7000);
    QTest::newRow("Retry-After 0") << QByteArray() << QByteArray("0") << qint64(0);
    QTest::newRow("invalid RateLimit: Retry-After") << QByteArray("\"api\";r=0") << QByteArray("3") << qint64(3000);
    QTest::newRow("r>0, no Retry-After") << rl(5, 34) << QByteArray() << qint64(-1);
    QTest::newRow("nothing") << QByteArray() << QByteArray() << qint64(-1);
    QTest::newRow("negative Retry-After") << QByteArray() << QByteArray("-3") << qint64(-1);
    QTest::newRow("HTTP-date Retry-After") << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(-1);
}

void TestRateLimitState::waitFor429()
{
    QFETCH(QByteArray, rateLimit);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expectedMs);
    QCOMPARE(RateLimitState::waitFor429(rateLimit, retryAfter).count(), expectedMs);
}

// A client that waits delayBeforeNext() before each request, against a fixed-window server.
void TestRateLimitState::simulationNeverExceedsQuota_data()
{
    QTest::addColumn<qint64>("startMs");   // where in the server's window the client starts
    QTest::addColumn<bool>("floorReset");  // server rounds t down (else up)
    QTest::addColumn<qint64>("latencyMs"); // round trip; the server answers half way
    const qint64 starts[] = {0, 150000, 299500, 299900};
    for (bool floorReset : {false, true}) {
        for (qint64 start : starts) {
            for (qint64 latency : {qint64(0), qint64(120)}) {
                const QByteArray name = QByteArray("start ") + QByteArray::number(start) + " ms, t " + (floorReset ? "floor" : "ceil")
                    + ", latency " + QByteArray::number(latency);
                QTest::newRow(name.constData()) << start << floorReset << latency;
            }
        }
    }
}

void TestRateLimitState::simulationNeverExceedsQuota()
{
    QFETCH(qint64, startMs);
    QFETCH(bool, floorReset);
    QFETCH(qint64, latencyMs);
    constexpr int quota = 50, requests = 200;
    constexpr qint64 windowMs = 300000;

    // The server: fixed windows [k*300 s, (k+1)*300 s), a count per window.
    qint64 window = -1;
    int used = 0, maxUsed = 0, rejected = 0;
    auto serve = [&](qint64 at) {
        const qint64 w = at / windowMs;
        if (w != window) {
            window = w;
            used = 0;
        }
        if (used >= quota)
            ++rejected;
        else
            ++used;
        maxUsed = std::max(maxUsed, used);
        const qint64 leftMs = (w + 1) * windowMs - at;
        const qint64 t = floorReset ? leftMs / 1000 : (leftMs + 999) / 1000;
        return rl(quota - used, int(t));
    };

    RateLimitState client;
    qint64 now = startMs;
    for (int i = 0; i < requests; ++i) {
        now += client.delayBeforeNext(now).count();
        client.noteRequestSent(now);
        const QByteArray header = serve(now + latencyMs / 2);
        now += latencyMs;
        client.update(header, policy(quota, 300), now);
    }
    QCOMPARE(rejected, 0);
    QVERIFY(maxUsed <= quota);
    // And it did not get there by idling: 200 requests at 50 per window fit in 4-5 windows.
    QVERIFY2(now - startMs <= 5 * windowMs, QByteArray::number(now - startMs).constData());
}

QTEST_GUILESS_MAIN(TestRateLimitState)
#include "tst_ratelimitstate.moc"
