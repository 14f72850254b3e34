#pragma once
// Shared by the store robustness tests and durability_writer: their repos and polls (over the
// shared builders of TestBuilders.h), a raw second connection to a database file, and digests of
// what a file holds.

#include "TestBuilders.h"
#include "monitor/PollResult.h"
#include "store/HistoryStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <atomic>

namespace hubwatch::test {

// A repo described as the store tests describe every one (a text-generation transformers model
// under MIT), so that its rows are the size real ones are.
inline RepoStats describedRepo(RepoKind kind, const QString &id, qint64 allTime, qint64 d30, qint64 likes)
{
    return withMetadata(repo(kind, id, allTime, d30, likes), QStringLiteral("text-generation"), QStringLiteral("transformers"),
                        QStringLiteral("mit"));
}

// `count` models named org/model-N whose figures are a function of `generation`: every repo
// changes when the generation changes, none when it does not.
inline RepoStatsList makeRepos(int count, int generation, int firstIndex = 0)
{
    RepoStatsList repos;
    repos.reserve(count);
    for (int i = firstIndex; i < firstIndex + count; ++i)
        repos.append(describedRepo(i % 3 == 2 ? RepoKind::Dataset : RepoKind::Model, QStringLiteral("org/repo-%1").arg(i),
                                   1'000'000 + qint64(i) * 1000 + generation * 7, 5000 + i + generation, 10 + i));
    return repos;
}

// A poll of the default scope that finished `minute` minutes and 30 s after 2024-01-01 00:00 UTC.
inline PollResult pollAtMinute(const RepoStatsList &repos, int minute, bool complete = true)
{
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return poll(repos, base.addSecs(qint64(minute) * 60 + 30), PollScope(), complete);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A plain QSqlDatabase connection of its own, removed again when this goes out of scope. The
// database is a SQLite file or, given a postgresql:// URL, a database on a (test) server.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = QString())
        : m_name(QStringLiteral("raw-%1").arg(counter().fetch_add(1)))
    {
        const StoreLocation location = StoreLocation::parse(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(location.isShared() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
        if (location.isShared()) {
            db.setHostName(location.host());
            db.setPort(location.port());
            db.setUserName(location.user());
            db.setDatabaseName(location.database());
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options);
        m_ok = db.open();
        m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; on failure returns false and keeps the error.
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
    // The first column of every row of a query, as text.
    QStringList column(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return {QStringLiteral("<error: %1>").arg(m_error)};
        }
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    QString scalar(const QString &sql)
    {
        const QStringList c = column(sql);
        return c.isEmpty() ? QString() : c.first();
    }
    qint64 count(const QString &table) { return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong(); }

    // Every row of every HubWatch table in a stable order, hashed: equal digests mean equal content.
    QByteArray digest()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *table : {"meta", "scopes", "repos", "polls", "samples", "presence", "aggregates"}) {
            QSqlQuery q(db());
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
                return "<error: " + q.lastError().text().toUtf8() + '>';
            hash.addData(table);
            while (q.next()) {
                for (int c = 0; c < q.record().count(); ++c)
                    hash.addData(q.value(c).isNull() ? QByteArrayView("\1null") : QByteArrayView(q.value(c).toString().toUtf8()));
                hash.addData("\n");
            }
        }
        return hash.result().toHex();
    }

private:
    static std::atomic<int> &counter()
    {
        static std::atomic<int> n{0};
        return n;
    }
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

// The durability checksum of one poll: its samples (repo name and figures, sorted by name) and
// its aggregate. durability_writer computes it from what it stores, tst_durability from the file.
inline QByteArray pollChecksum(QStringList sampleLines, const QString &aggregateLine)
{
    sampleLines.sort();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &line : sampleLines)
        hash.addData(QByteArrayView(line.toUtf8() + '\n'));
    hash.addData(QByteArrayView("aggregate " + aggregateLine.toUtf8()));
    return hash.result().toHex().left(16);
}

inline QString sampleLine(const QString &key, qint64 allTime, qint64 d30, qint64 likes)
{
    return QStringLiteral("%1 %2 %3 %4").arg(key).arg(allTime).arg(d30).arg(likes);
}

inline QString aggregateLine(qint64 total, qint64 d30, int covered, int models, int datasets)
{
    return QStringLiteral("%1 %2 %3 %4 %5").arg(total).arg(d30).arg(covered).arg(models).arg(datasets);
}

} // namespace hubwatch::test

// What durability_writer stores: poll number `seq` (1, 2, …) of 300 repos. A repo is absent from
// about one poll in 13 and two thirds of the present repos change their figures each poll, so
// change-only samples, new presence runs and the write-side caches are all exercised.
namespace hubwatch::test::durability {

constexpr int kRepos = 300;

inline bool present(int seq, int r)
{
    return (r * 7 + seq) % 13 != 0;
}

inline RepoStats repoAt(int seq, int r)
{
    const int generation = seq - (seq + r) / 3;
    return describedRepo(r % 4 == 3 ? RepoKind::Dataset : RepoKind::Model, QStringLiteral("crash/repo-%1").arg(r),
                         2'000'000 + qint64(r) * 1000 + qint64(generation) * 13, 700 + r + generation, r + generation / 5);
}

inline PollResult pollAt(int seq)
{
    RepoStatsList repos;
    for (int r = 0; r < kRepos; ++r) {
        if (present(seq, r))
            repos.append(repoAt(seq, r));
    }
    return pollAtMinute(repos, seq * 15);
}

// The sample rows poll `seq` adds: present repos whose figures differ from the last poll that saw them.
inline QStringList expectedSampleLines(int seq)
{
    QStringList lines;
    for (int r = 0; r < kRepos; ++r) {
        if (!present(seq, r))
            continue;
        int before = seq - 1;
        while (before >= 1 && !present(before, r))
            --before;
        const RepoStats now = repoAt(seq, r);
        if (before >= 1) {
            const RepoStats then = repoAt(before, r);
            if (then.downloadsAllTime == now.downloadsAllTime && then.downloads30d == now.downloads30d && then.likes == now.likes)
                continue;
        }
        lines << sampleLine(now.key(), now.downloadsAllTime, now.downloads30d, now.likes);
    }
    return lines;
}

inline QByteArray expectedChecksum(int seq)
{
    const PollResult poll = pollAt(seq);
    qint64 total = 0, d30 = 0;
    int models = 0;
    for (const RepoStats &r : poll.repos) {
        total += r.downloadsAllTime;
        d30 += r.downloads30d;
        models += r.kind == RepoKind::Model;
    }
    const int covered = int(poll.repos.size());
    return pollChecksum(expectedSampleLines(seq), aggregateLine(total, d30, covered, models, covered - models));
}

} // namespace hubwatch::test::durability

namespace hubwatch::test {

// A store at `path` with `polls` complete polls of the 200 repos of makeRepos(), all changing.
inline bool seedStore(const QString &path, int polls)
{
    HistoryStore store;
    if (store.open(path).isError())
        return false;
    for (int i = 0; i < polls; ++i) {
        if (!store.storePoll(pollAtMinute(makeRepos(200, i), i * 15)).ok())
            return false;
    }
    return true;
}

} // namespace hubwatch::test
