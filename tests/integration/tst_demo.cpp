// `hubwatch --demo` (issue 14 item 3), run as a real process in a private home: the demo history
// is generated into the cache, shown read-only and labelled, and the user's own history is never
// opened, let alone changed.
#include "RunHubwatch.h"
#include "TestBuilders.h"

#include "demo/DemoHistory.h"
#include "store/HistoryStore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void statusShowsTheGeneratedHistoryLabelled();
    void commandsRunOnTheDemo();
    void pollAndWritersAreUsageErrors_data();
    void pollAndWritersAreUsageErrors();
    void olderGeneratorIsMadeAgain();
    void usersHistoryIsUntouched();

private:
    // The real `hubwatch --demo export-png` of the Hub-wide series as `chart`, into `file`.
    ProcessRun exportHub(const QString &chart, const QString &file) const
    {
        return runHubwatch({QStringLiteral("--demo"), QStringLiteral("export-png"), QStringLiteral("--series"), QStringLiteral("hub"),
                            QStringLiteral("--chart"), chart, QStringLiteral("--out"), file},
                           m_home.path());
    }
    QString userHistory() const { return m_home.filePath(QStringLiteral("data/HubWatch/hubwatch/hubwatch.sqlite")); }
    QString demoHistory() const { return m_home.filePath(QStringLiteral("cache/HubWatch/hubwatch/demo-history.sqlite")); }
    // Every file under the user's data and config folders with a hash of its bytes.
    QMap<QString, QByteArray> userFiles() const;

    QTemporaryDir m_home;
    QMap<QString, QByteArray> m_before;
};

QMap<QString, QByteArray> TestDemo::userFiles() const
{
    QMap<QString, QByteArray> files;
    for (const QString &folder : {QStringLiteral("data"), QStringLiteral("config")}) {
        QDirIterator it(m_home.filePath(folder), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                files.insert(f.fileName(),
                             QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex() + ' '
                                 + QByteArray::number(QFileInfo(f).lastModified().toMSecsSinceEpoch()));
        }
    }
    return files;
}

void TestDemo::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The user's own history: one poll of one model with 123 downloads.
    QVERIFY(QDir().mkpath(QFileInfo(userHistory()).absolutePath()));
    {
        HistoryStore store;
        QVERIFY(!store.open(userHistory()).isError());
        PollScope scope;
        scope.topModels = 1;
        scope.topDatasets = 0;
        QVERIFY(store
                    .storePoll(poll({repo(RepoKind::Model, QStringLiteral("me/mine"), 123, 10, 1)},
                                    QDateTime::currentDateTimeUtc().addDays(-1), scope))
                    .ok());
    }
    m_before = userFiles();
    QVERIFY(m_before.contains(userHistory()));
}

void TestDemo::statusShowsTheGeneratedHistoryLabelled()
{
    const ProcessRun r =
        runHubwatch({QStringLiteral("--demo"), QStringLiteral("status"), QStringLiteral("--json")}, m_home.path(), RunAs::Me, 180000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("demo")).toBool(false), true);
    QCOMPARE(o.value(QLatin1String("database")).toString(), demoHistory());
    // The documented parameters: 120 days of polls every 6 hours, both ends included.
    QCOMPARE(o.value(QLatin1String("polls")).toInt(), 120 * 4 + 1);
    // The headline is the sum of every repo's all-time count at the generator's last poll.
    qint64 expected = 0;
    const QList<RepoStats> last = DemoHistory::lastPoll(DemoHistory::Parameters());
    for (const RepoStats &s : last)
        expected += s.downloadsAllTime;
    QCOMPARE(last.size(), DemoHistory::kModels + DemoHistory::kDatasets);
    const QJsonObject headline = o.value(QLatin1String("headline")).toObject();
    QCOMPARE(headline.value(QLatin1String("totalAllTime")).toInteger(), expected);
    QCOMPARE(headline.value(QLatin1String("reposCovered")).toInt(), DemoHistory::kModels + DemoHistory::kDatasets);
    // The hot category the generator heats up over the last two weeks leads, with an alert.
    const QJsonArray hot = o.value(QLatin1String("hotCategories")).toObject().value(QLatin1String("categories")).toArray();
    QVERIFY(!hot.isEmpty());
    QCOMPARE(hot.first().toObject().value(QLatin1String("pipelineTag")).toString(), QStringLiteral("text-to-image"));
    QVERIFY(hot.first().toObject().value(QLatin1String("hot")).toBool());

    const ProcessRun text = runHubwatch({QStringLiteral("--demo"), QStringLiteral("status")}, m_home.path());
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.startsWith("Demo data"), text.out.constData());
}

void TestDemo::commandsRunOnTheDemo()
{
    const ProcessRun alerts =
        runHubwatch({QStringLiteral("--demo"), QStringLiteral("alerts"), QStringLiteral("--json")}, m_home.path(), RunAs::Me, 180000);
    QVERIFY2(alerts.exitCode == 0, alerts.err.constData());
    bool milestone = false;
    for (const QJsonValue &a : QJsonDocument::fromJson(alerts.out).object().value(QLatin1String("alerts")).toArray())
        milestone = milestone || a.toObject().value(QLatin1String("kind")).toString() == QLatin1String("milestone");
    QVERIFY2(milestone, alerts.out.constData()); // milestones were crossed on the way

    // The upstream correction: org5/model-5's all-time count goes down once.
    const ProcessRun csv = runHubwatch(
        {QStringLiteral("--demo"), QStringLiteral("export-csv"), QStringLiteral("--series"), QStringLiteral("model:org5/model-5")},
        m_home.path());
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    const int column = int(lines.first().split(',').indexOf("downloads_all_time"));
    QVERIFY2(column >= 0, lines.first().constData());
    int drops = 0;
    qint64 previous = -1;
    for (const QByteArray &line : lines.mid(1)) {
        const qint64 v = line.split(',').value(column).toLongLong();
        drops += previous >= 0 && v < previous;
        previous = v;
    }
    QCOMPARE(drops, 1);

    const QString png = m_home.filePath(QStringLiteral("demo.png"));
    const ProcessRun image = runHubwatch({QStringLiteral("--demo"), QStringLiteral("export-png"), QStringLiteral("--out"), png,
                                          QStringLiteral("--size"), QStringLiteral("640x360")},
                                         m_home.path());
    QVERIFY2(image.exitCode == 0, image.err.constData());
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(24); // the PNG signature, then IHDR: width and height, big-endian
    QVERIFY(head.startsWith("\x89PNG"));
    QCOMPARE(qFromBigEndian<quint32>(head.constData() + 16), 640u);
    QCOMPARE(qFromBigEndian<quint32>(head.constData() + 20), 360u);

    // The Hub-wide series from the demo's censuses exports like any other, its velocity too
    // (census to census); per week a census has nothing to draw, and says so.
    const QString hub = m_home.filePath(QStringLiteral("hub.png"));
    const ProcessRun hubImage = exportHub(QStringLiteral("cumulative"), hub);
    QVERIFY2(hubImage.exitCode == 0, hubImage.err.constData());
    QVERIFY(QFileInfo(hub).size() > 1000);
    const QString velocity = m_home.filePath(QStringLiteral("hub-velocity.png"));
    const ProcessRun velocityImage = exportHub(QStringLiteral("velocity"), velocity);
    QVERIFY2(velocityImage.exitCode == 0, velocityImage.err.constData());
    QVERIFY(QFileInfo(velocity).size() > 1000);
    const QString weekly = m_home.filePath(QStringLiteral("hub-weekly.png"));
    const ProcessRun weeklyImage = exportHub(QStringLiteral("weekly"), weekly);
    QCOMPARE(weeklyImage.exitCode, 1);
    QVERIFY2(weeklyImage.err.contains("once per census"), weeklyImage.err.constData());
    QVERIFY(!QFileInfo::exists(weekly));
}

void TestDemo::pollAndWritersAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("poll") << QStringList{QStringLiteral("poll"), QStringLiteral("--once")};
    QTest::newRow("compact") << QStringList{QStringLiteral("compact"), QStringLiteral("--older-than"), QStringLiteral("1")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("x.csv")};
    QTest::newRow("with --db") << QStringList{QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite")};
}

void TestDemo::pollAndWritersAreUsageErrors()
{
    QFETCH(QStringList, args);
    const ProcessRun r = runHubwatch(QStringList{QStringLiteral("--demo")} + args, m_home.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--demo"), r.err.constData());
}

void TestDemo::olderGeneratorIsMadeAgain()
{
    QFile stamp(demoHistory() + QStringLiteral(".version"));
    QVERIFY(stamp.exists()); // made by the first test
    QVERIFY(stamp.open(QIODevice::WriteOnly | QIODevice::Truncate));
    stamp.write(QByteArray::number(DemoHistory::kGeneratorVersion - 1) + '\n'
                + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + '\n');
    stamp.close();
    QFile demo(demoHistory());
    QVERIFY(demo.open(QIODevice::WriteOnly | QIODevice::Truncate)); // what an older generator left: unusable now
    demo.close();
    const ProcessRun r =
        runHubwatch({QStringLiteral("--demo"), QStringLiteral("status"), QStringLiteral("--json")}, m_home.path(), RunAs::Me, 180000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("polls")).toInt(), 120 * 4 + 1);
    QVERIFY(stamp.open(QIODevice::ReadOnly));
    QCOMPARE(stamp.readLine().trimmed().toInt(), DemoHistory::kGeneratorVersion);
}

void TestDemo::usersHistoryIsUntouched()
{
    // Runs last: every --demo run above has had its chance to touch it.
    QCOMPARE(userFiles(), m_before);
    const ProcessRun r = runHubwatch({QStringLiteral("status"), QStringLiteral("--json")}, m_home.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("demo")).toBool(true), false);
    QCOMPARE(o.value(QLatin1String("headline")).toObject().value(QLatin1String("totalAllTime")).toInteger(), 123);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
