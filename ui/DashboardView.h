#pragma once

#include "util/Clock.h"

#include <QDateTime>
#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace hubwatch {

class DashboardCard;
class ProblemCard;
class Sparkline;
class WholeHubCard;
struct AggregatePoint;
struct AlertRecord;
struct PollResult;
struct StatusReport;

// The first thing a user sees, as a grid of cards: the tracked total, big (like "933.0M"), with
// its growth, scope and poll time; the whole Hub from the latest census; the last 30 days; the next milestone with its ETA; velocity,
// hot categories and licence mix; the latest alerts. The grid reflows with the view's width
// (three columns wide, two medium, one narrow) and scrolls vertically, so it never forces the
// window wider than the screen.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(const QString &scopeDescription, bool offline, QWidget *parent = nullptr);

    // A report without a poll is an empty history: only then does the card say so (until the
    // first report arrives it says the history is being read).
    void showReport(const StatusReport &report);
    void showLivePoll(const PollResult &result); // before the store has the poll
    // The first paint of a stored history: the figure, while its report is being computed.
    void showHeadline(const AggregatePoint &latest);
    void setHistory(const QList<QPointF> &points); // (ms since epoch, total) for the sparkline
    void setAlerts(const QList<AlertRecord> &latest);
    void setPollEnabled(bool enabled, const QString &why = QString());
    QString headlineText() const;
    // What a figure card shows before its first figure.
    static QString placeholderText();
    QString detailText() const;
    int columnCount() const { return m_columns; }
    // A poll that reached nothing, while there are no figures: what, why, when again, what to do.
    void showProblem(const QString &reason, const QDateTime &nextTry);
    void showRetrying(const QString &reason, const QDateTime &at, int attempt, int attempts);
    void clearProblem();
    ProblemCard *problemCard() const { return m_problem; }
    WholeHubCard *wholeHubCard() const { return m_hubCard; }
    // What "3 h ago" counts from: the desktop's clock (a test's manual one), not the wall clock.
    void setClock(const Clock *clock) { m_clock = clock; }
    // Two columns' worth: the grid takes whatever width it gets, so it should not ask the
    // window for more than that and squeeze the navigation beside it on a small screen.
    QSize sizeHint() const override;

Q_SIGNALS:
    void pollRequested();
    void openView(const QString &name);
    void settingsRequested();
    void demoRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildHeadlineCard(bool offline);
    void buildWholeHubCard();
    void buildSparklineCard();
    void buildMilestoneCard();
    void buildFigureCards();
    void buildAlertsCard();
    void showMilestone(const StatusReport &report);
    void showFigures(const StatusReport &report);
    void reflow();

    const Clock *m_clock = SystemClock::instance();
    QString m_emptyText; // what an empty history says: offline, or the scope the first poll takes
    QGridLayout *m_grid = nullptr;
    QList<DashboardCard *> m_cards; // in reading order; the alerts card ends the grid
    DashboardCard *m_alertsCard = nullptr;
    DashboardCard *m_sparkCard = nullptr; // spans both columns of two
    ProblemCard *m_problem = nullptr;     // above the grid, shown only while there is a problem
    WholeHubCard *m_hubCard = nullptr;
    bool m_hasFigures = false;
    int m_columns = 0;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    Sparkline *m_sparkline = nullptr;
    QLabel *m_sparkMax = nullptr, *m_sparkMin = nullptr, *m_sparkRange = nullptr;
    QLabel *m_milestone = nullptr, *m_milestoneEta = nullptr, *m_milestoneNote = nullptr;
    QProgressBar *m_milestoneProgress = nullptr;
    QLabel *m_velocity = nullptr, *m_velocityDetail = nullptr;
    QLabel *m_hot = nullptr, *m_licences = nullptr;
    QListWidget *m_alerts = nullptr;
    QPushButton *m_pollButton = nullptr;
};

} // namespace hubwatch
