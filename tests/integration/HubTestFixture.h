#pragma once

#include "FakeHub.h"
#include "ManualClock.h"
#include "TestWait.h"
#include "hub/HubClient.h"
#include "monitor/PollResult.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>

#include <memory>

namespace hubwatch::test {

// A client wired to a loopback fake Hub on a manual clock that jumps over every wait, so
// retries and pacing are exercised in milliseconds of real time.
struct HubTestFixture
{
    ManualClock clock;
    FakeHub hub{&clock};
    QNetworkAccessManager nam;
    HubConfig config;
    std::unique_ptr<HubClient> client;

    HubTestFixture()
    {
        clock.setAutoAdvance(true);
        if (!hub.listen())
            qFatal("fake Hub could not listen");
        config.endpoint = hub.url();
        config.transferTimeout = std::chrono::milliseconds(2000);
    }

    HubClient &makeClient()
    {
        client = std::make_unique<HubClient>(&nam, &clock, config);
        return *client;
    }

    // Runs a listing to its end and returns its result (the job deletes itself). A listing that
    // does not finish fails the test and returns an error, never a default (ok) result.
    HubResult<RepoParser::Page> list(const RepoQuery &query)
    {
        HubResult<RepoParser::Page> out = timedOut<RepoParser::Page>();
        bool done = false;
        QPointer<HubListJob> job = (client ? *client : makeClient()).list(query);
        QObject::connect(job, &HubListJob::finished, job, [&out, &done, job] {
            out = job->result();
            done = true;
        });
        if (!waitOrFail([&done] { return done; }, 20000, "the listing"))
            delete job; // it must not write into this frame later
        return out;
    }

    // The same for one repo: a hang fails the test. `context` goes with this frame, and the
    // callback with it.
    HubResult<RepoStats> fetch(RepoKind kind, const QString &id)
    {
        HubResult<RepoStats> out = timedOut<RepoStats>();
        bool done = false;
        QObject context;
        (client ? *client : makeClient()).fetchRepo(kind, id, &context, [&](const HubResult<RepoStats> &r) {
            out = r;
            done = true;
        });
        waitOrFail([&done] { return done; }, 20000, "the fetch");
        return out;
    }

    // What a helper returns when the client never answered (the test has failed already): an
    // error, so that no check downstream can read it as a success.
    template <typename T> static HubResult<T> timedOut()
    {
        HubResult<T> r;
        r.error = HubError(HubError::Kind::InvalidRequest, QStringLiteral("test fixture: no answer in time"));
        return r;
    }

    // What a poll helper returns when the poll never finished (the test has failed already):
    // no repos, and a failure, so that it is neither complete nor empty-but-fine.
    static PollResult neverFinished()
    {
        PollResult r;
        r.failures.append({QStringLiteral("test fixture"), timedOut<int>().error});
        return r;
    }

    static RepoQuery top(RepoKind kind, int count)
    {
        RepoQuery q;
        q.kind = kind;
        q.count = count;
        return q;
    }
};

} // namespace hubwatch::test
