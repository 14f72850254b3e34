// The main window as a user meets it: it says what it is doing, and Poll now works.
#include "FakeHub.h"
#include "ManualClock.h"
#include "MainWindow.h"

#include "hub/HubClient.h"
#include "monitor/Poller.h"

#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace hubwatch;
using namespace hubwatch::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsIdleAndSaysWhereItPolls();
    void pollNowShowsTheTrackedTotal();
    void offlineDisablesPolling();
};

namespace {
struct Rig
{
    ManualClock clock;
    FakeHub hub{&clock};
    QNetworkAccessManager nam;
    HubConfig config;
    std::unique_ptr<HubClient> client;
    std::unique_ptr<Poller> poller;

    explicit Rig(bool offline = false)
    {
        clock.setAutoAdvance(true);
        hub.listen();
        hub.generateRepos(RepoKind::Model, 40);
        hub.generateRepos(RepoKind::Dataset, 40);
        config.endpoint = hub.url();
        config.offline = offline;
        client = std::make_unique<HubClient>(&nam, &clock, config);
        poller = std::make_unique<Poller>(client.get(), &clock);
        PollScope scope;
        scope.topModels = 25;
        scope.topDatasets = 25;
        poller->setScope(scope);
    }
};
} // namespace

void TestMainWindow::startsIdleAndSaysWhereItPolls()
{
    Rig rig;
    MainWindow w(rig.poller.get(), rig.config);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.statusText().startsWith(QLatin1String("Idle")), qPrintable(w.statusText()));
    QVERIFY(w.statusText().contains(rig.hub.url().toString()));
    QCOMPARE(rig.hub.requestCount(), 0); // nothing polled behind the user's back yet
}

void TestMainWindow::pollNowShowsTheTrackedTotal()
{
    Rig rig;
    MainWindow w(rig.poller.get(), rig.config);
    w.show();
    auto *button = w.findChild<QPushButton *>();
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w.statusText().contains(QLatin1String("Last poll finished")), 10000);
    qint64 total = 0;
    for (const QString &ids : {QStringLiteral("models"), QStringLiteral("datasets")}) {
        const auto kind = ids == QLatin1String("models") ? RepoKind::Model : RepoKind::Dataset;
        const auto repos = rig.hub.repos(kind);
        for (int i = 0; i < 25; ++i)
            total += repos.at(i).value(QLatin1String("downloadsAllTime")).toInteger();
    }
    bool shown = false;
    for (QLabel *label : w.findChildren<QLabel *>())
        shown = shown || label->text() == QLocale().toString(total);
    QVERIFY2(shown, "the headline does not show the sum of downloadsAllTime over the polled repos");
    QVERIFY(button->isEnabled());
}

void TestMainWindow::offlineDisablesPolling()
{
    Rig rig(true);
    MainWindow w(rig.poller.get(), rig.config);
    QVERIFY(w.statusText().contains(QLatin1String("Offline")));
    QVERIFY(!w.findChild<QPushButton *>()->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
