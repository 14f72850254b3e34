#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hubwatch {

// The dashboard's words for time: when a milestone is expected, and how long ago an alert came.
class DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(DashboardText)
public:
    // The range [low, high] in a precision that matches how far away it is: days for the next
    // few weeks ("12/6/26 – 12/9/26"), months for the next years ("Sep–Nov 2027"), years beyond
    // ("2031–2034"). A date months away is not known to the day, so it is not shown to the day.
    // An invalid high (beyond the projection's horizon) reads "after <low>".
    static QString etaInterval(const QDateTime &low, const QDateTime &high, const QDateTime &now, const QLocale &locale = QLocale());
    // "just now", "12 min ago", "3 h ago", "4 days ago".
    static QString ago(const QDateTime &t, const QDateTime &now);
};

} // namespace hubwatch
