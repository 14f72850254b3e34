#include "MainWindow.h"

#include "DashboardView.h"
#include "monitor/Poller.h"
#include "report/StatusReport.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace hubwatch {

MainWindow::MainWindow(Poller *poller, const HubConfig &config, QWidget *parent)
    : QMainWindow(parent), m_poller(poller)
{
    setWindowTitle(tr("HubWatch"));
    resize(1100, 720);
    setMinimumSize(800, 560);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setMargin(8);
    m_banner->setVisible(false);
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    m_nav = new QListWidget(central);
    m_nav->setAccessibleName(tr("Views"));
    m_nav->setMaximumWidth(190);
    m_stack = new QStackedWidget(central);
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_dashboard = new DashboardView(poller->scope().describe(), config.offline, this);
    connect(m_dashboard, &DashboardView::pollRequested, this, [this] { m_poller->pollNow(); });
    addView(QStringLiteral("dashboard"), tr("Dashboard"), m_dashboard);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    createMenus();

    connect(m_poller, &Poller::progress, this, &MainWindow::onProgress);
    connect(m_poller, &Poller::pollFinished, this, &MainWindow::onPollFinished);

    if (config.offline)
        setStatus(tr("Offline: no requests are made to the Hub."));
    else
        setStatus(tr("Idle. Endpoint: %1%2").arg(config.endpoint.toDisplayString(),
                                                 config.endpointFromEnvironment ? tr(" (from HF_ENDPOINT)") : QString()));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Export chart as PNG…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &MainWindow::quitRequested);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Poll now"), QKeySequence(Qt::Key_F5), this, [this] { m_poller->pollNow(); });
    tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::settingsRequested);
}

void MainWindow::addView(const QString &id, const QString &title, QWidget *view)
{
    m_views.insert(id, view);
    m_stack->addWidget(view);
    m_nav->addItem(title);
    const int n = m_nav->count();
    if (n <= 9) { // Ctrl+1…9 switch views
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, this, [this, id] { showView(id); });
        addAction(action);
    }
    if (n == 1)
        m_nav->setCurrentRow(0);
}

void MainWindow::showView(const QString &id)
{
    QWidget *view = m_views.value(id);
    if (!view)
        return;
    m_nav->setCurrentRow(m_stack->indexOf(view));
}

QString MainWindow::currentView() const
{
    return m_views.key(m_stack->currentWidget());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_keepInTray) {
        hide();
        event->ignore();
        Q_EMIT closedToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showReport(const StatusReport &report)
{
    m_dashboard->showReport(report);
}

void MainWindow::setViewerOnly(const QString &why)
{
    m_dashboard->setPollEnabled(false, why);
    setStatus(why);
}

void MainWindow::showAlertBanner(const QString &title, const QString &body)
{
    m_banner->setText(title + QStringLiteral(" — ") + body);
    m_banner->setVisible(true);
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::setStatus(const QString &text)
{
    m_status->setText(text);
}

void MainWindow::showNotice(const QString &message)
{
    setStatus(message);
}

void MainWindow::showError(const QString &message)
{
    setStatus(tr("Error: %1").arg(message));
}

void MainWindow::onProgress(int step, int steps, const QString &text)
{
    m_dashboard->setPollEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, qMax(1, steps));
    m_progress->setValue(step);
    setStatus(text);
}

void MainWindow::onPollFinished(const PollResult &result)
{
    m_dashboard->setPollEnabled(true);
    m_progress->setVisible(false);
    m_dashboard->showLivePoll(result);
    if (result.complete())
        setStatus(tr("Idle. Last poll finished at %1 UTC.").arg(result.finishedAt.toString(QStringLiteral("HH:mm:ss"))));
    else
        setStatus(tr("Last poll had errors: %1").arg(result.failures.first().error.message()));
}

} // namespace hubwatch
