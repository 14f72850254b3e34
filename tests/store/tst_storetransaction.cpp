// StoreTransaction, the store's one way to begin, commit and roll back, on SQLite and on
// PostgreSQL (ctest runs both): leaving the scope rolls back, commit() persists, a failed commit
// or begin is reported and leaves no transaction open on the connection.
#include "RobustnessSupport.h"
#include "TestBackend.h"

#include "store/HistoryStore.h"
#include "store/StoreTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

class TestStoreTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void leavingTheScopeRollsBack();
    void leavingTheScopeAfterAFailedStatementRollsBack();
    void commitPersists();
    void aFailedCommitIsReportedAndRolledBack();
    void aFailedBeginIsReported();
    void rollbackEndsItAtOnce();

private:
    // Runs one statement on the store's own connection.
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
    // The rows of the probe table as another connection sees them.
    QStringList committedRows()
    {
        RawConnection raw(m_db);
        if (!raw.ok())
            return {QStringLiteral("<error: %1>").arg(raw.error())};
        return raw.column(QStringLiteral("SELECT id FROM tx_probe ORDER BY id"));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    QString m_db;
    QString m_error;
};

void TestStoreTransaction::initTestCase()
{
    QString error;
    QVERIFY2(TestBackend::instance().prepare(&error), qPrintable(error));
    qInfo("backend: %s", qPrintable(TestBackend::instance().name()));
}

void TestStoreTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = TestBackend::instance().newHistory(m_dir->filePath(QStringLiteral("history.sqlite")));
    m_store = std::make_unique<HistoryStore>();
    const StoreError opened = m_store->open(m_db);
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    // A row whose reference is only checked at COMMIT: the way to make a commit fail on both.
    QVERIFY2(exec(QStringLiteral("CREATE TABLE tx_probe (id INTEGER PRIMARY KEY, ref INTEGER"
                                 " REFERENCES tx_probe (id) DEFERRABLE INITIALLY DEFERRED)")),
             qPrintable(m_error));
}

void TestStoreTransaction::cleanup()
{
    m_store.reset();
}

void TestStoreTransaction::leavingTheScopeRollsBack()
{
    {
        StoreTransaction tx(m_store->database());
        QVERIFY(tx.isActive());
        QVERIFY(!tx.beginError(QStringLiteral("starting")).isError());
        QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id) VALUES (1)")), qPrintable(m_error));
    }
    QCOMPARE(committedRows(), QStringList());
    // The connection has no transaction left open: the next one begins and commits.
    StoreTransaction next(m_store->database());
    QVERIFY(next.isActive());
    QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id) VALUES (2)")), qPrintable(m_error));
    QVERIFY(!next.commit().isError());
    QCOMPARE(committedRows(), QStringList{QStringLiteral("2")});
}

void TestStoreTransaction::leavingTheScopeAfterAFailedStatementRollsBack()
{
    // On PostgreSQL a failed statement aborts the transaction: every later statement on the
    // connection fails until it is rolled back.
    {
        StoreTransaction tx(m_store->database());
        QVERIFY(tx.isActive());
        QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id) VALUES (1)")), qPrintable(m_error));
        QVERIFY(!exec(QStringLiteral("INSERT INTO tx_probe (id) VALUES (1)")));
    }
    QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id) VALUES (3)")), qPrintable(m_error));
    QCOMPARE(committedRows(), QStringList{QStringLiteral("3")});
}

void TestStoreTransaction::commitPersists()
{
    {
        StoreTransaction tx(m_store->database());
        QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id) VALUES (1)")), qPrintable(m_error));
        QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id, ref) VALUES (2, 1)")), qPrintable(m_error));
        const StoreError committed = tx.commit(QStringLiteral("committing the probe"));
        QVERIFY2(!committed.isError(), qPrintable(committed.message()));
        QVERIFY(!tx.isActive());
    } // the destructor of a committed transaction rolls nothing back
    QCOMPARE(committedRows(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    // Closed and opened again: the rows are in the database, not only in the connection.
    m_store->close();
    QVERIFY(!m_store->open(m_db).isError());
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tx_probe")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestStoreTransaction::aFailedCommitIsReportedAndRolledBack()
{
    StoreTransaction tx(m_store->database());
    QVERIFY(tx.isActive());
    QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id) VALUES (1)")), qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id, ref) VALUES (2, 99)")), qPrintable(m_error)); // no row 99
    const StoreError committed = tx.commit(QStringLiteral("committing the probe"));
    QVERIFY(committed.isError());
    QCOMPARE(committed.kind(), StoreError::Kind::Sql);
    QVERIFY2(committed.detail().startsWith(QLatin1String("committing the probe: ")), qPrintable(committed.detail()));
    QVERIFY2(committed.detail().contains(QLatin1String("foreign key"), Qt::CaseInsensitive), qPrintable(committed.detail()));
    QVERIFY(tx.sqlError().isValid());
    QVERIFY(!tx.isActive());
    QCOMPARE(committedRows(), QStringList());
    // Rolled back at once (SQLite keeps a transaction whose COMMIT failed open): the connection
    // writes again, outside any transaction, and a new one begins.
    QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id) VALUES (5)")), qPrintable(m_error));
    QCOMPARE(committedRows(), QStringList{QStringLiteral("5")});
    StoreTransaction next(m_store->database());
    QVERIFY(next.isActive());
    // Committing again what has ended is an error too, never a silent success.
    QVERIFY(tx.commit().isError());
}

void TestStoreTransaction::aFailedBeginIsReported()
{
    // A connection that is not open: the driver refuses to begin, without a message of its own.
    const QString name = QStringLiteral("tst_storetransaction-closed");
    {
        QSqlDatabase closed =
            QSqlDatabase::addDatabase(TestBackend::instance().isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (TestBackend::instance().isPostgres())
            QTest::ignoreMessage(QtWarningMsg, "QPSQLDriver::beginTransaction: Database not open");
        StoreTransaction tx(closed);
        QVERIFY(!tx.isActive());
        const StoreError began = tx.beginError(QStringLiteral("starting the probe"));
        QVERIFY(began.isError());
        QVERIFY2(began.detail().startsWith(QLatin1String("starting the probe")), qPrintable(began.detail()));
        QVERIFY(tx.commit().isError());
    }
    QSqlDatabase::removeDatabase(name);

    if (TestBackend::instance().isPostgres())
        return; // PostgreSQL only warns about a BEGIN inside a transaction
    // SQLite refuses a transaction inside another, with its own words.
    StoreTransaction outer(m_store->database());
    QVERIFY(outer.isActive());
    StoreTransaction inner(m_store->database());
    QVERIFY(!inner.isActive());
    const StoreError began = inner.beginError(QStringLiteral("starting the probe"));
    QVERIFY(began.isError());
    QVERIFY2(began.detail().contains(QLatin1String("within a transaction")), qPrintable(began.detail()));
}

void TestStoreTransaction::rollbackEndsItAtOnce()
{
    StoreTransaction tx(m_store->database());
    QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id) VALUES (1)")), qPrintable(m_error));
    tx.rollback();
    QVERIFY(!tx.isActive());
    QCOMPARE(committedRows(), QStringList());
    // Outside a transaction now: this row is committed as it is written, and a second
    // rollback (the destructor's) does not touch it.
    QVERIFY2(exec(QStringLiteral("INSERT INTO tx_probe (id) VALUES (4)")), qPrintable(m_error));
    tx.rollback();
    QCOMPARE(committedRows(), QStringList{QStringLiteral("4")});
}

QTEST_GUILESS_MAIN(TestStoreTransaction)
#include "tst_storetransaction.moc"
