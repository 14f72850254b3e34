#pragma once

#include <QDateTime>
#include <QList>
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

// A list of ids as the JSON array SqlDialect::idList and inIdList take as one parameter.
inline QString idArray(const QList<qint64> &ids)
{
    QString out;
    out.reserve(ids.size() * 8 + 2);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QString::number(ids.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

} // namespace hubwatch::sqlvalues
