#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace hubwatch {

class Sparkline;
struct AggregatePoint;
struct AlertRecord;
struct PollResult;
struct StatusReport;

// The first thing a user sees: the tracked total, big (like "933.0M"), its growth, scope and
// poll time, the next milestone with its ETA, a sparkline and the latest alerts.
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
    QString detailText() const;

Q_SIGNALS:
    void pollRequested();
    void openView(const QString &name);

private:
    QString m_emptyText; // what an empty history says: offline, or the scope the first poll takes
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_outlook = nullptr;
    Sparkline *m_sparkline = nullptr;
    QListWidget *m_alerts = nullptr;
    QPushButton *m_pollButton = nullptr;
};

} // namespace hubwatch
