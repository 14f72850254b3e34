#include "ProblemCard.h"

#include "util/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubwatch {

ProblemCard::ProblemCard(QWidget *parent) : DashboardCard(tr("HubWatch cannot reach the Hub"), parent)
{
    setObjectName(QStringLiteral("problem-card"));
    addLabel(tr("HubWatch records the download counts of the most downloaded models and datasets on the Hugging Face Hub at "
                "every poll, and keeps their history on this computer. The first poll has not come through, so there are "
                "no figures yet."));
    m_reason = addLabel();
    m_nextTry = addLabel();
    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("Retry now"), this);
    m_settings = new QPushButton(tr("Endpoint and proxy settings…"), this);
    m_demo = new QPushButton(tr("Open the demo"), this);
    m_demo->setToolTip(tr("A built-in generated history, to see what HubWatch shows once it has data"));
    for (QPushButton *b : {m_retry, m_settings, m_demo})
        buttons->addWidget(b);
    buttons->addStretch(1);
    body()->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, &ProblemCard::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &ProblemCard::settingsRequested);
    connect(m_demo, &QPushButton::clicked, this, &ProblemCard::demoRequested);
    setVisible(false);
}

void ProblemCard::showProblem(const QString &reason, const QDateTime &nextTry, const Clock &clock)
{
    m_reason->setText(tr("The reason: %1").arg(reason));
    m_retry->setEnabled(true);
    m_retry->setToolTip(QString());
    if (nextTry.isValid()) {
        // Minutes only: the next try is a scheduled poll, not a countdown.
        const QDateTime local = nextTry.toLocalTime();
        const bool today = local.date() == clock.nowUtc().toLocalTime().date();
        const QString when = today ? local.toString(QStringLiteral("HH:mm")) : QLocale().toString(local, QLocale::ShortFormat);
        m_nextTry->setText(tr("Next try at %1 %2.").arg(when, local.timeZoneAbbreviation()));
    } else {
        m_nextTry->setText(tr("No further try is planned: use Retry now."));
    }
    setVisible(true);
}

void ProblemCard::showRetrying(const QString &reason, const QDateTime &at, int attempt, int attempts)
{
    m_reason->setText(tr("The reason: %1").arg(reason));
    const QDateTime local = at.toLocalTime();
    m_nextTry->setText(tr("Trying again at %1 %2 (attempt %3 of %4).")
                           .arg(local.toString(QStringLiteral("HH:mm:ss")), local.timeZoneAbbreviation())
                           .arg(attempt)
                           .arg(attempts));
    m_retry->setEnabled(false);
    m_retry->setToolTip(tr("The poll is still trying by itself."));
    setVisible(true);
}

QString ProblemCard::reasonText() const
{
    return m_reason->text();
}

QString ProblemCard::nextTryText() const
{
    return m_nextTry->text();
}

} // namespace hubwatch
