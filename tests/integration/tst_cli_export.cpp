// `hubwatch export-csv`, `export-json` and `import`, run as the real binary.
#include "ExportImportSupport.h"
#include "RunHubwatch.h"

#include "store/WriterLock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

class TestCliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvRoundTripThroughFilesAndStdout();
    void jsonRoundTrip();
    void defaultDatabaseLocation();
    void importTwiceAddsNothing();
    void usageErrors_data();
    void usageErrors();
    void badFileNamesItsLine();
    void failedExportLeavesNoFile();
    void importIntoALockedDatabase();

private:
    using Run = ProcessRun;
    Run run(const QStringList &args);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_a;
};

TestCliExport::Run TestCliExport::run(const QStringList &args)
{
    QProcessEnvironment env = hubwatchEnvironment(m_dir.path()); // the default history: data/HubWatch/hubwatch
    env.insert(QStringLiteral("HF_HUB_OFFLINE"), QStringLiteral("1"));
    return runHubwatch(args, env);
}

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_a = path(QStringLiteral("a.sqlite"));
    QVERIFY(buildHistory(m_a));
}

void TestCliExport::csvRoundTripThroughFilesAndStdout()
{
    const QString file = path(QStringLiteral("a.csv"));
    const Run toFile = run({QStringLiteral("export-csv"), QStringLiteral("--db"), m_a, QStringLiteral("--out"), file});
    QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
    QVERIFY(toFile.out.contains("Exported"));
    const QByteArray csv = readBytes(file);
    QCOMPARE(csv, exportBytes(m_a, HistoryExport::Format::Csv));
    const Run toStdout = run({QStringLiteral("export-csv"), QStringLiteral("--db"), m_a, QStringLiteral("--out"), QStringLiteral("-")});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, csv);

    const QString b = path(QStringLiteral("b.sqlite"));
    const Run imported = run({QStringLiteral("import"), file, QStringLiteral("--db"), b});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(imported.out.contains("Imported"));
    const Run fromB = run({QStringLiteral("export-csv"), QStringLiteral("--db"), b});
    QCOMPARE(fromB.exitCode, 0);
    QCOMPARE(fromB.out, csv);
}

namespace {
QByteArray withoutExportTime(QByteArray json)
{
    const qsizetype at = json.indexOf("\"exportedAt\":\"");
    return at < 0 ? json : json.remove(at, json.indexOf('"', at + 14) - at + 1);
}
} // namespace

void TestCliExport::jsonRoundTrip()
{
    const QString file = path(QStringLiteral("a.json"));
    QCOMPARE(run({QStringLiteral("export-json"), QStringLiteral("--db"), m_a, QStringLiteral("--out"), file}).exitCode, 0);
    const QByteArray json = readBytes(file);
    QVERIFY(json.contains("\"exportedAt\":\""));
    QCOMPARE(withoutExportTime(json), withoutExportTime(exportBytes(m_a, HistoryExport::Format::Json)));
    const QString c = path(QStringLiteral("c.sqlite"));
    QCOMPARE(run({QStringLiteral("import"), file, QStringLiteral("--db"), c}).exitCode, 0);
    const Run fromC = run({QStringLiteral("export-json"), QStringLiteral("--db"), c});
    QCOMPARE(fromC.exitCode, 0);
    QCOMPARE(withoutExportTime(fromC.out), withoutExportTime(json));
    // Filters reach the command.
    const Run some = run({QStringLiteral("export-json"), QStringLiteral("--db"), c, QStringLiteral("--series"),
                          QStringLiteral("model:org/a"), QStringLiteral("--series"), QStringLiteral("model:org/missing"),
                          QStringLiteral("--range"), QStringLiteral("2026-01-02..2026-01-02")});
    QCOMPARE(some.exitCode, 0);
    QCOMPARE(some.out.count("\"t\":"), 2);
    QVERIFY2(some.err.contains("model:org/missing"), some.err.constData());
}

void TestCliExport::defaultDatabaseLocation()
{
    const QString file = path(QStringLiteral("default.csv"));
    QVERIFY(writeFile(file, exportBytes(m_a, HistoryExport::Format::Csv)));
    QCOMPARE(run({QStringLiteral("import"), file}).exitCode, 0);
    QVERIFY(QFile::exists(path(QStringLiteral("data/HubWatch/hubwatch/hubwatch.sqlite"))));
    const Run back = run({QStringLiteral("export-csv")});
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(back.out, readBytes(file));
}

void TestCliExport::importTwiceAddsNothing()
{
    const QString file = path(QStringLiteral("twice.json"));
    QVERIFY(writeFile(file, exportBytes(m_a, HistoryExport::Format::Json)));
    const QString d = path(QStringLiteral("d.sqlite"));
    QCOMPARE(run({QStringLiteral("import"), file, QStringLiteral("--db"), d}).exitCode, 0);
    const QList<qint64> once = tableCounts(d);
    const Run second = run({QStringLiteral("import"), file, QStringLiteral("--db"), d});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains("Imported 0 new points and 0 headline points"), second.out.constData());
    QCOMPARE(tableCounts(d), once);
}

void TestCliExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    const QString db = QStringLiteral("--db");
    QTest::newRow("bad range") << QStringList{QStringLiteral("export-csv"), QStringLiteral("--range"), QStringLiteral("fortnight")} << 2
                               << QByteArray("--range expects");
    QTest::newRow("reversed range") << QStringList{QStringLiteral("export-json"), QStringLiteral("--range"),
                                                   QStringLiteral("2026-02-01..2026-01-01")}
                                    << 2 << QByteArray("after the end");
    QTest::newRow("bad series") << QStringList{QStringLiteral("export-csv"), QStringLiteral("--series"), QStringLiteral("model:../x")} << 2
                                << QByteArray("not a valid Hub repo name");
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")} << 2 << QByteArray("import needs the file");
    QTest::newRow("import with export options")
        << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--range"), QStringLiteral("7d")} << 2
        << QByteArray("--range");
    QTest::newRow("no database") << QStringList{QStringLiteral("export-csv"), db, QStringLiteral("/nonexistent/h.sqlite")} << 1
                                 << QByteArray("does not exist");
    QTest::newRow("no input file") << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/x.csv")} << 1
                                   << QByteArray("Cannot read /nonexistent/x.csv");
}

void TestCliExport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliExport::badFileNamesItsLine()
{
    const QString file = path(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(file,
                      "time,series,downloads_all_time,downloads_30d,likes\r\n2026-01-01T00:00:00Z,model:org/x,1,2,3\r\n"
                      "2026-01-01T00:00:00Z,model:org/y,1,2,three\r\n"));
    const QString e = path(QStringLiteral("e.sqlite"));
    const Run r = run({QStringLiteral("import"), file, QStringLiteral("--db"), e});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("%1:3: likes: \"three\" is not a whole number").arg(file).toUtf8()), r.err.constData());
    QVERIFY(r.err.contains("Nothing was imported."));
    QVERIFY(!QFile::exists(e)); // validated before the database was even opened
}

void TestCliExport::failedExportLeavesNoFile()
{
    const QString missingDir = path(QStringLiteral("no/such/dir/out.csv"));
    const Run r = run({QStringLiteral("export-csv"), QStringLiteral("--db"), m_a, QStringLiteral("--out"), missingDir});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Cannot write"));
    QVERIFY(!QFile::exists(missingDir));
    // A failing export does not touch an existing file either.
    const QString existing = path(QStringLiteral("keep.csv"));
    QVERIFY(writeFile(existing, "old"));
    QCOMPARE(run({QStringLiteral("export-csv"), QStringLiteral("--db"), path(QStringLiteral("missing.sqlite")), QStringLiteral("--out"),
                  existing})
                 .exitCode,
             1);
    QCOMPARE(readBytes(existing), QByteArray("old"));
}

void TestCliExport::importIntoALockedDatabase()
{
    const QString file = path(QStringLiteral("locked.csv"));
    QVERIFY(writeFile(file, exportBytes(m_a, HistoryExport::Format::Csv)));
    const QString f = path(QStringLiteral("f.sqlite"));
    WriterLock poller(f); // this process plays the poller
    QVERIFY(!poller.acquire().isError());
    const Run r = run({QStringLiteral("import"), file, QStringLiteral("--db"), f});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Another HubWatch poller"), r.err.constData());
    QVERIFY(r.err.contains("Nothing was imported."));
    poller.release();
    QCOMPARE(run({QStringLiteral("import"), file, QStringLiteral("--db"), f}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
