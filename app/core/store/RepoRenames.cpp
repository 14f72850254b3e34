#include "RepoRenames.h"

#include "HistoryStore.h"
#include "LatestTable.h"
#include "util/Logging.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace hubwatch {

bool RepoRenames::apply(const QList<RepoRename> &renames, bool *moved, QSqlError *error)
{
    *moved = false;
    for (const RepoRename &rename : renames) {
        if (!applyOne(rename, moved)) {
            *error = m_error;
            return false;
        }
    }
    return true;
}

bool RepoRenames::exec(QSqlQuery &q, const QString &sql, std::initializer_list<QVariant> values)
{
    if (!q.prepare(sql)) {
        m_error = q.lastError();
        return false;
    }
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (!q.exec()) {
        m_error = q.lastError();
        return false;
    }
    return true;
}

bool RepoRenames::repoId(int kind, const QString &name, qint64 *id)
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT id FROM repos WHERE kind = ? AND name = ?"), {kind, name}))
        return false;
    *id = q.next() ? q.value(0).toLongLong() : -1;
    return true;
}

bool RepoRenames::applyOne(const RepoRename &rename, bool *moved)
{
    if (rename.from.isEmpty() || rename.to.isEmpty() || rename.from == rename.to)
        return true;
    const int kind = rename.kind == RepoKind::Model ? 0 : 1;
    qint64 from = -1, to = -1;
    if (!repoId(kind, rename.from, &from) || !repoId(kind, rename.to, &to))
        return false;
    const QString prefix = kindName(rename.kind) + QLatin1Char(':');
    if (from >= 0) {
        QSqlQuery q(m_db);
        if (to < 0 ? !exec(q, QStringLiteral("UPDATE repos SET name = ? WHERE id = ?"), {rename.to, from}) : !merge(from, to))
            return false;
        *moved = true;
        qCInfo(lcStore) << "history of" << prefix + rename.from << (to < 0 ? "re-keyed to" : "merged into") << prefix + rename.to;
    }
    return moveSeries(prefix + rename.from, prefix + rename.to);
}

bool RepoRenames::merge(qint64 from, qint64 to)
{
    QSqlQuery q(m_db);
    // A poll that holds both (only an import or a store older than renames could) keeps the
    // canonical row's figures; every other sample moves.
    return exec(q,
                QStringLiteral("UPDATE samples SET repo_id = ? WHERE repo_id = ?"
                               " AND poll_id NOT IN (SELECT poll_id FROM samples WHERE repo_id = ?)"),
                {to, from, to})
        && exec(q, QStringLiteral("DELETE FROM samples WHERE repo_id = ?"), {from})
        && exec(q, QStringLiteral("DELETE FROM latest_values WHERE repo_id = ?"), {from}) && mergePresence(from, to)
        && LatestTable::refreshRepo(m_db, to, &m_error) // after the presence: it holds the last seen
        && exec(q,
                QStringLiteral("UPDATE repos SET first_seen = (SELECT min(first_seen) FROM repos WHERE id IN (?, ?)),"
                               " formats = CASE WHEN formats = 0 THEN (SELECT formats FROM repos WHERE id = ?) ELSE formats END"
                               " WHERE id = ?"),
                {from, to, from, to})
        && exec(q, QStringLiteral("DELETE FROM repos WHERE id = ?"), {from});
}

bool RepoRenames::mergePresence(qint64 from, qint64 to)
{
    struct Run
    {
        qint64 from, to;
    };
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT scope_id, from_poll, to_poll FROM presence WHERE repo_id IN (?, ?)"), {from, to}))
        return false;
    QMap<qint64, QList<Run>> runs;
    while (q.next())
        runs[q.value(0).toLongLong()].append({q.value(1).toLongLong(), q.value(2).toLongLong()});
    // Readers find the run holding a poll by its start, so runs of one scope must not overlap:
    // overlapping ones become one.
    for (QList<Run> &list : runs) {
        std::sort(list.begin(), list.end(), [](const Run &a, const Run &b) { return a.from < b.from; });
        QList<Run> united;
        for (const Run &r : std::as_const(list)) {
            if (!united.isEmpty() && r.from <= united.last().to)
                united.last().to = std::max(united.last().to, r.to);
            else
                united.append(r);
        }
        list = united;
    }
    if (!exec(q, QStringLiteral("DELETE FROM presence WHERE repo_id IN (?, ?)"), {from, to}))
        return false;
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        for (const Run &r : it.value()) {
            if (!exec(q, QStringLiteral("INSERT INTO presence (repo_id, scope_id, from_poll, to_poll) VALUES (?, ?, ?, ?)"),
                      {to, it.key(), r.from, r.to}))
                return false;
        }
    }
    return true;
}

bool RepoRenames::moveSeries(const QString &from, const QString &to)
{
    QSqlQuery q(m_db);
    for (const char *table : {"thresholds", "milestones"}) {
        const QString t = QLatin1String(table);
        if (!exec(q,
                  QStringLiteral("UPDATE %1 SET series = ? WHERE series = ?"
                                 " AND threshold NOT IN (SELECT threshold FROM %1 WHERE series = ?)")
                      .arg(t),
                  {to, from, to})
            || !exec(q, QStringLiteral("DELETE FROM %1 WHERE series = ?").arg(t), {from}))
            return false;
    }
    return exec(q,
                QStringLiteral("UPDATE annotations SET series = ? WHERE series = ? AND NOT EXISTS"
                               " (SELECT 1 FROM annotations a WHERE a.series = ? AND a.kind = annotations.kind"
                               " AND a.from_t = annotations.from_t)"),
                {to, from, to})
        && exec(q, QStringLiteral("DELETE FROM annotations WHERE series = ?"), {from}) && moveMilestoneAlerts(from, to)
        && exec(q, QStringLiteral("UPDATE alerts SET series = ? WHERE series = ?"), {to, from});
}

bool RepoRenames::moveMilestoneAlerts(const QString &from, const QString &to)
{
    // A milestone alert's dedup key names its series (AlertStore::fireMilestone): renamed with
    // it, unless the new key already has that alert (both stay in the log then).
    const QString oldPrefix = QStringLiteral("milestone:") + from + QLatin1Char(':');
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT id, dedup_key FROM alerts WHERE series = ?"), {from}))
        return false;
    QList<QPair<qint64, QString>> keys;
    while (q.next()) {
        const QString key = q.value(1).toString();
        if (key.startsWith(oldPrefix))
            keys.append({q.value(0).toLongLong(), QStringLiteral("milestone:") + to + key.mid(oldPrefix.size() - 1)});
    }
    for (const auto &k : std::as_const(keys)) {
        if (!exec(q,
                  QStringLiteral("UPDATE alerts SET dedup_key = ? WHERE id = ?"
                                 " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.dedup_key = ?)"),
                  {k.second, k.first, k.second}))
            return false;
    }
    return true;
}

// HistoryStore's side, here to keep the rename logic in one place and storePoll to one call.
bool HistoryStore::applyRenames(const QList<RepoRename> &renames, QSqlError *error)
{
    if (renames.isEmpty())
        return true;
    bool moved = false;
    if (!RepoRenames(m_db).apply(renames, &moved, error))
        return false;
    if (!moved)
        return true;
    // The write caches name rows by key and id: rebuilt from what the transaction now holds.
    m_cachesLoaded = false;
    QString text;
    if (!loadCaches(&text)) {
        *error = QSqlError(QString(), text, QSqlError::StatementError);
        return false;
    }
    return true;
}

} // namespace hubwatch
