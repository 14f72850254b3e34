#include "Poller.h"

#include "hub/HubClient.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <memory>

namespace hubwatch {

Poller::Poller(HubClient *client, Clock *clock, QObject *parent) : QObject(parent), m_client(client), m_clock(clock)
{}

int Poller::totalSteps() const
{
    const int page = m_client->config().pageSize;
    const auto pages = [page](int n) { return n > 0 ? (n + page - 1) / page : 0; };
    return pages(m_scope.topModels) + pages(m_scope.topDatasets) + (m_scope.topModels > 0 ? 1 : 0) + int(m_scope.watch.size());
}

bool Poller::pollNow()
{
    if (m_running)
        return false;
    m_running = true;
    m_current = PollResult{};
    m_current.scope = m_scope;
    m_current.startedAt = m_clock->nowUtc();
    m_index.clear();
    m_steps.clear();
    m_stepIndex = 0;
    m_pagesDone = 0;

    const auto listStep = [this](const QString &what, RepoKind kind, int count) {
        return Step{what, [this, what, kind, count] {
                        HubListJob *job = m_client->listTop(kind, count);
                        connect(job, &HubListJob::progress, this, [this](int, int, int) {
                            ++m_pagesDone;
                            Q_EMIT progress(m_pagesDone, totalSteps(), tr("Polling page %1 of %2").arg(m_pagesDone).arg(totalSteps()));
                        });
                        connect(job, &HubListJob::finished, this, [this, job, what] {
                            if (job->result().ok()) {
                                addRepos(job->result().value.repos);
                                m_current.skippedEntries += job->result().value.skipped;
                            } else {
                                m_current.failures.append({what, job->result().error});
                            }
                            stepDone();
                        });
                    }};
    };
    if (m_scope.topModels > 0)
        m_steps << listStep(tr("top models"), RepoKind::Model, m_scope.topModels);
    if (m_scope.topModels > 0) {
        // The files and licence of the leading models, for the weight-format and licence panels:
        // one small extra page, since siblings would make every listing page far larger.
        const QString what = tr("top model details");
        m_steps << Step{what, [this, what] {
                            RepoQuery q;
                            q.kind = RepoKind::Model;
                            q.count = qMin(kDetailedModels, m_scope.topModels);
                            q.expand = RepoQuery::defaultExpand(RepoKind::Model)
                                << QStringLiteral("siblings") << QStringLiteral("cardData");
                            HubListJob *job = m_client->list(q);
                            connect(job, &HubListJob::finished, this, [this, job, what] {
                                if (job->result().ok())
                                    addRepos(job->result().value.repos);
                                else
                                    m_current.failures.append({what, job->result().error});
                                ++m_pagesDone;
                                Q_EMIT progress(m_pagesDone, totalSteps(), tr("Polling page %1 of %2").arg(m_pagesDone).arg(totalSteps()));
                                stepDone();
                            });
                        }};
    }
    if (m_scope.topDatasets > 0)
        m_steps << listStep(tr("top datasets"), RepoKind::Dataset, m_scope.topDatasets);
    for (const WatchItem &item : std::as_const(m_scope.watch)) {
        const QString what = item.toString();
        if (item.type == WatchItem::Type::Author) {
            m_steps << Step{what, [this, what, item] {
                                // An author's models and datasets: two listings, one step for progress.
                                auto remaining = std::make_shared<int>(2);
                                for (RepoKind kind : {RepoKind::Model, RepoKind::Dataset}) {
                                    HubListJob *job = m_client->listAuthor(kind, item.name);
                                    connect(job, &HubListJob::finished, this, [this, job, what, remaining] {
                                        if (job->result().ok())
                                            addRepos(job->result().value.repos, Source::Watchlist);
                                        else
                                            m_current.failures.append({what, job->result().error});
                                        if (--*remaining == 0) {
                                            ++m_pagesDone;
                                            stepDone();
                                        }
                                    });
                                }
                            }};
        } else {
            const RepoKind kind = item.type == WatchItem::Type::Model ? RepoKind::Model : RepoKind::Dataset;
            m_steps << Step{what, [this, what, kind, item] {
                                m_client->fetchRepo(kind, item.name, this, [this, what, kind, item](const HubResult<RepoStats> &r) {
                                    if (r.ok()) {
                                        // The answer carries the canonical id (after the Hub's redirect).
                                        if (r.value.id != item.name)
                                            m_current.renames.append({kind, item.name, r.value.id});
                                        addRepos({r.value}, Source::Watchlist);
                                    } else {
                                        m_current.failures.append({what, r.error});
                                    }
                                    ++m_pagesDone;
                                    stepDone();
                                });
                            }};
        }
    }
    Q_EMIT pollStarted();
    Q_EMIT progress(0, totalSteps(), tr("Polling the Hub…"));
    runNextStep();
    return true;
}

void Poller::addRepos(const RepoStatsList &repos, Source source)
{
    m_current.repos.reserve(m_current.repos.size() + repos.size());
    for (const RepoStats &r : repos) {
        QString key = r.key();
        // A watched repo that is also in the top-N is kept once; a later, more detailed entry
        // (with its files) completes the first one. Found by index: a scan of a 10,000-repo poll
        // for each of the detailed models cost about 50 ms of the GUI thread.
        if (const auto found = m_index.constFind(key); found != m_index.cend()) {
            if (!r.siblings.isEmpty()) {
                RepoStats &existing = m_current.repos[*found];
                existing.siblings = r.siblings;
                if (existing.license.isEmpty())
                    existing.license = r.license;
            }
            continue;
        }
        m_index.insert(key, m_current.repos.size());
        m_current.repos.append(r);
        if (source == Source::Watchlist)
            m_current.watchOnly.insert(std::move(key));
    }
}

void Poller::stepDone()
{
    ++m_stepIndex;
    runNextStep();
}

void Poller::runNextStep()
{
    if (m_stepIndex < m_steps.size()) {
        m_steps.at(m_stepIndex).run();
        return;
    }
    m_current.finishedAt = m_clock->nowUtc();
    m_running = false;
    qCInfo(lcMonitor) << "poll finished:" << m_current.repos.size() << "repos," << m_current.failures.size() << "failures";
    if (m_current.totals().saturated)
        qCWarning(lcMonitor) << "the tracked totals reached the largest count HubWatch can hold (qint64) and stop there;"
                             << "the real sum may be larger, and the Hub's figures look broken";
    const PollResult result = std::move(m_current);
    m_current = PollResult{};
    m_index.clear();
    if (m_scheduled)
        scheduleNext(m_interval);
    Q_EMIT pollFinished(result);
}

void Poller::startSchedule(std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_scheduled = true;
    ++m_generation;
    if (!pollNow() && !m_running)
        scheduleNext(m_interval);
}

void Poller::stopSchedule()
{
    m_scheduled = false;
    ++m_generation;
    m_nextPoll = QDateTime();
}

void Poller::setInterval(std::chrono::milliseconds interval)
{
    const QDateTime last = m_nextPoll.isValid() ? m_nextPoll.addMSecs(-m_interval.count()) : QDateTime();
    m_interval = interval;
    // While a poll runs, the next one is scheduled when it ends, with the new interval already.
    if (!m_scheduled || m_running || !last.isValid())
        return;
    ++m_generation;
    const qint64 wait = m_clock->nowUtc().msecsTo(last.addMSecs(interval.count()));
    if (wait <= 0)
        pollNow();
    else
        scheduleNext(std::chrono::milliseconds(wait));
}

void Poller::scheduleNext(std::chrono::milliseconds after)
{
    const quint64 generation = m_generation;
    m_nextPoll = m_clock->nowUtc().addMSecs(after.count());
    m_clock->callAfter(after, this, [this, generation] {
        if (generation == m_generation && m_scheduled)
            pollNow();
    });
}

} // namespace hubwatch
