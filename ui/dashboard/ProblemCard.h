#pragma once

#include "DashboardCard.h"

#include <QDateTime>

class QLabel;
class QPushButton;

namespace hubwatch {

class Clock;

// What the dashboard says when a poll could not reach the Hub and there are no figures to show:
// what HubWatch does, the reason in the client's words, when it tries again, and what the user
// can do about it now (retry, check the endpoint and proxy in Settings, or look at the demo).
class ProblemCard : public DashboardCard
{
    Q_OBJECT
public:
    explicit ProblemCard(QWidget *parent = nullptr);

    // reason: plain text (it can quote the Hub or the network). nextTry invalid: no retry planned.
    void showProblem(const QString &reason, const QDateTime &nextTry, const Clock &clock);
    // The poll is still trying: said at the first failed request, not after every retry is spent.
    // Retry now waits meanwhile, since the poll tries again by itself at `at`.
    void showRetrying(const QString &reason, const QDateTime &at, int attempt, int attempts);
    QString reasonText() const;
    QString nextTryText() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *settingsButton() const { return m_settings; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void retryRequested();
    void settingsRequested();
    void demoRequested();

private:
    QLabel *m_reason = nullptr;
    QLabel *m_nextTry = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_settings = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace hubwatch
