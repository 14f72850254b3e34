#include "DashboardText.h"

namespace hubwatch {

namespace {
constexpr qint64 kDaysAsDays = 60;        // up to two months away: to the day
constexpr qint64 kDaysAsMonths = 3 * 365; // up to three years: to the month
} // namespace

QString DashboardText::etaInterval(const QDateTime &low, const QDateTime &high, const QDateTime &now, const QLocale &locale)
{
    if (!low.isValid())
        return QString();
    const QDate a = low.toUTC().date();
    const auto month = [&locale](const QDate &d) { return locale.standaloneMonthName(d.month(), QLocale::ShortFormat); };
    const auto monthYear = [&](const QDate &d) { return tr("%1 %2", "month year").arg(month(d)).arg(d.year()); };
    if (!high.isValid())
        return tr("after %1").arg(monthYear(a));
    const QDate b = high.toUTC().date();
    const qint64 away = now.toUTC().date().daysTo(b);
    if (away <= kDaysAsDays) {
        if (a == b)
            return locale.toString(a, QLocale::ShortFormat);
        return tr("%1 – %2").arg(locale.toString(a, QLocale::ShortFormat), locale.toString(b, QLocale::ShortFormat));
    }
    if (away <= kDaysAsMonths) {
        if (a.year() == b.year() && a.month() == b.month())
            return monthYear(a);
        if (a.year() == b.year())
            return tr("%1–%2 %3", "months of one year").arg(month(a), month(b)).arg(a.year());
        return tr("%1 – %2").arg(monthYear(a), monthYear(b));
    }
    if (a.year() == b.year())
        return QString::number(a.year());
    return tr("%1–%2", "years").arg(a.year()).arg(b.year());
}

QString DashboardText::ago(const QDateTime &t, const QDateTime &now)
{
    const qint64 minutes = t.secsTo(now) / 60;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%1 min ago").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h ago").arg(minutes / 60);
    return tr("%1 days ago").arg(minutes / (24 * 60));
}

} // namespace hubwatch
