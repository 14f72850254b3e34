// Bad situations for the history database: another process holds it, it cannot be written, the
// disk is full. Each gives a StoreError of the right kind with a clear message, and harms nothing
// already stored. (Damaged and too-new files: tst_storefailures_damaged.) Tests run as root in CI,
// so an unwritable file is tested through a child process that drops to user nobody, and a full
// or read-only file system is a small tmpfs mounted for the test.
#include "FakeHub.h"
#include "RobustnessSupport.h"
#include "RunHubwatch.h"
#include "StrictSkip.h"

#include "store/HistoryStore.h"
#include "store/WriterLock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/sysmacros.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hubwatch;
using namespace hubwatch::test;

class TestStoreFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exclusiveLockElsewhereGivesLocked();
    void readersWorkDuringAWriteTransaction();
    void writerLockRefusesASecondPoller();
    void writerLockNamesTheProcessHoldingIt();
    void writerLockNamesWhatTheFileSystemRefuses_data();
    void writerLockNamesWhatTheFileSystemRefuses();
    void readOnlyModeRefusesToStore();
    void sqliteReadOnlyErrorIsReadOnly();
    void unwritableFileOrFolderStopsThePoller_data();
    void unwritableFileOrFolderStopsThePoller();
    void fullDiskGivesDiskFull_data();
    void fullDiskGivesDiskFull();
    void writeErrorAtCommitHarmsNothing();

private:
    ProcessRun hubwatch(const QStringList &args, RunAs as = RunAs::Me)
    {
        return runHubwatch(args, m_dir->filePath(QStringLiteral("home")), as);
    }
    void seed(int polls = 3) { QVERIFY(seedStore(path(), polls)); }
    std::unique_ptr<QProcess> holdExclusive();
    std::unique_ptr<QProcess> holdWriterLock(const QString &db);
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreFailures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Another process holding the write lock of path(), plus an uncommitted row, until it is released.
std::unique_ptr<QProcess> TestStoreFailures::holdExclusive()
{
    auto holder = std::make_unique<QProcess>();
    holder->start(QStringLiteral(DURABILITY_WRITER), {QStringLiteral("hold"), path()});
    if (!holder->waitForStarted(5000) || !holder->waitForReadyRead(10000))
        return {};
    const QByteArray line = holder->readLine();
    if (line != "HOLDING\n") {
        qWarning("holder said: %s", line.constData());
        return {};
    }
    return holder;
}

// Another process holding the writer lock of `db` until its stdin closes.
std::unique_ptr<QProcess> TestStoreFailures::holdWriterLock(const QString &db)
{
    auto holder = std::make_unique<QProcess>();
    holder->start(QStringLiteral(DURABILITY_WRITER), {QStringLiteral("lock"), db});
    if (!holder->waitForStarted(5000) || !holder->waitForReadyRead(10000))
        return {};
    const QByteArray line = holder->readLine();
    if (line != "LOCKED\n") {
        qWarning("lock holder said: %s", line.constData());
        return {};
    }
    return holder;
}

namespace {

// A 64 KiB tmpfs mounted on a folder for one test and unmounted when it ends: a file system that
// can be filled or made read-only without touching the machine's own. Needs root (CAP_SYS_ADMIN).
class SmallFileSystem
{
public:
    explicit SmallFileSystem(const QString &dir) : m_dir(QFile::encodeName(dir))
    {
        QDir().mkpath(dir);
        m_mounted = ::mount("tmpfs", m_dir.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755") == 0;
        m_error = m_mounted ? 0 : errno;
    }
    ~SmallFileSystem()
    {
        if (m_mounted)
            ::umount2(m_dir.constData(), MNT_DETACH);
    }
    Q_DISABLE_COPY_MOVE(SmallFileSystem)
    bool mounted() const { return m_mounted; }
    const char *error() const { return strerror(m_error); }
    // Writes one file until the file system has no byte left; true once write() said ENOSPC.
    bool fill() const
    {
        const int fd = ::open((m_dir + "/filler").constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        const QByteArray block(4096, 'x');
        int error = 0;
        for (int i = 0; fd >= 0 && error == 0 && i < 1000; ++i)
            error = ::write(fd, block.constData(), size_t(block.size())) == block.size() ? 0 : errno;
        if (fd >= 0)
            ::close(fd);
        return error == ENOSPC;
    }
    bool remountReadOnly() const
    {
        return ::mount(nullptr, m_dir.constData(), nullptr, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, "size=64k") == 0;
    }

private:
    QByteArray m_dir;
    bool m_mounted = false;
    int m_error = 0;
};

} // namespace

void TestStoreFailures::exclusiveLockElsewhereGivesLocked()
{
    seed();
    HistoryStore store;
    QVERIFY(!store.open(path()).isError());
    RawConnection raw(path());
    const QByteArray before = raw.digest();
    const auto holder = holdExclusive();
    QVERIFY(holder);

    QElapsedTimer waited;
    waited.start();
    const auto blocked = store.storePoll(pollAtMinute(makeRepos(200, 9), 100));
    QVERIFY(!blocked.ok());
    QVERIFY2(waited.elapsed() >= 4000, "the busy timeout was not waited out"); // busy_timeout = 5000
    QVERIFY2(blocked.error.message().contains(QLatin1String("locked")), qPrintable(blocked.error.message()));
    QCOMPARE(blocked.error.kind(), StoreError::Kind::Locked);

    holder->closeWriteChannel(); // the holder rolls back and exits
    QVERIFY(holder->waitForFinished(10000));
    QCOMPARE(raw.digest(), before);
    const auto stored = store.storePoll(pollAtMinute(makeRepos(200, 9), 100));
    QVERIFY2(stored.ok(), qPrintable(stored.error.message()));
    QCOMPARE(raw.count(QStringLiteral("samples")), 800);
}

void TestStoreFailures::readersWorkDuringAWriteTransaction()
{
    seed();
    const auto holder = holdExclusive();
    QVERIFY(holder);
    {
        HistoryStore reader;
        const StoreError e = reader.open(path(), HistoryStore::Mode::ReadOnly);
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        QCOMPARE(reader.pollCount().value, 3);
        QCOMPARE(reader.latestValues().value.size(), 200);
        QVERIFY(reader.latestAggregate().value.pollId > 0);
        QSqlQuery q(reader.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'held'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the writer's uncommitted row is not visible
    }
    const ProcessRun status = hubwatch({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), path()});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QLatin1String("polls")).toInt(), 3);
    holder->closeWriteChannel();
    QVERIFY(holder->waitForFinished(10000));
    QCOMPARE(holder->exitCode(), 0);
}

void TestStoreFailures::writerLockRefusesASecondPoller()
{
    seed();
    const QByteArray before = RawConnection(path()).digest();
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 5);
    const QStringList poll{QStringLiteral("poll"),       QStringLiteral("--once"), QStringLiteral("--db"),           path(),
                           QStringLiteral("--endpoint"), hub.url().toString(),     QStringLiteral("--top-datasets"), QStringLiteral("0")};
    WriterLock lock(path());
    QVERIFY(!lock.acquire().isError());
    const ProcessRun refused = hubwatch(poll);
    QCOMPARE(refused.exitCode, 1);
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    QVERIFY2(refused.err.contains("Another HubWatch poller (process " + pid), refused.err.constData());
    QCOMPARE(hub.requestCount(), 0);
    QCOMPARE(RawConnection(path()).digest(), before);

    lock.release(); // the same command now runs: the lock was the only obstacle
    const ProcessRun ran = hubwatch(poll);
    QVERIFY2(ran.exitCode == 0, ran.err.constData());
    QCOMPARE(RawConnection(path()).count(QStringLiteral("polls")), 4);
}

// "In use" only when a process that still runs holds the lock, and then it is named: process id,
// host and program.
void TestStoreFailures::writerLockNamesTheProcessHoldingIt()
{
    const auto holder = holdWriterLock(path());
    QVERIFY(holder);
    WriterLock lock(path());
    const StoreError e = lock.acquire();
    QCOMPARE(e.kind(), StoreError::Kind::Locked);
    const QString expected =
        QStringLiteral("(process %1 on %2, durability_writer)").arg(holder->processId()).arg(QSysInfo::machineHostName());
    QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    QVERIFY2(e.message().contains(QLatin1String("in use by another process")), qPrintable(e.message()));
    holder->closeWriteChannel();
    QVERIFY(holder->waitForFinished(10000));
    QCOMPARE(holder->exitCode(), 0);
    QVERIFY2(!lock.acquire().isError(), "the lock was free once its holder ended");
}

void TestStoreFailures::writerLockNamesWhatTheFileSystemRefuses_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("no space left") << QStringLiteral("full") << int(StoreError::Kind::DiskFull)
                                   << QStringLiteral("No space is left on the file system of %1.");
    QTest::newRow("read-only file system") << QStringLiteral("read-only") << int(StoreError::Kind::ReadOnly)
                                           << QStringLiteral("%1 is on a read-only file system.");
    // A collector killed before the file system went read-only (ext4's errors=remount-ro): its
    // lock names a process that no longer runs, and cannot be removed.
    QTest::newRow("dead owner's lock on a read-only file system")
        << QStringLiteral("dead owner, read-only") << int(StoreError::Kind::ReadOnly)
        << QStringLiteral("%1 is on a read-only file system.");
    QTest::newRow("folder cannot be created") << QStringLiteral("file in the path") << int(StoreError::Kind::Io)
                                              << QStringLiteral("%1/plain-file is a file, not a folder.");
}

// No process holds the lock, yet it cannot be taken: the message names what the file system
// refused, in the core and through `hubwatch poll`, and never says "in use".
void TestStoreFailures::writerLockNamesWhatTheFileSystemRefuses()
{
    QFETCH(QString, situation);
    QFETCH(int, kind);
    QFETCH(QString, says);
    const QString mnt = m_dir->filePath(QStringLiteral("mnt"));
    QString db = mnt + QStringLiteral("/x.sqlite");
    std::unique_ptr<SmallFileSystem> fs;
    if (situation == QLatin1String("file in the path")) {
        QVERIFY(QDir().mkpath(mnt));
        QFile file(mnt + QStringLiteral("/plain-file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        db = mnt + QStringLiteral("/plain-file/sub/x.sqlite");
    } else {
        if (::geteuid() != 0)
            HUBWATCH_SKIP("Mounting a small tmpfs needs root.");
        fs = std::make_unique<SmallFileSystem>(mnt);
        if (!fs->mounted()) {
            qWarning("mount: %s", fs->error());
            HUBWATCH_SKIP("Mounting a small tmpfs needs CAP_SYS_ADMIN.");
        }
        if (situation == QLatin1String("full")) {
            QVERIFY(fs->fill());
        } else {
            if (situation.startsWith(QLatin1String("dead owner"))) {
                QProcess holder;
                holder.start(QStringLiteral(DURABILITY_WRITER), {QStringLiteral("lock"), db});
                QVERIFY(holder.waitForStarted(5000) && holder.waitForReadyRead(10000));
                QCOMPARE(holder.readLine(), QByteArray("LOCKED\n"));
                holder.kill();
                QVERIFY(holder.waitForFinished(10000));
                QVERIFY(QFileInfo::exists(db + QStringLiteral(".lock")));
            }
            QVERIFY2(fs->remountReadOnly(), strerror(errno));
        }
    }
    says = says.arg(mnt);

    WriterLock lock(db);
    const StoreError e = lock.acquire();
    QVERIFY2(!e.message().contains(QLatin1String("in use")) && !e.message().contains(QLatin1String("Another")), qPrintable(e.message()));
    QVERIFY2(e.message().contains(says), qPrintable(e.message()));
    QCOMPARE(int(e.kind()), kind);
    QVERIFY(!lock.isHeld());

    // The user sees the same through the collector, which stops before asking the Hub.
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 5);
    const ProcessRun r =
        hubwatch({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--db"), db, QStringLiteral("--endpoint"),
                  hub.url().toString(), QStringLiteral("--top-datasets"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(says.toLocal8Bit()), r.err.constData());
    QVERIFY2(!r.err.contains("in use"), r.err.constData());
    QCOMPARE(hub.requestCount(), 0);
    QVERIFY(!QFileInfo::exists(db));
}

void TestStoreFailures::readOnlyModeRefusesToStore()
{
    seed();
    const QByteArray before = fileBytes(path());
    QVERIFY(!before.isEmpty());
    {
        HistoryStore store;
        QVERIFY(!store.open(path(), HistoryStore::Mode::ReadOnly).isError());
        const auto r = store.storePoll(pollAtMinute(makeRepos(200, 7), 100));
        QCOMPARE(r.error.kind(), StoreError::Kind::ReadOnly);
        QVERIFY2(r.error.message().contains(QLatin1String("cannot be written")), qPrintable(r.error.message()));
        QCOMPARE(store.pollCount().value, 3);
    }
    QVERIFY(fileBytes(path()) == before);
    // A missing file is not created by a reader.
    HistoryStore reader;
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    QCOMPARE(reader.open(missing, HistoryStore::Mode::ReadOnly).kind(), StoreError::Kind::Io);
    QVERIFY(!QFile::exists(missing));
}

// What SQLite itself says when writing through a read-only handle (as on a read-only mount)
// becomes ReadOnly, not a generic error.
void TestStoreFailures::sqliteReadOnlyErrorIsReadOnly()
{
    seed();
    RawConnection ro(path(), QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(ro.ok());
    QSqlQuery q(ro.db());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM samples")));
    QCOMPARE(HistoryStore::fromSqlError(q.lastError(), QStringLiteral("test")).kind(), StoreError::Kind::ReadOnly);
    QCOMPARE(ro.count(QStringLiteral("samples")), 600);
}

void TestStoreFailures::unwritableFileOrFolderStopsThePoller_data()
{
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<QString>("says");
    QTest::newRow("read-only file") << 0444 << 0777 << QStringLiteral("%1/history.sqlite is read-only.");
    QTest::newRow("read-only folder") << 0666 << 0555 << QStringLiteral("This user has no permission to create files in %1.");
}

void TestStoreFailures::unwritableFileOrFolderStopsThePoller()
{
    QFETCH(int, fileMode);
    QFETCH(int, folderMode);
    QFETCH(QString, says);
    seed();
    const QString folder = m_dir->filePath(QStringLiteral("ro"));
    const QString db = folder + QStringLiteral("/history.sqlite");
    QVERIFY(QDir().mkpath(folder) && QFile::rename(path(), db));
    const QByteArray before = fileBytes(db);
    ::chmod(QFile::encodeName(m_dir->path()).constData(), 0711);
    ::chmod(QFile::encodeName(db).constData(), mode_t(fileMode));
    ::chmod(QFile::encodeName(folder).constData(), mode_t(folderMode));
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.generateRepos(RepoKind::Model, 5);
    // Root ignores permission bits, so as root the poller runs as user nobody.
    const ProcessRun r = hubwatch(
        {QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--db"), db, QStringLiteral("--endpoint"), hub.url().toString()},
        ::geteuid() == 0 ? RunAs::Nobody : RunAs::Me);
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    QVERIFY2(r.exitCode != 125, "could not switch to user nobody");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot be written"), r.err.constData());
    QVERIFY2(r.err.contains(says.arg(folder).toLocal8Bit()), r.err.constData());
    QCOMPARE(hub.requestCount(), 0);
    QVERIFY(fileBytes(db) == before);
}

void TestStoreFailures::fullDiskGivesDiskFull_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("midPoll"); // the error comes from a statement, not from the commit
    QTest::newRow("ENOSPC writing the WAL at commit") << QStringLiteral("/dev/full") << false;
    QTest::newRow("ENOSPC as the page cache spills mid-poll") << QStringLiteral("/dev/full") << true;
    QTest::newRow("page limit reached mid-poll") << QStringLiteral("max_page_count") << true;
}

// A full disk without a tiny file system: the WAL file is a /dev/full device node, whose every
// write fails with ENOSPC; or SQLite's page limit, which fails the same way (SQLITE_FULL).
void TestStoreFailures::fullDiskGivesDiskFull()
{
    QFETCH(QString, how);
    QFETCH(bool, midPoll);
    seed(); // closed: no -wal file is left
    const QString wal = path() + QStringLiteral("-wal");
    QVERIFY(!QFile::exists(wal));
    // SQLite opens with O_NOFOLLOW, so a symlink to /dev/full will not do: a device node of its own.
    if (how == QLatin1String("/dev/full") && ::mknod(QFile::encodeName(wal).constData(), S_IFCHR | 0644, makedev(1, 7)) != 0) {
        QVERIFY2(::geteuid() != 0, strerror(errno));
        HUBWATCH_SKIP("Making a /dev/full device node needs root (CAP_MKNOD); the page-limit row covers SQLITE_FULL.");
    }
    const QByteArray mainFile = fileBytes(path());
    HistoryStore store;
    const StoreError opened = store.open(path());
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    auto raw = std::make_unique<RawConnection>(path());
    const QByteArray before = raw->digest();
    QSqlQuery q(store.database());
    if (how == QLatin1String("max_page_count")) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt() + 2)));
    }
    if (midPoll)
        QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 16"))); // 16 pages: changes spill before the commit
    q.finish();
    const PollResult big = pollAtMinute(makeRepos(3000, 5), 100);
    const auto full = store.storePoll(big);
    QVERIFY(!full.ok());
    QVERIFY2(full.error.message().contains(QLatin1String("full")), qPrintable(full.error.message()));
    // Mid-poll the code comes from the failed statement; at commit Qt's QSQLITE driver drops it,
    // and only the message says SQLITE_FULL: both must still be DiskFull.
    QCOMPARE(full.error.kind(), StoreError::Kind::DiskFull);
    QCOMPARE(raw->digest(), before);
    QCOMPARE(raw->scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QVERIFY(fileBytes(path()) == mainFile); // nothing reached the database file either

    // Space again (every connection closed, so the WAL can be replaced): the poll is stored whole.
    raw.reset();
    store.close();
    if (QFileInfo::exists(wal) && !QFileInfo(wal).isFile()) // SQLite removes the WAL on close as a rule
        QCOMPARE(::unlink(QFile::encodeName(wal).constData()), 0);
    QVERIFY(!store.open(path()).isError());
    const auto stored = store.storePoll(big);
    QVERIFY2(stored.ok(), qPrintable(stored.error.message()));
    QCOMPARE(store.sampleCount().value, 600 + 3000);
    QCOMPARE(RawConnection(path()).count(QStringLiteral("repos")), 3000);
}

// Writing past RLIMIT_FSIZE fails with EFBIG, which SQLite reports as a disk I/O error: not a
// full disk, but a write error at commit that must harm nothing either. In a separate process.
void TestStoreFailures::writeErrorAtCommitHarmsNothing()
{
    QProcess filler;
    filler.start(QStringLiteral(DURABILITY_WRITER), {QStringLiteral("fill"), path(), QStringLiteral("700000")});
    QVERIFY(filler.waitForFinished(30000));
    const QString out = QString::fromUtf8(filler.readAllStandardOutput());
    QCOMPARE(filler.exitCode(), 0);
    const int stored = int(out.count(QLatin1String("STORED ")));
    QVERIFY2(stored >= 1, qPrintable(out));
    const QRegularExpressionMatch failed = QRegularExpression(QStringLiteral("FAILED (\\d+) (.*)")).match(out);
    QVERIFY2(failed.hasMatch(), qPrintable(out));
    QVERIFY2(failed.captured(2).contains(QLatin1String("disk I/O error")), qPrintable(failed.captured(2)));
    QVERIFY(failed.captured(1).toInt() != int(StoreError::Kind::None));

    RawConnection raw(path());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(raw.count(QStringLiteral("polls")), stored);
    QCOMPARE(raw.count(QStringLiteral("samples")), 500 * stored);
    HistoryStore store; // without the limit, the poll that did not fit is stored
    QVERIFY(!store.open(path()).isError());
    QVERIFY(store.storePoll(pollAtMinute(makeRepos(500, 0, 500 * stored), stored * 15)).ok());
    QCOMPARE(raw.count(QStringLiteral("samples")), 500 * (stored + 1));
}

QTEST_GUILESS_MAIN(TestStoreFailures)
#include "tst_storefailures.moc"
