#include "analysis/CompactNumber.h"

#include <array>

namespace hubwatch {

namespace {

enum class Scheme { ShortScale, German, ChineseSimplified, ChineseTraditional };

Scheme schemeFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::German: return Scheme::German;
    case QLocale::Chinese:
        return locale.script() == QLocale::TraditionalChineseScript ? Scheme::ChineseTraditional : Scheme::ChineseSimplified;
    default: return Scheme::ShortScale;
    }
}

// Unit scales, ascending. Chinese groups by 10^4, the others by 10^3.
struct Units
{
    std::array<quint64, 4> scale;
    int count;
};

Units unitsFor(Scheme scheme)
{
    if (scheme == Scheme::ChineseSimplified || scheme == Scheme::ChineseTraditional)
        return {{10'000ULL, 100'000'000ULL, 1'000'000'000'000ULL, 0}, 3};
    return {{1'000ULL, 1'000'000ULL, 1'000'000'000ULL, 1'000'000'000'000ULL}, 4};
}

constexpr quint64 pow10(int d)
{
    quint64 p = 1;
    for (int i = 0; i < d; ++i)
        p *= 10;
    return p;
}

// Fewer decimals as the integer part grows, for 3–4 significant digits.
int decimalsFor(quint64 integerPart)
{
    if (integerPart < 10)
        return 2;
    if (integerPart < 1000)
        return 1;
    return 0;
}

// round(mag / scale, d decimals) * 10^d, half up, without overflow or floating point:
// mag < 2^63 and scale <= 10^12, so r * 10^d < 10^14.
quint64 roundScaled(quint64 mag, quint64 scale, int d)
{
    const quint64 p = pow10(d);
    return (mag / scale) * p + ((mag % scale) * p + scale / 2) / scale;
}

} // namespace

QString CompactNumber::format(qint64 value, const QLocale &locale, Zeros zeros)
{
    QLocale loc(locale);
    loc.setNumberOptions(loc.numberOptions() | QLocale::OmitGroupSeparator);

    const Scheme scheme = schemeFor(locale);
    const Units units = unitsFor(scheme);
    // |value| as unsigned, also for the most negative qint64.
    const quint64 mag = value < 0 ? quint64(-(value + 1)) + 1 : quint64(value);
    if (mag < units.scale[0])
        return loc.toString(value);

    int u = units.count - 1;
    while (mag < units.scale[u])
        --u;

    int d = 0;
    quint64 rounded = 0;
    for (;;) {
        const quint64 scale = units.scale[u];
        d = decimalsFor(mag / scale);
        rounded = roundScaled(mag, scale, d);
        // A carry can add a digit (9.995K → 10.00K): print it with one decimal fewer.
        const int carried = decimalsFor(rounded / pow10(d));
        if (carried < d) {
            d = carried;
            rounded = roundScaled(mag, scale, d);
        }
        // ... or fill the unit (999.95K → 1000K): move up, so it reads 1.00M.
        if (u + 1 < units.count && rounded / pow10(d) >= units.scale[u + 1] / scale) {
            ++u;
            continue;
        }
        break;
    }
    if (zeros == Zeros::Trim) {
        while (d > 0 && rounded % 10 == 0) {
            rounded /= 10;
            --d;
        }
    }

    // rounded < 10^10, so the double is exact to well below the last printed digit.
    double mantissa = double(rounded) / double(pow10(d));
    if (value < 0)
        mantissa = -mantissa;
    const QString number = loc.toString(mantissa, 'f', d);

    switch (scheme) {
    case Scheme::German:
        switch (u) {
        case 0: return tr("%1 Tsd.", "compact number, thousands (German locales)").arg(number);
        case 1: return tr("%1 Mio.", "compact number, millions (German locales)").arg(number);
        case 2: return tr("%1 Mrd.", "compact number, 10^9 (German locales)").arg(number);
        default: return tr("%1 Bio.", "compact number, 10^12 (German locales)").arg(number);
        }
    case Scheme::ChineseSimplified:
        switch (u) {
        case 0: return tr("%1万", "compact number, 10^4 (Simplified Chinese locales)").arg(number);
        case 1: return tr("%1亿", "compact number, 10^8 (Simplified Chinese locales)").arg(number);
        default: return tr("%1万亿", "compact number, 10^12 (Simplified Chinese locales)").arg(number);
        }
    case Scheme::ChineseTraditional:
        switch (u) {
        case 0: return tr("%1萬", "compact number, 10^4 (Traditional Chinese locales)").arg(number);
        case 1: return tr("%1億", "compact number, 10^8 (Traditional Chinese locales)").arg(number);
        default: return tr("%1萬億", "compact number, 10^12 (Traditional Chinese locales)").arg(number);
        }
    case Scheme::ShortScale: break;
    }
    switch (u) {
    case 0: return tr("%1K", "compact number, thousands (English and other locales)").arg(number);
    case 1: return tr("%1M", "compact number, millions (English and other locales)").arg(number);
    case 2: return tr("%1B", "compact number, 10^9 (English and other locales)").arg(number);
    default: return tr("%1T", "compact number, 10^12 (English and other locales)").arg(number);
    }
}

} // namespace hubwatch
