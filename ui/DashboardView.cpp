#include "DashboardView.h"

#include "PlainToolTip.h"
#include "alerts/AlertText.h"

#include "Sparkline.h"
#include "analysis/CompactNumber.h"
#include "analysis/MilestoneLadder.h"
#include "monitor/PollResult.h"
#include "report/StatusReport.h"
#include "store/AlertStore.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubwatch {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}
} // namespace

DashboardView::DashboardView(const QString &scopeDescription, bool offline, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto *cardLayout = new QVBoxLayout(card);
    auto *caption = plainLabel(tr("Tracked cumulative downloads"), card);
    m_headline = plainLabel(QStringLiteral("—"), card);
    m_headline->setAccessibleName(tr("Tracked cumulative downloads"));
    QFont big = m_headline->font();
    big.setPointSize(44);
    big.setBold(true);
    m_headline->setFont(big);
    m_emptyText = offline ? tr("Offline (--offline or HF_HUB_OFFLINE=1), and no history stored yet.\nStart HubWatch online to take the "
                               "first poll; it appears here within a minute.")
                          : tr("No poll yet. Scope: %1.").arg(scopeDescription);
    m_detail = plainLabel(tr("Reading the history…"), card);
    m_outlook = plainLabel(QString(), card);
    m_sparkline = new Sparkline(card);
    for (QLabel *l : {caption, m_headline, m_detail, m_outlook})
        l->setAlignment(Qt::AlignCenter);
    cardLayout->addWidget(caption);
    cardLayout->addWidget(m_headline);
    cardLayout->addWidget(m_detail);
    cardLayout->addWidget(m_sparkline);
    cardLayout->addWidget(m_outlook);

    auto *buttons = new QHBoxLayout;
    m_pollButton = new QPushButton(tr("Poll now"), this);
    m_pollButton->setObjectName(QStringLiteral("pollNowButton"));
    m_pollButton->setEnabled(!offline);
    auto *chartButton = new QPushButton(tr("Open the chart"), this);
    connect(m_pollButton, &QPushButton::clicked, this, &DashboardView::pollRequested);
    connect(chartButton, &QPushButton::clicked, this, [this] { Q_EMIT openView(QStringLiteral("chart:cumulative")); });
    buttons->addStretch(1);
    buttons->addWidget(m_pollButton);
    buttons->addWidget(chartButton);
    buttons->addStretch(1);

    m_alerts = new QListWidget(this);
    m_alerts->setAccessibleName(tr("Latest alerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_alerts->addItem(tr("No alerts yet."));
    layout->addWidget(card);
    layout->addLayout(buttons);
    layout->addWidget(plainLabel(tr("Latest alerts"), this));
    layout->addWidget(m_alerts, 1);
}

QString DashboardView::headlineText() const
{
    return m_headline->text();
}

QString DashboardView::detailText() const
{
    return m_detail->text();
}

void DashboardView::showReport(const StatusReport &r)
{
    const AggregatePoint &h = r.headline;
    if (h.pollId <= 0) {
        if (m_headline->text() == QStringLiteral("—")) // a live poll's figure stays until stored
            m_detail->setText(m_emptyText);
        return;
    }
    const QLocale locale;
    m_headline->setText(CompactNumber::format(h.totalAllTime, locale));
    m_headline->setToolTip(tr("%1 downloads, summed over the tracked repos").arg(locale.toString(h.totalAllTime)));
    const QString growth =
        r.growthKnown ? tr("+%1 per day").arg(CompactNumber::format(qint64(r.growthPerDay), locale)) : tr("growth not known yet");
    m_detail->setText(
        tr("%1 · 30-day downloads %2 · %3, polled %4 UTC")
            .arg(growth, CompactNumber::format(h.sumDownloads30d, locale), h.scopeDescription, h.at.toString(QStringLiteral("HH:mm"))));
    const QString next = MilestoneLadder::label(r.nextMilestone, locale);
    const auto date = [&locale](const QDateTime &t) { return locale.toString(t.toUTC().date(), QLocale::ShortFormat); };
    m_outlook->setText(r.projection.status == Projection::Status::Ok
                           ? tr("Next milestone %1 around %2 (between %3 and %4)")
                                 .arg(next, date(r.projection.eta), date(r.projection.etaLow),
                                      r.projection.etaHigh.isValid() ? date(r.projection.etaHigh) : tr("later"))
                           : tr("Next milestone %1. %2").arg(next, r.projection.explanation));
}

void DashboardView::showHeadline(const AggregatePoint &h)
{
    if (h.pollId <= 0 || m_headline->text() != QStringLiteral("—"))
        return; // nothing stored yet (the report says so), or a report came first
    const QLocale locale;
    m_headline->setText(CompactNumber::format(h.totalAllTime, locale));
    m_headline->setToolTip(tr("%1 downloads, summed over the tracked repos").arg(locale.toString(h.totalAllTime)));
    m_detail->setText(
        tr("30-day downloads %1 · %2, polled %3 UTC · working out the growth…")
            .arg(CompactNumber::format(h.sumDownloads30d, locale), h.scopeDescription, h.at.toString(QStringLiteral("HH:mm"))));
}

void DashboardView::showLivePoll(const PollResult &result)
{
    if (!result.repos.isEmpty() && result.complete())
        m_headline->setText(CompactNumber::format(result.totalAllTime(), QLocale()));
}

void DashboardView::setHistory(const QList<QPointF> &points)
{
    m_sparkline->setPoints(points);
}

void DashboardView::setAlerts(const QList<AlertRecord> &latest)
{
    m_alerts->clear();
    if (latest.isEmpty())
        m_alerts->addItem(tr("No alerts yet."));
    for (const AlertRecord &a : latest) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2 — %3")
                .arg(QLocale().toString(a.raisedAt.toLocalTime(), QLocale::ShortFormat), AlertText::title(a), AlertText::body(a)));
        item->setToolTip(plainToolTip(AlertText::body(a))); // repo names from the Hub: shown literally
        m_alerts->addItem(item);
    }
}

void DashboardView::setPollEnabled(bool enabled, const QString &why)
{
    m_pollButton->setEnabled(enabled);
    m_pollButton->setToolTip(plainToolTip(why)); // may name a path or a lock holder
}

} // namespace hubwatch
