// Bad situations for the history database, part two: a damaged file and a file from a newer
// HubWatch. Either is refused with the right StoreError, and the file is never changed, replaced
// or recreated; a damaged file is copied aside first and the message names the copy.
#include "RobustnessCli.h"
#include "RobustnessSupport.h"

#include "store/HistoryStore.h"
#include "store/Migrations.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hubwatch;
using namespace hubwatch::test;

class TestStoreFailuresDamaged : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void corruptFileIsRefusedAndBackedUp_data();
    void corruptFileIsRefusedAndBackedUp();
    void reopeningADamagedFileNamesABackupAgain();
    void newerSchemaIsRefused_data();
    void newerSchemaIsRefused();

private:
    CliRun hubwatch(const QStringList &args) { return runHubwatch(args, m_dir->filePath(QStringLiteral("home"))); }
    void damage(const QString &how);
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreFailuresDamaged::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreFailuresDamaged::corruptFileIsRefusedAndBackedUp_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("readOnly");
    for (const char *damage : {"garbage over pages", "garbage over the header", "not a database", "truncated",
                               "rollback journal, garbage over pages"}) {
        QTest::addRow("%s, read-write", damage) << QString::fromLatin1(damage) << false;
        QTest::addRow("%s, read-only", damage) << QString::fromLatin1(damage) << true;
    }
}

void TestStoreFailuresDamaged::damage(const QString &how)
{
    QVERIFY(seedStore(path(), 6));
    if (how.startsWith(QLatin1String("rollback journal"))) {
        RawConnection raw(path());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode = DELETE")), QStringLiteral("delete"));
    }
    QFile f(path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 8 * 4096);
    QByteArray garbage(4 * 4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    if (how == QLatin1String("garbage over the header")) {
        f.write(garbage.left(100));
    } else if (how == QLatin1String("not a database")) {
        f.resize(0);
        f.write(QByteArray("This is a shopping list, not a database.\n").repeated(50));
    } else if (how == QLatin1String("truncated")) {
        f.resize(f.size() / 2);
    } else {
        f.seek(2 * 4096); // pages 3 to 6: tables' b-tree pages
        f.write(garbage);
    }
}

// The backup a Corrupt message names, if it exists and holds exactly `bytes`; else empty.
static QString backupNamedIn(const QString &message, const QString &path, const QByteArray &bytes)
{
    const QRegularExpressionMatch backup =
        QRegularExpression(QRegularExpression::escape(path) + QStringLiteral("\\.damaged-[0-9-]+")).match(message);
    return backup.hasMatch() && fileBytes(backup.captured(0)) == bytes ? backup.captured(0) : QString();
}

void TestStoreFailuresDamaged::corruptFileIsRefusedAndBackedUp()
{
    QFETCH(QString, damage);
    QFETCH(bool, readOnly);
    this->damage(damage);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray original = fileBytes(path());
    QVERIFY(!original.isEmpty());

    // `hubwatch status` on a copy of the damaged file.
    const QString copy = m_dir->filePath(QStringLiteral("cli.sqlite"));
    QVERIFY(QFile::copy(path(), copy));
    const CliRun status = hubwatch({QStringLiteral("status"), QStringLiteral("--db"), copy});
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains("damaged"), status.err.constData());
    QVERIFY2(!backupNamedIn(QString::fromLocal8Bit(status.err), copy, original).isEmpty(), status.err.constData());
    QVERIFY(fileBytes(copy) == original);

    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
    const auto inode = st.st_ino;
    for (int attempt = 0; attempt < 2; ++attempt) { // a second attempt changes nothing either
        HistoryStore store;
        const StoreError e = store.open(path(), readOnly ? HistoryStore::Mode::ReadOnly : HistoryStore::Mode::ReadWrite);
        QCOMPARE(e.kind(), StoreError::Kind::Corrupt);
        QVERIFY2(e.message().contains(QLatin1String("damaged")), qPrintable(e.message()));
        // Not even the journal mode: switching a rollback-journal file to WAL rewrites its header.
        QVERIFY(fileBytes(path()) == original);
        QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
        QCOMPARE(st.st_ino, inode); // never replaced by a new file
        QVERIFY2(!backupNamedIn(e.message(), path(), original).isEmpty(), qPrintable(e.message()));
    }
}

// Opening the same damaged file again and again in quick succession (the desktop app retrying,
// `hubwatch status`) names a backup every time, and never overwrites an earlier one.
void TestStoreFailuresDamaged::reopeningADamagedFileNamesABackupAgain()
{
    damage(QStringLiteral("garbage over pages"));
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray original = fileBytes(path());
    QStringList messages;
    for (int i = 0; i < 3; ++i) {
        HistoryStore store;
        const StoreError e = store.open(path());
        QCOMPARE(e.kind(), StoreError::Kind::Corrupt);
        messages << e.message();
    }
    QStringList backups;
    for (const QString &m : std::as_const(messages)) {
        backups << backupNamedIn(m, path(), original); // checked only now: none was overwritten
        QVERIFY2(!backups.last().isEmpty(), qPrintable(m));
    }
    backups.removeDuplicates();
    QCOMPARE(backups.size(), 3);
    QVERIFY(fileBytes(path()) == original);
}

void TestStoreFailuresDamaged::newerSchemaIsRefused_data()
{
    QTest::addColumn<QString>("journal");
    QTest::newRow("WAL file") << QStringLiteral("wal");
    QTest::newRow("rollback-journal file") << QStringLiteral("delete");
}

void TestStoreFailuresDamaged::newerSchemaIsRefused()
{
    QFETCH(QString, journal);
    QVERIFY(seedStore(path(), 3));
    {
        RawConnection raw(path());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode = %1").arg(journal)), journal);
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                             .arg(Migrations::latestVersion() + 1)));
    }
    const QByteArray before = fileBytes(path());
    for (const HistoryStore::Mode mode : {HistoryStore::Mode::ReadWrite, HistoryStore::Mode::ReadOnly}) {
        HistoryStore store;
        const StoreError e = store.open(path(), mode);
        QCOMPARE(e.kind(), StoreError::Kind::TooNew);
        QVERIFY2(e.message().contains(QLatin1String("newer HubWatch")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QString::number(Migrations::latestVersion() + 1)), qPrintable(e.message()));
        store.close();
        // Refused before anything is configured: a rollback-journal file is not switched to WAL.
        QVERIFY2(fileBytes(path()) == before, mode == HistoryStore::Mode::ReadWrite ? "changed by read-write open" : "changed by read-only open");
    }
    const CliRun status = hubwatch({QStringLiteral("status"), QStringLiteral("--db"), path()});
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains("newer HubWatch"), status.err.constData());
    QVERIFY(fileBytes(path()) == before);
}

QTEST_GUILESS_MAIN(TestStoreFailuresDamaged)
#include "tst_storefailures_damaged.moc"
