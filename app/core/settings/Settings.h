#pragma once

#include "monitor/PollScope.h"

#include <QByteArray>
#include <QSettings>
#include <QSet>
#include <QString>

#include <chrono>
#include <memory>

namespace hubwatch {

// Every persistent user preference, typed, behind one class (KeePassXC's Config, qBittorrent's
// SettingValue). Backed by QSettings; tests pass their own (e.g. an INI file in a temp dir).
// The access token is deliberately NOT here: it lives in the system keychain or the HF token file.
class Settings
{
public:
    // Owns `backing` if given; otherwise uses the application's default QSettings.
    explicit Settings(std::unique_ptr<QSettings> backing = nullptr);
    ~Settings();

    PollScope scope() const; // top-N and watchlist
    void setScope(const PollScope &scope);
    std::chrono::minutes pollInterval() const; // at least 1 minute, 15 by default
    void setPollInterval(std::chrono::minutes interval);
    QString endpoint() const; // empty: HF_ENDPOINT or the default
    void setEndpoint(const QString &url);
    // The history when --db is not given: a file path or postgresql://USER@HOST:PORT/DBNAME (never
    // a password). Empty: the default file.
    QString database() const;
    void setDatabase(const QString &location);
    bool notifications() const; // tray notifications on (default) or off
    void setNotifications(bool on);
    bool startMinimized() const;
    void setStartMinimized(bool on);
    // Whether the user was told, the first time the window closed to the tray, how to quit.
    bool trayExplained() const;
    void setTrayExplained(bool told);
    QString language() const; // empty: the system's
    void setLanguage(const QString &code);
    double hotCategoryPoints() const; // default 5
    void setHotCategoryPoints(double points);
    int retentionDays() const; // -1 (default): keep every sample forever
    void setRetentionDays(int days);
    bool retentionDaily() const; // compaction resolution: daily, else hourly
    void setRetentionDaily(bool daily);
    // Hours between the collector's censuses of the whole Hub; 0: none. Daily by default.
    int censusEveryHours() const;
    void setCensusEveryHours(int hours);
    QSet<QString> checklistDone() const; // ids of the "what you can do" items ticked
    void setChecklistItem(const QString &id, bool done);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QString lastView() const; // the view shown when HubWatch last closed
    void setLastView(const QString &id);
    QString exportFolder() const; // where the last chart was exported; empty: none yet
    void setExportFolder(const QString &path);

    // By key, for `hubwatch config` (values already validated through SettingKeys).
    bool isSet(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);
    void remove(const QString &key);
    // Where the settings live, for messages.
    QString fileName() const;

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hubwatch
