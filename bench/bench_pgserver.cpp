// bench_pgserver: a private, durable PostgreSQL 15 on 127.0.0.1 for scripts/bench-census.sh,
// started and removed by the tests' PgTestServer (fsync and synchronous commits on, as the
// benchmarks of the store run it). Reads commands on stdin, one a line, and answers on stdout:
//   new          -> postgresql://hubwatch@127.0.0.1:PORT/DB   (a new empty database)
//   size DB      -> pg_database_size(DB) in bytes, after a checkpoint
// At the end of stdin it stops the server and deletes its directory.
#include "PgTestServer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <cstdio>
#include <iostream>
#include <string>

using hubwatch::test::PgTestServer;

namespace {

void answer(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

qint64 databaseSize(int port, const QString &database, QString *error)
{
    qint64 size = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("size"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("CHECKPOINT"));
            q.prepare(QStringLiteral("SELECT pg_database_size(?)"));
            q.addBindValue(database);
            if (q.exec() && q.next())
                size = q.value(0).toLongLong();
            else
                *error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("size"));
    return size;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    PgTestServer server;
    server.setDurable(true);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_pgserver: %s\n", qPrintable(error));
        return 1;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line).trimmed();
        if (command == QLatin1String("new")) {
            const QString name = server.createDatabase(&error);
            answer(name.isEmpty() ? QStringLiteral("error ") + error : server.url(name));
        } else if (command.startsWith(QLatin1String("size "))) {
            const qint64 size = databaseSize(server.port(), command.mid(5).trimmed(), &error);
            answer(size < 0 ? QStringLiteral("error ") + error : QString::number(size));
        } else {
            answer(QStringLiteral("error unknown command"));
        }
    }
    return server.stop(&error) ? 0 : 1;
}
