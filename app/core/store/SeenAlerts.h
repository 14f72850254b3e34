#pragma once

#include "AlertStore.h"

#include <QSettings>

#include <memory>

namespace hubwatch {

// Which alerts of a shared history this desktop has shown. Desktops only read a shared database,
// so this is kept on the desktop itself (QSettings, one entry per database): every desktop shows
// each alert the collector raises once, independently of the others.
class SeenAlerts
{
public:
    // `backing` nullptr: the application's default QSettings (the person's own settings file).
    explicit SeenAlerts(const StoreLocation &database, std::unique_ptr<QSettings> backing = nullptr);

    qint64 lastShown() const;
    void markShown(const QList<qint64> &ids);

    // What to show now, run on the store's thread: alerts newer than the last one shown, and
    // raised within the last day, so a desktop joining a team does not replay months of news
    // as notifications (the alert log still lists everything).
    static StoreResult<QList<AlertRecord>> pending(HistoryStore &store, qint64 lastShown, const QDateTime &now);

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_key;
};

} // namespace hubwatch
