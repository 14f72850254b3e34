#include "CensusState.h"

namespace hubwatch {

int CensusState::nextKind() const
{
    for (int k = 0; k < CensusKindCount; ++k) {
        if (!kinds[size_t(k)].done)
            return k;
    }
    return CensusKindCount;
}

qint64 CensusState::pages() const
{
    qint64 n = 0;
    for (const CensusKindState &k : kinds)
        n += k.pages;
    return n;
}

qint64 CensusState::requests() const
{
    qint64 n = 0;
    for (const CensusKindState &k : kinds)
        n += k.requests;
    return n;
}

qint64 CensusState::totalAllTime() const
{
    return kind(CensusKind::Model).allTime + kind(CensusKind::Dataset).allTime;
}

qint64 CensusState::downloads30d() const
{
    return kind(CensusKind::Model).downloads30d + kind(CensusKind::Dataset).downloads30d;
}

} // namespace hubwatch
