#include "SeenAlerts.h"

#include <QCryptographicHash>

namespace hubwatch {

namespace {
QString raisedKey(const QString &idKey)
{
    return idKey + QStringLiteral("RaisedAt");
}
} // namespace

SeenAlerts::SeenAlerts(const StoreLocation &database, std::unique_ptr<QSettings> backing)
    : m_settings(backing ? std::move(backing) : std::make_unique<QSettings>())
{
    // The URL would nest QSettings groups at every "/": a digest of it is a flat, stable key.
    const QByteArray digest = QCryptographicHash::hash(database.display().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    m_key = QStringLiteral("sharedHistory/%1/lastAlertShown").arg(QString::fromLatin1(digest));
}

SeenAlerts::Mark SeenAlerts::lastShown() const
{
    Mark mark;
    mark.id = m_settings->value(m_key, 0).toLongLong();
    const QVariant raised = m_settings->value(raisedKey(m_key));
    if (raised.isValid())
        mark.raisedAt = QDateTime::fromMSecsSinceEpoch(raised.toLongLong(), Qt::UTC);
    return mark;
}

void SeenAlerts::markShown(const QList<AlertRecord> &alerts)
{
    if (alerts.isEmpty())
        return;
    // The newest shown becomes the mark, even below an old one: pending() drops a mark of a
    // replaced database, and what it then shows is numbered afresh.
    const AlertRecord *newest = &alerts.first();
    for (const AlertRecord &a : alerts)
        if (a.id > newest->id)
            newest = &a;
    m_settings->setValue(m_key, newest->id);
    m_settings->setValue(raisedKey(m_key), newest->raisedAt.toMSecsSinceEpoch());
    m_settings->sync();
}

StoreResult<QList<AlertRecord>> SeenAlerts::pending(HistoryStore &store, const Mark &lastShown, const QDateTime &now)
{
    AlertStore alerts(store);
    qint64 after = lastShown.id;
    if (after > 0) {
        const auto raised = alerts.raisedAtOf(after);
        if (!raised.ok())
            return {{}, raised.error};
        // Alerts are never deleted: no such alert, or one raised at another time, means the
        // database was replaced. Starting over replays at most the last day (the window below).
        if (!raised.value.isValid() || (lastShown.raisedAt.isValid() && raised.value != lastShown.raisedAt))
            after = 0;
    }
    return alerts.raisedAfter(after, now.addDays(-1));
}

} // namespace hubwatch
