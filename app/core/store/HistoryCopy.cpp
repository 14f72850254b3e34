#include "HistoryCopy.h"

#include "CensusSamplesTable.h"
#include "LatestTable.h"
#include "SqlDialect.h"
#include "StoreTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace hubwatch {

namespace {

// Multi-row INSERTs of up to kBatch rows: a row per round trip would make copying a large
// history into a server over a network take hours.
class BatchInsert
{
public:
    static constexpr int kBatch = 200;
    BatchInsert(QSqlDatabase &db, QString head, int columns, QString tail)
        : m_db(db)
        , m_head(std::move(head))
        , m_columns(columns)
        , m_tail(std::move(tail))
    {}
    bool add(const QVariantList &row, QSqlError *error)
    {
        m_rows += row;
        return m_rows.size() < kBatch * m_columns || flush(error);
    }
    bool flush(QSqlError *error)
    {
        if (m_rows.isEmpty())
            return true;
        const int rows = int(m_rows.size()) / m_columns;
        QStringList marks(m_columns, QStringLiteral("?"));
        const QString one = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
        QSqlQuery q(m_db);
        q.prepare(m_head + QStringList(rows, one).join(QLatin1String(", ")) + m_tail);
        for (int i = 0; i < m_rows.size(); ++i)
            q.bindValue(i, m_rows.at(i));
        m_rows.clear();
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        m_added += qMax(0, q.numRowsAffected());
        return true;
    }
    qint64 added() const { return m_added; }

private:
    QSqlDatabase &m_db;
    QString m_head;
    int m_columns;
    QString m_tail;
    QVariantList m_rows;
    qint64 m_added = 0;
};

class Copier
{
public:
    Copier(HistoryStore &from, HistoryStore &to) : m_from(from.database()), m_to(to.database()), m_dialect(to.dialect()) {}

    bool run(HistoryCopy::Summary *summary)
    {
        m_summary = summary;
        return copyScopes() && copyRepos() && copyPolls() && copySamples() && copyPresence() && copyAggregates() && copyKeyed()
            && copyAlerts() && copyEvaluatedPoll() && copyCensuses();
    }
    QString error() const { return m_error; }

private:
    bool fail(const QSqlError &e, const QString &what)
    {
        m_error = what + QStringLiteral(": ") + e.text();
        return false;
    }
    bool select(QSqlQuery &q, const QString &sql, const QString &what)
    {
        q.setForwardOnly(true);
        return q.exec(sql) || fail(q.lastError(), what);
    }

    bool copyScopes()
    {
        QSqlQuery src(m_from), find(m_to), insert(m_to);
        find.prepare(QStringLiteral("SELECT id FROM scopes WHERE scope_key = ?"));
        insert.prepare(QStringLiteral("INSERT INTO scopes (scope_key, description) VALUES (?, ?)") + m_dialect.returningId());
        if (!select(src, QStringLiteral("SELECT id, scope_key, description FROM scopes"), HistoryCopy::tr("reading scopes")))
            return false;
        while (src.next()) {
            find.addBindValue(src.value(1));
            if (!find.exec())
                return fail(find.lastError(), HistoryCopy::tr("matching scopes"));
            qint64 id = find.next() ? find.value(0).toLongLong() : 0;
            if (id == 0) {
                insert.addBindValue(src.value(1));
                insert.addBindValue(src.value(2));
                if (!insert.exec())
                    return fail(insert.lastError(), HistoryCopy::tr("adding a scope"));
                id = m_dialect.insertedId(insert);
            }
            m_scopes.insert(src.value(0).toLongLong(), id);
        }
        return true;
    }

    bool copyRepos()
    {
        QSqlQuery known(m_to), src(m_from), insert(m_to);
        if (!select(known, QStringLiteral("SELECT id, kind, name FROM repos"), HistoryCopy::tr("reading repos")))
            return false;
        QHash<QString, qint64> byName;
        while (known.next())
            byName.insert(known.value(1).toString() + QLatin1Char(':') + known.value(2).toString(), known.value(0).toLongLong());
        insert.prepare(
            QStringLiteral("INSERT INTO repos (kind, name, first_seen, pipeline_tag, library, license, gated, created_at, formats)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            + m_dialect.returningId());
        if (!select(
                src,
                QStringLiteral("SELECT id, kind, name, first_seen, pipeline_tag, library, license, gated, created_at, formats FROM repos"),
                HistoryCopy::tr("reading repos")))
            return false;
        while (src.next()) {
            const QString key = src.value(1).toString() + QLatin1Char(':') + src.value(2).toString();
            qint64 id = byName.value(key);
            if (id == 0) {
                for (int c = 1; c <= 9; ++c)
                    insert.bindValue(c - 1, src.value(c));
                if (!insert.exec())
                    return fail(insert.lastError(), HistoryCopy::tr("adding a repo"));
                id = m_dialect.insertedId(insert);
                ++m_summary->reposAdded;
            }
            m_repos.insert(src.value(0).toLongLong(), id);
        }
        return true;
    }

    static QString pollKey(qint64 scope, qint64 started, qint64 finished)
    {
        return QStringLiteral("%1/%2/%3").arg(scope).arg(started).arg(finished);
    }

    bool copyPolls()
    {
        QSqlQuery known(m_to), src(m_from), insert(m_to);
        if (!select(known, QStringLiteral("SELECT id, scope_id, started_at, finished_at FROM polls"), HistoryCopy::tr("reading polls")))
            return false;
        QHash<QString, qint64> byKey;
        while (known.next())
            byKey.insert(pollKey(known.value(1).toLongLong(), known.value(2).toLongLong(), known.value(3).toLongLong()),
                         known.value(0).toLongLong());
        insert.prepare(QStringLiteral("INSERT INTO polls (scope_id, started_at, finished_at, outcome, repo_count, skipped, errors)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)")
                       + m_dialect.returningId());
        // In time order, so the copied polls get ids in the order they happened.
        if (!select(src,
                    QStringLiteral("SELECT id, scope_id, started_at, finished_at, outcome, repo_count, skipped, errors FROM polls"
                                   " ORDER BY finished_at, id"),
                    HistoryCopy::tr("reading polls")))
            return false;
        while (src.next()) {
            const qint64 scope = m_scopes.value(src.value(1).toLongLong());
            const QString key = pollKey(scope, src.value(2).toLongLong(), src.value(3).toLongLong());
            qint64 id = byKey.value(key);
            if (id != 0) {
                ++m_summary->pollsKnown;
            } else {
                insert.bindValue(0, scope);
                for (int c = 2; c <= 7; ++c)
                    insert.bindValue(c - 1, src.value(c));
                if (!insert.exec())
                    return fail(insert.lastError(), HistoryCopy::tr("adding a poll"));
                id = m_dialect.insertedId(insert);
                byKey.insert(key, id);
                ++m_summary->pollsAdded;
            }
            m_polls.insert(src.value(0).toLongLong(), id);
        }
        return true;
    }

    // Copies every row of a table through a column mapping, ignoring rows the target has.
    bool copyRows(const QString &sql, const QString &insertHead, int columns, const QString &conflict,
                  const std::function<QVariantList(const QSqlQuery &)> &map, qint64 *added, const QString &what)
    {
        QSqlQuery src(m_from);
        if (!select(src, sql, what))
            return false;
        BatchInsert batch(m_to, insertHead, columns, QStringLiteral(" ON CONFLICT ") + conflict + QStringLiteral(" DO NOTHING"));
        QSqlError e;
        while (src.next()) {
            if (!batch.add(map(src), &e))
                return fail(e, what);
        }
        if (!batch.flush(&e))
            return fail(e, what);
        if (added)
            *added += batch.added();
        return true;
    }

    bool copySamples()
    {
        return copyRows(
            QStringLiteral("SELECT repo_id, poll_id, all_time, d30, likes FROM samples"),
            QStringLiteral("INSERT INTO samples (repo_id, poll_id, all_time, d30, likes) VALUES "), 5, QStringLiteral("(repo_id, poll_id)"),
            [this](const QSqlQuery &q) {
                return QVariantList{m_repos.value(q.value(0).toLongLong()), m_polls.value(q.value(1).toLongLong()), q.value(2), q.value(3),
                                    q.value(4)};
            },
            &m_summary->samplesAdded, HistoryCopy::tr("copying samples"));
    }

    bool copyPresence()
    {
        return copyRows(
            QStringLiteral("SELECT repo_id, scope_id, from_poll, to_poll FROM presence"),
            QStringLiteral("INSERT INTO presence (repo_id, scope_id, from_poll, to_poll) VALUES "), 4,
            QStringLiteral("(repo_id, scope_id, from_poll)"),
            [this](const QSqlQuery &q) {
                return QVariantList{m_repos.value(q.value(0).toLongLong()), m_scopes.value(q.value(1).toLongLong()),
                                    m_polls.value(q.value(2).toLongLong()), m_polls.value(q.value(3).toLongLong())};
            },
            nullptr, HistoryCopy::tr("copying presence"));
    }

    bool copyAggregates()
    {
        return copyRows(
            QStringLiteral("SELECT poll_id, total_all_time, sum_d30, repos_covered, models, datasets FROM aggregates"),
            QStringLiteral("INSERT INTO aggregates (poll_id, total_all_time, sum_d30, repos_covered, models, datasets) VALUES "), 6,
            QStringLiteral("(poll_id)"),
            [this](const QSqlQuery &q) {
                return QVariantList{m_polls.value(q.value(0).toLongLong()), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5)};
            },
            nullptr, HistoryCopy::tr("copying headline points"));
    }

    // Tables keyed by what they say, with no ids to map.
    bool copyKeyed()
    {
        const auto same = [](int n) {
            return [n](const QSqlQuery &q) {
                QVariantList row;
                for (int c = 0; c < n; ++c)
                    row << q.value(c);
                return row;
            };
        };
        return copyRows(QStringLiteral("SELECT series, kind, from_t, to_t, delta, note FROM annotations"),
                        QStringLiteral("INSERT INTO annotations (series, kind, from_t, to_t, delta, note) VALUES "), 6,
                        QStringLiteral("(series, kind, from_t)"), same(6), nullptr, HistoryCopy::tr("copying annotations"))
            && copyRows(QStringLiteral("SELECT series, threshold, crossed_at, fired_at FROM milestones"),
                        QStringLiteral("INSERT INTO milestones (series, threshold, crossed_at, fired_at) VALUES "), 4,
                        QStringLiteral("(series, threshold)"), same(4), nullptr, HistoryCopy::tr("copying milestones"))
            && copyRows(QStringLiteral("SELECT series, threshold FROM thresholds"),
                        QStringLiteral("INSERT INTO thresholds (series, threshold) VALUES "), 2, QStringLiteral("(series, threshold)"),
                        same(2), nullptr, HistoryCopy::tr("copying thresholds"));
    }

    // The alert log, by dedup key. Who was shown which alert stays behind: that is each
    // desktop's own business (see SeenAlerts).
    bool copyAlerts()
    {
        return copyRows(
            QStringLiteral("SELECT raised_at, happened_at, kind, series, params, dedup_key FROM alerts ORDER BY id"),
            QStringLiteral("INSERT INTO alerts (raised_at, happened_at, kind, series, params, dedup_key) VALUES "), 6,
            QStringLiteral("(dedup_key)"),
            [](const QSqlQuery &q) {
                QVariantList row;
                for (int c = 0; c < 6; ++c)
                    row << q.value(c);
                return row;
            },
            &m_summary->alertsAdded, HistoryCopy::tr("copying alerts"));
    }

    // Where alert evaluation resumes, unless the target has its own: otherwise the collector
    // would evaluate every copied poll again (harmless, milestones fire once, but slow).
    bool copyEvaluatedPoll()
    {
        QSqlQuery src(m_from), set(m_to);
        if (!select(src, QStringLiteral("SELECT value FROM meta WHERE key = 'alerts_evaluated_poll'"),
                    HistoryCopy::tr("reading alert state")))
            return false;
        if (!src.next())
            return true;
        const qint64 mapped = m_polls.value(src.value(0).toString().toLongLong());
        if (mapped == 0)
            return true;
        set.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('alerts_evaluated_poll', ?) ON CONFLICT (key) DO NOTHING"));
        set.addBindValue(QString::number(mapped));
        return set.exec() || fail(set.lastError(), HistoryCopy::tr("saving alert state"));
    }

    // The censuses, matched by their start time: one already in the target keeps its own rows.
    bool copyCensuses()
    {
        QSqlQuery known(m_to), src(m_from), insert(m_to);
        if (!select(known, QStringLiteral("SELECT id, started_at FROM censuses"), HistoryCopy::tr("reading censuses")))
            return false;
        QHash<qint64, qint64> byStart;
        while (known.next())
            byStart.insert(known.value(1).toLongLong(), known.value(0).toLongLong());
        insert.prepare(QStringLiteral("INSERT INTO censuses (status, started_at, finished_at, base_census_id) VALUES (?, ?, ?, ?)")
                       + m_dialect.returningId());
        // In id order: a census's base comes before it.
        if (!select(src, QStringLiteral("SELECT id, status, started_at, finished_at, base_census_id FROM censuses ORDER BY id"),
                    HistoryCopy::tr("reading censuses")))
            return false;
        QList<qint64> added;
        while (src.next()) {
            const qint64 start = src.value(2).toLongLong();
            qint64 id = byStart.value(start);
            if (id == 0) {
                const qint64 base = m_censuses.value(src.value(4).toLongLong());
                insert.bindValue(0, src.value(1));
                insert.bindValue(1, start);
                insert.bindValue(2, src.value(3));
                insert.bindValue(3, base > 0 ? QVariant(base) : QVariant(QMetaType::fromType<qint64>()));
                if (!insert.exec())
                    return fail(insert.lastError(), HistoryCopy::tr("adding a census"));
                id = m_dialect.insertedId(insert);
                byStart.insert(start, id);
                added << src.value(0).toLongLong();
                ++m_summary->censusesAdded;
            }
            m_censuses.insert(src.value(0).toLongLong(), id);
        }
        if (added.isEmpty())
            return copyCensusRepos();
        const QString only = QStringLiteral(" WHERE census_id IN (%1)").arg(idText(added));
        const auto mapped = [this](int columns) {
            return [this, columns](const QSqlQuery &q) {
                QVariantList row{m_censuses.value(q.value(0).toLongLong())};
                for (int c = 1; c < columns; ++c)
                    row << q.value(c);
                return row;
            };
        };
        const QString kinds = QStringLiteral("census_id, kind, next_url, done, pages, requests, repos, all_time, d30, matched_repos,"
                                             " matched_before, matched_after, appeared_repos, appeared_all_time");
        const QString breakdowns = QStringLiteral("census_id, kind, dimension, label, repos, all_time, d30");
        return copyRows(QStringLiteral("SELECT %1 FROM census_kinds%2").arg(kinds, only),
                        QStringLiteral("INSERT INTO census_kinds (%1) VALUES ").arg(kinds), 14, QStringLiteral("(census_id, kind)"),
                        mapped(14), nullptr, HistoryCopy::tr("copying censuses"))
            && copyRows(QStringLiteral("SELECT %1 FROM census_breakdowns%2").arg(breakdowns, only),
                        QStringLiteral("INSERT INTO census_breakdowns (%1) VALUES ").arg(breakdowns), 7,
                        QStringLiteral("(census_id, kind, dimension, label)"), mapped(7), nullptr, HistoryCopy::tr("copying censuses"))
            && copyCensusRepos();
    }

    static QString idText(const QList<qint64> &ids)
    {
        QStringList out;
        for (const qint64 id : ids)
            out << QString::number(id);
        return out.join(QLatin1Char(','));
    }

    // Each repo's latest census figures, by kind and name: a repo the target already has keeps
    // the target's figures. The others keep their ids, shifted past the target's, so their
    // samples need no map of millions of ids: only the repos both have are looked up (per chunk
    // of the source, by name) and remembered.
    bool copyCensusRepos()
    {
        QSqlQuery top(m_to);
        if (!select(top, QStringLiteral("SELECT COALESCE(max(id), 0) FROM census_repos"), HistoryCopy::tr("reading census figures")))
            return false;
        m_censusRepoOffset = top.next() ? top.value(0).toLongLong() : 0;
        top.finish();
        QSqlQuery src(m_from);
        if (!select(src,
                    QStringLiteral("SELECT id, kind, name, census_id, all_time, d30, prev_census_id, prev_all_time FROM census_repos"
                                   " ORDER BY id"),
                    HistoryCopy::tr("reading census figures")))
            return false;
        QList<QVariantList> chunk;
        bool more = true;
        while (more) {
            more = src.next();
            if (more) {
                QVariantList row;
                for (int c = 0; c < 8; ++c)
                    row << src.value(c);
                chunk << row;
            }
            if (chunk.size() < BatchInsert::kBatch && more)
                continue;
            if (!copyCensusRepoChunk(chunk))
                return false;
            chunk.clear();
        }
        if (m_dialect.isServer()) {
            QSqlQuery sequence(m_to);
            if (!sequence.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('census_repos', 'id'),"
                                              " (SELECT COALESCE(max(id), 0) + 1 FROM census_repos), false)")))
                return fail(sequence.lastError(), HistoryCopy::tr("copying census figures"));
        }
        return copyCensusSamples();
    }

    bool copyCensusRepoChunk(const QList<QVariantList> &chunk)
    {
        if (chunk.isEmpty())
            return true;
        // Which of these the target has (one statement per kind and chunk).
        QHash<QString, qint64> theirs;
        QSqlQuery find(m_to);
        for (const int kind : {0, 1, 2}) {
            QJsonArray names;
            for (const QVariantList &row : chunk)
                if (row.at(1).toInt() == kind)
                    names.append(row.at(2).toString());
            if (names.isEmpty())
                continue;
            find.prepare(QStringLiteral("SELECT id, name FROM census_repos WHERE kind = ? AND ")
                         + (m_dialect.isServer() ? QStringLiteral("name = ANY (ARRAY(SELECT json_array_elements_text(CAST(? AS json))))")
                                                 : QStringLiteral("name IN (SELECT value FROM json_each(?))")));
            find.addBindValue(kind);
            find.addBindValue(QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)));
            if (!find.exec())
                return fail(find.lastError(), HistoryCopy::tr("matching census figures"));
            while (find.next())
                theirs.insert(QString::number(kind) + QLatin1Char(':') + find.value(1).toString(), find.value(0).toLongLong());
        }
        BatchInsert batch(
            m_to,
            QStringLiteral("INSERT INTO census_repos (id, kind, name, census_id, all_time, d30, prev_census_id, prev_all_time)"
                           " VALUES "),
            8, QString());
        QSqlError e;
        for (const QVariantList &row : chunk) {
            const qint64 id = row.at(0).toLongLong();
            const auto match = theirs.constFind(row.at(1).toString() + QLatin1Char(':') + row.at(2).toString());
            if (match != theirs.constEnd()) {
                m_sharedCensusRepos.insert(id, *match);
                continue;
            }
            const qint64 prev = m_censuses.value(row.at(6).toLongLong());
            if (!batch.add({id + m_censusRepoOffset, row.at(1), row.at(2), m_censuses.value(row.at(3).toLongLong()), row.at(4), row.at(5),
                            prev > 0 ? QVariant(prev) : QVariant(QMetaType::fromType<qint64>()), row.at(7)},
                           &e))
                return fail(e, HistoryCopy::tr("copying census figures"));
        }
        if (!batch.flush(&e))
            return fail(e, HistoryCopy::tr("copying census figures"));
        m_summary->censusReposAdded += batch.added();
        return true;
    }

    bool copyCensusSamples()
    {
        QSqlQuery src(m_from);
        if (!select(src, QStringLiteral("SELECT repo_id, t, all_time, d30 FROM census_samples ORDER BY t, repo_id"),
                    HistoryCopy::tr("reading census samples")))
            return false;
        BatchInsert batch(m_to, QStringLiteral("INSERT INTO census_samples (repo_id, t, all_time, d30) VALUES "), 4,
                          QStringLiteral(" ON CONFLICT (repo_id, t) DO NOTHING"));
        QSet<qint64> months;
        QSqlError e;
        while (src.next()) {
            const qint64 t = src.value(1).toLongLong();
            const qint64 month = CensusSamplesTable::monthStart(t);
            if (!months.contains(month)) {
                // Rows of an earlier month may still wait in the batch: its partition exists already.
                if (!CensusSamplesTable::ensurePartition(m_to, m_dialect, t, &e))
                    return fail(e, HistoryCopy::tr("copying census samples"));
                months.insert(month);
            }
            const qint64 repo = src.value(0).toLongLong();
            const qint64 id = m_sharedCensusRepos.value(repo, repo + m_censusRepoOffset);
            if (!batch.add({id, t, src.value(2), src.value(3)}, &e))
                return fail(e, HistoryCopy::tr("copying census samples"));
        }
        if (!batch.flush(&e))
            return fail(e, HistoryCopy::tr("copying census samples"));
        m_summary->censusSamplesAdded += batch.added();
        return true;
    }

    QSqlDatabase &m_from;
    QSqlDatabase &m_to;
    const SqlDialect &m_dialect;
    HistoryCopy::Summary *m_summary = nullptr;
    QString m_error;
    QHash<qint64, qint64> m_scopes, m_repos, m_polls, m_censuses; // source id -> target id
    qint64 m_censusRepoOffset = 0;                                // census_repos ids: source id + this in the target
    QHash<qint64, qint64> m_sharedCensusRepos;                    // except for repos the target had: source id -> theirs
};

} // namespace

StoreResult<HistoryCopy::Summary> HistoryCopy::copy(HistoryStore &from, HistoryStore &to)
{
    StoreResult<Summary> result;
    QSqlDatabase &db = to.database();
    StoreTransaction tx(db);
    if (!tx.isActive()) {
        result.error = tx.beginError(tr("starting the copy"));
        return result;
    }
    bool ok = false;
    QString error;
    {
        Copier copier(from, to); // its statements end before the transaction does
        ok = copier.run(&result.value);
        error = copier.error();
    }
    if (ok)
        ok = LatestTable::rebuild(db, &error); // the copied samples' newest, under the target's ids
    if (ok && tx.commit().isError()) {
        error = tx.sqlError().text();
        ok = false;
    }
    if (!ok) {
        result.value = Summary();
        result.error = StoreError(StoreError::Kind::Sql, tr("Nothing was copied: %1").arg(error));
    }
    return result;
}

} // namespace hubwatch
