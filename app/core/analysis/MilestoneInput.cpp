#include "MilestoneInput.h"

#include <QList>
#include <QPair>

#include <cmath>
#include <limits>

namespace hubwatch {

namespace {
// Unit words, longest first so "Mrd." is not read as "M". English short scale everywhere,
// plus the German and Chinese words CompactNumber prints.
const QList<QPair<QString, qint64>> &units()
{
    static const QList<QPair<QString, qint64>> list{
        {QStringLiteral("万亿"), 1'000'000'000'000LL},
        {QStringLiteral("萬億"), 1'000'000'000'000LL},
        {QStringLiteral("mrd."), 1'000'000'000LL},
        {QStringLiteral("mrd"), 1'000'000'000LL},
        {QStringLiteral("mio."), 1'000'000LL},
        {QStringLiteral("mio"), 1'000'000LL},
        {QStringLiteral("bio."), 1'000'000'000'000LL},
        {QStringLiteral("tsd."), 1'000LL},
        {QStringLiteral("亿"), 100'000'000LL},
        {QStringLiteral("億"), 100'000'000LL},
        {QStringLiteral("万"), 10'000LL},
        {QStringLiteral("萬"), 10'000LL},
        {QStringLiteral("k"), 1'000LL},
        {QStringLiteral("m"), 1'000'000LL},
        {QStringLiteral("b"), 1'000'000'000LL},
        {QStringLiteral("t"), 1'000'000'000'000LL},
    };
    return list;
}
} // namespace

bool MilestoneInput::parse(const QString &text, const QLocale &locale, qint64 *value, QString *error)
{
    QString s = text.trimmed().toLower();
    if (s.isEmpty()) {
        *error = tr("Type a number of downloads, such as 1B, 250M or 2,500,000.");
        return false;
    }
    qint64 unit = 1;
    for (const auto &u : units()) {
        if (s.endsWith(u.first)) {
            unit = u.second;
            s.chop(u.first.size());
            s = s.trimmed();
            break;
        }
    }
    bool ok = false;
    double number = 0;
    if (unit == 1) {
        // A whole number, with the locale's group separators or the English ones.
        qint64 whole = locale.toLongLong(s, &ok);
        if (!ok)
            whole = QLocale::c().toLongLong(s, &ok);
        number = double(whole);
    } else {
        // "1.5B" and "1,5 Mrd.": the locale's decimal point first, then the C one.
        number = locale.toDouble(s, &ok);
        if (!ok)
            number = QLocale::c().toDouble(s, &ok);
    }
    if (!ok || !std::isfinite(number)) {
        *error = tr("\"%1\" is not a number of downloads; try 1B, 250M or 2,500,000.").arg(text.trimmed());
        return false;
    }
    const double scaled = std::round(number * double(unit));
    if (scaled < 1) {
        *error = tr("A milestone must be above zero.");
        return false;
    }
    if (scaled >= double(std::numeric_limits<qint64>::max())) {
        *error = tr("\"%1\" is too large.").arg(text.trimmed());
        return false;
    }
    *value = qint64(scaled);
    return true;
}

} // namespace hubwatch
