#pragma once

#include "DashboardCard.h"

#include <QDateTime>

class QProgressBar;
class QPushButton;

namespace hubwatch {

struct CensusFigures;

// The "Whole Hub" card: the latest complete census's all-time downloads (models and datasets),
// its growth per day, when it was taken, how many repos it counted and what it covers (public
// repositories only); a census under way with its progress; a partial census with its coverage,
// never as the figure. Without a census it says how to get one instead of standing empty.
class WholeHubCard : public DashboardCard
{
    Q_OBJECT
public:
    explicit WholeHubCard(QWidget *parent = nullptr);

    void showCensus(const CensusFigures &figures);
    QString figureText() const;   // "48.2B"; empty without a complete census
    QString detailText() const;   // growth, census time and repos, 30-day downloads, coverage
    QString messageText() const;  // how to get a census, or what a partial one covered
    QString progressText() const; // the census under way; empty when none is
    bool figureShown() const;

Q_SIGNALS:
    void chartRequested();

private:
    QLabel *m_total = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_chart = nullptr;
};

} // namespace hubwatch
