#include "StoreLocation.h"

#include <QFileInfo>
#include <QUrl>

namespace hubwatch {

StoreLocation StoreLocation::sqlite(const QString &path)
{
    StoreLocation l;
    l.m_kind = path.isEmpty() ? Kind::Invalid : Kind::Sqlite;
    l.m_path = path;
    if (path.isEmpty())
        l.m_error = tr("No database file was given.");
    return l;
}

StoreLocation StoreLocation::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("sqlite:")))
        return sqlite(t.mid(7));
    if (!t.startsWith(QLatin1String("postgresql://")) && !t.startsWith(QLatin1String("postgres://")))
        return sqlite(t);

    StoreLocation l;
    const QUrl url(t, QUrl::StrictMode);
    // Checked before anything else (even "user:@host" counts), and the refusal never repeats the
    // URL: it holds the secret.
    const QString authority = t.mid(t.indexOf(QLatin1String("//")) + 2).section(QLatin1Char('/'), 0, 0);
    const bool hasUserInfo = authority.contains(QLatin1Char('@'));
    if (!url.password().isEmpty() || (hasUserInfo && authority.section(QLatin1Char('@'), 0, -2).contains(QLatin1Char(':')))) {
        l.m_error = tr("A password does not belong in the --db URL, where every user of this machine can read it. "
                       "Remove it and set PGPASSWORD, or add a line to ~/.pgpass (mode 0600).");
        return l;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        l.m_error = tr("%1 is not a PostgreSQL URL of the form postgresql://USER@HOST:PORT/DBNAME.").arg(t);
        return l;
    }
    if (url.hasQuery() || url.hasFragment()) {
        l.m_error = tr("%1: connection options after \"?\" are not supported; use USER@HOST:PORT/DBNAME.").arg(t);
        return l;
    }
    const QString database = url.path().mid(1);
    if (database.isEmpty() || database.contains(QLatin1Char('/'))) {
        l.m_error = tr("%1 names no database: use postgresql://USER@HOST:PORT/DBNAME.").arg(t);
        return l;
    }
    l.m_kind = Kind::Postgres;
    l.m_user = url.userName();
    if (l.m_user.isEmpty()) // libpq's own default: PGUSER, else the login name
        l.m_user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    l.m_host = url.host();
    l.m_port = url.port(5432);
    l.m_database = database;
    return l;
}

bool StoreLocation::exists() const
{
    return m_kind != Kind::Sqlite || QFileInfo::exists(m_path);
}

QString StoreLocation::display() const
{
    switch (m_kind) {
    case Kind::Sqlite: return m_path;
    case Kind::Postgres: return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_database);
    case Kind::Invalid: break;
    }
    return QString();
}

std::unique_ptr<SqlDialect> StoreLocation::makeDialect() const
{
    if (m_kind == Kind::Postgres)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace hubwatch
