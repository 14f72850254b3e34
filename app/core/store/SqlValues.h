#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QVariant>

// How HubWatch's values map to SQL and back, shared by the store's translation units.
namespace hubwatch::sqlvalues {

// -1 (RepoStats::Unknown) is stored as NULL, never as a number.
inline QVariant orNull(qint64 v)
{
    return v < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v);
}

inline qint64 orUnknown(const QVariant &v)
{
    return v.isNull() ? -1 : v.toLongLong();
}

// Times are milliseconds since the epoch, UTC.
inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace hubwatch::sqlvalues
