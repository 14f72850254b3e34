#include "MainWindow.h"

#include "AlertBanner.h"
#include "DashboardView.h"
#include "MethodologyDialog.h"
#include "ViewIcon.h"
#include "collector/CensusSchedule.h"
#include "collector/Collector.h"
#include "hub/HubError.h"
#include "report/StatusReport.h"
#include "util/Logging.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hubwatch {

MainWindow::MainWindow(const HubConfig &config, const QString &scopeDescription, QWidget *parent)
    : QMainWindow(parent)
    , m_offline(config.offline)
    , m_scopeDescription(scopeDescription)
    , m_endpoint(config.endpoint.toDisplayString())
{
    setWindowTitle(tr("HubWatch"));
    setMinimumSize(800, 560);
    // A first start fits the screen: a small one (800x560) gets no window wider than itself.
    QSize size(1100, 720);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size());
    resize(size);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    m_banner = new AlertBanner(central);
    outer->addWidget(m_banner);
    m_demoLabel = new QLabel(tr("Demo data: a generated history, never polled. Your own history is not opened."), central);
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setTextFormat(Qt::PlainText);
    m_demoLabel->setWordWrap(true);
    m_demoLabel->setAutoFillBackground(true);
    m_demoLabel->setBackgroundRole(QPalette::Highlight);
    m_demoLabel->setForegroundRole(QPalette::HighlightedText);
    m_demoLabel->setMargin(6);
    m_demoLabel->setVisible(false);
    outer->addWidget(m_demoLabel);

    auto *body = new QHBoxLayout;
    m_nav = new QListWidget(central);
    m_nav->setAccessibleName(tr("Views"));
    m_nav->setMaximumWidth(190);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack = new QStackedWidget(central);
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_dashboard = new DashboardView(scopeDescription, config.offline, this);
    connect(m_dashboard, &DashboardView::pollRequested, this, &MainWindow::requestPoll);
    connect(m_dashboard, &DashboardView::settingsRequested, this, &MainWindow::settingsRequested);
    connect(m_dashboard, &DashboardView::demoRequested, this, &MainWindow::openDemo);
    addView(QStringLiteral("dashboard"), tr("Dashboard"), m_dashboard);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_census = new QLabel(this);
    m_census->setObjectName(QStringLiteral("censusStatus"));
    m_census->setTextFormat(Qt::PlainText);
    m_census->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_census);
    statusBar()->addPermanentWidget(m_progress);
    createMenus();

    if (config.offline)
        setStatus(tr("Offline: no requests are made to the Hub."));
    else
        setStatus(tr("Idle. Endpoint: %1 (%2)").arg(config.endpoint.toDisplayString(), HubConfig::describeSource(config.endpointSource)));
    // Until a collector is attached nothing can poll (the history is still opening).
    m_dashboard->setPollEnabled(false);
    m_pollAction->setEnabled(false);
}

void MainWindow::setCollector(Collector *collector)
{
    m_collector = collector;
    connect(collector, &Collector::progress, this, &MainWindow::onProgress);
    connect(collector, &Collector::pollStored, this, &MainWindow::onPollStored);
    connect(collector, &Collector::pollCompleted, this, &MainWindow::onPollCompleted);
    connect(collector, &Collector::retryScheduled, this, &MainWindow::onRetryScheduled);
    connect(collector->census(), &CensusSchedule::begun, this, &MainWindow::showCensusProgress);
    connect(collector->census(), &CensusSchedule::pageStored, this, &MainWindow::showCensusProgress);
    connect(collector->census(), &CensusSchedule::finished, this, &MainWindow::showCensusFinished);
    connect(collector->census(), &CensusSchedule::retrying, this, &MainWindow::showCensusRetrying);
    m_dashboard->setPollEnabled(!m_offline);
    m_pollAction->setEnabled(!m_offline);
}

bool MainWindow::canPoll() const
{
    return m_collector && !m_offline && m_pollAction->isEnabled();
}

void MainWindow::requestPoll()
{
    if (m_collector && !m_offline)
        m_collector->pollNow();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Export chart as PNG…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportRequested);
    file->addSeparator();
    // QKeySequence::Quit depends on the platform theme and is empty under some (offscreen,
    // minimal): Ctrl+Q everywhere (Cmd+Q on macOS), as the Help menu's list promises.
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &MainWindow::quitRequested);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_pollAction = tools->addAction(tr("&Poll now"), QKeySequence(Qt::Key_F5), this, &MainWindow::requestPoll);
    // QKeySequence::Preferences is empty on Linux and Windows: Ctrl+, everywhere (Cmd+, on macOS).
    tools->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::settingsRequested);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&How HubWatch measures"), this, &MainWindow::showMethodology);
    m_openDemoAction = help->addAction(tr("Open the &demo"), this, &MainWindow::openDemo);
    m_openDemoAction->setStatusTip(tr("Starts a second window on a generated history; your own is not touched."));
    help->addSeparator();
    help->addAction(tr("&About HubWatch"), this, &MainWindow::showAbout);
}

void MainWindow::setDemo(bool on)
{
    m_demo = on;
    setWindowTitle(on ? tr("HubWatch — Demo data") : tr("HubWatch"));
    m_demoLabel->setVisible(on);
    m_openDemoAction->setEnabled(!on);
}

void MainWindow::openDemo()
{
    // A process of its own: the demo's history, settings of the window and role stay apart.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}))
        showError(tr("Cannot start the demo: %1").arg(QCoreApplication::applicationFilePath()));
}

QList<QPair<QString, QKeySequence>> MainWindow::shortcuts() const
{
    QList<QPair<QString, QKeySequence>> list;
    const auto describe = [](const QAction *a) {
        QString text = a->text();
        return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).remove(QStringLiteral("…"));
    };
    QList<const QAction *> seen;
    const auto add = [&](const QAction *a) {
        if (seen.contains(a) || a->shortcut().isEmpty() || a->isSeparator())
            return;
        seen.append(a);
        list.append({describe(a), a->shortcut()});
    };
    for (const QAction *menu : menuBar()->actions())
        if (menu->menu())
            for (const QAction *a : menu->menu()->actions())
                add(a);
    for (const QAction *a : findChildren<QAction *>())
        add(a);
    return list;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTreeWidget(dialog);
    table->setRootIsDecorated(false);
    table->setHeaderLabels({tr("Action"), tr("Shortcut")});
    for (const auto &[text, keys] : shortcuts())
        table->addTopLevelItem(new QTreeWidgetItem({text, keys.toString(QKeySequence::NativeText)}));
    table->resizeColumnToContents(0);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(420, 360);
    dialog->open();
}

void MainWindow::showMethodology()
{
    auto *dialog = new MethodologyDialog(m_scopeDescription, m_endpoint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About HubWatch"), tr("HubWatch %1").arg(QStringLiteral(HUBWATCH_VERSION)),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Monitors download statistics of the Hugging Face Hub.\n\n"
                               "Data: the Hugging Face Hub API (the download counts are the Hub's own).\n"
                               "Built with Qt %1, running on Qt %2.\n"
                               "Licence: GNU General Public License, version 3.\n"
                               "Uses Qt (LGPL 3) and Qt Charts (GPL 3), by The Qt Company and contributors.")
                                .arg(QStringLiteral(QT_VERSION_STR), QLatin1String(qVersion())));
    box->open();
}

void MainWindow::addView(const QString &id, const QString &title, QWidget *view)
{
    m_views.insert(id, view);
    m_stack->addWidget(view);
    m_nav->addItem(title);
    m_nav->item(m_nav->count() - 1)->setIcon(ViewIcon::forView(id, palette()));
    // Every view's name whole: the views beside it give way first.
    m_nav->setMinimumWidth(std::min(190, m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 6));
    const int n = m_nav->count();
    if (n <= 9) { // Ctrl+1…9 switch views
        auto *action = new QAction(tr("Show %1").arg(title), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        m_nav->item(n - 1)->setToolTip(
            tr("%1 (%2)", "view name, its shortcut").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
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

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        tintViewIcons();
}

void MainWindow::tintViewIcons()
{
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        if (QListWidgetItem *item = m_nav->item(m_stack->indexOf(it.value())))
            item->setIcon(ViewIcon::forView(it.key(), palette()));
}

void MainWindow::showReport(const StatusReport &report)
{
    m_dashboard->showReport(report);
}

void MainWindow::setViewerOnly(const QString &why)
{
    m_collector = nullptr;
    m_dashboard->setPollEnabled(false, why);
    m_pollAction->setEnabled(false);
    m_pollAction->setStatusTip(why);
    setStatus(why);
}

void MainWindow::showAlertBanner(const QString &title, const QString &body, const QDateTime &raisedAt, const QDateTime &now)
{
    m_banner->showAlert(title, body, raisedAt, now);
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
    // The status bar keeps one line: the log keeps them all, for a bug report.
    qCWarning(lcUi) << "shown to the user:" << message;
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

void MainWindow::onPollStored(const PollOutcome &outcome)
{
    if (outcome.stored)
        m_dashboard->showLivePoll(outcome.result);
}

void MainWindow::onRetryScheduled(const HubError &failure, const QDateTime &at, int attempt, int attempts)
{
    // A rate limit is the Hub asking to wait (the status bar says until when); these mean no
    // answer came, which a first run without network must learn in seconds, not minutes.
    const HubError::Kind kind = failure.kind();
    if (kind != HubError::Kind::Network && kind != HubError::Kind::Server && kind != HubError::Kind::Truncated)
        return;
    setStatus(tr("Cannot reach the Hub; trying again at %1 (attempt %2 of %3).")
                  .arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                  .arg(attempt)
                  .arg(attempts));
    m_dashboard->showRetrying(failure.message(), at, attempt, attempts);
}

void MainWindow::showCensusProgress(const CensusState &state)
{
    const int kind = state.nextKind();
    if (kind >= CensusKindCount || !m_collector)
        return;
    const QLocale locale;
    static const char *const kinds[] = {QT_TR_NOOP("models"), QT_TR_NOOP("datasets"), QT_TR_NOOP("spaces")};
    QString text = tr("Census of the whole Hub: %1, page %2").arg(tr(kinds[kind]), locale.toString(state.kinds[size_t(kind)].pages + 1));
    if (const QDateTime eta = m_collector->census()->estimatedFinish(state); eta.isValid())
        text += tr(", done about %1").arg(locale.toString(eta.toLocalTime().time(), QLocale::ShortFormat));
    m_census->setText(text);
    m_census->setToolTip(tr("%1 repos counted so far. The census runs between polls and leaves part of the rate limit to them.")
                             .arg(locale.toString(state.kind(CensusKind::Model).repos + state.kind(CensusKind::Dataset).repos
                                                  + state.kind(CensusKind::Space).repos)));
    m_census->setVisible(true);
}

void MainWindow::showCensusFinished(const CensusState &state, const QString &error)
{
    const QLocale locale;
    if (error.isEmpty()) {
        m_census->setText(
            tr("Census of the whole Hub complete at %1").arg(locale.toString(state.finishedAt.toLocalTime().time(), QLocale::ShortFormat)));
        m_census->setToolTip(QString());
    } else {
        m_census->setText(tr("Census of the whole Hub paused: it resumes after a later poll"));
        m_census->setToolTip(error);
    }
    m_census->setVisible(true);
}

// In the census's own label: the poll, its status and its problem card are not concerned.
void MainWindow::showCensusRetrying(const HubError &failure, const QDateTime &at, int attempt, int attempts)
{
    m_census->setText(tr("Census of the whole Hub: no answer for a page; asking again at %1 (attempt %2 of %3)")
                          .arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                          .arg(attempt)
                          .arg(attempts));
    m_census->setToolTip(failure.message());
    m_census->setVisible(true);
}

void MainWindow::onPollCompleted(const PollOutcome &outcome)
{
    m_dashboard->setPollEnabled(!m_offline);
    m_progress->setVisible(false);
    const PollResult &result = outcome.result;
    if (!outcome.stored)
        setStatus(tr("The last poll was not saved: %1").arg(outcome.storeError.message()));
    else if (result.complete())
        setStatus(tr("Idle. Last poll finished at %1 UTC.").arg(result.finishedAt.toString(QStringLiteral("HH:mm:ss"))));
    else
        setStatus(tr("Last poll had errors: %1").arg(result.failures.first().error.message()));
    // Nothing came through (no network, a wrong endpoint): while there are no figures, the
    // dashboard says why, when it tries again and what to do.
    if (!result.complete() && result.repos.isEmpty() && !result.failures.isEmpty())
        m_dashboard->showProblem(result.failures.first().error.message(), m_collector ? m_collector->nextPollAt() : QDateTime());
    else if (result.complete())
        m_dashboard->clearProblem();
}

} // namespace hubwatch
