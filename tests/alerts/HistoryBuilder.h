#pragma once
// Hand-made histories for the alert and status tests (and the chart, panel and hostile-text
// tests that include this): times from a fixed Monday, repos in categories and the hot-category
// fixture, over the shared builders of tests/support/TestBuilders.h.

#include "TestBuilders.h"

namespace hwtest {

using namespace hubwatch;
using History = hubwatch::test::TestHistory;

inline const QDateTime kT0(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC); // a Monday, 00:00 UTC
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kMillion = 1000 * 1000;
constexpr qint64 kBillion = 1000 * kMillion;
constexpr qint64 operator""_M(unsigned long long millions)
{
    return qint64(millions) * kMillion;
}

inline QDateTime at(qint64 msAfterT0)
{
    return kT0.addMSecs(msAfterT0);
}

// A repo in a category: "model:org/name" or "dataset:org/name", its figures (one like), then
// its pipeline tag.
inline RepoStats repo(const QString &key, qint64 allTime, qint64 d30 = 1000, const QString &tag = QString())
{
    return test::withMetadata(test::repo(key, allTime, d30, 1), tag);
}

// Watch items as on the command line ("model:org/name", "author:org"); invalid ones are dropped.
inline PollScope scopeOf(int topModels = 1000, const QStringList &watch = {})
{
    PollScope s;
    s.topModels = topModels;
    for (const QString &text : watch) {
        WatchItem item;
        QString error;
        if (WatchItem::parse(text, &item, &error))
            s.watch.append(item);
        else
            qWarning() << "bad watch item in a test:" << error;
    }
    return s;
}

// test::poll() with the time first: the order tests/gui and tests/security were written in.
// New tests call test::poll(repos, finishedAt, scope, complete).
inline PollResult poll(const QDateTime &finishedAt, const RepoStatsList &repos, const PollScope &scope = {}, bool complete = true)
{
    return test::poll(repos, finishedAt, scope, complete);
}

// The hot-category fixture: 60 models. 40 "text-generation" gain 1,000 a day; 10
// "text-to-image" gain 1,000 a day until day 3, then 1,400; 10 "fill-mask" gain 10 a day (never
// in the top 50). From day 3 on, text-to-image takes 14,000 / 54,000 = 25.93 % of the top 50's
// velocity, against 10,000 / 50,000 = 20 % before: +5.93 points. Times: multiples of 6 hours.
inline RepoStatsList hotRepos(qint64 msAfterT0)
{
    RepoStatsList repos;
    for (int i = 0; i < 60; ++i) {
        const QString tag = i < 10 ? QStringLiteral("text-to-image")
            : i < 50               ? QStringLiteral("text-generation")
                                   : QStringLiteral("fill-mask");
        qint64 grown = (i < 50 ? 1000 : 10) * msAfterT0 / kDay;
        if (i < 10 && msAfterT0 > 3 * kDay)
            grown = 3000 + 1400 * (msAfterT0 - 3 * kDay) / kDay;
        repos.append(repo(QStringLiteral("model:org%1/m%1").arg(i), kMillion + grown, 30000, tag));
    }
    return repos;
}

} // namespace hwtest
