#include "WholeHubCard.h"

#include "analysis/CompactNumber.h"
#include "report/CensusFigures.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubwatch {

namespace {
// A census's time with its zone: the date too, as a census is daily or rarer.
QString when(const QDateTime &t, const QLocale &locale)
{
    const QDateTime u = t.toUTC();
    return locale.toString(u.date(), QLocale::ShortFormat) + QLatin1Char(' ') + u.toString(QStringLiteral("HH:mm"));
}

QString percent(double share, const QLocale &locale)
{
    return locale.toString(100 * share, 'f', 0) + locale.percent();
}
} // namespace

WholeHubCard::WholeHubCard(QWidget *parent) : DashboardCard(tr("Whole Hub"), parent)
{
    setObjectName(QStringLiteral("wholeHubCard"));
    m_total = addLabel(QString(), false); // a number does not wrap
    m_total->setAccessibleName(tr("Whole Hub all-time downloads"));
    QFont big = m_total->font();
    big.setPointSize(32);
    big.setBold(true);
    m_total->setFont(big);
    m_total->hide();
    m_detail = addLabel();
    m_detail->hide();
    m_message = addLabel(tr("Reading the censuses…"));
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false); // the words are in the label under it, where they wrap
    m_progress->setAccessibleName(tr("Progress of the census under way"));
    m_progress->hide();
    body()->addWidget(m_progress);
    m_progressText = addLabel();
    m_progressText->hide();
    m_chart = new QPushButton(tr("Open the chart"), this);
    m_chart->setObjectName(QStringLiteral("wholeHubChartButton"));
    m_chart->setEnabled(false);
    connect(m_chart, &QPushButton::clicked, this, &WholeHubCard::chartRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_chart);
    buttons->addStretch(1);
    body()->addLayout(buttons);
}

void WholeHubCard::showCensus(const CensusFigures &f)
{
    const QLocale locale;
    const bool complete = f.hasComplete();
    m_total->setVisible(complete);
    m_detail->setVisible(complete);
    m_chart->setEnabled(complete);
    if (complete) {
        const CensusState &c = f.latest;
        m_total->setText(CompactNumber::format(c.totalAllTime(), locale));
        m_total->setToolTip(tr("%1 downloads of every public model and dataset").arg(locale.toString(c.totalAllTime())));
        const QString growth = f.growthKnown
            ? tr("%1%2 per day")
                  .arg(f.growthPerDay < 0 ? QString() : locale.positiveSign(), CompactNumber::format(qint64(f.growthPerDay), locale))
            : tr("growth known after the next census");
        m_detail->setText(tr("%1\ncensus %2 UTC · %3 repos\n30-day downloads %4\npublic repositories only")
                              .arg(growth, when(c.finishedAt, locale), CompactNumber::format(CensusFigures::repos(c), locale),
                                   CompactNumber::format(c.downloads30d(), locale)));
        m_detail->setToolTip(tr("%1 models, %2 datasets and %3 spaces (spaces have no download counts)")
                                 .arg(locale.toString(c.kind(CensusKind::Model).repos), locale.toString(c.kind(CensusKind::Dataset).repos),
                                      locale.toString(c.kind(CensusKind::Space).repos)));
    }
    QString message;
    if (f.partial.id > 0) {
        const double share = f.shareOfLatest(f.partial);
        message = share < 0 ? tr("A census stopped unfinished after %1 repos; it is not counted.")
                                  .arg(CompactNumber::format(CensusFigures::repos(f.partial), locale))
                            : tr("A later census stopped at %1 of the repos; it is not counted.").arg(percent(share, locale));
    } else if (!complete) {
        message = f.isRunning() ? tr("The first census of the whole Hub is under way; its figures appear here when it completes.")
                                : tr("No census of the whole Hub yet. Run \u201chubwatch census\u201d, or let the collector take its daily "
                                     "census.");
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());

    m_progress->setVisible(f.isRunning());
    m_progressText->setVisible(f.isRunning());
    if (f.isRunning()) {
        const CensusState &r = f.running;
        const double share = f.shareOfLatest(r);
        // Against the last census's size when there is one, else by the kinds walked.
        m_progress->setValue(int(1000 * (share >= 0 ? share : double(r.nextKind()) / CensusKindCount)));
        const QString pages = tr("%n page(s)", nullptr, int(qMin<qint64>(r.pages(), INT_MAX)));
        m_progressText->setText(share >= 0 ? tr("Census under way: %1 repos, %2, about %3")
                                                 .arg(CompactNumber::format(CensusFigures::repos(r), locale), pages, percent(share, locale))
                                           : tr("Census under way: %1 repos, %2, %3 of %4 kinds done")
                                                 .arg(CompactNumber::format(CensusFigures::repos(r), locale), pages)
                                                 .arg(r.nextKind())
                                                 .arg(CensusKindCount));
    } else {
        m_progressText->clear();
    }
}

QString WholeHubCard::figureText() const
{
    return m_total->isVisibleTo(this) ? m_total->text() : QString();
}

QString WholeHubCard::detailText() const
{
    return m_detail->isVisibleTo(this) ? m_detail->text() : QString();
}

QString WholeHubCard::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString WholeHubCard::progressText() const
{
    return m_progressText->isVisibleTo(this) ? m_progressText->text() : QString();
}

bool WholeHubCard::figureShown() const
{
    return m_total->isVisibleTo(this);
}

} // namespace hubwatch
