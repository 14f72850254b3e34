#include "DesktopApp.h"

#include "MainWindow.h"
#include "hub/HubClient.h"
#include "monitor/Poller.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace hubwatch {

DesktopApp::DesktopApp(const CommandLine &options, QObject *parent) : QObject(parent)
{
    HubConfig config;
    QString configError;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!HubConfig::resolve(env, options.endpoint, options.offline, &config, &configError)) {
        // Keep running on the default endpoint; the window says what was wrong.
        QString ignored;
        HubConfig::resolve(env, HubConfig::defaultEndpoint(), options.offline, &config, &ignored);
    }
    m_nam = new QNetworkAccessManager(this);
    m_client = new HubClient(m_nam, SystemClock::instance(), config, this);
    m_poller = new Poller(m_client, SystemClock::instance(), this);
    m_poller->setScope(options.scope);
    m_interval = options.interval;
    m_window = std::make_unique<MainWindow>(m_poller, config);
    if (!configError.isEmpty())
        m_window->showError(configError);
}

DesktopApp::~DesktopApp() = default;

void DesktopApp::show()
{
    m_window->show();
    // A monitor monitors: poll at start and then on the schedule, unless told to stay offline.
    if (!m_client->config().offline)
        m_poller->startSchedule(m_interval);
}

} // namespace hubwatch
