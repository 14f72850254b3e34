#include "AlertStore.h"

#include "AlertMigration.h"
#include "HistoryStore.h"
#include "StoreTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace hubwatch {

namespace {
QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

AlertRecord readAlert(const QSqlQuery &q)
{
    AlertRecord a;
    a.id = q.value(0).toLongLong();
    a.raisedAt = fromMs(q.value(1).toLongLong());
    a.happenedAt = fromMs(q.value(2).toLongLong());
    a.kind = AlertRecord::Kind(q.value(3).toInt());
    a.series = q.value(4).toString();
    if (q.record().count() > 6) // a history not upgraded yet: its sentences, read as data
        AlertMigration::readSentences(q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), &a);
    else
        a.setParams(q.value(5).toString());
    return a;
}

// Runs a prepared SELECT of AlertStore::alertColumns() and reads every row.
StoreResult<QList<AlertRecord>> readAlerts(QSqlQuery &q)
{
    StoreResult<QList<AlertRecord>> r;
    if (!q.exec()) {
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading alerts"));
        return r;
    }
    while (q.next())
        r.value.append(readAlert(q));
    return r;
}

} // namespace

QString AlertRecord::paramsJson() const
{
    QJsonObject o;
    const auto ms = [](const QDateTime &t) { return QJsonValue(t.toMSecsSinceEpoch()); };
    if (!subject.isEmpty())
        o.insert(QStringLiteral("subject"), subject);
    if (threshold > 0)
        o.insert(QStringLiteral("threshold"), threshold);
    if (from.isValid())
        o.insert(QStringLiteral("from"), ms(from));
    if (to.isValid())
        o.insert(QStringLiteral("to"), ms(to));
    if (cause == Cause::ScopeEntry)
        o.insert(QStringLiteral("cause"), QStringLiteral("scope"));
    if (whileClosed)
        o.insert(QStringLiteral("whileClosed"), true);
    if (topN > 0) {
        o.insert(QStringLiteral("share"), sharePercent);
        o.insert(QStringLiteral("change"), changePoints);
        o.insert(QStringLiteral("topN"), topN);
    }
    if (!legacyTitle.isEmpty())
        o.insert(QStringLiteral("legacyTitle"), legacyTitle);
    if (!legacyBody.isEmpty())
        o.insert(QStringLiteral("legacyBody"), legacyBody);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void AlertRecord::setParams(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto time = [&o](const char *key) {
        return o.contains(QLatin1String(key)) ? fromMs(o.value(QLatin1String(key)).toInteger()) : QDateTime();
    };
    subject = o.value(QLatin1String("subject")).toString();
    threshold = o.value(QLatin1String("threshold")).toInteger();
    from = time("from");
    to = time("to");
    cause = o.value(QLatin1String("cause")).toString() == QLatin1String("scope") ? Cause::ScopeEntry : Cause::Downloads;
    whileClosed = o.value(QLatin1String("whileClosed")).toBool();
    sharePercent = o.value(QLatin1String("share")).toDouble();
    changePoints = o.value(QLatin1String("change")).toDouble();
    topN = o.value(QLatin1String("topN")).toInt();
    legacyTitle = o.value(QLatin1String("legacyTitle")).toString();
    legacyBody = o.value(QLatin1String("legacyBody")).toString();
}

QString AlertStore::alertColumns() const
{
    // Version 4 replaced the sentences with params (Migrations.cpp).
    return m_store.schemaVersion() >= 4
        ? QStringLiteral("a.id, a.raised_at, a.happened_at, a.kind, a.series, a.params")
        : QStringLiteral("a.id, a.raised_at, a.happened_at, a.kind, a.series, a.title, a.body, a.dedup_key");
}

StoreResult<qint64> AlertStore::insertAlert(const AlertRecord &alert, const QString &dedupKey)
{
    StoreResult<qint64> r;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO alerts (raised_at, happened_at, kind, series, params, dedup_key)"
                             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING")
              + m_store.dialect().returningId());
    q.addBindValue(alert.raisedAt.toMSecsSinceEpoch());
    q.addBindValue(alert.happenedAt.toMSecsSinceEpoch());
    q.addBindValue(int(alert.kind));
    q.addBindValue(alert.series);
    q.addBindValue(alert.paramsJson());
    q.addBindValue(dedupKey);
    if (!q.exec())
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("recording an alert"));
    else
        r.value = q.numRowsAffected() > 0 ? m_store.dialect().insertedId(q) : 0;
    return r;
}

StoreResult<qint64> AlertStore::fireMilestone(const QString &series, qint64 threshold, const AlertRecord &alert)
{
    StoreResult<qint64> r;
    QSqlDatabase &db = m_store.database();
    QSqlQuery q(db);
    StoreTransaction tx(db); // after q: rolled back before q's statement is deallocated
    if (!tx.isActive()) {
        r.error = tx.beginError(StoreError::tr("starting a transaction"));
        return r;
    }
    q.prepare(QStringLiteral("INSERT INTO milestones (series, threshold, crossed_at, fired_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (series, threshold) DO NOTHING"));
    q.addBindValue(series);
    q.addBindValue(threshold);
    q.addBindValue(alert.happenedAt.toMSecsSinceEpoch());
    q.addBindValue(alert.raisedAt.toMSecsSinceEpoch());
    if (!q.exec()) {
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("recording a milestone"));
        return r;
    }
    if (q.numRowsAffected() == 0) // fired before: stay silent, forever
        return r;
    r = insertAlert(alert, QStringLiteral("milestone:%1:%2").arg(series).arg(threshold));
    if (r.ok())
        r.error = tx.commit(StoreError::tr("committing a milestone"));
    if (!r.ok())
        r.value = 0;
    return r;
}

StoreError AlertStore::markPassed(const QString &series, const QList<qint64> &thresholds, const QDateTime &at)
{
    QSqlDatabase &db = m_store.database();
    QSqlQuery q(db);
    StoreTransaction tx(db); // after q: rolled back before q's statement is deallocated
    if (!tx.isActive())
        return tx.beginError(StoreError::tr("starting a transaction"));
    q.prepare(QStringLiteral("INSERT INTO milestones (series, threshold, crossed_at, fired_at) VALUES (?, ?, ?, 0)"
                             " ON CONFLICT (series, threshold) DO NOTHING"));
    for (const qint64 t : QList<qint64>{0} + thresholds) {
        q.bindValue(0, series);
        q.bindValue(1, t);
        q.bindValue(2, at.toMSecsSinceEpoch());
        if (!q.exec())
            return HistoryStore::fromSqlError(q.lastError(), StoreError::tr("recording a baseline"));
    }
    return tx.commit(StoreError::tr("recording a baseline"));
}

StoreResult<bool> AlertStore::hasBaseline(const QString &series)
{
    StoreResult<bool> r;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT 1 FROM milestones WHERE series = ? AND threshold = 0"));
    q.addBindValue(series);
    if (!q.exec())
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading milestones"));
    else
        r.value = q.next();
    return r;
}

StoreResult<QList<qint64>> AlertStore::firedThresholds(const QString &series)
{
    StoreResult<QList<qint64>> r;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT threshold FROM milestones WHERE series = ? AND threshold > 0 AND fired_at > 0 ORDER BY threshold"));
    q.addBindValue(series);
    if (!q.exec()) {
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading milestones"));
        return r;
    }
    while (q.next())
        r.value.append(q.value(0).toLongLong());
    return r;
}

StoreResult<qint64> AlertStore::raise(const AlertRecord &alert, const QString &dedupKey)
{
    return insertAlert(alert, dedupKey);
}

StoreResult<QDateTime> AlertStore::lastRaised(const QString &series)
{
    return raisedAtQuery(QStringLiteral("SELECT max(raised_at) FROM alerts WHERE series = ?"), series);
}

StoreResult<QDateTime> AlertStore::raisedAtOf(qint64 id)
{
    return raisedAtQuery(QStringLiteral("SELECT raised_at FROM alerts WHERE id = ?"), id);
}

StoreResult<QDateTime> AlertStore::raisedAtQuery(const QString &sql, const QVariant &value)
{
    StoreResult<QDateTime> r;
    QSqlQuery q(m_store.database());
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec())
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading alerts"));
    else if (q.next() && !q.value(0).isNull())
        r.value = fromMs(q.value(0).toLongLong());
    return r;
}

StoreResult<QList<AlertRecord>> AlertStore::undelivered(const QString &consumer, int limit)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM alerts a WHERE NOT EXISTS (SELECT 1 FROM alert_deliveries d"
                             " WHERE d.alert_id = a.id AND d.consumer = ?) ORDER BY a.id LIMIT ?")
                  .arg(alertColumns()));
    q.addBindValue(consumer);
    q.addBindValue(limit);
    return readAlerts(q);
}

StoreResult<QList<AlertRecord>> AlertStore::raisedAfter(qint64 afterId, const QDateTime &notBefore, int limit)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM alerts a WHERE a.id > ? AND a.raised_at >= ? ORDER BY a.id LIMIT ?").arg(alertColumns()));
    q.addBindValue(afterId);
    q.addBindValue(notBefore.toMSecsSinceEpoch());
    q.addBindValue(limit);
    return readAlerts(q);
}

StoreError AlertStore::markDelivered(const QList<qint64> &ids, const QString &consumer, const QDateTime &at)
{
    QSqlDatabase &db = m_store.database();
    QSqlQuery q(db);
    StoreTransaction tx(db); // after q: rolled back before q's statement is deallocated
    if (!tx.isActive())
        return tx.beginError(StoreError::tr("starting a transaction"));
    q.prepare(QStringLiteral("INSERT INTO alert_deliveries (alert_id, consumer, delivered_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (alert_id, consumer) DO NOTHING"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        q.bindValue(1, consumer);
        q.bindValue(2, at.toMSecsSinceEpoch());
        if (!q.exec())
            return HistoryStore::fromSqlError(q.lastError(), StoreError::tr("recording a delivery"));
    }
    return tx.commit(StoreError::tr("recording a delivery"));
}

StoreResult<QList<AlertRecord>> AlertStore::log(int limit, const QList<AlertRecord::Kind> &kinds)
{
    StoreResult<QList<AlertRecord>> r;
    QStringList kindList;
    for (AlertRecord::Kind k : kinds)
        kindList << QString::number(int(k)); // integers from an enum: safe to inline
    const QString filter = kindList.isEmpty() ? QString() : QStringLiteral(" WHERE a.kind IN (%1)").arg(kindList.join(QLatin1Char(',')));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM alerts a%2 ORDER BY a.raised_at DESC, a.id DESC LIMIT ?").arg(alertColumns(), filter));
    q.addBindValue(limit);
    if (!q.exec()) {
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading the alert log"));
        return r;
    }
    while (q.next())
        r.value.append(readAlert(q));
    return r;
}

StoreError AlertStore::addThreshold(const QString &series, qint64 threshold)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO thresholds (series, threshold) VALUES (?, ?) ON CONFLICT (series, threshold) DO NOTHING"));
    q.addBindValue(series);
    q.addBindValue(threshold);
    return q.exec() ? StoreError() : HistoryStore::fromSqlError(q.lastError(), StoreError::tr("saving a threshold"));
}

StoreError AlertStore::removeThreshold(const QString &series, qint64 threshold)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM thresholds WHERE series = ? AND threshold = ?"));
    q.addBindValue(series);
    q.addBindValue(threshold);
    return q.exec() ? StoreError() : HistoryStore::fromSqlError(q.lastError(), StoreError::tr("removing a threshold"));
}

StoreResult<QList<qint64>> AlertStore::thresholds(const QString &series)
{
    StoreResult<QList<qint64>> r;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT threshold FROM thresholds WHERE series = ? ORDER BY threshold"));
    q.addBindValue(series);
    if (!q.exec()) {
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading thresholds"));
        return r;
    }
    while (q.next())
        r.value.append(q.value(0).toLongLong());
    return r;
}

StoreError AlertStore::annotate(const AnnotationRecord &a)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO annotations (series, kind, from_t, to_t, delta, note) VALUES (?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (series, kind, from_t) DO NOTHING"));
    q.addBindValue(a.series);
    q.addBindValue(a.kind);
    q.addBindValue(a.from);
    q.addBindValue(a.to);
    q.addBindValue(a.delta);
    q.addBindValue(a.note);
    return q.exec() ? StoreError() : HistoryStore::fromSqlError(q.lastError(), StoreError::tr("saving an annotation"));
}

StoreResult<QList<AnnotationRecord>> AlertStore::annotations(const QString &series, qint64 from, qint64 to)
{
    StoreResult<QList<AnnotationRecord>> r;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT series, kind, from_t, to_t, delta, note FROM annotations"
                             " WHERE series = ? AND to_t >= ? AND from_t <= ? ORDER BY from_t"));
    q.addBindValue(series);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec()) {
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading annotations"));
        return r;
    }
    while (q.next())
        r.value.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                        q.value(4).toLongLong(), q.value(5).toString()});
    return r;
}

StoreResult<qint64> AlertStore::evaluatedPoll()
{
    StoreResult<qint64> r;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'alerts_evaluated_poll'"))) {
        r.error = HistoryStore::fromSqlError(q.lastError(), StoreError::tr("reading alert state"));
        return r;
    }
    r.value = q.next() ? q.value(0).toString().toLongLong() : 0;
    return r;
}

StoreError AlertStore::setEvaluatedPoll(qint64 pollId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('alerts_evaluated_poll', ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(pollId));
    return q.exec() ? StoreError() : HistoryStore::fromSqlError(q.lastError(), StoreError::tr("saving alert state"));
}

} // namespace hubwatch
