// Unit tests for CompactNumber: locale-driven schemes, significant digits, carries at unit
// boundaries, signs, and the trimmed style used by milestone labels.
#include "analysis/CompactNumber.h"

#include <QTest>

#include <limits>

using namespace hubwatch;

Q_DECLARE_METATYPE(CompactNumber::Zeros)

class TestCompactNumber : public QObject
{
    Q_OBJECT
private slots:
    void format_data();
    void format();
    void schemeFollowsLocaleNotUiLanguage();
    void negativeMirrorsPositive_data();
    void negativeMirrorsPositive();
    void neverMoreThanFourDigitsBeforeASuffix();
};

namespace {
const QLocale kEn(QLocale::English, QLocale::UnitedStates);
const QLocale kDe(QLocale::German, QLocale::Germany);
const QLocale kZh(QLocale::Chinese, QLocale::China);
const QLocale kTw(QLocale::Chinese, QLocale::Taiwan);
const QLocale kFr(QLocale::French, QLocale::France);
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

void TestCompactNumber::format_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<CompactNumber::Zeros>("zeros");
    QTest::addColumn<QString>("expected");
    const auto keep = CompactNumber::Zeros::Keep;
    const auto trim = CompactNumber::Zeros::Trim;
    auto row = [](const char *name, qint64 v, const QLocale &l, CompactNumber::Zeros z, const QString &e) {
        QTest::newRow(name) << v << l << z << e;
    };

    // English: the seed's own figures, then every boundary.
    row("en seed 933.0M", 933'000'000, kEn, keep, QStringLiteral("933.0M"));
    row("en 1.02B", 1'020'000'000, kEn, keep, QStringLiteral("1.02B"));
    row("en 12.3K", 12'345, kEn, keep, QStringLiteral("12.3K"));
    row("en 45.6M", 45'600'000, kEn, keep, QStringLiteral("45.6M"));
    row("en 1.00T", 1'000'000'000'000, kEn, keep, QStringLiteral("1.00T"));
    row("en 0", 0, kEn, keep, QStringLiteral("0"));
    row("en 1", 1, kEn, keep, QStringLiteral("1"));
    row("en 999", 999, kEn, keep, QStringLiteral("999"));
    row("en 1000", 1000, kEn, keep, QStringLiteral("1.00K"));
    row("en 1005 half up", 1005, kEn, keep, QStringLiteral("1.01K"));
    row("en 1004", 1004, kEn, keep, QStringLiteral("1.00K"));
    row("en 9994", 9994, kEn, keep, QStringLiteral("9.99K"));
    row("en 9995 carries a digit", 9995, kEn, keep, QStringLiteral("10.0K"));
    row("en 9999", 9999, kEn, keep, QStringLiteral("10.0K"));
    row("en 10000", 10'000, kEn, keep, QStringLiteral("10.0K"));
    row("en 99949", 99'949, kEn, keep, QStringLiteral("99.9K"));
    row("en 99950", 99'950, kEn, keep, QStringLiteral("100.0K"));
    row("en 999949", 999'949, kEn, keep, QStringLiteral("999.9K"));
    row("en 999950 moves up a unit", 999'950, kEn, keep, QStringLiteral("1.00M"));
    row("en 1e6", 1'000'000, kEn, keep, QStringLiteral("1.00M"));
    row("en 1e9-1", 999'999'999, kEn, keep, QStringLiteral("1.00B"));
    row("en 999.9M", 999'949'999, kEn, keep, QStringLiteral("999.9M"));
    row("en 1e12-1", 999'999'999'999, kEn, keep, QStringLiteral("1.00T"));
    row("en max stays in T", kMax, kEn, keep, QStringLiteral("9223372T"));
    row("en min", kMin, kEn, keep, QStringLiteral("-9223372T"));
    row("en negative", -12'345, kEn, keep, QStringLiteral("-12.3K"));
    row("en negative small", -999, kEn, keep, QStringLiteral("-999"));
    row("en negative carry", -999'950, kEn, keep, QStringLiteral("-1.00M"));
    row("en_GB same scheme", 933'000'000, QLocale(QLocale::English, QLocale::UnitedKingdom), keep, QStringLiteral("933.0M"));

    // German: its own words and decimal comma.
    row("de seed", 933'000'000, kDe, keep, QStringLiteral("933,0 Mio."));
    row("de 1,02 Mrd.", 1'020'000'000, kDe, keep, QStringLiteral("1,02 Mrd."));
    row("de 12,3 Tsd.", 12'345, kDe, keep, QStringLiteral("12,3 Tsd."));
    row("de 999", 999, kDe, keep, QStringLiteral("999"));
    row("de 1000", 1000, kDe, keep, QStringLiteral("1,00 Tsd."));
    row("de 999950", 999'950, kDe, keep, QStringLiteral("1,00 Mio."));
    row("de 1e12", 1'000'000'000'000, kDe, keep, QStringLiteral("1,00 Bio."));
    row("de negative", -45'600'000, kDe, keep, QStringLiteral("-45,6 Mio."));
    row("de_AT same scheme", 12'345, QLocale(QLocale::German, QLocale::Austria), keep, QStringLiteral("12,3 Tsd."));

    // Chinese: 万 and 亿, grouped by 10^4; plain integers below 1万, without separators.
    row("zh seed", 933'000'000, kZh, keep, QStringLiteral("9.33亿"));
    row("zh 1.02B", 1'020'000'000, kZh, keep, QStringLiteral("10.2亿"));
    row("zh 999", 999, kZh, keep, QStringLiteral("999"));
    row("zh 1234 plain", 1234, kZh, keep, QStringLiteral("1234"));
    row("zh 9999 plain", 9999, kZh, keep, QStringLiteral("9999"));
    row("zh 1万", 10'000, kZh, keep, QStringLiteral("1.00万"));
    row("zh 12345", 12'345, kZh, keep, QStringLiteral("1.23万"));
    row("zh 99950 carries a digit", 99'950, kZh, keep, QStringLiteral("10.0万"));
    row("zh 1234567", 1'234'567, kZh, keep, QStringLiteral("123.5万"));
    row("zh 9999500 carries a digit", 9'999'500, kZh, keep, QStringLiteral("1000万"));
    row("zh 12345678 no decimals", 12'345'678, kZh, keep, QStringLiteral("1235万"));
    row("zh 1e8-1 moves up a unit", 99'999'999, kZh, keep, QStringLiteral("1.00亿"));
    row("zh 1e12", 1'000'000'000'000, kZh, keep, QStringLiteral("1.00万亿"));
    row("zh negative", -933'000'000, kZh, keep, QStringLiteral("-9.33亿"));
    row("zh_TW traditional", 933'000'000, kTw, keep, QStringLiteral("9.33億"));
    row("zh_TW 萬", 12'345, kTw, keep, QStringLiteral("1.23萬"));

    // Any other language: short-scale letters, the locale's decimal separator.
    row("fr fallback", 933'000'000, kFr, keep, QStringLiteral("933,0M"));
    row("C locale", 1'020'000'000, QLocale::c(), keep, QStringLiteral("1.02B"));

    // Trimmed, for milestone labels.
    row("trim 1B", 1'000'000'000, kEn, trim, QStringLiteral("1B"));
    row("trim 500M", 500'000'000, kEn, trim, QStringLiteral("500M"));
    row("trim 2K", 2000, kEn, trim, QStringLiteral("2K"));
    row("trim 1.5M", 1'500'000, kEn, trim, QStringLiteral("1.5M"));
    row("trim 933.0M", 933'000'000, kEn, trim, QStringLiteral("933M"));
    row("trim 1.02B keeps digits", 1'020'000'000, kEn, trim, QStringLiteral("1.02B"));
    row("trim 5", 5, kEn, trim, QStringLiteral("5"));
    row("trim 999950", 999'950, kEn, trim, QStringLiteral("1M"));
    row("trim de 1 Mrd.", 1'000'000'000, kDe, trim, QStringLiteral("1 Mrd."));
    row("trim zh 10亿", 1'000'000'000, kZh, trim, QStringLiteral("10亿"));
    row("trim zh 5亿", 500'000'000, kZh, trim, QStringLiteral("5亿"));
    row("trim zh 2000", 2000, kZh, trim, QStringLiteral("2000"));
    row("trim zh 2万", 20'000, kZh, trim, QStringLiteral("2万"));
}

void TestCompactNumber::format()
{
    QFETCH(qint64, value);
    QFETCH(QLocale, locale);
    QFETCH(CompactNumber::Zeros, zeros);
    QFETCH(QString, expected);
    QCOMPARE(CompactNumber::format(value, locale, zeros), expected);
}

void TestCompactNumber::schemeFollowsLocaleNotUiLanguage()
{
    // The default (UI) locale must not leak in: only the locale passed counts.
    const QLocale saved;
    QLocale::setDefault(kDe);
    QCOMPARE(CompactNumber::format(933'000'000, kEn), QStringLiteral("933.0M"));
    QLocale::setDefault(kEn);
    QCOMPARE(CompactNumber::format(933'000'000, kZh), QStringLiteral("9.33亿"));
    QLocale::setDefault(saved);
}

void TestCompactNumber::negativeMirrorsPositive_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en") << kEn;
    QTest::newRow("de") << kDe;
    QTest::newRow("zh") << kZh;
}

void TestCompactNumber::negativeMirrorsPositive()
{
    QFETCH(QLocale, locale);
    for (qint64 v = 1; v < kMax / 7; v = v * 7 + 3) {
        const QString pos = CompactNumber::format(v, locale);
        QCOMPARE(CompactNumber::format(-v, locale), locale.negativeSign() + pos);
    }
}

void TestCompactNumber::neverMoreThanFourDigitsBeforeASuffix()
{
    // 3–4 significant digits for everything below the top unit, whatever the carries do.
    for (const QLocale &locale : {kEn, kDe, kZh}) {
        for (qint64 v = 1; v < 999'000'000'000LL; v = v * 3 + 1) {
            for (qint64 w : {v, v * 10 - 1, v * 10 - 5, v * 10 + 4}) {
                const QString s = CompactNumber::format(w, locale);
                int digits = 0;
                for (QChar c : s)
                    digits += c.isDigit() ? 1 : 0;
                QVERIFY2(digits >= 1 && digits <= 4, qPrintable(s));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestCompactNumber)
#include "tst_compactnumber.moc"
