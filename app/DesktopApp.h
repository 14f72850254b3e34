#pragma once

#include "cli/CommandLine.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace hubwatch {

class HubClient;
class MainWindow;
class Poller;

// Wires the desktop app: the core objects it owns and the window that shows them.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    explicit DesktopApp(const CommandLine &options, QObject *parent = nullptr);
    ~DesktopApp() override;
    void show();

private:
    QNetworkAccessManager *m_nam = nullptr;
    HubClient *m_client = nullptr;
    Poller *m_poller = nullptr;
    std::unique_ptr<MainWindow> m_window;
    std::chrono::milliseconds m_interval{15 * 60 * 1000};
};

} // namespace hubwatch
