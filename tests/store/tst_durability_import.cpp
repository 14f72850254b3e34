// Crash durability of `hubwatch import`: the real command is killed with SIGKILL at random
// moments while it validates and merges a large export. Each time the database must pass
// integrity_check and hold either the history from before the import or all of it (the merge is
// one transaction), and a later import must complete to the same history as an uninterrupted one.
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDurabilityImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedImportIsAllOrNothing();

private:
    QByteArray run(const QStringList &args, int *exitCode = nullptr);
    QByteArray exportOf(const QString &db);
    QString integrity(const QString &db);

    QTemporaryDir m_dir;
    QString m_csv, m_base;
    QByteArray m_before, m_after;
    qint64 m_importMs = 0;
};

QByteArray TestDurabilityImport::run(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(HUBWATCH_BIN), args);
    if (!p.waitForFinished(120000))
        qFatal("hubwatch %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

QByteArray TestDurabilityImport::exportOf(const QString &db)
{
    int rc = -1;
    const QByteArray csv = run({QStringLiteral("export-csv"), QStringLiteral("--db"), db}, &rc);
    return rc == 0 ? csv : QByteArray("export failed");
}

QString TestDurabilityImport::integrity(const QString &db)
{
    const QString name = QStringLiteral("check-%1").arg(QRandomGenerator::global()->generate());
    QString result;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        if (!c.open())
            return c.lastError().text();
        QSqlQuery q(c);
        result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void TestDurabilityImport::initTestCase()
{
    // A source history of 40 days of polls of 450 repos, exported: what gets imported.
    const QString source = m_dir.filePath(QStringLiteral("source.sqlite"));
    QProcess gen;
    gen.start(QStringLiteral(MAKE_DEMO_HISTORY), {source, QStringLiteral("40"), QStringLiteral("6")});
    QVERIFY(gen.waitForFinished(180000) && gen.exitCode() == 0);
    m_csv = m_dir.filePath(QStringLiteral("history.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(exportOf(source));
    csv.close();
    QVERIFY(csv.size() > 1'000'000);

    // The database it goes into already holds a shorter history of its own.
    m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
    gen.start(QStringLiteral(MAKE_DEMO_HISTORY), {m_base, QStringLiteral("3"), QStringLiteral("12")});
    QVERIFY(gen.waitForFinished(60000) && gen.exitCode() == 0);
    m_before = exportOf(m_base);

    // An uninterrupted import: what a completed one must look like, and how long it takes.
    const QString full = m_dir.filePath(QStringLiteral("full.sqlite"));
    QVERIFY(QFile::copy(m_base, full));
    QElapsedTimer timer;
    timer.start();
    int rc = -1;
    run({QStringLiteral("import"), m_csv, QStringLiteral("--db"), full}, &rc);
    m_importMs = timer.elapsed();
    QCOMPARE(rc, 0);
    m_after = exportOf(full);
    QVERIFY(m_after != m_before);
    qInfo("an import of %lld bytes takes %lld ms", qint64(csv.size()), m_importMs);
}

void TestDurabilityImport::killedImportIsAllOrNothing()
{
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    int before = 0, after = 0;
    for (int i = 0; i < 12; ++i) {
        const QString db = m_dir.filePath(QStringLiteral("kill-%1.sqlite").arg(i));
        QVERIFY(QFile::copy(m_base, db));
        QProcess p;
        p.start(QStringLiteral(HUBWATCH_BIN), {QStringLiteral("import"), m_csv, QStringLiteral("--db"), db});
        QVERIFY(p.waitForStarted());
        // Anywhere from start-up to the end of the merge (and a little past it).
        QThread::msleep(rng.bounded(quint32(m_importMs * 11 / 10 + 1)));
        p.kill();
        p.waitForFinished();
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        const QByteArray now = exportOf(db);
        QVERIFY2(now == m_before || now == m_after, qPrintable(QStringLiteral("kill %1 left a partial import").arg(i)));
        (now == m_before ? before : after)++;
        // Importing again afterwards completes it (or changes nothing if it had completed).
        int rc = -1;
        run({QStringLiteral("import"), m_csv, QStringLiteral("--db"), db}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(exportOf(db), m_after);
    }
    qInfo("killed imports: %d left the history as before, %d had completed", before, after);
}

QTEST_GUILESS_MAIN(TestDurabilityImport)
#include "tst_durability_import.moc"
