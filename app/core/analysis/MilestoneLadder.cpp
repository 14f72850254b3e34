#include "analysis/MilestoneLadder.h"

#include "analysis/CompactNumber.h"

#include <algorithm>
#include <limits>

namespace hubwatch {

namespace {

QList<qint64> defaultRungs()
{
    QList<qint64> rungs;
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    for (qint64 decade = 1;; decade *= 10) {
        for (qint64 m : {1, 2, 5}) {
            if (decade > max / m)
                return rungs;
            rungs.append(decade * m);
        }
        if (decade > max / 10)
            return rungs;
    }
}

} // namespace

MilestoneLadder::MilestoneLadder() : m_rungs(defaultRungs())
{}

void MilestoneLadder::setExtra(const QList<qint64> &extra)
{
    m_extra.clear();
    for (qint64 v : extra) {
        if (v > 0)
            m_extra.append(v);
    }
    std::sort(m_extra.begin(), m_extra.end());
    m_extra.erase(std::unique(m_extra.begin(), m_extra.end()), m_extra.end());

    m_rungs = defaultRungs();
    m_rungs.append(m_extra);
    std::sort(m_rungs.begin(), m_rungs.end());
    m_rungs.erase(std::unique(m_rungs.begin(), m_rungs.end()), m_rungs.end());
}

qint64 MilestoneLadder::next(qint64 value) const
{
    const auto it = std::upper_bound(m_rungs.cbegin(), m_rungs.cend(), value);
    return it == m_rungs.cend() ? 0 : *it;
}

qint64 MilestoneLadder::previous(qint64 value) const
{
    const auto it = std::upper_bound(m_rungs.cbegin(), m_rungs.cend(), value);
    return it == m_rungs.cbegin() ? 0 : *(it - 1);
}

QList<qint64> MilestoneLadder::crossed(qint64 before, qint64 after) const
{
    if (after <= before)
        return {};
    const auto from = std::upper_bound(m_rungs.cbegin(), m_rungs.cend(), before);
    const auto to = std::upper_bound(from, m_rungs.cend(), after);
    return QList<qint64>(from, to);
}

QString MilestoneLadder::label(qint64 rung, const QLocale &locale)
{
    return CompactNumber::format(rung, locale, CompactNumber::Zeros::Trim);
}

} // namespace hubwatch
