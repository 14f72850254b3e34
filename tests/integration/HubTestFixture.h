#pragma once

#include "FakeHub.h"
#include "ManualClock.h"
#include "hub/HubClient.h"

#include <QNetworkAccessManager>
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

    // Runs a listing to its end and returns its result (the job deletes itself).
    HubResult<RepoParser::Page> list(const RepoQuery &query)
    {
        HubResult<RepoParser::Page> out;
        bool done = false;
        HubListJob *job = (client ? *client : makeClient()).list(query);
        QObject::connect(job, &HubListJob::finished, job, [&out, &done, job] {
            out = job->result();
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            qWarning("listing did not finish in time");
        return out;
    }

    HubResult<RepoStats> fetch(RepoKind kind, const QString &id)
    {
        HubResult<RepoStats> out;
        bool done = false;
        QObject context;
        (client ? *client : makeClient()).fetchRepo(kind, id, &context, [&](const HubResult<RepoStats> &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            qWarning("fetch did not finish in time");
        return out;
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
