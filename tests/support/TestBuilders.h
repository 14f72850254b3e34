#pragma once
// The builders every test uses for repos, polls and histories, so that no test keeps a private
// copy with its own idea of a poll's length or a repo's defaults.
//
// One parameter order for all of them: what it is (kind, id) first, then its figures (downloads
// all time, downloads in the last 30 days, likes), then when (a poll's finishing time), then the
// rest (scope, whether complete). Nothing is defaulted that a test could mean: a repo's figures
// are always given; metadata is added with withMetadata().

#include "hub/RepoStats.h"
#include "monitor/PollResult.h"
#include "store/HistoryStore.h"

#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace hubwatch::test {

// A repo as a Hub list reports it, without metadata. -1 (RepoStats::Unknown) is a figure the
// Hub did not send.
inline RepoStats repo(RepoKind kind, const QString &id, qint64 allTime, qint64 d30, qint64 likes)
{
    RepoStats r;
    r.kind = kind;
    r.id = id;
    r.downloadsAllTime = allTime;
    r.downloads30d = d30;
    r.likes = likes;
    return r;
}

// The same from a series key: "model:org/name" or "dataset:org/name".
inline RepoStats repo(const QString &key, qint64 allTime, qint64 d30, qint64 likes)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    return repo(key.left(colon) == QLatin1String("dataset") ? RepoKind::Dataset : RepoKind::Model, key.mid(colon + 1), allTime, d30, likes);
}

inline RepoStats withMetadata(RepoStats r, const QString &pipelineTag, const QString &library = QString(),
                              const QString &license = QString())
{
    r.pipelineTag = pipelineTag;
    r.libraryName = library;
    r.license = license;
    return r;
}

// A poll that saw `repos` and finished at `finishedAt`, 30 s after it started. An incomplete
// poll carries one failure (the top datasets answered 503), so it defines no headline.
inline PollResult poll(const RepoStatsList &repos, const QDateTime &finishedAt, const PollScope &scope = PollScope(), bool complete = true)
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

// A temporary folder for histories: RAM-backed when /dev/shm exists. The store keeps its
// production durability (every poll commits with an fsync), which costs nothing there, so
// thousands of real storePoll calls stay fast; elsewhere the default temporary folder is used.
inline std::unique_ptr<QTemporaryDir> temporaryDir()
{
    const QDir shm(QStringLiteral("/dev/shm"));
    if (shm.exists() && QFileInfo(shm.path()).isWritable())
        return std::make_unique<QTemporaryDir>(shm.filePath(QStringLiteral("hubwatch-test-XXXXXX")));
    return std::make_unique<QTemporaryDir>();
}

// A history: a real HistoryStore on a SQLite file in a temporary folder, filled through
// storePoll (no clock, no network, no sleeps).
class TestHistory
{
public:
    TestHistory() : m_dir(temporaryDir()) {}

    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    [[nodiscard]] bool open()
    {
        m_store = std::make_unique<HistoryStore>();
        const StoreError e = m_store->open(path());
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

} // namespace hubwatch::test
