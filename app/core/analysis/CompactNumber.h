#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace hubwatch {

// A count shortened for tables, the tray and chart axes: "933.0M", "1,02 Mrd.", "9.33亿".
//
// Rules (why: a download count must stay readable at a glance, yet keep enough digits that two
// neighbouring repos do not print the same):
// - The scheme comes from the locale's language, never from the UI translation, so a German
//   UI with an English number locale still prints "933.0M":
//     German  → Tsd. (1e3), Mio. (1e6), Mrd. (1e9), Bio. (1e12), with a space before the word;
//     Chinese → 万 (1e4), 亿 (1e8), 万亿 (1e12); 萬/億/萬億 for Traditional Chinese script;
//     any other language → K, M, B, T (short scale), with the locale's decimal separator.
// - Below the first unit the integer is printed as is, without group separators ("999",
//   and "1234" in Chinese, where 3-digit grouping would clash with the 万 grouping).
// - 3–4 significant digits: 2 decimals below 10 (1.02B), 1 decimal below 1000 (12.3K, 933.0M),
//   none above (Chinese 1235万; the top unit, 9223372T).
// - Half-up rounding in exact integer arithmetic; a carry moves to fewer decimals or to the
//   next unit: 9,999 → "10.0K", 999,950 → "1.00M" (never "1000.0K").
// - Negative values keep the locale's minus sign.
// - The unit patterns ("%1K", "%1 Mio.", "%1亿") go through tr(): a translator may adjust a
//   scheme's wording, but which scheme applies is still the locale's decision.
class CompactNumber
{
    Q_DECLARE_TR_FUNCTIONS(CompactNumber)
public:
    // Keep: fixed decimals ("1.00B", for columns that line up). Trim: trailing zeros dropped
    // ("1B", "1.5M", "933M"), for labels of round numbers such as milestones.
    enum class Zeros { Keep, Trim };

    static QString format(qint64 value, const QLocale &locale, Zeros zeros = Zeros::Keep);
};

} // namespace hubwatch
