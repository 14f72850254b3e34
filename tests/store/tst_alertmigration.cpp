// Alerts stored as data (issue 13 item 3): a history written when alerts were English sentences
// is converted to kinds and figures by the writer's first open, then every reader words it in
// its own language. A reader never converts (it never writes): it reads the sentences as data.

#include "RobustnessSupport.h"
#include "RunHubwatch.h"
#include "TestBackend.h"

#include "alerts/AlertText.h"
#include "store/AlertStore.h"
#include "store/HistoryStore.h"
#include "store/Migrations.h"
#include "store/SqlDialect.h"
#include "store/StoreLocation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

namespace {

// What the version-3 writer stored: kind, series, its English title and body, and its key.
struct OldRow
{
    int kind;
    QString series, title, body, dedupKey;
};

const QList<OldRow> &oldRows()
{
    static const QList<OldRow> rows{
        {0, QStringLiteral("headline"), QStringLiteral("Tracked downloads passed 1B"),
         QStringLiteral("Tracked downloads reached 1B around 2026-03-02 00:30 UTC."), QStringLiteral("milestone:headline:1000000000")},
        {0, QStringLiteral("model:acme/llm"), QStringLiteral("acme/llm passed 2M"),
         QStringLiteral("acme/llm reached 2M between 2026-03-01 22:00 UTC and 2026-03-03 08:15 UTC, while HubWatch was not "
                        "polling (around 2026-03-02 15:07 UTC)."),
         QStringLiteral("milestone:model:acme/llm:2000000")},
        {1, QStringLiteral("category:text-generation"), QStringLiteral("Hot category: Text generation"),
         QStringLiteral("Text generation now takes 27.3% of the top-50 models' download velocity, up 14.6 points in 7 days."),
         QStringLiteral("hot:text-generation:2026-03-02")},
        // A sentence no reader of today understands keeps its words as they were.
        {4, QStringLiteral("headline"), QStringLiteral("Odd jump"), QStringLiteral("Something odd happened."), QStringLiteral("anomaly:1")},
    };
    return rows;
}

} // namespace

class TestAlertMigration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void oldSentencesBecomeData();
    void readersWordMigratedAlertsInTheirLanguage();

private:
    void writeVersion3History();
    void checkConverted(const QList<AlertRecord> &log);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestAlertMigration::initTestCase()
{
    QString error;
    QVERIFY2(TestBackend::instance().prepare(&error), qPrintable(error));
}

void TestAlertMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = TestBackend::instance().newHistory(m_dir->filePath(QStringLiteral("history.sqlite")));
    writeVersion3History();
}

void TestAlertMigration::writeVersion3History()
{
    RawConnection raw(m_db);
    QVERIFY2(raw.ok(), qPrintable(raw.error()));
    QSqlDatabase db = raw.db();
    const std::unique_ptr<SqlDialect> dialect = StoreLocation::parse(m_db).makeDialect();
    const StoreError e = Migrations::migrate(db, *dialect, 3);
    QVERIFY2(!e.isError(), qPrintable(e.message()));
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO alerts (raised_at, happened_at, kind, series, title, body, dedup_key)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)")));
    const qint64 raised = QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 happened = QDateTime(QDate(2026, 3, 2), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch();
    for (const OldRow &r : oldRows()) {
        for (const QVariant &v : {QVariant(raised), QVariant(happened), QVariant(r.kind), QVariant(r.series), QVariant(r.title),
                                  QVariant(r.body), QVariant(r.dedupKey)})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

void TestAlertMigration::oldSentencesBecomeData()
{
    // A reader never writes, so it reads the old layout as it is, sentences turned into data.
    QList<AlertRecord> read;
    {
        HistoryStore reader;
        const StoreError e = reader.open(m_db, HistoryStore::Mode::ReadOnly);
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        QCOMPARE(reader.schemaVersion(), 3);
        const auto log = AlertStore(reader).log();
        QVERIFY2(log.ok(), qPrintable(log.error.message()));
        read = log.value;
    }
    checkConverted(read);

    // The writer's open converts for good.
    HistoryStore store;
    const StoreError opened = store.open(m_db, HistoryStore::Mode::ReadWrite);
    QVERIFY2(!opened.isError(), qPrintable(opened.message()));
    QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
    const auto log = AlertStore(store).log();
    QVERIFY(log.ok());
    checkConverted(log.value);
    // No sentence is stored any more: the columns are gone.
    QSqlQuery q(store.database());
    QVERIFY(!q.exec(QStringLiteral("SELECT title FROM alerts")));
}

void TestAlertMigration::checkConverted(const QList<AlertRecord> &log)
{
    QCOMPARE(log.size(), oldRows().size());
    QHash<QString, AlertRecord> bySeriesKind;
    for (const AlertRecord &a : log)
        bySeriesKind.insert(a.series + QString::number(int(a.kind)), a);
    const AlertRecord headline = bySeriesKind.value(QStringLiteral("headline0"));
    QCOMPARE(headline.threshold, qint64(1000000000));
    QVERIFY(!headline.whileClosed);
    QCOMPARE(headline.happenedAt, QDateTime(QDate(2026, 3, 2), QTime(0, 30), Qt::UTC));
    const AlertRecord closed = bySeriesKind.value(QStringLiteral("model:acme/llm0"));
    QCOMPARE(closed.threshold, qint64(2000000));
    QVERIFY(closed.whileClosed);
    QCOMPARE(closed.from, QDateTime(QDate(2026, 3, 1), QTime(22, 0), Qt::UTC));
    QCOMPARE(closed.to, QDateTime(QDate(2026, 3, 3), QTime(8, 15), Qt::UTC));
    const AlertRecord hot = bySeriesKind.value(QStringLiteral("category:text-generation1"));
    QCOMPARE(hot.subject, QStringLiteral("Text generation"));
    QCOMPARE(hot.topN, 50);
    QCOMPARE(hot.sharePercent, 27.3);
    QCOMPARE(hot.changePoints, 14.6);
    const AlertRecord odd = bySeriesKind.value(QStringLiteral("headline4"));
    QCOMPARE(AlertText::title(odd), QStringLiteral("Odd jump"));
    QCOMPARE(AlertText::body(odd), QStringLiteral("Something odd happened."));
}

void TestAlertMigration::readersWordMigratedAlertsInTheirLanguage()
{
    // On PostgreSQL too: each desktop of a team reads the shared log in its own language.
    const auto alerts = [this](const QString &lang) {
        const QStringList args{QStringLiteral("--lang"), lang, QStringLiteral("alerts"), QStringLiteral("--db"), m_db};
        const test::ProcessRun r = test::runHubwatch(args, m_dir->filePath(QStringLiteral("home")), test::RunAs::Me, 30000);
        return QString::fromUtf8(r.exitCode == 0 ? r.out : QByteArray("exit ") + QByteArray::number(r.exitCode) + ' ' + r.err);
    };
    // Read before the upgrade (a reader leaves the file as it is), and after it: the same words.
    const QString germanBefore = alerts(QStringLiteral("de"));
    {
        HistoryStore store; // the writer's open converts
        QVERIFY(!store.open(m_db, HistoryStore::Mode::ReadWrite).isError());
    }
    // In English, the titles are the ones the old writer stored; the bodies of today's words no
    // longer repeat the title (a notification shows both), a sentence not understood is kept.
    const QString english = alerts(QStringLiteral("en"));
    const QStringList expected{oldRows().at(0).title + QStringLiteral(" — Reached around 2026-03-02 00:30 UTC."),
                               oldRows().at(2).title
                                   + QStringLiteral(" — Now 27.3% of the top-50 models' download velocity, up 14.6 points in 7 days."),
                               oldRows().at(3).title + QStringLiteral(" — ") + oldRows().at(3).body};
    for (const QString &line : expected)
        QVERIFY2(english.contains(line), qPrintable(QStringLiteral("%1\nmissing: %2").arg(english, line)));
    // A repo's milestone now names its kind, as every other place does.
    QVERIFY2(english.contains(QStringLiteral("model acme/llm passed 2M — Between 2026-03-01 22:00 UTC and 2026-03-03 08:15 UTC, while "
                                             "HubWatch was not polling")),
             qPrintable(english));
    // In German, from the same rows: the series, the verb and the number format are German.
    const QString german = alerts(QStringLiteral("de"));
    QVERIFY2(german.contains(QStringLiteral("Erfasste Downloads hat")) && german.contains(QStringLiteral("überschritten")),
             qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("27,3")) && german.contains(QStringLiteral("Trendkategorie: Text generation")),
             qPrintable(german));
    QVERIFY2(!german.contains(QStringLiteral("passed")), qPrintable(german));
    QCOMPARE(germanBefore, german);
}

QTEST_GUILESS_MAIN(TestAlertMigration)
#include "tst_alertmigration.moc"
