#pragma once

#include "PollFiguresTable.h"
#include "SqlDialect.h"
#include "StoreError.h"
#include "StoreLocation.h"
#include "monitor/PollResult.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <memory>

namespace hubwatch {

class StoreTransaction;

// The latest stored figures of one repo.
struct LatestValue
{
    RepoKind kind = RepoKind::Model;
    QString name;
    QDateTime observedAt; // the poll that first reported these figures
    QDateTime lastSeen;   // the last poll that saw the repo at all
    qint64 allTime = -1;
    qint64 downloads30d = -1;
    qint64 likes = -1;
};

// The scope aggregate of one complete poll: the headline and its companions.
struct AggregatePoint
{
    qint64 pollId = 0;
    QDateTime at;
    QString scopeKey;
    QString scopeDescription;
    qint64 totalAllTime = 0;
    qint64 sumDownloads30d = 0;
    int reposCovered = 0;
    int models = 0;
    int datasets = 0;
};

// The history database: the only place that holds SQL for it. One instance owns one named
// connection and must be used from one thread (StoreThread runs it on a thread of its own).
class HistoryStore
{
    Q_DISABLE_COPY_MOVE(HistoryStore)
public:
    enum class Mode { ReadWrite, ReadOnly };

    HistoryStore();
    ~HistoryStore();

    // Opens (creating if needed, in ReadWrite), checks integrity and migrates. A damaged file is
    // never overwritten: a ReadWrite open copies it aside once (DamagedCopy) and the error names
    // the copy; a ReadOnly open copies nothing and names an earlier copy if any. The location's kind
    // picks the dialect; a text is parsed as --db is (a path, sqlite:PATH or postgresql://…).
    StoreError open(const StoreLocation &location, Mode mode = Mode::ReadWrite);
    StoreError open(const QString &pathOrUrl, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; } // the location, for messages
    const StoreLocation &location() const { return m_location; }

    // A shared server's connection can drop (restart, network): true when it no longer answers.
    // Always false for a SQLite file.
    bool connectionLost();
    // Closes and opens the same location again, in the same mode.
    StoreError reconnect();
    // The id of a stored poll with this scope and these times, 0 if none: after a dropped
    // connection, whether the commit reached the server before the connection went.
    StoreResult<qint64> findPoll(const PollResult &poll);
    QSqlDatabase &database() { return m_db; }
    // The schema of the open history: older than Migrations::latestVersion() only for a reader
    // (readers never upgrade), whose queries then read the older layout.
    int schemaVersion() const { return m_schemaVersion; }
    // Every page and index checked (SQLite's integrity_check; a server keeps its own files
    // consistent, so there only the connection): true, or false with up to 20 problems.
    bool checkIntegrity(QStringList *problems);
    const SqlDialect &dialect() const { return *m_dialect; }

    // Stores a poll whole, in one transaction, or not at all. Returns the poll's id.
    StoreResult<qint64> storePoll(const PollResult &poll);

    StoreResult<QList<LatestValue>> latestValues();
    // The latest complete poll's aggregate, optionally only for one scope key.
    StoreResult<AggregatePoint> latestAggregate(const QString &scopeKey = QString());
    // Each repo's figures as of the last poll at or before t that saw it, with its metadata:
    // the snapshot that velocities and hot categories compare. Keyed by "model:org/name".
    struct Snapshot
    {
        QDateTime at; // the poll the snapshot is as of; invalid if none
        QHash<QString, RepoStats> repos;
    };
    StoreResult<Snapshot> snapshotAt(const QDateTime &t);
    // The aggregate of the last complete poll at or before t (pollId 0 if none).
    StoreResult<AggregatePoint> aggregateAt(const QDateTime &t, const QString &scopeKey = QString());
    // Weight formats as stored per repo: which kinds of weight files its latest file list held.
    enum FormatFlag { Safetensors = 1, Gguf = 2, Pickle = 4, Onnx = 8, OtherWeights = 16, Inspected = 0x100 };
    static int formatFlags(const QStringList &files);
    struct RepoDetails
    {
        RepoStats repo; // metadata and latest figures; no file list
        int formats = 0;
    };
    // Repos whose file lists were seen (the top models' details and watched repos).
    StoreResult<QList<RepoDetails>> inspectedRepos();
    StoreResult<qint64> pollCount();
    // The newest poll (any outcome), id 0 when none; and when a poll finished.
    StoreResult<qint64> lastPollId();
    // When the complete polls in (from, to] finished, oldest first.
    StoreResult<QList<QDateTime>> completePollTimes(const QDateTime &from, const QDateTime &to);
    StoreResult<QDateTime> pollTime(qint64 pollId);
    StoreResult<qint64> sampleCount();
    // The last complete poll at or before t (as snapshotAt picks it): id 0 if none.
    struct PollRef
    {
        qint64 id = 0;
        QDateTime at;
    };
    StoreResult<PollRef> completePollAt(const QDateTime &t);
    // The figures a poll was stored with (PollFiguresTable): pollId 0 when it has none.
    StoreResult<PollFiguresRow> pollFigures(qint64 pollId);
    // Model ids ("org/name") to repo ids and back, for figures that keep a list of models short.
    StoreResult<QList<qint64>> modelRepoIds(const QStringList &names);
    StoreResult<QStringList> modelNames(const QList<qint64> &repoIds);
    StoreError savePollFigures(const PollFiguresRow &row);

    // Turns a driver error into a StoreError of the right kind.
    static StoreError fromSqlError(const class QSqlError &error, const QString &context);

    // Whether poll ids follow poll times, so that "the last sample at or before t" is an index
    // seek on (repo, poll id): kept in meta by writers since schema 5 (LatestTable).
    // Series queries use it too.
    bool pollsInTimeOrder();

private:
    struct Last
    {
        qint64 allTime, d30, likes;
    };
    struct Run
    {
        qint64 from, to;
    };
    StoreError check(const QString &path, Mode mode);
    StoreError openServer();
    StoreError backupDamaged(const QString &problem);
    bool loadCaches(QString *error);
    qint64 scopeId(const PollScope &scope, QSqlError *error);
    qint64 repoId(const RepoStats &repo, qint64 now, QString *error);
    // Errors keep the driver's native code, which tells a full disk from a lock or corruption.
    bool writeRepos(const PollResult &poll, qint64 pollId, qint64 scope, StoreTransaction &tx, QSqlError *error);
    // Moves renamed repos' history to their canonical ids (RepoRenames.cpp); reloads the caches.
    bool applyRenames(const QList<RepoRename> &renames, QSqlError *error);

    StoreResult<Snapshot> snapshotBySeek(const QDateTime &t);
    StoreResult<Snapshot> snapshotByScan(const QDateTime &t);

    StoreError connectionError(const QSqlError &error) const;
    bool mayWrite();

    std::unique_ptr<SqlDialect> m_dialect;
    StoreLocation m_location;
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    int m_schemaVersion = 0;
    // Write-side caches, valid because only one writer exists (see WriterLock). Reloaded after a
    // rolled-back poll so they never describe rows that are not there.
    bool m_cachesLoaded = false;
    QHash<QString, qint64> m_repoIds;         // "model:org/name" -> id
    QHash<qint64, QString> m_repoMeta;        // id -> metadata fingerprint
    QHash<qint64, int> m_formats;             // id -> stored format flags
    QHash<qint64, Last> m_last;               // id -> last stored sample
    QHash<QPair<qint64, qint64>, Run> m_runs; // (repo, scope) -> latest presence run
    QHash<qint64, qint64> m_lastPoll;         // scope -> its newest poll id
};

} // namespace hubwatch
