// When the history's full integrity check runs (issue 16 item 4): SQLite's quick_check reads every
// page, about a second on a year of history, so opens no longer run it each time. A writer runs it
// after an unclean shutdown and when a week has passed since the last one; readers never do;
// `hubwatch check` runs it on demand. Damage that only the full check sees is a broken index page:
// the light checks every open makes (header size, each table's first row) do not read it.
#include "RunHubwatch.h"
#include "RobustnessSupport.h"

#include "store/HistoryStore.h"
#include "store/IntegrityCheck.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

class TestIntegrityCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aCleanlyClosedFileIsNotCheckedAgain();
    void aWeekLaterTheWriterChecks();
    void aJournalLeftBehindMakesTheWriterCheck();
    void readersNeverRunTheFullCheck();
    void checkCommandFindsWhatOpensDoNot();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    // Overwrites the root page of the alert log's time index with garbage: only the full check
    // reads it (status and the light checks do not use it).
    void damageAnIndex();
    void setLastCheck(const QDateTime &when);
    QString lastCheck();
    QStringList copies() const { return QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.damaged-*")}, QDir::Files); }
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_page = 0; // the page damageAnIndex() broke
};

void TestIntegrityCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(seedStore(path(), 4));
}

void TestIntegrityCheck::damageAnIndex()
{
    int &page = m_page;
    int pageSize = 0;
    {
        RawConnection raw(path());
        QVERIFY(raw.ok());
        page = raw.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = 'alerts_by_time'")).toInt();
        pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toInt();
    }
    QVERIFY(page > 1 && pageSize > 0);
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal"))); // everything is in the file itself
    QFile f(path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(page - 1) * pageSize));
    QByteArray garbage(pageSize, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    QCOMPARE(f.write(garbage), qint64(pageSize));
}

void TestIntegrityCheck::setLastCheck(const QDateTime &when)
{
    RawConnection raw(path());
    QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'integrity_checked_at'").arg(when.toMSecsSinceEpoch())));
}

QString TestIntegrityCheck::lastCheck()
{
    RawConnection raw(path());
    return raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'integrity_checked_at'"));
}

void TestIntegrityCheck::aCleanlyClosedFileIsNotCheckedAgain()
{
    // The seeding writer checked the new file and recorded when.
    const qint64 recorded = lastCheck().toLongLong();
    QVERIFY(qAbs(recorded - QDateTime::currentMSecsSinceEpoch()) < 60'000);
    damageAnIndex();
    HistoryStore store;
    QVERIFY2(!store.open(path()).isError(), "a writer checked the file again although it was closed cleanly a moment ago");
    QCOMPARE(lastCheck().toLongLong(), recorded);
    QCOMPARE(copies(), QStringList());
}

void TestIntegrityCheck::aWeekLaterTheWriterChecks()
{
    setLastCheck(QDateTime::currentDateTimeUtc().addDays(-IntegrityCheck::kDaysBetweenChecks).addSecs(-60));
    damageAnIndex();
    HistoryStore store;
    const StoreError e = store.open(path());
    QCOMPARE(e.kind(), StoreError::Kind::Corrupt);
    QCOMPARE(copies().size(), 1); // the writer saves the damaged file aside, as before

    // Undamaged and due: checked, and the time recorded.
    init();
    setLastCheck(QDateTime::currentDateTimeUtc().addDays(-8));
    HistoryStore sound;
    QVERIFY(!sound.open(path()).isError());
    sound.close();
    QVERIFY(QDateTime::currentMSecsSinceEpoch() - lastCheck().toLongLong() < 60'000);
}

void TestIntegrityCheck::aJournalLeftBehindMakesTheWriterCheck()
{
    damageAnIndex();
    // A writer that died leaves its write-ahead log: copy the file and its log while one is open.
    const QString crashed = m_dir->filePath(QStringLiteral("crashed.sqlite"));
    {
        RawConnection writer(path());
        QVERIFY(writer.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(writer.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('crash-test', 'x')")));
        QVERIFY(QFileInfo(path() + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(path(), crashed));
        QVERIFY(QFile::copy(path() + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    }
    HistoryStore store;
    QCOMPARE(store.open(crashed).kind(), StoreError::Kind::Corrupt);
}

void TestIntegrityCheck::readersNeverRunTheFullCheck()
{
    setLastCheck(QDateTime::currentDateTimeUtc().addYears(-1));
    damageAnIndex();
    HistoryStore reader;
    QVERIFY(!reader.open(path(), HistoryStore::Mode::ReadOnly).isError());
    const ProcessRun status =
        runHubwatch({QStringLiteral("status"), QStringLiteral("--db"), path()}, m_dir->filePath(QStringLiteral("home")));
    QCOMPARE(status.exitCode, 0); // the figures it reads do not touch the damaged index
    QCOMPARE(copies(), QStringList());
    QVERIFY(lastCheck().toLongLong() < QDateTime::currentDateTimeUtc().addDays(-300).toMSecsSinceEpoch()); // readers write nothing
}

void TestIntegrityCheck::checkCommandFindsWhatOpensDoNot()
{
    const QString home = m_dir->filePath(QStringLiteral("home"));
    const ProcessRun sound = runHubwatch({QStringLiteral("check"), QStringLiteral("--db"), path()}, home);
    QCOMPARE(sound.exitCode, 0);
    QVERIFY2(sound.out.contains("no damage found"), sound.out.constData());

    damageAnIndex();
    const ProcessRun damaged = runHubwatch({QStringLiteral("check"), QStringLiteral("--db"), path(), QStringLiteral("--json")}, home);
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.out.contains("\"ok\": false"), damaged.out.constData());
    QVERIFY2(damaged.out.contains(QStringLiteral("\"Page %1: btreeInitPage() returns error code 11\"").arg(m_page).toUtf8()),
             damaged.out.constData()); // SQLite's own words, one problem a line
    const ProcessRun text = runHubwatch({QStringLiteral("check"), QStringLiteral("--db"), path()}, home);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.err.contains("is damaged") && text.err.contains("saves a copy"), text.err.constData());
    QCOMPARE(copies(), QStringList()); // checking only reads

    const ProcessRun missing =
        runHubwatch({QStringLiteral("check"), QStringLiteral("--db"), m_dir->filePath(QStringLiteral("none.sqlite"))}, home);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("nothing to check"), missing.err.constData());
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
