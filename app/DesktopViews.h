#pragma once

#include "monitor/PollScope.h"

#include <QObject>

namespace hubwatch {

class AlertLogPanel;
class Clock;
class GuidanceView;
class HistoryChartView;
class HubClient;
class LicencePanel;
class MainWindow;
class ReportService;
class Settings;
class WatchlistPanel;
struct StatusReport;

// Creates the views beside the dashboard and wires them: to the window's navigation, to each
// other's "open this" actions, and to the poller when the watchlist changes.
class DesktopViews : public QObject
{
    Q_OBJECT
public:
    DesktopViews(MainWindow *window, Settings &settings, ReportService *reports, HubClient *client, const Clock *clock,
                 QObject *parent = nullptr);

    // After a poll was stored (or at start): new figures everywhere.
    void showReport(const StatusReport &report);
    void refreshPanels();
    // The saved watchlist changed behind the panel (repos renamed on the Hub).
    void reloadWatchlist();
    // "chart:cumulative", "panel:licences", "panel:alerts", "panel:watchlist", "series:model:org/x"…
    void open(const QString &name);
    // A viewer cannot poll: adding to the watchlist (which polls) is disabled with the reason.
    void setPollingAvailable(bool available, const QString &why);

Q_SIGNALS:
    // The watchlist panel saved a new watchlist; the collector polls it.
    void watchlistChanged(const hubwatch::PollScope &scope);

private:
    MainWindow *m_window;
    HistoryChartView *m_charts = nullptr;
    WatchlistPanel *m_watchlist = nullptr;
    GuidanceView *m_guidance = nullptr;
    LicencePanel *m_licences = nullptr;
    AlertLogPanel *m_alerts = nullptr;
};

} // namespace hubwatch
