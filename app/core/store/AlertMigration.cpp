#include "AlertMigration.h"

#include "AlertStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hubwatch::AlertMigration {

namespace {

QDateTime utc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

// The figures of a milestone sentence: "NAME passed LABEL" / "NAME reached LABEL between A and
// B, while HubWatch was not polling (around C)." / "… because repos entered the tracked scope…".
bool readMilestone(const QString &series, const QString &title, const QString &body, const QString &dedupKey, AlertRecord *a)
{
    // milestone:SERIES:THRESHOLD — the series itself may hold colons ("model:org/x").
    const QString prefix = QStringLiteral("milestone:%1:").arg(series);
    bool ok = false;
    a->threshold = dedupKey.startsWith(prefix) ? dedupKey.mid(prefix.size()).toLongLong(&ok) : 0;
    if (!ok || a->threshold <= 0 || !title.contains(QLatin1String(" passed ")))
        return false;
    static const QRegularExpression between(
        QStringLiteral("between (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d) UTC and (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d) UTC"));
    const QRegularExpressionMatch m = between.match(body);
    if (m.hasMatch()) {
        a->from = utc(m.captured(1));
        a->to = utc(m.captured(2));
        a->whileClosed = body.contains(QLatin1String("while HubWatch was not polling"));
        if (body.contains(QLatin1String("because repos entered the tracked scope")))
            a->cause = AlertRecord::Cause::ScopeEntry;
        return a->from.isValid() && a->to.isValid();
    }
    return body.contains(QLatin1String(" reached ")) && body.contains(QLatin1String(" around "));
}

// "Hot category: LABEL" / "LABEL now takes 27.3% of the top-50 models' download velocity, up
// 14.6 points in 7 days."
bool readHotCategory(const QString &title, const QString &body, AlertRecord *a)
{
    static const QRegularExpression figures(
        QStringLiteral("^(.*) now takes ([0-9.,]+)% of the top-(\\d+) models' download velocity, up ([0-9.,]+) points in 7 days\\.$"));
    const QRegularExpressionMatch m = figures.match(body);
    if (!title.startsWith(QLatin1String("Hot category: ")) || !m.hasMatch())
        return false;
    const auto number = [](QString t, bool *ok) { return t.remove(QLatin1Char(',')).toDouble(ok); };
    bool ok1 = false, ok2 = false;
    a->subject = m.captured(1);
    a->sharePercent = number(m.captured(2), &ok1);
    a->topN = m.captured(3).toInt();
    a->changePoints = number(m.captured(4), &ok2);
    return ok1 && ok2 && a->topN > 0;
}

} // namespace

void readSentences(const QString &title, const QString &body, const QString &dedupKey, AlertRecord *a)
{
    bool understood = false;
    if (a->kind == AlertRecord::Kind::Milestone)
        understood = readMilestone(a->series, title, body, dedupKey, a);
    else if (a->kind == AlertRecord::Kind::HotCategory)
        understood = readHotCategory(title, body, a);
    if (!understood) {
        AlertRecord plain;
        plain.id = a->id;
        plain.raisedAt = a->raisedAt;
        plain.happenedAt = a->happenedAt;
        plain.kind = a->kind;
        plain.series = a->series;
        plain.legacyTitle = title;
        plain.legacyBody = body;
        *a = plain;
    }
}

bool convert(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db), write(db);
    if (!read.exec(QStringLiteral("SELECT id, kind, series, title, body, dedup_key FROM alerts ORDER BY id"))) {
        *error = read.lastError().text();
        return false;
    }
    write.prepare(QStringLiteral("UPDATE alerts SET params = ? WHERE id = ?"));
    // Read everything first: PostgreSQL's driver reads a result set whole anyway, SQLite's must
    // not have its cursor open on the table it updates.
    struct Row
    {
        qint64 id;
        AlertRecord alert;
    };
    QList<Row> rows;
    while (read.next()) {
        AlertRecord a;
        a.kind = AlertRecord::Kind(read.value(1).toInt());
        a.series = read.value(2).toString();
        readSentences(read.value(3).toString(), read.value(4).toString(), read.value(5).toString(), &a);
        rows.append({read.value(0).toLongLong(), a});
    }
    read.finish();
    for (const Row &row : std::as_const(rows)) {
        write.bindValue(0, row.alert.paramsJson());
        write.bindValue(1, row.id);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace hubwatch::AlertMigration
