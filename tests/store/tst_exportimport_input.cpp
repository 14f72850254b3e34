// Import input: the CSV and JSON readers, and every kind of bad file, rejected whole with its
// line and without touching the database; and the writer lock.
#include "ExportImportSupport.h"

#include "cli/ImportCommand.h"
#include "store/HistoryImport.h"
#include "store/WriterLock.h"
#include "util/CsvReader.h"
#include "util/CsvWriter.h"
#include "util/JsonReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

class TestExportImportInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvFieldsRoundTrip_data();
    void csvFieldsRoundTrip();
    void csvReaderRejects_data();
    void csvReaderRejects();
    void jsonNumbersStayExact();
    void lenientWhereItIsHarmless();
    void malformedInputIsRejectedWhole_data();
    void malformedInputIsRejectedWhole();
    void importWaitsForNoWriter();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString copyOfA(const QString &name);
    QTemporaryDir m_dir;
    QString m_a;
};

void TestExportImportInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_a = path(QStringLiteral("a.sqlite"));
    QVERIFY(buildHistory(m_a));
}

QString TestExportImportInput::copyOfA(const QString &name)
{
    const QString p = path(name);
    QFile::remove(p);
    return QFile::copy(m_a, p) ? p : QString();
}

void TestExportImportInput::csvFieldsRoundTrip_data()
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

void TestExportImportInput::csvFieldsRoundTrip()
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

void TestExportImportInput::csvReaderRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("never closed") << QStringLiteral("a,b\r\nc,\"d\r\ne\r\n") << 2 << QStringLiteral("never closed");
    QTest::newRow("quote in field") << QStringLiteral("a\nb\"c\n") << 2 << QStringLiteral("unquoted field");
    QTest::newRow("text after quote") << QStringLiteral("\"a\nb\"c,d\n") << 2 << QStringLiteral("after a closing quote");
    QTest::newRow("lines counted in quotes") << QStringLiteral("\"1\r\n2\r3\n4\"\nx\"") << 5 << QStringLiteral("unquoted field");
}

void TestExportImportInput::csvReaderRejects()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    CsvReader reader(text);
    QStringList fields;
    int start = 0;
    while (reader.readRecord(&fields, &start)) {}
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorLine(), line);
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
}

void TestExportImportInput::jsonNumbersStayExact()
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

void TestExportImportInput::lenientWhereItIsHarmless()
{
    // A byte-order mark, LF or CR line ends, blank lines, columns in another order, a header
    // with only the required columns, times with an offset and no fraction, trailing newline or not.
    const QByteArray csv = "\xef\xbb\xbfseries,likes,time,downloads_30d,downloads_all_time\n\n"
                           "model:org/x,3,2026-01-01T01:00:00+01:00,2,1\r"
                           "model:org/x,,2026-01-02T00:00:00.5Z,,\n"
                           "model:org/x,3,2026-01-01T00:00:00.000Z,2,1";
    HistoryData data;
    QList<ImportIssue> issues;
    HistoryImport::Format format = HistoryImport::Format::Json;
    QVERIFY2(HistoryImport::parse(csv, &data, &issues, &format), qPrintable(issues.value(0).message));
    QCOMPARE(format, HistoryImport::Format::Csv);
    QCOMPARE(data.repos.size(), 1);
    const QList<ImportedPoint> &points = data.repos.first().points;
    QCOMPARE(points.size(), 2); // the same point twice is one point
    QCOMPARE(points.at(0).t, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(points.at(0).allTime, 1);
    QCOMPARE(points.at(0).likes, 3);
    QCOMPARE(points.at(1).t, QDateTime(QDate(2026, 1, 2), QTime(0, 0, 0, 500), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(points.at(1).allTime, -1);
    // Only a header: a valid file with nothing in it.
    QVERIFY(HistoryImport::parse("time,series,downloads_all_time,downloads_30d,likes\r\n", &data, &issues));
    QCOMPARE(data.pointCount(), 0);
    // JSON: keys in any order, whitespace anywhere, absent counts unknown, escapes decoded.
    const QByteArray json = "  {\"series\" : [ {\"points\":[{\"likes\":null,\"t\":\"2026-01-01T00:00:00Z\"}],"
                            "\"series\":\"model:org\\/x\"} ] ,\"version\":1, \"format\":\"hubwatch-history\"}  \n";
    QVERIFY2(HistoryImport::parse(json, &data, &issues, &format), qPrintable(issues.value(0).message));
    QCOMPARE(format, HistoryImport::Format::Json);
    QCOMPARE(data.repos.first().id.toString(), QStringLiteral("model:org/x"));
    QCOMPARE(data.repos.first().points.first().d30, -1);
}

void TestExportImportInput::malformedInputIsRejectedWhole_data()
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
    QTest::newRow("unknown column") << QByteArray("when,series,downloads_all_time,downloads_30d,likes\r\n") + g << 1
                                    << QStringLiteral("Unknown column \"when\"");
    QTest::newRow("missing column") << QByteArray("time,series,downloads_all_time,likes\r\n") << 1
                                    << QStringLiteral("\"downloads_30d\" is missing");
    QTest::newRow("twice") << QByteArray("time,series,time,downloads_all_time,downloads_30d,likes\r\n") << 1
                           << QStringLiteral("appears twice");
    QTest::newRow("no such day") << h + g + row("2026-02-30T00:00:00Z", "model:org/x", "1,2,3") << 3 << QStringLiteral("is not a time");
    QTest::newRow("no zone") << h + g + row("2026-01-01T00:00:00", "model:org/x", "1,2,3") << 3 << QStringLiteral("is not a time");
    QTest::newRow("microseconds") << h + g + row("2026-01-01T00:00:00.000001Z", "model:org/x", "1,2,3") << 3
                                  << QStringLiteral("is not a time");
    QTest::newRow("date only") << h + g + row("2026-01-01", "model:org/x", "1,2,3") << 3 << QStringLiteral("is not a time");
    QTest::newRow("fraction") << h + g + row(t, "model:org/x", "1.5,2,3") << 3 << QStringLiteral("not a whole number");
    QTest::newRow("negative") << h + g + row(t, "model:org/x", "1,-2,3") << 3 << QStringLiteral("not a whole number");
    QTest::newRow("padded") << h + g + row(t, "model:org/x", "1,2, 3") << 3 << QStringLiteral("not a whole number");
    QTest::newRow("exponent") << h + g + row(t, "model:org/x", "1e3,2,3") << 3 << QStringLiteral("not a whole number");
    QTest::newRow("beyond qint64") << h + g + row(t, "model:org/x", "9223372036854775808,2,3") << 3 << QStringLiteral("too large");
    QTest::newRow("traversal") << h + g + row(t, "model:../../etc/passwd", "1,2,3") << 3 << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("sql") << h + g + row(t, "\"model:org/x\"\"; DROP TABLE repos;--\"", "1,2,3") << 3
                         << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("line break in name") << h + g + row(t, "\"model:org/x\nmodel:org/y\"", "1,2,3") << 3
                                        << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("unicode name") << h + g + row(t, "model:org/\xc3\xa9t\xc3\xa9", "1,2,3") << 3
                                  << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("author") << h + g + row(t, "author:org", "1,2,3") << 3 << QStringLiteral("is not a series");
    QTest::newRow("too few fields") << h + g + QByteArray("2026-01-01T00:00:00Z,model:org/x,1,2\r\n") << 3
                                    << QStringLiteral("Expected 5 fields");
    QTest::newRow("quote never closed") << h + g + QByteArray("\"2026-01-01T00:00:00Z,model:org/x,1,2,3\r\n") << 3
                                        << QStringLiteral("never closed");
    QTest::newRow("stray quote") << h + g + QByteArray("2026-01-01T00:00:00Z,model:org/x,1\"2,2,3\r\n") << 3
                                 << QStringLiteral("double quote");
    QTest::newRow("two different points") << h + g + row("2026-01-01T01:00:00+01:00", "model:org/new", "1,2,4") << 3
                                          << QStringLiteral("A second, different point");
    QTest::newRow("headline needs its scope") << full + row(t, "headline", "1,2,,3,2,1,") << 2 << QStringLiteral("needs its scope");
    QTest::newRow("headline has no likes") << full + row(t, "headline", "1,2,5,3,2,1,s") << 2 << QStringLiteral("has no likes");
    QTest::newRow("headline needs counts") << full + row(t, "headline", "1,,,3,2,1,s") << 2 << QStringLiteral("downloads_30d is required");
    QTest::newRow("repo row with scope") << full + row(t, "model:org/x", "1,2,3,,,,s") << 2 << QStringLiteral("headline rows only");
    QTest::newRow("not UTF-8") << h + g + QByteArray("2026-01-01T00:00:00Z,model:org/\xff,1,2,3\r\n") << 3
                               << QStringLiteral("not valid UTF-8");

    const QByteArray j = "{\"format\":\"hubwatch-history\",\"version\":1,\"series\":[\n"
                         "{\"series\":\"model:org/new\",\"kind\":\"model\",\"name\":\"org/new\",\"points\":[\n"
                         "{\"t\":\"2026-01-01T00:00:00.000Z\",\"downloadsAllTime\":1,\"downloads30d\":2,\"likes\":3},\n";
    const QByteArray end = "\n]}\n]}\n";
    QTest::newRow("json syntax") << j + "{\"t\" \"2026-01-02T00:00:00Z\"}" + end << 4 << QStringLiteral("Expected \":\"");
    QTest::newRow("json cut short") << j + "{\"t\":\"2026-01-02T00:00:00Z\"" << 4 << QStringLiteral("ends early");
    QTest::newRow("json after the end") << j + "{\"t\":\"2026-01-02T00:00:00Z\"}" + end + "{}" << 7 << QStringLiteral("after the end");
    QTest::newRow("json bad escape") << j + "{\"t\":\"2026-01-02T00:00:00Z\\q\"}" + end << 4 << QStringLiteral("Unknown escape");
    QTest::newRow("json fraction") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"likes\":1.5}" + end << 4
                                   << QStringLiteral("not a whole number");
    QTest::newRow("json exponent") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"likes\":1e3}" + end << 4
                                   << QStringLiteral("not a whole number");
    QTest::newRow("json beyond qint64") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"likes\":9223372036854775808}" + end << 4
                                        << QStringLiteral("not a whole number");
    QTest::newRow("json negative") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"likes\":-1}" + end << 4
                                   << QStringLiteral("not a whole number");
    QTest::newRow("json string count") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"likes\":\"3\"}" + end << 4
                                       << QStringLiteral("must be a number");
    QTest::newRow("json no time") << j + "{\"likes\":3}" + end << 4 << QStringLiteral("has no \"t\"");
    QTest::newRow("json bad time") << j + "{\"t\":\"soon\"}" + end << 4 << QStringLiteral("is not a time");
    QTest::newRow("json unknown key") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"downloads\":3}" + end << 4
                                      << QStringLiteral("Unknown key \"downloads\"");
    QTest::newRow("json headline key") << j + "{\"t\":\"2026-01-02T00:00:00Z\",\"reposCovered\":3}" + end << 4
                                       << QStringLiteral("does not belong");
    QTest::newRow("json hostile series") << j + "{\"t\":\"2026-01-02T00:00:00Z\"}]},\n{\"series\":\"dataset:a/b/../../c\",\"points\":["
            + end << 5 << QStringLiteral("not a valid Hub repo name");
    QTest::newRow("json kind mismatch") << QByteArray("{\"format\":\"hubwatch-history\",\"version\":1,\"series\":[\n"
                                                      "{\"series\":\"model:org/x\",\"kind\":\"dataset\",\"points\":[]}]}")
                                        << 2 << QStringLiteral("do not match");
    QTest::newRow("json headline null") << QByteArray(
        "{\"format\":\"hubwatch-history\",\"version\":1,\"series\":[\n{\"series\":\"headline\",\"scope\":\"s\",\"points\":[\n"
        "{\"t\":\"2026-01-02T00:00:00Z\",\"totalAllTime\":1,\"downloads30d\":null,\"reposCovered\":1,\"models\":1,\"datasets\":0}]}]}")
                                        << 3 << QStringLiteral("null is not allowed");
    QTest::newRow("json other format") << QByteArray("{\"format\":\"other\",\"version\":1,\"series\":[]}") << 1
                                       << QStringLiteral("only \"hubwatch-history\"");
    QTest::newRow("json newer version") << QByteArray("{\"format\":\"hubwatch-history\",\n\"version\":2,\"series\":[]}") << 2
                                        << QStringLiteral("newer HubWatch");
    QTest::newRow("json array") << QByteArray("\n[{\"format\":\"hubwatch-history\"}]") << 2 << QStringLiteral("Expected \"{\"");
    QTest::newRow("json not an export") << QByteArray("{\"version\":1,\"series\":[]}") << 1
                                        << QStringLiteral("not a HubWatch history export");
}

void TestExportImportInput::malformedInputIsRejectedWhole()
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

void TestExportImportInput::importWaitsForNoWriter()
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

QTEST_GUILESS_MAIN(TestExportImportInput)
#include "tst_exportimport_input.moc"
