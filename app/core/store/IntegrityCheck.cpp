#include "IntegrityCheck.h"

#include "util/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace hubwatch {

namespace {
const QString kCheckedKey = QStringLiteral("integrity_checked_at");

quint32 bigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | quint8(bytes.at(at + i));
    return v;
}
} // namespace

bool IntegrityCheck::writerShouldCheck(QSqlDatabase &db, const QString &path)
{
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
        qCInfo(lcStore) << "unclean shutdown of" << path << "(a journal was left): checking it";
        return true;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'integrity_checked_at'")) || !q.next())
        return true; // never checked, or no meta table yet (a new or foreign file)
    const qint64 at = q.value(0).toLongLong();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return at <= 0 || at > now || now - at > qint64(kDaysBetweenChecks) * 24 * 3600 * 1000;
}

void IntegrityCheck::recordChecked(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kCheckedKey);
    q.addBindValue(QString::number(QDateTime::currentMSecsSinceEpoch()));
    if (!q.exec()) // the next open checks again: harmless
        qCWarning(lcStore) << "recording the integrity check failed:" << q.lastError().text();
}

bool IntegrityCheck::light(QSqlDatabase &db, const QString &path, QString *problem)
{
    // The header names the database's size in pages (valid when its change counter matches the
    // "version valid for" field); a file shorter than that lost its end. Not while a journal is
    // left: a writer killed in a checkpoint leaves a file shorter than its new header, and the
    // log it left still holds every page (the next open finishes the checkpoint).
    QFile file(path);
    const bool journal = QFileInfo(path + QStringLiteral("-wal")).size() > 0 || QFileInfo::exists(path + QStringLiteral("-journal"));
    if (!journal && file.open(QIODevice::ReadOnly)) {
        const QByteArray header = file.read(100);
        if (header.size() == 100 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4)) {
            quint32 pageSize = bigEndian(header, 16, 2);
            if (pageSize == 1)
                pageSize = 65536;
            const qint64 pages = bigEndian(header, 28, 4);
            if (pages > 0 && file.size() < pages * pageSize) {
                *problem = QStringLiteral("the file holds %1 bytes of the %2 its header names").arg(file.size()).arg(pages * pageSize);
                return false;
            }
        }
    }
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
        *problem = tables.lastError().text();
        return false;
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    for (const QString &name : names) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 1").arg(name))) {
            *problem = q.lastError().text();
            return false;
        }
        q.next();
        if (q.lastError().isValid()) {
            *problem = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool IntegrityCheck::full(QSqlDatabase &db, QStringList *problems, int limit)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(limit))) {
        *problems = QStringList{q.lastError().text()};
        return false;
    }
    QStringList lines;
    while (q.next()) {
        // One row may hold several problems after a "*** in database main ***" heading.
        for (const QString &line : q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("*** ")))
                lines << line;
        }
    }
    if (lines == QStringList{QStringLiteral("ok")})
        return true;
    *problems = lines;
    return false;
}

} // namespace hubwatch
