#pragma once

#include "cli/CommandLine.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace hubwatch {

class DesktopViews;
class HubClient;
class MilestoneEditor;
class Settings;
class TokenStore;
class MainWindow;
class Poller;
class StoreThread;
class CollectorLock;
class SeenAlerts;
struct PollResult;

// Wires the desktop app: the core objects it owns and the window that shows them. If another
// poller (a `hubwatch poll` collector) already writes the history, the app only reads it.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    explicit DesktopApp(const CommandLine &options, QObject *parent = nullptr);
    ~DesktopApp() override;
    void show();
    // For end-to-end tests of the real wiring.
    MainWindow *window() const { return m_window.get(); }
    DesktopViews *views() const { return m_views; }

private:
    void openStore();
    void refreshHeadline();
    void refreshDashboardExtras();
    void store(const PollResult &result);
    // Shows, once on this desktop, every alert in the log it has not shown yet: raised by its own
    // polls, by a collector, or while it was closed.
    void deliverPendingAlerts(std::function<void()> then = {});
    void maybeExitAfterPoll();
    void openSettings();
    void loadMilestones(MilestoneEditor *editor);
    void saveMilestones(const QMap<QString, QList<qint64>> &edited);
    void saveWindowState();

    CommandLine m_options;
    QString m_dbPath;
    bool m_writer = false;
    // HUBWATCH_EXIT_AFTER_POLL=1: quit once the first poll is stored and its alerts shown
    // (saving a screenshot first when HUBWATCH_SCREENSHOT names a file).
    // For scripted end-to-end tests of the real app (tests/gui/notifications).
    bool m_exitAfterPoll = false;
    QNetworkAccessManager *m_nam = nullptr;
    HubClient *m_client = nullptr;
    Poller *m_poller = nullptr;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CollectorLock> m_lock;
    std::unique_ptr<SeenAlerts> m_seenAlerts; // a shared history: the alerts this desktop has shown
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<MainWindow> m_window;
    class TrayIcon *m_tray = nullptr;
    DesktopViews *m_views = nullptr;
    TokenStore *m_tokens = nullptr;
    QMap<QString, QList<qint64>> m_loadedMilestones; // as last read from or saved to the store
};

} // namespace hubwatch
