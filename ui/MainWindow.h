#pragma once

#include "hub/HubConfig.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hubwatch {

class Poller;
struct PollResult;
struct StatusReport;

// The main window. For now: the tracked total from the last poll, a Poll now action and a
// status bar that always says what HubWatch is doing. It reads the core; it never talks to the
// network itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Poller *poller, const HubConfig &config, QWidget *parent = nullptr);

    void showError(const QString &message);
    // The last stored headline (at start, and after each stored poll).
    void showReport(const StatusReport &report);
    // Another process owns polling; this window only shows the shared history.
    void setViewerOnly(const QString &why);
    // Shows an alert inside the window: the fallback when there is no system tray.
    void showAlertBanner(const QString &title, const QString &body);
    QString bannerText() const;
    QString statusText() const;

private:
    void onProgress(int step, int steps, const QString &text);
    void onPollFinished(const PollResult &result);
    void setStatus(const QString &text);

    Poller *m_poller;
    QLabel *m_banner = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_outlook = nullptr;
    QPushButton *m_pollButton = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace hubwatch
