#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace hubwatch {

// The round numbers worth an alert: 1, 2, 5 × 10^k (1, 2, 5, 10, 20, 50, … 5·10^18; 57 rungs
// fit in a qint64), plus the user's own thresholds. Pure: which rungs were already announced
// is the alert store's business, not the ladder's.
class MilestoneLadder
{
public:
    MilestoneLadder();

    // User thresholds merged into the default rungs; values <= 0 are ignored, duplicates
    // (among themselves or with default rungs) collapse.
    void setExtra(const QList<qint64> &extra);
    QList<qint64> extra() const { return m_extra; } // sorted, unique, > 0
    QList<qint64> rungs() const { return m_rungs; } // all rungs, sorted, unique

    // The smallest rung > value; 0 when there is none (above 5·10^18 and every extra).
    qint64 next(qint64 value) const;
    // The largest rung <= value: the last milestone reached (933M → 500M, 1B → 1B); 0 if none.
    qint64 previous(qint64 value) const;
    // Every rung r with before < r <= after, ascending; empty when after <= before. Reaching a
    // rung exactly counts as crossing it, so a poll landing on 1,000,000 fires "1M".
    QList<qint64> crossed(qint64 before, qint64 after) const;

    // A rung as people say it: CompactNumber without trailing zeros ("1B", "500M", "2K",
    // "1.5M"; German "1 Mrd.", Chinese "10亿"). An extra such as 1,234,567 keeps 3–4
    // significant digits ("1.23M").
    static QString label(qint64 rung, const QLocale &locale);

private:
    QList<qint64> m_extra;
    QList<qint64> m_rungs;
};

} // namespace hubwatch
