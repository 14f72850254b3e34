#include "SeenAlerts.h"

#include <QCryptographicHash>

namespace hubwatch {

SeenAlerts::SeenAlerts(const StoreLocation &database, std::unique_ptr<QSettings> backing)
    : m_settings(backing ? std::move(backing) : std::make_unique<QSettings>())
{
    // The URL would nest QSettings groups at every "/": a digest of it is a flat, stable key.
    const QByteArray digest = QCryptographicHash::hash(database.display().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    m_key = QStringLiteral("sharedHistory/%1/lastAlertShown").arg(QString::fromLatin1(digest));
}

qint64 SeenAlerts::lastShown() const
{
    return m_settings->value(m_key, 0).toLongLong();
}

void SeenAlerts::markShown(const QList<qint64> &ids)
{
    qint64 last = lastShown();
    for (const qint64 id : ids)
        last = qMax(last, id);
    m_settings->setValue(m_key, last);
    m_settings->sync();
}

StoreResult<QList<AlertRecord>> SeenAlerts::pending(HistoryStore &store, qint64 lastShown, const QDateTime &now)
{
    return AlertStore(store).raisedAfter(lastShown, now.addDays(-1));
}

} // namespace hubwatch
