#include "CensusCommand.h"

#include "CensusConsole.h"
#include "CollectorOpening.h"
#include "ConsoleOutput.h"
#include "census/CensusCrawler.h"
#include "collector/HistorySession.h"
#include "hub/AuthPolicy.h"
#include "hub/HubTransport.h"
#include "settings/Settings.h"
#include "util/Clock.h"
#include "util/SignalWatcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

namespace hubwatch {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

CensusCommand::CensusCommand(const CommandLine &options, QObject *parent) : QObject(parent), m_options(options)
{}

CensusCommand::~CensusCommand() = default;

void CensusCommand::fatal(const QString &message, int exitCode)
{
    ConsoleOutput::error(message);
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT done(exitCode); });
}

void CensusCommand::start()
{
    m_signals = new SignalWatcher(this);
    // Every page is committed whole with its cursor: stopping loses at most the page in flight.
    connect(m_signals, &SignalWatcher::stopRequested, this, [this] {
        ConsoleOutput::status(QString());
        ConsoleOutput::error(tr("Census stopped; run hubwatch census again to continue it."));
        if (m_crawler)
            m_crawler->stop();
        Q_EMIT done(1);
    });
    CollectorOpening::open(
        m_options, this,
        [this](HistorySession *history, const RunConfig &config) {
            m_history = history;
            startCrawler(config);
        },
        [this](const QString &message, int exitCode) { fatal(message, exitCode); });
}

void CensusCommand::startCrawler(const RunConfig &config)
{
    m_nam = new QNetworkAccessManager(this);
    m_transport = new HubTransport(m_nam, SystemClock::instance(), config.hub, this);
    m_crawler = new CensusCrawler(m_transport, m_history->store(), this);
    connect(m_crawler, &CensusCrawler::begun, this, [this](const CensusState &state) {
        m_eta.begin(state, m_expectedPages, SystemClock::instance()->nowUtc());
        m_console.begun(state, m_crawler->resumed());
    });
    connect(m_crawler, &CensusCrawler::pageStored, this,
            [this](const CensusState &state) { m_console.progress(state, m_eta.estimate(state, SystemClock::instance()->nowUtc())); });
    connect(m_crawler, &CensusCrawler::finished, this, &CensusCommand::report);
    // The last census's page count first: the estimate of when this one ends.
    m_history->store()->call<StoreResult<qint64>>([](HistoryStore &s) { return CensusEta::expectedPages(s); }, this,
                                                  [this](const StoreResult<qint64> &pages) {
                                                      m_expectedPages = pages.value;
                                                      m_crawler->start(m_options.restart);
                                                  });
}

void CensusCommand::report(const CensusState &state, const QString &error)
{
    ConsoleOutput::status(QString());
    const bool complete = error.isEmpty() && state.isComplete();
    if (m_options.json) {
        const QJsonObject json{
            {QStringLiteral("complete"), complete},
            {QStringLiteral("models"), state.kind(CensusKind::Model).repos},
            {QStringLiteral("datasets"), state.kind(CensusKind::Dataset).repos},
            {QStringLiteral("spaces"), state.kind(CensusKind::Space).repos},
            {QStringLiteral("totalAllTime"), state.totalAllTime()},
            {QStringLiteral("downloads30d"), state.downloads30d()},
            {QStringLiteral("pages"), state.pages()},
            {QStringLiteral("requests"), state.requests()},
            {QStringLiteral("startedAt"), time(state.startedAt)},
            {QStringLiteral("finishedAt"), complete ? time(state.finishedAt) : QJsonValue()},
        };
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    } else if (complete) {
        for (const QString &line : CensusConsole::summary(state))
            ConsoleOutput::out(line);
    }
    if (!complete)
        ConsoleOutput::error(tr("The census stopped: %1\nIt is kept unfinished; run hubwatch census again to continue it.").arg(error));
    // The lock and the database are let go only once the store's queue is empty.
    m_history->close([this, complete] { Q_EMIT done(complete ? 0 : 1); });
}

} // namespace hubwatch
