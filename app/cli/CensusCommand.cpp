#include "CensusCommand.h"

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

QString kindLabel(int kind)
{
    switch (CensusKind(kind)) {
    case CensusKind::Model: return CensusCommand::tr("models");
    case CensusKind::Dataset: return CensusCommand::tr("datasets");
    case CensusKind::Space: return CensusCommand::tr("spaces");
    }
    return QString();
}

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
        const QLocale locale;
        if (m_crawler->resumed())
            ConsoleOutput::error(tr("Resuming the census begun %1 UTC after %Ln page(s).", "", int(state.pages()))
                                     .arg(state.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        progress(state);
    });
    connect(m_crawler, &CensusCrawler::pageStored, this, &CensusCommand::progress);
    connect(m_crawler, &CensusCrawler::finished, this, &CensusCommand::report);
    m_crawler->start(m_options.restart);
}

QString CensusCommand::pagesAndRequests(qint64 pages, qint64 requests)
{
    return tr("%1 and %2", "pages, requests").arg(tr("%Ln page(s)", "", int(pages)), tr("%Ln request(s)", "", int(requests)));
}

void CensusCommand::progress(const CensusState &state)
{
    const QLocale locale;
    const int kind = state.nextKind();
    // A line per finished kind (for logs); the page count in place, on a terminal only.
    for (int k = m_lastKind; k >= 0 && k < std::min(kind, CensusKindCount); ++k) {
        const CensusKindState &s = state.kinds[size_t(k)];
        ConsoleOutput::status(QString());
        ConsoleOutput::error(tr("Census: %1 %2 in %3.").arg(locale.toString(s.repos), kindLabel(k), pagesAndRequests(s.pages, s.requests)));
    }
    m_lastKind = kind;
    if (kind >= CensusKindCount)
        return;
    const CensusKindState &s = state.kinds[size_t(kind)];
    ConsoleOutput::status(tr("Census: %1, page %2 — %3 repos so far, %Ln request(s).", "", int(state.requests()))
                              .arg(kindLabel(kind), locale.toString(s.pages + 1), locale.toString(s.repos)));
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
        const QLocale locale;
        ConsoleOutput::out(tr("Census complete: %1 models, %2 datasets, %3 spaces (public repositories only).")
                               .arg(locale.toString(state.kind(CensusKind::Model).repos),
                                    locale.toString(state.kind(CensusKind::Dataset).repos),
                                    locale.toString(state.kind(CensusKind::Space).repos)));
        ConsoleOutput::out(tr("All-time downloads of models and datasets: %1; last 30 days: %2 (the Hub counts no downloads for spaces).")
                               .arg(locale.toString(state.totalAllTime()), locale.toString(state.downloads30d())));
        ConsoleOutput::out(tr("%1.", "pages and requests").arg(pagesAndRequests(state.pages(), state.requests())));
    }
    if (!complete)
        ConsoleOutput::error(tr("The census stopped: %1\nIt is kept unfinished; run hubwatch census again to continue it.").arg(error));
    // The lock and the database are let go only once the store's queue is empty.
    m_history->close([this, complete] { Q_EMIT done(complete ? 0 : 1); });
}

} // namespace hubwatch
