// History export (CSV, JSON) and import: file formats, filters, validation, merging.
#include "ExportImportSupport.h"

#include "cli/ImportCommand.h"
#include "store/HistoryImport.h"
#include "store/WriterLock.h"
#include "util/CsvReader.h"
#include "util/CsvWriter.h"
#include "util/JsonReader.h"

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
    void csvFieldsRoundTrip_data();
    void csvFieldsRoundTrip();
    void csvReaderRejects_data();
    void csvReaderRejects();
    void jsonNumbersStayExact();
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
    void malformedInputIsRejectedWhole_data();
    void malformedInputIsRejectedWhole();
    void importWaitsForNoWriter();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString copyOfA(const QString &name);
    static QList<QStringList> csvRows(const QByteArray &csv);
    QTemporaryDir m_dir;
    QString m_a;
};

void TestExportImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_a = path(QStringLiteral("a.sqlite"));
    QVERIFY(buildHistory(m_a));
}

QString TestExportImport::copyOfA(const QString &name)
{
    const QString p = path(name);
    QFile::remove(p);
    return QFile::copy(m_a, p) ? p : QString();
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

void TestExportImport::csvFieldsRoundTrip_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << QStringLiteral("org/name") << QStringLiteral("org/name");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only quotes") << QStringLiteral("\"\"") << QStringLiteral("\"\"\"\"\"\"");
    QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("spaces kept") << QStringLiteral("  x  ") << QStringLiteral("  x  ");
    QTest::newRow("unicode") << QStringLiteral("Zürich, 東京 🤗") << QStringLiteral("\"Zürich, 東京 🤗\"");
}

void TestExportImport::csvFieldsRoundTrip()
{
    QFETCH(QString, field);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::quoted(field), encoded);
    // In every position of a record, and over several records.
    const QList<QStringList> records{{field, QStringLiteral("x")}, {QStringLiteral("y"), field}, {field}};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &r : records)
        QVERIFY(writer.writeRecord(r));
    QVERIFY(bytes.endsWith("\r\n"));
    const QString text = QString::fromUtf8(bytes);
    CsvReader reader(text);
    QStringList fields;
    int line = 0;
    for (const QStringList &r : records) {
        QVERIFY2(reader.readRecord(&fields, &line), qPrintable(reader.errorString()));
        QCOMPARE(fields, r);
    }
    QVERIFY(!reader.readRecord(&fields, &line));
    QVERIFY(!reader.hasError());
}

void TestExportImport::csvReaderRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("never closed") << QStringLiteral("a,b\r\nc,\"d\r\ne\r\n") << 2 << QStringLiteral("never closed");
    QTest::newRow("quote in field") << QStringLiteral("a\nb\"c\n") << 2 << QStringLiteral("unquoted field");
    QTest::newRow("text after quote") << QStringLiteral("\"a\nb\"c,d\n") << 2 << QStringLiteral("after a closing quote");
    QTest::newRow("lines counted in quotes") << QStringLiteral("\"1\r\n2\r3\n4\"\nx\"") << 5 << QStringLiteral("unquoted field");
}

void TestExportImport::csvReaderRejects()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    CsvReader reader(text);
    QStringList fields;
    int start = 0;
    while (reader.readRecord(&fields, &start)) {
    }
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorLine(), line);
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
}

void TestExportImport::jsonNumbersStayExact()
{
    const QString text = QStringLiteral("[9223372036854775807, 9007199254740993, -0, 1.0, 1e3, 9223372036854775808]");
    JsonReader r(text);
    QVERIFY(r.enterArray());
    QList<JsonReader::Scalar> values;
    while (r.nextElement()) {
        JsonReader::Scalar s;
        QVERIFY(r.readScalar(&s));
        values.append(s);
    }
    QVERIFY(!r.hasError());
    QVERIFY(r.atEnd());
    QCOMPARE(values.size(), 6);
    QVERIFY(values[0].isInteger && values[0].integer == std::numeric_limits<qint64>::max());
    QVERIFY(values[1].isInteger && values[1].integer == beyondDouble);
    QVERIFY(values[2].isInteger && values[2].integer == 0);
    QVERIFY(!values[3].isInteger && !values[4].isInteger && !values[5].isInteger);
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
    QCOMPARE(order, (QStringList{QStringLiteral("dataset:org/b"), QStringLiteral("dataset:org/nolikes"), QStringLiteral("model:gone-legacy"),
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
    QVERIFY(json.contains("\n{\"series\":\"model:org/big\",\"kind\":\"model\",\"name\":\"org/big\",\"points\":[\n"
                          "{\"t\":\"2026-01-01T00:00:00.250Z\",\"downloadsAllTime\":9007199254740993,\"downloads30d\":9007199254740999,\"likes\":1},\n"
                          "{\"t\":\"2026-01-03T12:00:00.250Z\",\"downloadsAllTime\":4611686018427387907,"));
    QVERIFY(json.contains("\"downloadsAllTime\":42,\"downloads30d\":null,\"likes\":null}"));
    QVERIFY(json.contains("{\"series\":\"headline\",\"scope\":\"top:1000/1000;watch:\",\"scopeDescription\":\"top 1,000 models + 1,000 datasets\",\"points\":[\n"
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
    QTest::newRow("all") << QStringList() << QStringList{b, QStringLiteral("dataset:org/nolikes"), QStringLiteral("model:gone-legacy"), a, QStringLiteral("model:org/big"), h};
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
    const QString b = path(QStringLiteral("roundtrip-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
    const auto imported = importInto(b, fromA);
    QVERIFY2(imported.ok(), qPrintable(imported.error.message()));
    QVERIFY(imported.value.pointsAdded > 0);
    QCOMPARE(imported.value.pointsKnown, 0);
    const QByteArray fromB = exportBytes(b, format);
    QCOMPARE(fromB, fromA);
    // And once more through B: a fixed point.
    const QString c = b + QStringLiteral(".c");
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
    const QString b = path(QStringLiteral("twice-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
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
    QCOMPARE(headline.value.scopeDescription, format == Format::Json ? QStringLiteral("top 1,000 models + 1,000 datasets")
                                                                     : QStringLiteral("top:1000/1000;watch:"));
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
    const QString b = path(QStringLiteral("merge.sqlite"));
    {
        HistoryStore store;
        QVERIFY(!store.open(b).isError());
        QVERIFY(store.storePoll(exportPoll(1, {exportRepo(RepoKind::Model, QStringLiteral("org/a"), 7777, 1, 1),
                                               exportRepo(RepoKind::Model, QStringLiteral("org/only-b"), 5, 5, 5)})).ok());
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

void TestExportImport::malformedInputIsRejectedWhole_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray h = "time,series,downloads_all_time,downloads_30d,likes\r\n";
    const QByteArray full = "time,series,downloads_all_time,downloads_30d,likes,repos_covered,models,datasets,scope\r\n";
    const QByteArray g = "2026-01-01T00:00:00.000Z,model:org/new,1,2,3\r\n"; // good, and new to A
    const auto row = [](const char *time, const char *series, const char *counts) {
        return QByteArray(time) + ',' + series + ',' + counts + "\r\n";
    };
    const char *t = "2026-01-02T00:00:00.000Z";
    QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("empty");
    QTest::newRow("unknown column") << QByteArray("when,series,downloads_all_time,downloads_30d,likes\r\n") + g << 1 << QStringLiteral("Unknown column \"when\"");
    QTest::newRow("missing column") << QByteArray("time,series,downloads_all_time,likes\r\n") << 1 << QStringLiteral("\"downloads_30d\" is missing");
    QTest::newRow("twice") << QByteArray("time,series,time,downloads_all_time,downloads_30d,likes\r\n") << 1 << QStringLiteral("appears twice");
    QTest::newRow("no such day") << h + g + row("2026-02-30T00:00:00Z", "model:org/x", "1,2,3") << 3 << QStringLiteral("is not a time");
    QTest::newRow("no zone") << h + g + row("2026-01-01T00:00:00", "model:org/x", "1,2,3") << 3 << QStringLiteral("is not a time");
    QTest::newRow("microseconds") << h + g + row("2026-01-01T00:00:00.000001Z", "model:org/x", "1,2,3") << 3 << QStringLiteral("is not a time");
    QTest::newRow("date only") << h + g + row("2026-01-01", "model:org/x", "1,2,3") << 3 << QStringLiteral("is not a time");
    QTest::newRow("fraction") << h + g + row(t, "model:org/x", "1.5,2,3") << 3 << QStringLiteral("not a whole number");
    QTest::newRow("negative") << h + g + row(t, "model:org/x", "1,-2,3") << 3 << QStringLiteral("not a whole number");
    QTest::newRow("padded") << h + g + row(t, "model:org/x", "1,2, 3") << 3 << QStringLiteral("not a whole number");
    QTest::newRow("exponent") << h + g + row(t, "model:org/x", "1e3,2,3") << 3 << QStringLiteral("not a whole number");
    QTest::newRow("beyond qint64") << h + g + row(t, "model:org/x", "9223372036854775808,2,3") << 3 << QStringLiteral("too large");
    QTest::newRow("traversal") << h + g + row(t, "model:../../etc/passwd", "1,2,3") << 3 << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("sql") << h + g + row(t, "\"model:org/x\"\"; DROP TABLE repos;--\"", "1,2,3") << 3 << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("line break in name") << h + g + row(t, "\"model:org/x\nmodel:org/y\"", "1,2,3") << 3 << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("unicode name") << h + g + row(t, "model:org/\xc3\xa9t\xc3\xa9", "1,2,3") << 3 << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("author") << h + g + row(t, "author:org", "1,2,3") << 3 << QStringLiteral("is not a series");
    QTest::newRow("too few fields") << h + g + QByteArray("2026-01-01T00:00:00Z,model:org/x,1,2\r\n") << 3 << QStringLiteral("Expected 5 fields");
    QTest::newRow("quote never closed") << h + g + QByteArray("\"2026-01-01T00:00:00Z,model:org/x,1,2,3\r\n") << 3 << QStringLiteral("never closed");
    QTest::newRow("stray quote") << h + g + QByteArray("2026-01-01T00:00:00Z,model:org/x,1\"2,2,3\r\n") << 3 << QStringLiteral("double quote");
    QTest::newRow("two different points") << h + g + row("2026-01-01T01:00:00+01:00", "model:org/new", "1,2,4") << 3 << QStringLiteral("A second, different point");
    QTest::newRow("headline needs its scope") << full + row(t, "headline", "1,2,,3,2,1,") << 2 << QStringLiteral("needs its scope");
    QTest::newRow("headline has no likes") << full + row(t, "headline", "1,2,5,3,2,1,s") << 2 << QStringLiteral("has no likes");
    QTest::newRow("headline needs counts") << full + row(t, "headline", "1,,,3,2,1,s") << 2 << QStringLiteral("downloads_30d is required");
    QTest::newRow("repo row with scope") << full + row(t, "model:org/x", "1,2,3,,,,s") << 2 << QStringLiteral("headline rows only");
    QTest::newRow("not UTF-8") << h + g + QByteArray("2026-01-01T00:00:00Z,model:org/\xff,1,2,3\r\n") << 3 << QStringLiteral("not valid UTF-8");

    const QByteArray j = "{\"format\":\"hubwatch-history\",\"version\":1,\"series\":[\n"
                         "{\"series\":\"model:org/new\",\"kind\":\"model\",\"name\":\"org/new\",\"points\":[\n"
                         "{\"t\":\"2026-01-01T00:00:00.000Z\",\"downloadsAllTime\":1,\"downloads30d\":2,\"likes\":3},\n";
    const QByteArray end = "\n]}\n]}\n";
    QTest::newRow("json syntax") << j + "{\"t\" \"2026-01-02T00:00:00Z\"}" + end << 4 << QStringLiteral("Expected \":\"");
    QTest::newRow("json cut short") << j + "{\"t\":\"2026-01-02T00:00:00Z\"" << 4 << QStringLiteral("ends early");
    QTest::newRow("json after the end") << j + "{\"t\":\"2026-01-02T00:00:00Z\"}" + end + "{}" << 7 << QStringLiteral("after the end");
    QTest::newRow("json bad escape") << j + "{\"t\":\"2026-01-02T00:00:00Z\\q\"}" + end << 4 << QStringLiteral("Unknown escape");
    QTest::newRow("json fraction") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"likes\":1.5}" + end << 4 << QStringLiteral("not a whole number");
    QTest::newRow("json exponent") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"likes\":1e3}" + end << 4 << QStringLiteral("not a whole number");
    QTest::newRow("json beyond qint64") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"likes\":9223372036854775808}" + end << 4 << QStringLiteral("not a whole number");
    QTest::newRow("json negative") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"likes\":-1}" + end << 4 << QStringLiteral("not a whole number");
    QTest::newRow("json string count") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"likes\":\"3\"}" + end << 4 << QStringLiteral("must be a number");
    QTest::newRow("json no time") << j + "{\"likes\":3}" + end << 4 << QStringLiteral("has no \"t\"");
    QTest::newRow("json bad time") << j + "{\"t\":\"soon\"}" + end << 4 << QStringLiteral("is not a time");
    QTest::newRow("json unknown key") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"downloads\":3}" + end << 4 << QStringLiteral("Unknown key \"downloads\"");
    QTest::newRow("json headline key") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"reposCovered\":3}" + end << 4 << QStringLiteral("does not belong");
    QTest::newRow("json hostile series") << j + "{\"t\":\"2026-01-02T00:00:00Z\"}]},\n{\"series\":\"dataset:a/b/../../c\",\"points\":[]" + end
                                         << 5 << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("json kind mismatch") << QByteArray("{\"format\":\"hubwatch-history\",\"version\":1,\"series\":[\n"
                                                      "{\"series\":\"model:org/x\",\"kind\":\"dataset\",\"points\":[]}]}")
                                        << 2 << QStringLiteral("do not match");
    QTest::newRow("json headline null") << QByteArray("{\"format\":\"hubwatch-history\",\"version\":1,\"series\":[\n{\"series\":\"headline\",\"scope\":\"s\",\"points\":[\n"
                                                      "{\"t\":\"2026-01-02T00:00:00Z\",\"totalAllTime\":1,\"downloads30d\":null,\"reposCovered\":1,\"models\":1,\"datasets\":0}]}]}")
                                        << 3 << QStringLiteral("null is not allowed");
    QTest::newRow("json other format") << QByteArray("{\"format\":\"other\",\"version\":1,\"series\":[]}") << 1 << QStringLiteral("only \"hubwatch-history\"");
    QTest::newRow("json newer version") << QByteArray("{\"format\":\"hubwatch-history\",\n\"version\":2,\"series\":[]}") << 2 << QStringLiteral("newer HubWatch");
    QTest::newRow("json not an export") << QByteArray("{\"version\":1,\"series\":[]}") << 1 << QStringLiteral("not a HubWatch history export");
}

void TestExportImport::malformedInputIsRejectedWhole()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, message);
    HistoryData data;
    QList<ImportIssue> issues;
    QVERIFY(!HistoryImport::parse(content, &data, &issues));
    QVERIFY(!issues.isEmpty());
    QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
    QCOMPARE(issues.first().line, line);
    QCOMPARE(data.pointCount(), 0);

    // Through the command: exit code 2, and not one row changed.
    const QString db = copyOfA(QStringLiteral("malformed.sqlite"));
    const QList<qint64> before = tableCounts(db);
    const QString file = path(QStringLiteral("malformed.txt"));
    QVERIFY(writeFile(file, content));
    CommandLine options;
    options.command = CommandLine::Command::Import;
    options.db = db;
    options.inputFile = file;
    QCOMPARE(ImportCommand::run(options), 2);
    QCOMPARE(tableCounts(db), before);
}

void TestExportImport::importWaitsForNoWriter()
{
    const QString db = copyOfA(QStringLiteral("locked.sqlite"));
    const QList<qint64> before = tableCounts(db);
    const QString file = path(QStringLiteral("new.csv"));
    QVERIFY(writeFile(file, "time,series,downloads_all_time,downloads_30d,likes\r\n2026-03-01T00:00:00.000Z,model:org/new,1,2,3\r\n"));
    CommandLine options;
    options.command = CommandLine::Command::Import;
    options.db = db;
    options.inputFile = file;
    {
        WriterLock poller(db); // a poller is writing
        QVERIFY(!poller.acquire().isError());
        QCOMPARE(ImportCommand::run(options), 1);
        QCOMPARE(tableCounts(db), before);
    }
    QCOMPARE(ImportCommand::run(options), 0);
    QCOMPARE(tableCounts(db).at(3), before.at(3) + 1);
}

QTEST_GUILESS_MAIN(TestExportImport)
#include "tst_exportimport.moc"
