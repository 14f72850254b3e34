#pragma once
// Shared by tst_exportimport and tst_cli_export: a small history with every kind of row, and
// helpers to export it and count what a database holds.

#include "TestBuilders.h"
#include "store/HistoryExport.h"
#include "store/HistoryStore.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

namespace hubwatch::test {

// 2^53 + 1: the first integer a double cannot hold.
constexpr qint64 beyondDouble = (qint64(1) << 53) + 1;
constexpr qint64 nearMax = (qint64(1) << 62) + 3;

inline QDateTime historyStart()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 250), Qt::UTC);
}

// A poll of the export tests: `halfDays` half days after historyStart(), 20 s long.
inline PollResult exportPoll(const RepoStatsList &repos, int halfDays, bool complete = true, int topModels = 1000)
{
    PollScope scope;
    scope.topModels = topModels;
    PollResult p = poll(repos, historyStart().addSecs(qint64(halfDays) * 12 * 3600), scope, complete);
    p.startedAt = p.finishedAt.addSecs(-20);
    return p;
}

// Ten polls, 12 hours apart from 2026-01-01T00:00:00.250Z: repos that change every poll, some
// polls, never, that vanish, with unknown figures and with counts beyond 2^53; one partial poll
// (no headline) and one poll of a second scope.
inline bool buildHistory(const QString &path)
{
    HistoryStore store;
    if (store.open(path).isError())
        return false;
    const auto kModel = RepoKind::Model;
    const auto kDataset = RepoKind::Dataset;
    for (int i = 0; i < 10; ++i) {
        RepoStatsList repos{
            repo(kModel, QStringLiteral("org/a"), 1000 + 10 * i, 300 + i, 5 + i / 3),
            repo(kDataset, QStringLiteral("org/b"), 500 + (i / 4) * 7, 70, 2),
            repo(kModel, QStringLiteral("org/big"), i < 5 ? beyondDouble : nearMax, beyondDouble + 6, 1),
            repo(kDataset, QStringLiteral("org/nolikes"), 42 + i / 5, -1, -1),
        };
        if (i < 3)
            repos.append(repo(kModel, QStringLiteral("gone-legacy"), 9, 9, 9));
        if (!store.storePoll(exportPoll(repos, i, i != 6)).ok())
            return false;
        if (i == 4 && !store.storePoll(exportPoll({repos.first()}, i, true, 5)).ok()) // a second scope, same time
            return false;
    }
    return true;
}

inline QByteArray exportBytes(const QString &path, HistoryExport::Format format, const HistoryFilter &filter = {})
{
    HistoryStore store;
    if (store.open(path, HistoryStore::Mode::ReadOnly).isError())
        return QByteArray("open failed");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto r = HistoryExport::write(store, format, filter, &buffer, QDateTime(QDate(2026, 11, 26), QTime(12, 43, 18, 239), Qt::UTC));
    return r.ok() ? buffer.data() : r.error.message().toUtf8();
}

// Row counts of every history table, in a fixed order.
inline QList<qint64> tableCounts(const QString &path)
{
    QList<qint64> counts;
    HistoryStore store;
    if (store.open(path, HistoryStore::Mode::ReadOnly).isError())
        return counts;
    for (const char *table : {"repos", "scopes", "polls", "samples", "presence", "aggregates"}) {
        QSqlQuery q(store.database());
        counts.append(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next() ? q.value(0).toLongLong()
                                                                                                              : -1);
    }
    return counts;
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace hubwatch::test
