#pragma once
// Hand-made histories for the alert and status tests: a real HistoryStore in a temporary folder,
// filled through storePoll with PollResults at chosen times (no clock, no network, no sleeps).

#include "monitor/PollResult.h"
#include "store/HistoryStore.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace hwtest {

using namespace hubwatch;

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

// "model:org/name" or "dataset:org/name".
inline RepoStats repo(const QString &key, qint64 allTime, qint64 d30 = 1000, const QString &tag = QString())
{
    RepoStats r;
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    r.kind = key.left(colon) == QLatin1String("dataset") ? RepoKind::Dataset : RepoKind::Model;
    r.id = key.mid(colon + 1);
    r.downloadsAllTime = allTime;
    r.downloads30d = d30;
    r.likes = 1;
    r.pipelineTag = tag;
    return r;
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

inline PollResult poll(const QDateTime &finishedAt, const RepoStatsList &repos, const PollScope &scope = {},
                       bool complete = true)
{
    PollResult p;
    p.startedAt = finishedAt.addSecs(-30);
    p.finishedAt = finishedAt;
    p.scope = scope;
    p.repos = repos;
    if (!complete)
        p.failures.append({QStringLiteral("top datasets"), HubError(HubError::Kind::Server, QStringLiteral("503"))});
    return p;
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
                                   : i < 50 ? QStringLiteral("text-generation") : QStringLiteral("fill-mask");
        qint64 grown = (i < 50 ? 1000 : 10) * msAfterT0 / kDay;
        if (i < 10 && msAfterT0 > 3 * kDay)
            grown = 3000 + 1400 * (msAfterT0 - 3 * kDay) / kDay;
        repos.append(repo(QStringLiteral("model:org%1/m%1").arg(i), kMillion + grown, 30000, tag));
    }
    return repos;
}

// A history database in a temporary folder (RAM-backed when /dev/shm exists: every poll commits
// with an fsync, which costs nothing there).
class History
{
public:
    History()
    {
        const QDir shm(QStringLiteral("/dev/shm"));
        m_dir = shm.exists() && QFileInfo(shm.path()).isWritable()
            ? std::make_unique<QTemporaryDir>(shm.filePath(QStringLiteral("hubwatch-alerts-XXXXXX")))
            : std::make_unique<QTemporaryDir>();
    }

    [[nodiscard]] bool open()
    {
        m_store = std::make_unique<HistoryStore>();
        const StoreError e = m_store->open(m_dir->filePath(QStringLiteral("history.sqlite")));
        if (e.isError())
            qWarning() << "cannot open the test history:" << e.message();
        return m_dir->isValid() && !e.isError();
    }
    // A restart: a new HistoryStore object on the same file.
    [[nodiscard]] bool reopen()
    {
        m_store.reset();
        return open();
    }
    HistoryStore &store() { return *m_store; }

    // The poll's id, or 0 when storing it failed.
    qint64 add(const PollResult &p)
    {
        const auto r = m_store->storePoll(p);
        if (!r.ok())
            qWarning() << "storePoll failed:" << r.error.message();
        return r.ok() ? r.value : 0;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

} // namespace hwtest
