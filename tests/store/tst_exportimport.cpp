// History export (CSV, JSON) and import: file layouts, filters, round trips, merging. On SQLite
// files, or on a PostgreSQL server with HUBWATCH_TEST_BACKEND=postgresql (tst_exportimport_pg).
// Reading files and rejecting bad ones: tst_exportimport_input.cpp.
#include "ExportImportSupport.h"
#include "TestBackend.h"

#include "store/HistoryCopy.h"
#include "store/HistoryImport.h"
#include "util/CsvReader.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

using Format = HistoryExport::Format;
Q_DECLARE_METATYPE(HistoryExport::Format)

class TestExportImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvLayout();
    void jsonLayout();
    void seriesFilter_data();
    void seriesFilter();
    void rangeFilter_data();
    void rangeFilter();
    void badFilterValues_data();
    void badFilterValues();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void importTwiceChangesNothing_data();
    void importTwiceChangesNothing();
    void importIntoItsSourceChangesNothing();
    void mergeKeepsWhatTheDatabaseKnows();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A new, empty history of the backend under test (a file named `name` on SQLite).
    QString newHistory(const QString &name) const { return TestBackend::instance().newHistory(path(name)); }
    QString copyOfA(const QString &name);
    static QList<QStringList> csvRows(const QByteArray &csv);
    QTemporaryDir m_dir;
    QString m_a;
};

void TestExportImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(TestBackend::instance().prepare(&error), qPrintable(error));
    m_a = newHistory(QStringLiteral("a.sqlite"));
    QVERIFY(buildHistory(m_a));
}

QString TestExportImport::copyOfA(const QString &name)
{
    if (!TestBackend::instance().isPostgres()) {
        const QString p = path(name);
        QFile::remove(p);
        return QFile::copy(m_a, p) ? p : QString();
    }
    // A server database cannot be copied as a file: copy its rows (what `hubwatch migrate` does).
    const QString copy = newHistory(name);
    HistoryStore from, to;
    if (from.open(m_a, HistoryStore::Mode::ReadOnly).isError() || to.open(copy).isError())
        return QString();
    return HistoryCopy::copy(from, to).ok() ? copy : QString();
}

QList<QStringList> TestExportImport::csvRows(const QByteArray &csv)
{
    const QString text = QString::fromUtf8(csv);
    CsvReader reader(text);
    QList<QStringList> rows;
    QStringList fields;
    int line = 0;
    while (reader.readRecord(&fields, &line))
        rows.append(fields);
    return rows.mid(1); // without the header
}

void TestExportImport::csvLayout()
{
    const QByteArray csv = exportBytes(m_a, Format::Csv);
    QVERIFY(csv.startsWith("time,series,downloads_all_time,downloads_30d,likes,repos_covered,models,datasets,scope\r\n"));
    QVERIFY(!csv.contains("\n\n") && csv.count('\n') == csv.count("\r\n"));
    // Exact beyond 2^53, unknowns empty, headline rows with their scope; the first row of each kind.
    QVERIFY(csv.contains("\r\n2026-01-01T00:00:00.250Z,dataset:org/b,500,70,2,,,,\r\n"));
    QVERIFY(csv.contains("\r\n2026-01-01T00:00:00.250Z,dataset:org/nolikes,42,,,,,,\r\n"));
    QVERIFY(csv.contains("\r\n2026-01-01T00:00:00.250Z,model:org/big,9007199254740993,9007199254740999,1,,,,\r\n"));
    QVERIFY(csv.contains("\r\n2026-01-03T12:00:00.250Z,model:org/big,4611686018427387907,9007199254740999,1,,,,\r\n"));
    QVERIFY(csv.contains(",headline,") && csv.contains(",top:1000/1000;watch:\r\n") && csv.contains(",top:5/1000;watch:\r\n"));
    // Series in code-point order (datasets, legacy name, models, then the headline), each by time.
    const QList<QStringList> rows = csvRows(csv);
    QStringList order;
    for (const QStringList &r : rows)
        if (order.isEmpty() || order.last() != r.at(1))
            order << r.at(1);
    QCOMPARE(order,
             (QStringList{QStringLiteral("dataset:org/b"), QStringLiteral("dataset:org/nolikes"), QStringLiteral("model:gone-legacy"),
                          QStringLiteral("model:org/a"), QStringLiteral("model:org/big"), QStringLiteral("headline")}));
    // Change-only: org/b changes every fourth poll, org/big once; a partial poll has no headline.
    const auto rowsOf = [&rows](const char *series) {
        return std::count_if(rows.cbegin(), rows.cend(), [series](const QStringList &r) { return r.at(1) == QLatin1String(series); });
    };
    QCOMPARE(rowsOf("dataset:org/b"), 3);
    QCOMPARE(rowsOf("model:org/big"), 2);
    QCOMPARE(rowsOf("model:org/a"), 10);
    QCOMPARE(rowsOf("headline"), 9 + 1);
}

void TestExportImport::jsonLayout()
{
    const QByteArray json = exportBytes(m_a, Format::Json);
    QVERIFY(json.startsWith("{\"format\":\"hubwatch-history\",\"version\":1,\"exportedAt\":\"2026-11-26T12:43:18.239Z\",\"series\":[\n"));
    QVERIFY(json.endsWith("\n]}\n"));
    QVERIFY(json.contains(
        "\n{\"series\":\"model:org/big\",\"kind\":\"model\",\"name\":\"org/big\",\"points\":[\n"
        "{\"t\":\"2026-01-01T00:00:00.250Z\",\"downloadsAllTime\":9007199254740993,\"downloads30d\":9007199254740999,\"likes\":1},\n"
        "{\"t\":\"2026-01-03T12:00:00.250Z\",\"downloadsAllTime\":4611686018427387907,"));
    QVERIFY(json.contains("\"downloadsAllTime\":42,\"downloads30d\":null,\"likes\":null}"));
    QVERIFY(json.contains("{\"series\":\"headline\",\"scope\":\"top:1000/1000;watch:\",\"scopeDescription\":\"top 1,000 models + 1,000 "
                          "datasets\",\"points\":[\n"
                          "{\"t\":\"2026-01-01T00:00:00.250Z\",\"totalAllTime\":"));
    QJsonParseError error;
    QVERIFY(QJsonDocument::fromJson(json, &error).isObject());
}

namespace {
HistoryFilter makeFilter(const QStringList &series, const QString &range, QString *error = nullptr)
{
    HistoryFilter f;
    QString e;
    const QDateTime now(QDate(2026, 1, 9), QTime(6, 0), Qt::UTC);
    if (!f.setSeries(series, &e) || !f.setRange(range, now, &e))
        qWarning("%s", qPrintable(e));
    if (error)
        *error = e;
    return f;
}
} // namespace

void TestExportImport::seriesFilter_data()
{
    QTest::addColumn<QStringList>("series");
    QTest::addColumn<QStringList>("expected");
    const QString a = QStringLiteral("model:org/a"), b = QStringLiteral("dataset:org/b"), h = QStringLiteral("headline");
    QTest::newRow("all") << QStringList() << QStringList{b, QStringLiteral("dataset:org/nolikes"), QStringLiteral("model:gone-legacy"),
                                                         a, QStringLiteral("model:org/big"),       h};
    QTest::newRow("one repo") << QStringList{a} << QStringList{a};
    QTest::newRow("headline only") << QStringList{h} << QStringList{h};
    QTest::newRow("repo and headline, any order") << QStringList{h, b, b} << QStringList{b, h};
    QTest::newRow("unknown repo") << QStringList{QStringLiteral("model:org/missing")} << QStringList();
    QTest::newRow("names are exact") << QStringList{QStringLiteral("model:org/A")} << QStringList();
}

void TestExportImport::seriesFilter()
{
    QFETCH(QStringList, series);
    QFETCH(QStringList, expected);
    const HistoryFilter filter = makeFilter(series, QString());
    for (const Format format : {Format::Csv, Format::Json}) {
        HistoryStore store;
        QVERIFY(!store.open(m_a, HistoryStore::Mode::ReadOnly).isError());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto r = HistoryExport::write(store, format, filter, &buffer, QDateTime::currentDateTimeUtc());
        QVERIFY(r.ok());
        QCOMPARE(r.value.series, expected);
    }
    QStringList seen;
    for (const QStringList &row : csvRows(exportBytes(m_a, Format::Csv, filter)))
        if (seen.isEmpty() || seen.last() != row.at(1))
            seen << row.at(1);
    QCOMPARE(seen, expected);
}

void TestExportImport::rangeFilter_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("repoRows");     // of model:org/a, one per poll
    QTest::addColumn<int>("headlineRows"); // complete polls of both scopes
    // Polls every 12 h from 2026-01-01T00:00:00.250Z to 2026-01-05T12:00:00.250Z; "now" is 2026-01-09T06:00Z.
    QTest::newRow("default") << QString() << 10 << 10;
    QTest::newRow("all") << QStringLiteral("all") << 10 << 10;
    QTest::newRow("7d") << QStringLiteral("7d") << 7 << 7;
    QTest::newRow("30d") << QStringLiteral("30d") << 10 << 10;
    QTest::newRow("1y") << QStringLiteral("1y") << 10 << 10;
    QTest::newRow("one whole day") << QStringLiteral("2026-01-02..2026-01-02") << 2 << 2;
    QTest::newRow("two days") << QStringLiteral("2026-01-02..2026-01-03") << 4 << 5;
    QTest::newRow("open end") << QStringLiteral("2026-01-04..") << 4 << 3;
    QTest::newRow("open start") << QStringLiteral("..2026-01-01") << 2 << 2;
    QTest::newRow("inclusive to the ms") << QStringLiteral("2026-01-01T12:00:00.250Z..2026-01-01T12:00:00.250Z") << 1 << 1;
    QTest::newRow("one ms later") << QStringLiteral("2026-01-01T12:00:00.251Z..") << 8 << 8;
    QTest::newRow("zones") << QStringLiteral("2026-01-01T12:00+01:00..2026-01-02T00:00") << 1 << 1;
}

void TestExportImport::rangeFilter()
{
    QFETCH(QString, range);
    QFETCH(int, repoRows);
    QFETCH(int, headlineRows);
    QString error;
    const HistoryFilter filter = makeFilter({QStringLiteral("model:org/a"), QStringLiteral("headline")}, range, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QStringList> rows = csvRows(exportBytes(m_a, Format::Csv, filter));
    const auto count = [&rows](const char *series) {
        return int(std::count_if(rows.cbegin(), rows.cend(), [series](const QStringList &r) { return r.at(1) == QLatin1String(series); }));
    };
    QCOMPARE(count("model:org/a"), repoRows);
    QCOMPARE(count("headline"), headlineRows);
    for (const QStringList &r : rows) {
        qint64 t = 0;
        QVERIFY(HistoryFormat::parseTime(r.at(0), &t));
        QVERIFY(filter.contains(t));
    }
}

void TestExportImport::badFilterValues_data()
{
    QTest::addColumn<QStringList>("series");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("message");
    const QString usage = QStringLiteral("--range expects");
    QTest::newRow("unit") << QStringList() << QStringLiteral("7x") << usage;
    QTest::newRow("word") << QStringList() << QStringLiteral("yesterday") << usage;
    QTest::newRow("month 13") << QStringList() << QStringLiteral("2026-13-01..") << usage;
    QTest::newRow("hour 25") << QStringList() << QStringLiteral("2026-01-01T25:00Z..") << usage;
    QTest::newRow("both open") << QStringList() << QStringLiteral("..") << usage;
    QTest::newRow("three parts") << QStringList() << QStringLiteral("2026-01-01..2026-01-02..2026-01-03") << usage;
    QTest::newRow("reversed") << QStringList() << QStringLiteral("2026-02-01..2026-01-01") << QStringLiteral("is after the end");
    QTest::newRow("kind") << QStringList{QStringLiteral("space:org/x")} << QString() << QStringLiteral("is not a series");
    QTest::newRow("kind case") << QStringList{QStringLiteral("Model:org/x")} << QString() << QStringLiteral("is not a series");
    QTest::newRow("no kind") << QStringList{QStringLiteral("org/x")} << QString() << QStringLiteral("is not a series");
    QTest::newRow("traversal") << QStringList{QStringLiteral("model:../x")} << QString() << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("space") << QStringList{QStringLiteral("model:org/a b")} << QString() << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("empty name") << QStringList{QStringLiteral("dataset:")} << QString() << QStringLiteral("not a valid Hub repo name");
}

void TestExportImport::badFilterValues()
{
    QFETCH(QStringList, series);
    QFETCH(QString, range);
    QFETCH(QString, message);
    HistoryFilter f;
    QString error;
    const bool ok = f.setSeries(series, &error) && f.setRange(range, QDateTime::currentDateTimeUtc(), &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(message), qPrintable(error));
}

namespace {
// Parses and merges in one go, as `hubwatch import` does (without the lock).
StoreResult<HistoryImport::Summary> importInto(const QString &db, const QByteArray &bytes)
{
    StoreResult<HistoryImport::Summary> r;
    HistoryData data;
    QList<ImportIssue> issues;
    if (!HistoryImport::parse(bytes, &data, &issues)) {
        r.error = StoreError(StoreError::Kind::InvalidInput, issues.value(0).message);
        return r;
    }
    HistoryStore store;
    if (const StoreError e = store.open(db); e.isError()) {
        r.error = e;
        return r;
    }
    return HistoryImport::merge(store, data);
}
} // namespace

void TestExportImport::roundTripIsByteIdentical_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QStringList>("series");
    QTest::addColumn<QString>("range");
    QTest::newRow("csv") << Format::Csv << QStringList() << QString();
    QTest::newRow("json") << Format::Json << QStringList() << QString();
    QTest::newRow("csv, filtered") << Format::Csv << QStringList{QStringLiteral("model:org/big"), QStringLiteral("headline")}
                                   << QStringLiteral("2026-01-02..");
    QTest::newRow("json, filtered") << Format::Json << QStringList{QStringLiteral("dataset:org/nolikes")} << QStringLiteral("..2026-01-04");
}

void TestExportImport::roundTripIsByteIdentical()
{
    QFETCH(Format, format);
    QFETCH(QStringList, series);
    QFETCH(QString, range);
    const HistoryFilter filter = makeFilter(series, range);
    const QByteArray fromA = exportBytes(m_a, format, filter);
    const QString b = newHistory(QStringLiteral("roundtrip-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
    const auto imported = importInto(b, fromA);
    QVERIFY2(imported.ok(), qPrintable(imported.error.message()));
    QVERIFY(imported.value.pointsAdded > 0);
    QCOMPARE(imported.value.pointsKnown, 0);
    const QByteArray fromB = exportBytes(b, format);
    QCOMPARE(fromB, fromA);
    // And once more through B: a fixed point.
    const QString c = newHistory(QStringLiteral("roundtrip-%1.c.sqlite").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(importInto(c, fromB).ok());
    QCOMPARE(exportBytes(c, format), fromA);
}

void TestExportImport::importTwiceChangesNothing_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("csv") << Format::Csv;
    QTest::newRow("json") << Format::Json;
}

void TestExportImport::importTwiceChangesNothing()
{
    QFETCH(Format, format);
    const QByteArray file = exportBytes(m_a, format);
    const QString b = newHistory(QStringLiteral("twice-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
    const auto first = importInto(b, file);
    QVERIFY(first.ok());
    const QList<qint64> after = tableCounts(b);
    const auto second = importInto(b, file);
    QVERIFY(second.ok());
    QCOMPARE(tableCounts(b), after);
    QCOMPARE(second.value.pointsAdded, 0);
    QCOMPARE(second.value.headlineAdded, 0);
    QCOMPARE(second.value.pollsCreated, 0);
    QCOMPARE(second.value.reposCreated, 0);
    QCOMPARE(second.value.pointsKnown, first.value.pointsAdded);
    QCOMPARE(second.value.headlineKnown, first.value.headlineAdded);
    // The imported history reads back like the original.
    HistoryStore store;
    QVERIFY(!store.open(b, HistoryStore::Mode::ReadOnly).isError());
    const auto headline = store.latestAggregate(QStringLiteral("import:top:1000/1000;watch:"));
    QVERIFY(headline.ok());
    QCOMPARE(headline.value.at, historyStart().addSecs(9 * 12 * 3600));
    QCOMPARE(headline.value.scopeDescription,
             format == Format::Json ? QStringLiteral("top 1,000 models + 1,000 datasets") : QStringLiteral("top:1000/1000;watch:"));
}

void TestExportImport::importIntoItsSourceChangesNothing()
{
    const QString a2 = copyOfA(QStringLiteral("self.sqlite"));
    QVERIFY(!a2.isEmpty());
    const QList<qint64> before = tableCounts(a2);
    for (const Format format : {Format::Csv, Format::Json}) {
        const auto r = importInto(a2, exportBytes(a2, format));
        QVERIFY(r.ok());
        QCOMPARE(r.value.pointsAdded + r.value.headlineAdded + r.value.pollsCreated + r.value.reposCreated, 0);
        QCOMPARE(tableCounts(a2), before);
    }
}

void TestExportImport::mergeKeepsWhatTheDatabaseKnows()
{
    // B polled on its own, once at the same moment as A's second poll, with other figures.
    const QString b = newHistory(QStringLiteral("merge.sqlite"));
    {
        HistoryStore store;
        QVERIFY(!store.open(b).isError());
        QVERIFY(store
                    .storePoll(exportPoll({repo(RepoKind::Model, QStringLiteral("org/a"), 7777, 1, 1),
                                           repo(RepoKind::Model, QStringLiteral("org/only-b"), 5, 5, 5)},
                                          1))
                    .ok());
    }
    const auto r = importInto(b, exportBytes(m_a, Format::Csv));
    QVERIFY(r.ok());
    QCOMPARE(r.value.pointsKnown, 1);   // org/a at that moment: the database wins
    QCOMPARE(r.value.headlineKnown, 1); // so does its headline
    QCOMPARE(r.value.reposCreated, 4);
    const QList<QStringList> rows = csvRows(exportBytes(b, Format::Csv));
    const QString t1 = HistoryFormat::formatTime(historyStart().addSecs(12 * 3600).toMSecsSinceEpoch());
    QVERIFY(rows.contains(QStringList{t1, QStringLiteral("model:org/a"), QStringLiteral("7777"), QStringLiteral("1"), QStringLiteral("1"),
                                      QString(), QString(), QString(), QString()}));
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QStringList &row) { return row.at(1) == QLatin1String("model:org/only-b"); }));
    // Every new point is stored, even one that repeats the figures before it.
    const QByteArray repeat = "time,series,downloads_all_time,downloads_30d,likes\n"
                              "2025-06-01T00:00:00Z,model:org/only-b,1,1,1\n2025-06-02T00:00:00Z,model:org/only-b,1,1,1\n";
    const auto again = importInto(b, repeat);
    QVERIFY(again.ok());
    QCOMPARE(again.value.pointsAdded, 2);
}

QTEST_GUILESS_MAIN(TestExportImport)
#include "tst_exportimport.moc"
