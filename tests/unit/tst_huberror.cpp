// Unit tests for HubError: every error explains itself to the user, with its detail.
#include "hub/HubError.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace hubwatch;
using Kind = HubError::Kind;

class TestHubError : public QObject
{
    Q_OBJECT
private slots:
    void message_data();
    void message();
    void messagesDistinct();
    void noneIsNotAnError();
    void rateLimitedResetTime_data();
    void rateLimitedResetTime();
    void httpStatusInMessage();
    void result();
};

static const QList<QPair<const char *, Kind>> kKinds = {
    {"Offline", Kind::Offline},
    {"InvalidRequest", Kind::InvalidRequest},
    {"NotFound", Kind::NotFound},
    {"Gated", Kind::Gated},
    {"BadToken", Kind::BadToken},
    {"Forbidden", Kind::Forbidden},
    {"RateLimited", Kind::RateLimited},
    {"Server", Kind::Server},
    {"Network", Kind::Network},
    {"Truncated", Kind::Truncated},
    {"Malformed", Kind::Malformed},
    {"TooLarge", Kind::TooLarge},
    {"InsecureRedirect", Kind::InsecureRedirect},
    {"Http", Kind::Http},
};

void TestHubError::message_data()
{
    QTest::addColumn<Kind>("kind");
    for (const auto &k : kKinds)
        QTest::newRow(k.first) << k.second;
}

void TestHubError::message()
{
    QFETCH(Kind, kind);
    const HubError bare(kind, QString(), 503);
    QVERIFY(bare.isError());
    QCOMPARE(bare.kind(), kind);
    const QString head = bare.message();
    QVERIFY(!head.trimmed().isEmpty());
    QVERIFY2(!head.contains(QLatin1String("()")), qPrintable(head)); // no empty detail bracket

    const QString detail = QStringLiteral("GET /api/models: connection reset [x7]");
    const HubError full(kind, detail, 503);
    QCOMPARE(full.detail(), detail);
    const QString msg = full.message();
    QVERIFY2(msg.startsWith(head), qPrintable(msg));
    QVERIFY2(msg.contains(detail), qPrintable(msg));
}

void TestHubError::messagesDistinct()
{
    QSet<QString> seen;
    for (const auto &k : kKinds)
        seen.insert(HubError(k.second, QString()).message());
    QCOMPARE(seen.size(), kKinds.size());
}

void TestHubError::noneIsNotAnError()
{
    const HubError none;
    QVERIFY(!none.isError());
    QCOMPARE(none.kind(), Kind::None);
    QVERIFY(none.message().isEmpty());
    QCOMPARE(none.httpStatus(), 0);
    QVERIFY(!none.retryAt().isValid());
    QVERIFY(HubError(Kind::None, QStringLiteral("ignored")).message().isEmpty());
}

void TestHubError::rateLimitedResetTime_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected"); // UTC clock time in the message; empty: none
    QTest::newRow("UTC") << QDateTime(QDate(2025, 1, 2), QTime(13, 45, 7), Qt::UTC) << QStringLiteral("13:45:07");
    QTest::newRow("offset converted to UTC") << QDateTime(QDate(2025, 1, 2), QTime(15, 45, 7), Qt::OffsetFromUTC, 2 * 3600)
                                             << QStringLiteral("13:45:07");
    QTest::newRow("midnight") << QDateTime(QDate(2025, 6, 30), QTime(0, 0, 1), Qt::UTC) << QStringLiteral("00:00:01");
    QTest::newRow("not set") << QDateTime() << QString();
}

void TestHubError::rateLimitedResetTime()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    HubError e(Kind::RateLimited, QStringLiteral("r=0;t=34"), 429);
    e.setRetryAt(at);
    QCOMPARE(e.retryAt(), at);
    const QString msg = e.message();
    QVERIFY(msg.contains(QLatin1String("r=0;t=34")));
    static const QRegularExpression clock(QStringLiteral("\\d\\d:\\d\\d:\\d\\d"));
    if (expected.isEmpty()) {
        QVERIFY2(!msg.contains(clock), qPrintable(msg));
        QVERIFY2(!msg.contains(QLatin1String("UTC")), qPrintable(msg));
    } else {
        QVERIFY2(msg.contains(expected), qPrintable(msg));
        QVERIFY2(msg.contains(QLatin1String("UTC")), qPrintable(msg));
        QVERIFY(msg != HubError(Kind::RateLimited, QStringLiteral("r=0;t=34")).message());
    }
}

void TestHubError::httpStatusInMessage()
{
    const HubError e(Kind::Http, QString(), 418);
    QCOMPARE(e.httpStatus(), 418);
    QVERIFY2(e.message().contains(QLatin1String("418")), qPrintable(e.message()));
    QVERIFY(!HubError(Kind::Http, QString(), 409).message().contains(QLatin1String("418")));
}

void TestHubError::result()
{
    HubResult<int> r;
    QVERIFY(r.ok());
    QCOMPARE(r.value, 0);
    r.error = HubError(Kind::NotFound, QStringLiteral("org/x"), 404);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.httpStatus(), 404);
}

QTEST_GUILESS_MAIN(TestHubError)
#include "tst_huberror.moc"
