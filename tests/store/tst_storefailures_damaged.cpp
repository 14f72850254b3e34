// Bad situations for the history database, part two: a damaged file and a file from a newer
// HubWatch. Either is refused with the right StoreError, and the file is never changed, replaced
// or recreated. A damaged file is copied aside once, by the first writing open (the collector),
// and every message names that copy; a read-only open never copies and says who will.
#include "FakeHub.h"
#include "RobustnessSupport.h"
#include "RunHubwatch.h"

#include "store/HistoryStore.h"
#include "store/Migrations.h"

#include <QDir>
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
    void reopeningADamagedFileKeepsOneCopy();
    void commandsOnADamagedFileMakeOneCopy();
    void newerSchemaIsRefused_data();
    void newerSchemaIsRefused();

private:
    QStringList copies() const; // every <path>.damaged-* beside path()
    ProcessRun hubwatch(const QStringList &args) { return runHubwatch(args, m_dir->filePath(QStringLiteral("home"))); }
    void damage(const QString &how);
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

QStringList TestStoreFailuresDamaged::copies() const
{
    QStringList found;
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (name.startsWith(QLatin1String("history.sqlite.damaged-")))
            found << m_dir->filePath(name);
    }
    return found;
}

void TestStoreFailuresDamaged::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreFailuresDamaged::corruptFileIsRefusedAndBackedUp_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("readOnly");
    for (const char *damage :
         {"garbage over pages", "garbage over the header", "not a database", "truncated", "rollback journal, garbage over pages"}) {
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

    // `hubwatch status` on a copy of the damaged file: it only reads, so it copies nothing.
    const QString copy = m_dir->filePath(QStringLiteral("cli.sqlite"));
    QVERIFY(QFile::copy(path(), copy));
    const ProcessRun status = hubwatch({QStringLiteral("status"), QStringLiteral("--db"), copy});
    QCOMPARE(status.exitCode, 1);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("cli.sqlite.damaged-*")}, QDir::Files), QStringList());
    QVERIFY2(status.err.contains("damaged"), status.err.constData());
    QVERIFY2(status.err.contains("made no copy") && status.err.contains("hubwatch poll"), status.err.constData());
    QVERIFY(fileBytes(copy) == original);

    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
    const auto inode = st.st_ino;
    QString named;
    for (int attempt = 0; attempt < 2; ++attempt) { // a second attempt changes nothing either
        HistoryStore store;
        const StoreError e = store.open(path(), readOnly ? HistoryStore::Mode::ReadOnly : HistoryStore::Mode::ReadWrite);
        QCOMPARE(e.kind(), StoreError::Kind::Corrupt);
        QVERIFY2(e.message().contains(QLatin1String("damaged")), qPrintable(e.message()));
        // Not even the journal mode: switching a rollback-journal file to WAL rewrites its header.
        QVERIFY(fileBytes(path()) == original);
        QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
        QCOMPARE(st.st_ino, inode); // never replaced by a new file
        if (readOnly) {
            QCOMPARE(copies(), QStringList());
            QVERIFY2(e.message().contains(QLatin1String("made no copy")), qPrintable(e.message()));
        } else {
            const QString backup = backupNamedIn(e.message(), path(), original);
            QVERIFY2(!backup.isEmpty(), qPrintable(e.message()));
            QCOMPARE(copies(), QStringList{backup});
            QVERIFY2(named.isEmpty() || backup == named, qPrintable(e.message())); // the second open names the first's copy
            named = backup;
        }
    }
}

// Opening the same damaged file again and again (a collector restarted by systemd every 5
// minutes, the desktop app retrying) copies it once and names that copy every time. A file
// damaged further is another content, and gets a copy of its own.
void TestStoreFailuresDamaged::reopeningADamagedFileKeepsOneCopy()
{
    damage(QStringLiteral("garbage over pages"));
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray original = fileBytes(path());
    QStringList named, messages;
    for (int i = 0; i < 3; ++i) {
        HistoryStore store;
        const StoreError e = store.open(path());
        QCOMPARE(e.kind(), StoreError::Kind::Corrupt);
        named << backupNamedIn(e.message(), path(), original);
        messages << e.message();
        QVERIFY2(!named.last().isEmpty(), qPrintable(e.message()));
    }
    QCOMPARE(copies().size(), 1);
    named.removeDuplicates();
    QCOMPARE(named, copies());
    for (int i = 1; i < 3; ++i)
        QVERIFY2(messages.at(i).contains(QLatin1String("saved earlier as")), qPrintable(messages.at(i)));
    QVERIFY(fileBytes(path()) == original);

    // Damaged further, same size: compared by content, not by size alone.
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(7 * 4096));
        QVERIFY(f.write(QByteArray(512, '\x5a')) == 512);
    }
    const QByteArray further = fileBytes(path());
    QCOMPARE(further.size(), original.size());
    HistoryStore store;
    const StoreError e = store.open(path());
    QCOMPARE(e.kind(), StoreError::Kind::Corrupt);
    const QString second = backupNamedIn(e.message(), path(), further);
    QVERIFY2(!second.isEmpty() && second != named.first(), qPrintable(e.message()));
    QCOMPARE(copies().size(), 2);
    QVERIFY(fileBytes(named.first()) == original); // the earlier copy is kept as it was
}

// The issue as a user met it: four commands on one damaged file made four full copies. Through
// the real executable: the read-only commands make none and say who will; the collector's first
// run makes one, its second names that one; a read-only command then names it too.
void TestStoreFailuresDamaged::commandsOnADamagedFileMakeOneCopy()
{
    damage(QStringLiteral("garbage over pages"));
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray original = fileBytes(path());
    const QStringList db{QStringLiteral("--db"), path()};

    for (const char *command : {"status", "alerts"}) {
        const ProcessRun r = hubwatch(QStringList{QString::fromLatin1(command)} + db);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(copies(), QStringList());
        QVERIFY2(r.err.contains("is damaged") && r.err.contains("made no copy") && r.err.contains("hubwatch poll"), r.err.constData());
    }

    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 5);
    const QStringList poll =
        QStringList{QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--endpoint"), hub.url().toString()} + db;
    const ProcessRun first = hubwatch(poll);
    QCOMPARE(first.exitCode, 1);
    const QString saved = backupNamedIn(QString::fromLocal8Bit(first.err), path(), original);
    QVERIFY2(!saved.isEmpty() && first.err.contains("A copy was saved as"), first.err.constData());
    const ProcessRun second = hubwatch(poll);
    QCOMPARE(second.exitCode, 1);
    QCOMPARE(copies(), QStringList{saved});
    QVERIFY2(second.err.contains(QStringLiteral("A copy was saved earlier as %1.").arg(saved).toLocal8Bit()), second.err.constData());
    QCOMPARE(hub.requestCount(), 0); // the collector stops before it polls

    const ProcessRun status = hubwatch(QStringList{QStringLiteral("status")} + db);
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains(QStringLiteral("A copy was saved earlier as %1.").arg(saved).toLocal8Bit()), status.err.constData());
    QCOMPARE(copies(), QStringList{saved});
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
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(Migrations::latestVersion() + 1)));
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
        QVERIFY2(fileBytes(path()) == before,
                 mode == HistoryStore::Mode::ReadWrite ? "changed by read-write open" : "changed by read-only open");
    }
    const ProcessRun status = hubwatch({QStringLiteral("status"), QStringLiteral("--db"), path()});
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains("newer HubWatch"), status.err.constData());
    QVERIFY(fileBytes(path()) == before);
}

QTEST_GUILESS_MAIN(TestStoreFailuresDamaged)
#include "tst_storefailures_damaged.moc"
