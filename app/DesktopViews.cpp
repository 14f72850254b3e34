#include "DesktopViews.h"

#include "DashboardView.h"
#include "MainWindow.h"
#include "charts/HistoryChartView.h"
#include "guidance/GuidanceView.h"
#include "panels/AlertLogPanel.h"
#include "panels/LicencePanel.h"
#include "panels/WatchlistPanel.h"

namespace hubwatch {

DesktopViews::DesktopViews(MainWindow *window, Settings &settings, ReportService *reports, HubClient *client, const Clock *clock,
                           QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    window->dashboard()->setClock(clock); // relative alert times count from the app's clock
    m_charts = new HistoryChartView(reports, window);
    m_charts->setClock(clock);
    m_charts->setSettings(&settings);    // the last export's folder
    m_charts->setDemo(window->isDemo()); // an export of the demo says so in its caption
    m_watchlist = new WatchlistPanel(settings, reports, client, window);
    m_watchlist->setClock(clock);
    m_guidance = new GuidanceView(settings, window);
    m_licences = new LicencePanel(reports, window);
    m_alerts = new AlertLogPanel(reports, window);
    window->addView(QStringLiteral("charts"), tr("Charts"), m_charts);
    window->addView(QStringLiteral("watchlist"), tr("Watchlist"), m_watchlist);
    connect(window, &MainWindow::exportRequested, this, [this] {
        m_window->showView(QStringLiteral("charts"));
        m_charts->exportPngInteractive();
    });
    window->addView(QStringLiteral("guidance"), tr("Guidance"), m_guidance);
    window->addView(QStringLiteral("licences"), tr("Licences & weights"), m_licences);
    window->addView(QStringLiteral("alerts"), tr("Alert log"), m_alerts);

    connect(m_guidance, &GuidanceView::openView, this, &DesktopViews::open);
    connect(window->dashboard(), &DashboardView::openView, this, &DesktopViews::open);
    connect(m_watchlist, &WatchlistPanel::openSeries, this, [this](const QString &key) { open(QStringLiteral("series:") + key); });
    connect(m_alerts, &AlertLogPanel::openSeries, this, [this](const QString &key) { open(QStringLiteral("series:") + key); });
    connect(m_watchlist, &WatchlistPanel::watchlistChanged, this, &DesktopViews::watchlistChanged);
}

void DesktopViews::setPollingAvailable(bool available, const QString &why)
{
    m_watchlist->setAddEnabled(available, why);
}

void DesktopViews::showReport(const StatusReport &report)
{
    m_guidance->setReport(report);
    refreshPanels();
}

void DesktopViews::refreshPanels()
{
    m_charts->refresh();
    m_watchlist->refresh();
    m_licences->refresh();
    m_alerts->refresh();
}

void DesktopViews::reloadWatchlist()
{
    m_watchlist->reloadItems();
}

void DesktopViews::open(const QString &name)
{
    if (name == QLatin1String("panel:licences"))
        m_window->showView(QStringLiteral("licences"));
    else if (name == QLatin1String("panel:alerts"))
        m_window->showView(QStringLiteral("alerts"));
    else if (name == QLatin1String("panel:watchlist"))
        m_window->showView(QStringLiteral("watchlist"));
    else if (name.startsWith(QLatin1String("series:"))) {
        m_charts->setSeries({name.mid(7)});
        m_charts->setKind(ChartKind::Cumulative);
        m_window->showView(QStringLiteral("charts"));
    } else if (name.startsWith(QLatin1String("chart:"))) {
        m_charts->setSeries({QStringLiteral("headline")});
        m_charts->setKind(name == QLatin1String("chart:velocity") ? ChartKind::Velocity : ChartKind::Cumulative);
        m_window->showView(QStringLiteral("charts"));
    }
}

} // namespace hubwatch
