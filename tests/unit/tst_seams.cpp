// The seams above the core hold, checked on the sources: the widgets (ui/) and the desktop's
// wiring (app/*.cpp, app/*.h) never reach the store itself — no HistoryStore, no Qt SQL, no work
// of their own run on the store thread (StoreThread, its call<>) — they ask ReportService; and
// nothing outside the core reads the wall clock: "now" comes from the injected Clock.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

const QRegularExpression &storeReach()
{
    static const QRegularExpression re(QStringLiteral("\\bHistoryStore\\b|\\bQSql\\w*|\\bStoreThread\\b|\\bcall\\s*<"));
    return re;
}

const QRegularExpression &wallClock()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(QDateTime|QDate|QTime)\\s*::\\s*(currentDateTime\\w*|currentMSecsSinceEpoch|currentSecsSinceEpoch"
                       "|currentDate|currentTime)\\b|\\bstd::chrono::system_clock\\b"));
    return re;
}

// "path:line: text" for every line outside a // comment that matches.
QStringList offences(const QString &path, const QString &source, const QRegularExpression &re)
{
    QStringList out;
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString code = lines.at(n).section(QStringLiteral("//"), 0, 0);
        if (code.contains(re))
            out << QStringLiteral("%1:%2: %3").arg(path).arg(n + 1).arg(lines.at(n).trimmed());
    }
    return out;
}

// The .cpp and .h files under root/dir; with recurse false, dir's own files only. Paths relative
// to root; anything under one of `skip` is left out.
QStringList sources(const QString &dir, bool recurse, const QStringList &skip = {})
{
    const QDir root(QStringLiteral(HUBWATCH_SOURCE_DIR));
    QStringList out;
    QDirIterator it(root.filePath(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    recurse ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        const QString path = root.relativeFilePath(it.next());
        bool skipped = false;
        for (const QString &s : skip)
            skipped = skipped || path.startsWith(s + QLatin1Char('/'));
        if (!skipped)
            out << path;
    }
    out.sort();
    return out;
}

QStringList scan(const QStringList &paths, const QRegularExpression &re)
{
    const QDir root(QStringLiteral(HUBWATCH_SOURCE_DIR));
    QStringList found;
    for (const QString &path : paths) {
        QFile f(root.filePath(path));
        if (!f.open(QIODevice::ReadOnly)) {
            found << path + QStringLiteral(": unreadable");
            continue;
        }
        found << offences(path, QString::fromUtf8(f.readAll()), re);
    }
    return found;
}

} // namespace

class TestSeams : public QObject
{
    Q_OBJECT
private slots:
    void patterns_data();
    void patterns();
    void uiAndDesktopAskReportService();
    void onlyTheCoreReadsTheWallClock();
    void coreLayersIncludeOnlyBelowThem_data();
    void coreLayersIncludeOnlyBelowThem();
};

// The patterns catch what they are for and let the seams' own names through: a scan that
// matches nothing would pass whatever the sources say.
void TestSeams::patterns_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("store");
    QTest::addColumn<bool>("clock");
    QTest::newRow("store type") << "void f(HistoryStore &store);" << true << false;
    QTest::newRow("store include") << "#include \"store/HistoryStore.h\"" << true << false;
    QTest::newRow("sql") << "QSqlDatabase db = QSqlDatabase::database();" << true << false;
    QTest::newRow("sql query") << "QSqlQuery q(db);" << true << false;
    QTest::newRow("thread type") << "StoreThread *m_store;" << true << false;
    QTest::newRow("thread call") << "m_store->call<ChartData>(work, this, done);" << true << false;
    QTest::newRow("thread call, spaced") << "store.call <int>(work, this, done);" << true << false;
    QTest::newRow("report service") << "m_reports->chartData(request, m_clock->nowUtc(), this, done);" << false << false;
    QTest::newRow("in a comment") << "x(); // not the HistoryStore, not QDateTime::currentDateTimeUtc()" << false << false;
    QTest::newRow("wall clock") << "const QDateTime now = QDateTime::currentDateTimeUtc();" << false << true;
    QTest::newRow("wall clock ms") << "b.add(QDateTime::currentMSecsSinceEpoch(), 1);" << false << true;
    QTest::newRow("today") << "if (QDate::currentDate() > d)" << false << true;
    QTest::newRow("chrono") << "auto t = std::chrono::system_clock::now();" << false << true;
    QTest::newRow("injected clock") << "const QDateTime now = m_clock->nowUtc();" << false << false;
}

void TestSeams::patterns()
{
    QFETCH(QString, line);
    QFETCH(bool, store);
    QFETCH(bool, clock);
    QCOMPARE(!offences(QStringLiteral("x.cpp"), line, storeReach()).isEmpty(), store);
    QCOMPARE(!offences(QStringLiteral("x.cpp"), line, wallClock()).isEmpty(), clock);
}

void TestSeams::uiAndDesktopAskReportService()
{
    const QStringList paths = sources(QStringLiteral("ui"), true) + sources(QStringLiteral("app"), false);
    // The folders are where this test thinks they are, with the files that have the queries.
    QVERIFY2(paths.contains(QStringLiteral("ui/charts/HistoryChartView.cpp")), qPrintable(paths.join(QLatin1Char(' '))));
    QVERIFY(paths.contains(QStringLiteral("ui/panels/WatchlistPanel.cpp")));
    QVERIFY(paths.contains(QStringLiteral("app/DesktopApp.cpp")));
    QVERIFY(!paths.contains(QStringLiteral("app/core/report/ReportService.cpp")));
    const QStringList found = scan(paths, storeReach());
    QVERIFY2(
        found.isEmpty(),
        qPrintable(QStringLiteral("Code above the core that reaches the store (ask ReportService):\n") + found.join(QLatin1Char('\n'))));
}

void TestSeams::onlyTheCoreReadsTheWallClock()
{
    const QStringList paths = sources(QStringLiteral("ui"), true) + sources(QStringLiteral("app"), true, {QStringLiteral("app/core")});
    QVERIFY(paths.contains(QStringLiteral("app/cli/StatusCommand.cpp")));
    QVERIFY(paths.contains(QStringLiteral("ui/charts/ChartBuilder.cpp")));
    const QStringList found = scan(paths, wallClock());
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("Wall-clock reads outside the core (take the injected Clock):\n") + found.join(QLatin1Char('\n'))));
}

// Inside the core: util/ is the bottom and includes no other folder; store/ keeps the history and
// computes nothing of analysis/, alerts/ or report/ (they read from it, not the other way round).
void TestSeams::coreLayersIncludeOnlyBelowThem_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("forbidden"); // include prefixes, '|'-separated
    QTest::newRow("util") << "app/core/util"
                          << "hub/|store/|monitor/|analysis/|alerts/|report/|collector/|settings/|cli/";
    QTest::newRow("store") << "app/core/store"
                           << "analysis/|alerts/|report/|collector/|settings/|cli/";
}

void TestSeams::coreLayersIncludeOnlyBelowThem()
{
    QFETCH(QString, folder);
    QFETCH(QString, forbidden);
    const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"(%1)").arg(forbidden));
    QVERIFY(!offences(QStringLiteral("x.cpp"), QStringLiteral("#include \"report/StatusReport.h\""), include).isEmpty());
    const QStringList paths = sources(folder, true);
    QVERIFY2(paths.size() > 2, qPrintable(folder));
    const QStringList found = scan(paths, include);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("Includes that run back up:\n") + found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSeams)
#include "tst_seams.moc"
