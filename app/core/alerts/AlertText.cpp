#include "AlertText.h"

#include "analysis/MilestoneLadder.h"
#include "report/SeriesNames.h"

namespace hubwatch {

QString AlertText::when(const QDateTime &t, const QLocale &locale)
{
    return locale.toString(t.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString AlertText::title(const AlertRecord &a, const QLocale &locale)
{
    const QString name = SeriesNames::display(a.series, a.subject);
    switch (a.kind) {
    case AlertRecord::Kind::Milestone:
        if (a.threshold > 0)
            return tr("%1 passed %2").arg(name, MilestoneLadder::label(a.threshold, locale));
        break;
    case AlertRecord::Kind::HotCategory: return tr("Hot category: %1").arg(name);
    case AlertRecord::Kind::NewEntrant:
    case AlertRecord::Kind::RecordDay:
    case AlertRecord::Kind::Anomaly: break;
    }
    return a.legacyTitle.isEmpty() ? name : a.legacyTitle;
}

QString AlertText::body(const AlertRecord &a, const QLocale &locale)
{
    // The title already names the series and the figure: the body adds only when and why, so a
    // notification (summary over body) does not say the same thing twice.
    switch (a.kind) {
    case AlertRecord::Kind::Milestone: {
        if (a.threshold <= 0)
            break;
        if (a.cause == AlertRecord::Cause::ScopeEntry && a.from.isValid())
            return tr("Between %1 and %2, because repos entered the tracked scope, not through downloads.")
                .arg(when(a.from, locale), when(a.to, locale));
        if (a.whileClosed && a.from.isValid())
            return tr("Between %1 and %2, while HubWatch was not polling (around %3).")
                .arg(when(a.from, locale), when(a.to, locale), when(a.happenedAt, locale));
        return tr("Reached around %1.").arg(when(a.happenedAt, locale));
    }
    case AlertRecord::Kind::HotCategory:
        if (a.topN <= 0)
            break;
        return tr("Now %1% of the top-%2 models' download velocity, up %3 points in 7 days.")
            .arg(locale.toString(a.sharePercent, 'f', 1))
            .arg(a.topN)
            .arg(locale.toString(a.changePoints, 'f', 1));
    case AlertRecord::Kind::NewEntrant:
    case AlertRecord::Kind::RecordDay:
    case AlertRecord::Kind::Anomaly: break;
    }
    return a.legacyBody;
}

} // namespace hubwatch
