#include "MainWindow.h"

#include "monitor/Poller.h"
#include "analysis/CompactNumber.h"
#include "analysis/MilestoneLadder.h"
#include "report/StatusReport.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace hubwatch {

MainWindow::MainWindow(Poller *poller, const HubConfig &config, QWidget *parent)
    : QMainWindow(parent), m_poller(poller)
{
    setWindowTitle(tr("HubWatch"));
    resize(960, 640);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fef3c7; color: #1f2937; padding: 8px; border-radius: 4px; }"));
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    layout->addStretch(1);

    m_caption = new QLabel(tr("Tracked cumulative downloads"), central);
    m_caption->setAlignment(Qt::AlignCenter);
    m_headline = new QLabel(QStringLiteral("—"), central);
    m_headline->setAlignment(Qt::AlignCenter);
    QFont big = m_headline->font();
    big.setPointSize(48);
    big.setBold(true);
    m_headline->setFont(big);
    m_detail = new QLabel(tr("No poll yet. Scope: %1.").arg(poller->scope().describe()), central);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);

    m_outlook = new QLabel(central);
    m_outlook->setAlignment(Qt::AlignCenter);
    m_outlook->setTextFormat(Qt::PlainText);
    m_outlook->setWordWrap(true);

    m_pollButton = new QPushButton(tr("Poll now"), central);
    m_pollButton->setEnabled(!config.offline);
    connect(m_pollButton, &QPushButton::clicked, this, [this] { m_poller->pollNow(); });

    layout->addWidget(m_caption);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(m_outlook);
    layout->addSpacing(16);
    layout->addWidget(m_pollButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_poller, &Poller::progress, this, &MainWindow::onProgress);
    connect(m_poller, &Poller::pollFinished, this, &MainWindow::onPollFinished);

    if (config.offline)
        setStatus(tr("Offline: no requests are made to the Hub."));
    else
        setStatus(tr("Idle. Endpoint: %1%2").arg(config.endpoint.toDisplayString(),
                                                 config.endpointFromEnvironment ? tr(" (from HF_ENDPOINT)") : QString()));
}

void MainWindow::showReport(const StatusReport &r)
{
    const AggregatePoint &h = r.headline;
    if (h.pollId <= 0)
        return;
    const QLocale locale;
    m_headline->setText(CompactNumber::format(h.totalAllTime, locale));
    m_headline->setToolTip(tr("%1 downloads, summed over the tracked repos").arg(locale.toString(h.totalAllTime)));
    QString growth = r.growthKnown ? tr("+%1 per day").arg(CompactNumber::format(qint64(r.growthPerDay), locale))
                                   : tr("growth not known yet");
    m_detail->setText(tr("%1 · 30-day downloads %2 · %3, polled %4 UTC")
                          .arg(growth, CompactNumber::format(h.sumDownloads30d, locale), h.scopeDescription,
                               h.at.toString(QStringLiteral("HH:mm"))));
    const QString next = MilestoneLadder::label(r.nextMilestone, locale);
    m_outlook->setText(r.projection.status == Projection::Status::Ok
                           ? tr("Next milestone %1 around %2 (between %3 and %4)")
                                 .arg(next, locale.toString(r.projection.eta.date(), QLocale::ShortFormat),
                                      locale.toString(r.projection.etaLow.date(), QLocale::ShortFormat),
                                      r.projection.etaHigh.isValid() ? locale.toString(r.projection.etaHigh.date(), QLocale::ShortFormat)
                                                                     : tr("later"))
                           : tr("Next milestone %1. %2").arg(next, r.projection.explanation));
}

void MainWindow::setViewerOnly(const QString &why)
{
    m_pollButton->setEnabled(false);
    m_pollButton->setToolTip(why);
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

void MainWindow::showError(const QString &message)
{
    setStatus(tr("Error: %1").arg(message));
}

void MainWindow::onProgress(int step, int steps, const QString &text)
{
    m_pollButton->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, qMax(1, steps));
    m_progress->setValue(step);
    setStatus(text);
}

void MainWindow::onPollFinished(const PollResult &result)
{
    m_pollButton->setEnabled(true);
    m_progress->setVisible(false);
    const QLocale locale;
    if (!result.repos.isEmpty())
        m_headline->setText(CompactNumber::format(result.totalAllTime(), locale));
    m_detail->setText(tr("%1 repos — %2 — polled %3 UTC")
                          .arg(locale.toString(result.repos.size()), result.scope.describe(),
                               result.finishedAt.toString(QStringLiteral("HH:mm"))));
    if (result.complete())
        setStatus(tr("Idle. Last poll finished at %1 UTC.").arg(result.finishedAt.toString(QStringLiteral("HH:mm:ss"))));
    else
        setStatus(tr("Last poll had errors: %1").arg(result.failures.first().error.message()));
}

} // namespace hubwatch
