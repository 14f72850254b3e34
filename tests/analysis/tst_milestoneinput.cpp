// MilestoneInput: thresholds typed the way HubWatch prints numbers, in the user's locale.
#include "analysis/MilestoneInput.h"

#include <QTest>

using namespace hubwatch;

class TestMilestoneInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
};

void TestMilestoneInput::accepts_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("plain") << "en_US"
                           << "2500000" << qint64(2'500'000);
    QTest::newRow("grouped en") << "en_US"
                                << "2,500,000" << qint64(2'500'000);
    QTest::newRow("grouped de") << "de_DE"
                                << "2.500.000" << qint64(2'500'000);
    QTest::newRow("english grouping in de") << "de_DE"
                                            << "2,500,000" << qint64(2'500'000);
    QTest::newRow("suffix M") << "en_US"
                              << "250M" << qint64(250'000'000);
    QTest::newRow("suffix lower k with space") << "en_US"
                                               << " 12 k " << qint64(12'000);
    QTest::newRow("decimal B") << "en_US"
                               << "1.5B" << qint64(1'500'000'000);
    QTest::newRow("trillion") << "en_US"
                              << "2T" << qint64(2'000'000'000'000);
    QTest::newRow("de decimal comma") << "de_DE"
                                      << "1,5 Mrd." << qint64(1'500'000'000);
    QTest::newRow("de Mio") << "de_DE"
                            << "933 Mio." << qint64(933'000'000);
    QTest::newRow("de with C decimal") << "de_DE"
                                       << "1.5B" << qint64(1'500'000'000);
    QTest::newRow("zh yi") << "zh_CN"
                           << "9.33亿" << qint64(933'000'000);
    QTest::newRow("zh wan") << "zh_CN"
                            << "5万" << qint64(50'000);
    QTest::newRow("rounds to whole downloads") << "en_US"
                                               << "1.0000005K" << qint64(1'000);
}

void TestMilestoneInput::accepts()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    qint64 value = -1;
    QString error;
    QVERIFY2(MilestoneInput::parse(text, QLocale(locale), &value, &error), qPrintable(error));
    QCOMPARE(value, expected);
}

void TestMilestoneInput::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("words") << "a lot";
    QTest::newRow("zero") << "0";
    QTest::newRow("negative") << "-5M";
    QTest::newRow("fraction without unit") << "2.5";
    QTest::newRow("unit alone") << "M";
    QTest::newRow("too large") << "99999999T";
    QTest::newRow("not a number") << "nanB";
}

void TestMilestoneInput::refuses()
{
    QFETCH(QString, text);
    qint64 value = -1;
    QString error;
    QVERIFY(!MilestoneInput::parse(text, QLocale(QStringLiteral("en_US")), &value, &error));
    QCOMPARE(value, qint64(-1));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestMilestoneInput)
#include "tst_milestoneinput.moc"
