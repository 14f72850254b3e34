// A pipeline tag from the Hub naming a local file in an <img> tag (issue 12 item 1), through the
// real executable: `hubwatch poll --once` fetches it from the fake Hub and stores it, and
// `hubwatch export-png --chart hot` draws the hot-categories chart with it in the legend. Qt
// Charts used to read the legend label as HTML and open the file (seen with strace); inotify on
// the file shows whether any process opened or read it. The PNG must still be written.
#include "FakeHub.h"
#include "FileOpenWatch.h"
#include "HistoryBuilder.h"
#include "TestWait.h"

#include "report/ChartData.h"

#include <QImage>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

class TestHostileExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hotChartNeverOpensAFileNamedByAPipelineTag();

private:
    int hubwatch(const QStringList &args, QByteArray *err);
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }
};

int TestHostileExport::hubwatch(const QStringList &args, QByteArray *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display: export-png renders offscreen, as on a server. Away from the user's token.
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_ENDPOINT",
                             "HF_HUB_OFFLINE", "HF_TOKEN_PATH", "LANGUAGE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HUBWATCH_BIN), args + QStringList{QStringLiteral("--db"), db()});
    const ProcessRun r = finishProcess(p); // the fake Hub answers from this process meanwhile
    *err = r.err;
    return r.exitCode;
}

void TestHostileExport::hotChartNeverOpensAFileNamedByAPipelineTag()
{
    QVERIFY(m_dir.isValid());
    // A real image: loaded, it would be drawn in the legend.
    const QString canary = m_dir.filePath(QStringLiteral("canary.png"));
    QImage red(16, 16, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(canary));
    const QString tag = QStringLiteral("<img src=\"%1\">").arg(canary);

    // Yesterday's poll, stored as a history would hold it: the chart shares out velocity, so the
    // models need a count a day before the poll below.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        HistoryStore store;
        QVERIFY(!store.open(db()).isError());
        const RepoStatsList before{hwtest::repo(QStringLiteral("model:evil/tagged"), 1'000'000, 1000, tag),
                                   hwtest::repo(QStringLiteral("model:good/plain"), 2'000'000, 1000, QStringLiteral("text-generation"))};
        QVERIFY(store.storePoll(hwtest::poll(now.addDays(-2), before, hwtest::scopeOf(2))).ok());
    }
    FakeHub hub;
    QVERIFY(hub.listen());
    hub.addRepo(RepoKind::Model,
                QJsonObject{{QStringLiteral("id"), QStringLiteral("evil/tagged")},
                            {QStringLiteral("downloads"), 9000},
                            {QStringLiteral("downloadsAllTime"), 1'400'000},
                            {QStringLiteral("pipeline_tag"), tag}});
    hub.addRepo(RepoKind::Model,
                QJsonObject{{QStringLiteral("id"), QStringLiteral("good/plain")},
                            {QStringLiteral("downloads"), 8000},
                            {QStringLiteral("downloadsAllTime"), 2'200'000},
                            {QStringLiteral("pipeline_tag"), QStringLiteral("text-generation")}});

    FileOpenWatch watch(canary);
    QVERIFY(watch.isValid());
    QByteArray err;
    QCOMPARE(hubwatch({QStringLiteral("poll"), QStringLiteral("--once"), QStringLiteral("--endpoint"), hub.url().toString(),
                       QStringLiteral("--top-models"), QStringLiteral("2"), QStringLiteral("--top-datasets"), QStringLiteral("0")},
                      &err),
             0);

    // The hot chart of this history has the tag as a category: the export draws it.
    {
        HistoryStore store;
        QVERIFY(!store.open(db(), HistoryStore::Mode::ReadOnly).isError());
        ChartRequest request;
        request.kind = ChartKind::HotCategories;
        const ChartData data = ChartData::load(store, request, QDateTime::currentDateTimeUtc());
        QStringList keys;
        for (const ChartSeriesData &s : data.series)
            keys << s.key;
        QVERIFY2(keys.contains(tag), qPrintable(keys.join(QStringLiteral(", "))));
    }

    const QString out = m_dir.filePath(QStringLiteral("hot.png"));
    QCOMPARE(hubwatch({QStringLiteral("export-png"), QStringLiteral("--chart"), QStringLiteral("hot"), QStringLiteral("--out"), out,
                       QStringLiteral("--size"), QStringLiteral("1200x675")},
                      &err),
             0);
    const QImage png(out);
    QVERIFY2(!png.isNull(), err.constData());
    QCOMPARE(png.size(), QSize(1200, 675));
    QCOMPARE(watch.takeEvents(), 0);

    // The watch sees an open when there is one: the zero above is not a blind spot.
    QFile probe(canary);
    QVERIFY(probe.open(QIODevice::ReadOnly));
    probe.close();
    QVERIFY(watch.takeEvents() > 0);
}

QTEST_GUILESS_MAIN(TestHostileExport)
#include "tst_hostile_export.moc"
