#include "DashboardView.h"

#include "PlainToolTip.h"
#include "Sparkline.h"
#include "alerts/AlertText.h"
#include "analysis/CompactNumber.h"
#include "analysis/MilestoneLadder.h"
#include "dashboard/DashboardCard.h"
#include "dashboard/DashboardText.h"
#include "dashboard/ProblemCard.h"
#include "dashboard/WholeHubCard.h"
#include "monitor/PollResult.h"
#include "report/StatusReport.h"
#include "store/AlertStore.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace hubwatch {

namespace {
constexpr int kWide = 1100;  // from this view width: three columns
constexpr int kMedium = 560; // from this: two
constexpr int kCategoriesShown = 4;

// No figure yet: a muted word. A dash or an ellipsis at the headline's 32 bold points reads as
// a black bar or blocks, a redaction rather than "nothing yet".
void showPlaceholder(QLabel *label)
{
    label->setText(DashboardView::placeholderText());
    label->setForegroundRole(QPalette::PlaceholderText);
}

void showFigure(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setForegroundRole(QPalette::Text);
}

bool showsPlaceholder(const QLabel *label)
{
    return label->text() == DashboardView::placeholderText();
}

QString percent(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', 1);
}
} // namespace

DashboardView::DashboardView(const QString &scopeDescription, bool offline, QWidget *parent) : QWidget(parent)
{
    m_emptyText = offline ? tr("Offline (--offline or HF_HUB_OFFLINE=1), and no history stored yet.\nStart HubWatch online to take the "
                               "first poll; it appears here within a minute.")
                          : tr("No poll yet. Scope: %1.").arg(scopeDescription);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the grid reflows instead
    auto *page = new QWidget(scroll);
    page->setBackgroundRole(QPalette::Window); // the cards (Base) stand out from the page
    scroll->viewport()->setBackgroundRole(QPalette::Window);
    m_grid = new QGridLayout(page);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problem = new ProblemCard(this);
    connect(m_problem, &ProblemCard::retryRequested, this, &DashboardView::pollRequested);
    connect(m_problem, &ProblemCard::settingsRequested, this, &DashboardView::settingsRequested);
    connect(m_problem, &ProblemCard::demoRequested, this, &DashboardView::demoRequested);
    layout->addWidget(m_problem, 0, Qt::AlignTop);
    layout->addWidget(scroll, 1);

    // The two totals side by side, then the last 30 days (a row of its own with two columns):
    // the grid closes without gaps at every column count, and the alerts get a wide last row.
    buildHeadlineCard(offline);
    buildWholeHubCard();
    buildSparklineCard();
    buildMilestoneCard();
    buildFigureCards();
    buildAlertsCard();
    reflow();
}

void DashboardView::buildHeadlineCard(bool offline)
{
    auto *card = new DashboardCard(tr("Tracked cumulative downloads"), this);
    m_headline = card->addLabel(QString(), false); // a number does not wrap; the grid makes room
    showPlaceholder(m_headline);
    m_headline->setAccessibleName(tr("Tracked cumulative downloads"));
    QFont big = m_headline->font();
    big.setPointSize(32);
    big.setBold(true);
    m_headline->setFont(big);
    m_detail = card->addLabel(tr("Reading the history…"));
    m_pollButton = new QPushButton(tr("Poll now"), card);
    m_pollButton->setObjectName(QStringLiteral("pollNowButton"));
    m_pollButton->setEnabled(!offline);
    auto *chartButton = new QPushButton(tr("Open the chart"), card);
    connect(m_pollButton, &QPushButton::clicked, this, &DashboardView::pollRequested);
    connect(chartButton, &QPushButton::clicked, this, [this] { Q_EMIT openView(QStringLiteral("chart:cumulative")); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pollButton);
    buttons->addWidget(chartButton);
    buttons->addStretch(1);
    card->body()->addLayout(buttons);
    m_cards << card;
}

void DashboardView::buildWholeHubCard()
{
    m_hubCard = new WholeHubCard(this);
    connect(m_hubCard, &WholeHubCard::chartRequested, this, [this] { Q_EMIT openView(QStringLiteral("series:hub")); });
    m_cards << m_hubCard;
}

void DashboardView::buildSparklineCard()
{
    auto *card = new DashboardCard(tr("Last 30 days"), this);
    m_sparkMax = card->addLabel();
    m_sparkline = new Sparkline(card);
    card->body()->addWidget(m_sparkline, 1);
    m_sparkMin = card->addLabel();
    m_sparkRange = card->addLabel(tr("No history yet."));
    card->letBodyFillHeight(); // the line takes the card's height on a tall screen
    m_sparkCard = card;
    m_cards << card;
}

void DashboardView::buildMilestoneCard()
{
    auto *card = new DashboardCard(tr("Next milestone"), this);
    m_milestone = card->addLabel(QString(), false);
    showPlaceholder(m_milestone);
    QFont big = m_milestone->font();
    big.setPointSize(20);
    big.setBold(true);
    m_milestone->setFont(big);
    m_milestoneProgress = new QProgressBar(card);
    m_milestoneProgress->setRange(0, 1000);
    m_milestoneProgress->setValue(0);
    m_milestoneProgress->setAccessibleName(tr("Progress from the last milestone to the next"));
    card->body()->addWidget(m_milestoneProgress);
    m_milestoneEta = card->addLabel();
    m_milestoneNote = card->addLabel();
    m_cards << card;
}

void DashboardView::buildFigureCards()
{
    auto *velocity = new DashboardCard(tr("Velocity"), this);
    m_velocity = velocity->addLabel();
    showPlaceholder(m_velocity);
    QFont big = m_velocity->font();
    big.setPointSize(16);
    big.setBold(true);
    m_velocity->setFont(big);
    m_velocityDetail = velocity->addLabel();
    auto *hot = new DashboardCard(tr("Hot categories"), this);
    m_hot = hot->addLabel();
    showPlaceholder(m_hot);
    auto *licences = new DashboardCard(tr("Licence mix"), this);
    m_licences = licences->addLabel();
    showPlaceholder(m_licences);
    m_cards << velocity << hot << licences;
}

void DashboardView::buildAlertsCard()
{
    m_alertsCard = new DashboardCard(tr("Latest alerts"), this);
    m_alerts = new QListWidget(m_alertsCard);
    m_alerts->setAccessibleName(tr("Latest alerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_alerts->setMinimumHeight(120);
    m_alerts->addItem(tr("No alerts yet."));
    // Any alert opens the log, where it can be read in full, filtered and followed to its chart.
    connect(m_alerts, &QListWidget::itemClicked, this, [this] { Q_EMIT openView(QStringLiteral("panel:alerts")); });
    connect(m_alerts, &QListWidget::itemActivated, this, [this] { Q_EMIT openView(QStringLiteral("panel:alerts")); });
    m_alertsCard->body()->addWidget(m_alerts);
    m_alertsCard->letBodyFillHeight(); // the list uses the page's height on a tall screen
}

QSize DashboardView::sizeHint() const
{
    return QSize(qMin(QWidget::sizeHint().width(), kMedium), QWidget::sizeHint().height());
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void DashboardView::reflow()
{
    // As many columns as the width allows, up to the step's count: never so many that a card is
    // squeezed below what its unwrapped figures need.
    int widest = 0;
    for (DashboardCard *card : std::as_const(m_cards))
        widest = qMax(widest, card->minimumSizeHint().width());
    const int spacing = qMax(0, m_grid->horizontalSpacing());
    const QMargins margins = m_grid->contentsMargins();
    const int room = width() - margins.left() - margins.right() - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int step = width() >= kWide ? 3 : width() >= kMedium ? 2 : 1;
    const int columns = qBound(1, (room + spacing) / qMax(1, widest + spacing), step);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (DashboardCard *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    m_grid->removeWidget(m_alertsCard);
    // In reading order, row by row. Two columns: the sparkline spans both, so the grid closes
    // without gaps; the alerts take the rest of the last row, or a row of their own.
    int row = 0, column = 0;
    const auto place = [&](QWidget *card, int span) {
        span = qMin(span, columns);
        if (column + span > columns)
            ++row, column = 0;
        m_grid->addWidget(card, row, column, 1, span);
        column += span;
        if (column >= columns)
            ++row, column = 0;
    };
    for (DashboardCard *card : std::as_const(m_cards))
        place(card, card == m_sparkCard && columns == 2 ? 2 : 1);
    place(m_alertsCard, column == 0 ? columns : columns - column);
    const int rows = column == 0 ? row : row + 1;
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    // Every row shares the height a tall screen leaves: no half-empty page, the sparkline grows.
    for (int r = 0; r <= 3 * 2; ++r)
        m_grid->setRowStretch(r, r < rows ? 1 : 0);
}

QString DashboardView::headlineText() const
{
    return m_headline->text();
}

QString DashboardView::placeholderText()
{
    return tr("none yet");
}

QString DashboardView::detailText() const
{
    return m_detail->text();
}

void DashboardView::showReport(const StatusReport &r)
{
    const AggregatePoint &h = r.headline;
    m_hubCard->showCensus(r.census); // a census needs no poll
    if (h.pollId <= 0) {
        if (showsPlaceholder(m_headline)) // a live poll's figure stays until stored
            m_detail->setText(m_emptyText);
        return;
    }
    m_hasFigures = true;
    clearProblem();
    const QLocale locale;
    showFigure(m_headline, CompactNumber::format(h.totalAllTime, locale));
    m_headline->setToolTip(tr("%1 downloads, summed over the tracked repos").arg(locale.toString(h.totalAllTime)));
    const QString growth =
        r.growthKnown ? tr("+%1 per day").arg(CompactNumber::format(qint64(r.growthPerDay), locale)) : tr("growth not known yet");
    m_detail->setText(tr("%1\n30-day downloads %2\n%3\npolled %4 UTC")
                          .arg(growth, CompactNumber::format(h.sumDownloads30d, locale), h.scopeDescription,
                               h.at.toUTC().toString(QStringLiteral("HH:mm"))));
    showMilestone(r);
    showFigures(r);
}

void DashboardView::showMilestone(const StatusReport &r)
{
    const QLocale locale;
    const qint64 total = r.headline.totalAllTime;
    if (r.nextMilestone <= 0) {
        showPlaceholder(m_milestone);
        return;
    }
    // The label alone: an abbreviation such as German "2 Bio." already ends with its period.
    showFigure(m_milestone, MilestoneLadder::label(r.nextMilestone, locale));
    const qint64 previous = qMin(MilestoneLadder().previous(total), r.nextMilestone - 1);
    const double done = double(total - previous) / double(r.nextMilestone - previous);
    m_milestoneProgress->setValue(qBound(0, int(done * 1000), 1000));
    m_milestoneProgress->setFormat(tr("%1 of the way from %2")
                                       .arg(locale.toString(done * 100, 'f', 0) + locale.percent(),
                                            previous > 0 ? MilestoneLadder::label(previous, locale) : locale.toString(0)));
    const Projection::Result &p = r.projection;
    if (p.status == Projection::Status::Ok) {
        const QDateTime now = r.headline.at.isValid() ? r.headline.at : m_clock->nowUtc();
        m_milestoneEta->setText(tr("Expected %1").arg(DashboardText::etaInterval(p.etaLow, p.etaHigh, now, locale)));
        m_milestoneEta->setToolTip(plainToolTip(p.explanation));
        m_milestoneNote->setText(QString());
    } else {
        m_milestoneEta->setText(QString());
        m_milestoneNote->setText(p.explanation);
    }
}

void DashboardView::showFigures(const StatusReport &r)
{
    const QLocale locale;
    const auto compact = [&locale](double v) { return CompactNumber::format(qint64(v), locale); };
    showFigure(m_velocity, r.growthKnown ? tr("+%1 per day").arg(compact(r.growthPerDay)) : tr("growth not known yet"));
    QStringList velocity;
    if (r.growthKnown && r.growthSpanMs > 0)
        velocity << tr("Compared over the last %1 days.").arg(locale.toString(double(r.growthSpanMs) / Projection::DayMs, 'f', 1));
    if (r.hot.totalNow > 0)
        velocity << tr("The top %1 models gain %2 a day.").arg(StatusReport::HotTopN).arg(compact(r.hot.totalNow));
    if (r.hot.hasBaseline && r.hot.totalWeekAgo > 0)
        velocity << tr("A week ago: %1 a day.").arg(compact(r.hot.totalWeekAgo));
    m_velocityDetail->setText(velocity.join(QLatin1Char('\n')));

    QStringList hot;
    for (const CategoryShare &c : r.hot.categories.mid(0, kCategoriesShown)) {
        const QString share = percent(c.shareNow, locale) + locale.percent();
        hot << (r.hot.hasBaseline
                    ? tr("%1: %2 (%3 points in 7 days)")
                          .arg(c.label, share, (c.changePoints >= 0 ? locale.positiveSign() : QString()) + percent(c.changePoints, locale))
                    : tr("%1: %2").arg(c.label, share)); // Hub tags: the label is plain text
    }
    if (hot.isEmpty())
        hot << tr("No model velocity measured yet.");
    if (!r.hot.newEntrants.isEmpty())
        hot << tr("New in the top %1 this week: %2").arg(StatusReport::HotTopN).arg(r.hot.newEntrants.size());
    showFigure(m_hot, hot.join(QLatin1Char('\n')));

    const LicenseSummary &l = r.licences;
    QStringList licences;
    for (LicenseInfo::Group g :
         {LicenseInfo::Group::Permissive, LicenseInfo::Group::Restricted, LicenseInfo::Group::Other, LicenseInfo::Group::Unknown})
        if (l.total > 0)
            licences << tr("%1: %2 (%3)")
                            .arg(LicenseClassifier::groupName(g))
                            .arg(l.count(g))
                            .arg(percent(100.0 * l.count(g) / l.total, locale) + locale.percent());
    if (licences.isEmpty())
        licences << tr("No licences seen yet.");
    if (r.formats.inspected > 0)
        licences << tr("Of %1 inspected repos: %2 safetensors, %3 GGUF, %4 pickle only.")
                        .arg(r.formats.inspected)
                        .arg(r.formats.safetensors)
                        .arg(r.formats.gguf)
                        .arg(r.formats.pickleOnly);
    showFigure(m_licences, licences.join(QLatin1Char('\n')));
}

void DashboardView::showHeadline(const AggregatePoint &h)
{
    if (h.pollId <= 0 || !showsPlaceholder(m_headline))
        return; // nothing stored yet (the report says so), or a report came first
    m_hasFigures = true;
    clearProblem();
    const QLocale locale;
    showFigure(m_headline, CompactNumber::format(h.totalAllTime, locale));
    m_headline->setToolTip(tr("%1 downloads, summed over the tracked repos").arg(locale.toString(h.totalAllTime)));
    m_detail->setText(
        tr("working out the growth…\n30-day downloads %1\n%2\npolled %3 UTC")
            .arg(CompactNumber::format(h.sumDownloads30d, locale), h.scopeDescription, h.at.toUTC().toString(QStringLiteral("HH:mm"))));
}

void DashboardView::showLivePoll(const PollResult &result)
{
    if (!result.repos.isEmpty() && result.complete()) {
        showFigure(m_headline, CompactNumber::format(result.totalAllTime(), QLocale()));
        m_hasFigures = true;
        clearProblem();
    }
}

void DashboardView::setHistory(const QList<QPointF> &points)
{
    m_sparkline->setPoints(points);
    const Sparkline::Range r = m_sparkline->range();
    if (!r.valid) {
        m_sparkMax->clear();
        m_sparkMin->clear();
        m_sparkRange->setText(tr("No history yet."));
        return;
    }
    const QLocale locale;
    const auto date = [&locale](double ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).date(), QLocale::ShortFormat);
    };
    m_sparkMax->setText(tr("max %1").arg(CompactNumber::format(qint64(r.maxY), locale)));
    m_sparkMin->setText(tr("min %1").arg(CompactNumber::format(qint64(r.minY), locale)));
    m_sparkRange->setText(tr("%1 – %2").arg(date(r.minX), date(r.maxX)));
}

void DashboardView::setAlerts(const QList<AlertRecord> &latest)
{
    m_alerts->clear();
    if (latest.isEmpty())
        m_alerts->addItem(tr("No alerts yet."));
    const QDateTime now = m_clock->nowUtc();
    for (const AlertRecord &a : latest) {
        // Two severities: an anomaly asks for a look; milestones, records and categories inform.
        const bool warning = a.kind == AlertRecord::Kind::Anomaly;
        auto *item = new QListWidgetItem(style()->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation),
                                         tr("%1 — %2").arg(AlertText::title(a), DashboardText::ago(a.raisedAt, now)));
        item->setData(Qt::UserRole, warning);
        // Repo names from the Hub: shown literally.
        item->setToolTip(plainToolTip(AlertText::when(a.raisedAt) + QLatin1Char('\n') + AlertText::body(a)));
        m_alerts->addItem(item);
    }
}

void DashboardView::setPollEnabled(bool enabled, const QString &why)
{
    m_pollButton->setEnabled(enabled);
    m_pollButton->setToolTip(plainToolTip(why)); // may name a path or a lock holder
}

void DashboardView::showProblem(const QString &reason, const QDateTime &nextTry)
{
    if (m_hasFigures)
        return; // figures to show: the status bar says a poll failed, the dashboard keeps them
    m_problem->showProblem(reason, nextTry, *m_clock);
}

void DashboardView::showRetrying(const QString &reason, const QDateTime &at, int attempt, int attempts)
{
    if (m_hasFigures)
        return;
    m_problem->showRetrying(reason, at, attempt, attempts);
}

void DashboardView::clearProblem()
{
    m_problem->setVisible(false);
}

} // namespace hubwatch
