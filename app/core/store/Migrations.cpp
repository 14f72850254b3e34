#include "Migrations.h"

#include "AlertMigration.h"
#include "CensusSamplesTable.h"
#include "LatestTable.h"
#include "PollFiguresTable.h"
#include "StoreTransaction.h"
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace hubwatch::Migrations {

namespace {

// Times are milliseconds since the epoch, UTC. kind: 0 model, 1 dataset.
QStringList version1(const SqlDialect &d)
{
    const QString id = d.idColumn();
    const QString big = d.bigint();
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE scopes (id %1, scope_key TEXT NOT NULL UNIQUE, description TEXT NOT NULL)").arg(id),
        QStringLiteral("CREATE TABLE repos (id %1, kind INTEGER NOT NULL, name TEXT NOT NULL, first_seen %2 NOT NULL,"
                       " pipeline_tag TEXT, library TEXT, license TEXT, gated INTEGER NOT NULL DEFAULT 0,"
                       " created_at %2, UNIQUE (kind, name))")
            .arg(id, big),
        // outcome: 0 complete, 1 partial (some parts failed), 2 failed (nothing fetched),
        // 3 imported (from `hubwatch import`).
        QStringLiteral("CREATE TABLE polls (id %1, scope_id %2 NOT NULL REFERENCES scopes(id),"
                       " started_at %2 NOT NULL, finished_at %2 NOT NULL, outcome INTEGER NOT NULL,"
                       " repo_count INTEGER NOT NULL, skipped INTEGER NOT NULL, errors TEXT)")
            .arg(id, big),
        QStringLiteral("CREATE INDEX polls_by_scope_time ON polls (scope_id, finished_at)"),
        // Change-only: a row only when a repo's figures differ from its previous row.
        QStringLiteral("CREATE TABLE samples (repo_id %1 NOT NULL REFERENCES repos(id),"
                       " poll_id %1 NOT NULL REFERENCES polls(id), all_time %1, d30 %1, likes %1,"
                       " PRIMARY KEY (repo_id, poll_id))%2")
            .arg(big, d.compactTable()),
        // Which polls saw a repo, as runs of consecutive polls of one scope: one row per run,
        // not per poll, so presence costs nothing while a repo stays in the scope.
        QStringLiteral("CREATE TABLE presence (repo_id %1 NOT NULL REFERENCES repos(id),"
                       " scope_id %1 NOT NULL REFERENCES scopes(id), from_poll %1 NOT NULL, to_poll %1 NOT NULL,"
                       " PRIMARY KEY (repo_id, scope_id, from_poll))%2")
            .arg(big, d.compactTable()),
        // One row per poll: the scope's aggregate series.
        QStringLiteral("CREATE TABLE aggregates (poll_id %1 PRIMARY KEY REFERENCES polls(id),"
                       " total_all_time %1 NOT NULL, sum_d30 %1 NOT NULL, repos_covered INTEGER NOT NULL,"
                       " models INTEGER NOT NULL, datasets INTEGER NOT NULL)")
            .arg(big),
    };
}

// Alerts and annotations (issue "Analysis and alerts"): the once-ever state lives here.
QStringList version2(const SqlDialect &d)
{
    const QString id = d.idColumn();
    const QString big = d.bigint();
    return {
        // kind: 0 upstream correction, 1 upstream gap, 2 poll gap. Excluded from velocity and alerts.
        QStringLiteral("CREATE TABLE annotations (id %1, series TEXT NOT NULL, kind INTEGER NOT NULL,"
                       " from_t %2 NOT NULL, to_t %2 NOT NULL, delta %2, note TEXT NOT NULL,"
                       " UNIQUE (series, kind, from_t))")
            .arg(id, big),
        // A threshold fires once, ever, per series: the primary key is the guarantee.
        QStringLiteral("CREATE TABLE milestones (series TEXT NOT NULL, threshold %1 NOT NULL,"
                       " crossed_at %1 NOT NULL, fired_at %1 NOT NULL, PRIMARY KEY (series, threshold))%2")
            .arg(big, d.compactTable()),
        QStringLiteral("CREATE TABLE thresholds (series TEXT NOT NULL, threshold %1 NOT NULL,"
                       " PRIMARY KEY (series, threshold))%2")
            .arg(big, d.compactTable()),
        // dedup_key makes raising the same alert twice (a retried evaluation) a no-op.
        QStringLiteral("CREATE TABLE alerts (id %1, raised_at %2 NOT NULL, happened_at %2 NOT NULL,"
                       " kind INTEGER NOT NULL, series TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,"
                       " dedup_key TEXT NOT NULL UNIQUE)")
            .arg(id, big),
        QStringLiteral("CREATE INDEX alerts_by_time ON alerts (raised_at)"),
        // Who has shown which alert: each desktop and the headless poller are consumers.
        QStringLiteral("CREATE TABLE alert_deliveries (alert_id %1 NOT NULL REFERENCES alerts(id),"
                       " consumer TEXT NOT NULL, delivered_at %1 NOT NULL, PRIMARY KEY (alert_id, consumer))%2")
            .arg(big, d.compactTable()),
    };
}

// Weight formats seen in a repo's files (bit flags; see HistoryStore::formatFlags), kept on the
// repo: only its latest file list matters.
QStringList version3(const SqlDialect &)
{
    return {QStringLiteral("ALTER TABLE repos ADD COLUMN formats INTEGER NOT NULL DEFAULT 0")};
}

// Alerts as data (issue 13): their figures in a JSON params column, worded when read; the English
// sentences they were logged as are read back (AlertMigration) and then dropped.
QStringList version4Before(const SqlDialect &)
{
    return {QStringLiteral("ALTER TABLE alerts ADD COLUMN params TEXT NOT NULL DEFAULT '{}'")};
}

QStringList version4After(const SqlDialect &)
{
    return {QStringLiteral("ALTER TABLE alerts DROP COLUMN title"), QStringLiteral("ALTER TABLE alerts DROP COLUMN body")};
}

// The whole Hub's census (issue 17), resumable page by page. status: 0 running, 1 complete,
// 2 partial (abandoned by --restart). kind: 0 model, 1 dataset, 2 space. census_kinds holds each
// kind's cursor and running sums, census_seen the ids already counted (a repo met twice counts
// once), census_breakdowns the sums by dimension (0 pipeline tag, 1 library, 2 licence) and label.
QStringList version7(const SqlDialect &d)
{
    const QString id = d.idColumn();
    const QString big = d.bigint();
    return {
        QStringLiteral("CREATE TABLE censuses (id %1, status INTEGER NOT NULL, started_at %2 NOT NULL, finished_at %2)").arg(id, big),
        QStringLiteral("CREATE TABLE census_kinds (census_id %1 NOT NULL REFERENCES censuses(id), kind INTEGER NOT NULL,"
                       " next_url TEXT, done INTEGER NOT NULL DEFAULT 0, pages %1 NOT NULL DEFAULT 0, requests %1 NOT NULL DEFAULT 0,"
                       " repos %1 NOT NULL DEFAULT 0, all_time %1 NOT NULL DEFAULT 0, d30 %1 NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (census_id, kind))%2")
            .arg(big, d.compactTable()),
        QStringLiteral("CREATE TABLE census_seen (census_id %1 NOT NULL, kind INTEGER NOT NULL, name TEXT NOT NULL,"
                       " PRIMARY KEY (census_id, kind, name))%2")
            .arg(big, d.compactTable()),
        QStringLiteral("CREATE TABLE census_breakdowns (census_id %1 NOT NULL, kind INTEGER NOT NULL, dimension INTEGER NOT NULL,"
                       " label TEXT NOT NULL, repos %1 NOT NULL, all_time %1 NOT NULL, d30 %1 NOT NULL,"
                       " PRIMARY KEY (census_id, kind, dimension, label))%2")
            .arg(big, d.compactTable()),
    };
}

// The census's per-repo figures (issue 17, items 3 and 6). census_repos: each repo's figures in
// the latest census that counted it (census_id), and those of the census before that one
// (prev_*), keyed by kind and name. It replaces census_seen: a repo whose census_id is the
// running census is already counted in it. Growth is accumulated while a census stores its
// pages, against its base (censuses.base_census_id: the latest complete census when it began),
// in census_kinds: matched_* for repos in both, appeared_* for repos new since the base (see
// CensusStore::growth). census_samples: change-only per-repo samples (CensusSamplesTable).
// A census still running at the upgrade counted its repos in census_seen, without their
// figures: it is kept as partial (as --restart would), and the next census starts afresh.
QStringList version8(const SqlDialect &d)
{
    const QString id = d.idColumn();
    const QString big = d.bigint();
    const QString now = d.isServer() ? QStringLiteral("CAST(extract(epoch FROM now()) * 1000 AS BIGINT)")
                                     : QStringLiteral("CAST(strftime('%s', 'now') AS INTEGER) * 1000");
    QStringList out{
        QStringLiteral("UPDATE censuses SET status = 2, finished_at = %1 WHERE status = 0").arg(now),
        QStringLiteral("DROP TABLE census_seen"),
        QStringLiteral("ALTER TABLE censuses ADD COLUMN base_census_id %1").arg(big),
        QStringLiteral("CREATE TABLE census_repos (id %1, kind INTEGER NOT NULL, name TEXT NOT NULL, census_id %2 NOT NULL,"
                       " all_time %2, d30 %2, prev_census_id %2, prev_all_time %2, UNIQUE (kind, name))")
            .arg(id, big),
    };
    for (const char *column : {"matched_repos", "matched_before", "matched_after", "appeared_repos", "appeared_all_time"})
        out << QStringLiteral("ALTER TABLE census_kinds ADD COLUMN %1 %2 NOT NULL DEFAULT 0").arg(QLatin1String(column), big);
    return out + CensusSamplesTable::schema(d);
}

struct Step
{
    int version;
    std::function<QStringList(const SqlDialect &)> statements;
    // Data a step cannot move in SQL alone, converted between its statements and `after`.
    std::function<bool(QSqlDatabase &, QString *)> convert = {};
    std::function<QStringList(const SqlDialect &)> after = {};
};

const QList<Step> &steps()
{
    static const QList<Step> all{{1, version1},
                                 {2, version2},
                                 {3, version3},
                                 {4, version4Before, AlertMigration::convert, version4After},
                                 // Latest values kept at write (issue 16): filled once from the samples.
                                 {5, LatestTable::schema, LatestTable::rebuild},
                                 // Each poll's growth and hot-category figures, kept at write (issue 16);
                                 // the collector fills in those of recent polls on its first run.
                                 {6, PollFiguresTable::schema},
                                 // The whole Hub's census, resumable (issue 17).
                                 {7, version7},
                                 // Per-repo census figures, growth and change-only census samples (issue 17).
                                 {8, version8}};
    return all;
}

bool setVersion(QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(version));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int latestVersion()
{
    return steps().last().version;
}

int currentVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("meta")))
        return db.tables().isEmpty() ? 0 : -1;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return -1;
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    return ok ? v : -1;
}

StoreError migrate(QSqlDatabase &db, const SqlDialect &dialect, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(db);
    if (current < 0)
        return StoreError(StoreError::Kind::Corrupt, StoreError::tr("It holds tables but no HubWatch schema version."));
    if (current > latestVersion())
        return StoreError(StoreError::Kind::TooNew,
                          StoreError::tr("Its schema is version %1; this HubWatch knows up to %2.").arg(current).arg(latestVersion()));
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        StoreTransaction tx(db);
        if (!tx.isActive())
            return StoreError(StoreError::Kind::Sql, tx.sqlError().text());
        QString error;
        const auto run = [&db, &error](const QStringList &statements) {
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql)) {
                    error = q.lastError().text();
                    return false;
                }
            }
            return true;
        };
        if (run(step.statements(dialect)) && step.convert)
            step.convert(db, &error);
        if (error.isEmpty() && step.after)
            run(step.after(dialect));
        if (error.isEmpty())
            setVersion(db, step.version, &error);
        if (error.isEmpty() && tx.commit().isError())
            error = tx.sqlError().text();
        if (!error.isEmpty())
            return StoreError(StoreError::Kind::Sql,
                              StoreError::tr("Upgrading to schema version %1 failed: %2").arg(step.version).arg(error));
    }
    return StoreError();
}

} // namespace hubwatch::Migrations
