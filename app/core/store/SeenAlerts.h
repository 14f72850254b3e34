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
    // The last alert shown: its id, and when it was raised, which tells whether the history at
    // this address is still the one it was shown from (a dropped and recreated database numbers
    // its alerts from 1 again).
    struct Mark
    {
        qint64 id = 0;
        QDateTime raisedAt; // invalid in a ledger written before it was kept
    };

    // `backing` nullptr: the application's default QSettings (the person's own settings file).
    explicit SeenAlerts(const StoreLocation &database, std::unique_ptr<QSettings> backing = nullptr);

    Mark lastShown() const;
    // Remembers the newest of `alerts` (those pending() returned, once shown).
    void markShown(const QList<AlertRecord> &alerts);

    // What to show now, run on the store's thread: alerts newer than the last one shown, and
    // raised within the last day, so a desktop joining a team does not replay months of news
    // as notifications (the alert log still lists everything). A mark that does not match this
    // history's alert of that id came from a database since replaced: it is not trusted.
    static StoreResult<QList<AlertRecord>> pending(HistoryStore &store, const Mark &lastShown, const QDateTime &now);

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_key;
};

} // namespace hubwatch
