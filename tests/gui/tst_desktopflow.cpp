// The "done when", end to end on the real wiring (DesktopApp: settings, store thread,
// poller, window and views) against a fake Hub on loopback: a new user sees a populated
// dashboard after one poll, adds a model to the watchlist, opens its chart and exports it as PNG.
#include "DesktopApp.h"
#include "DashboardView.h"
#include "FakeHub.h"
#include "MainWindow.h"
#include "charts/ExportPngDialog.h"
#include "charts/HistoryChartView.h"
#include "panels/WatchlistModel.h"
#include "panels/WatchlistPanel.h"
#include "settings/Settings.h"

#include "ChartTestSupport.h"

#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;

class TestDesktopFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newUserWatchesChartsAndExports();

private:
    test::FakeHub m_hub;
    QTemporaryDir m_dir;
};

void TestDesktopFlow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HubWatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopflow"));
    QStandardPaths::setTestModeEnabled(true); // settings and data away from the user's own
    QSettings().clear();
    qunsetenv("HF_TOKEN");
    qunsetenv("HF_ENDPOINT");
    qunsetenv("HF_HUB_OFFLINE");
    qputenv("HF_HOME", m_dir.filePath(QStringLiteral("hf")).toUtf8()); // no token file
    m_hub.generateRepos(RepoKind::Model, 40, 1);
    m_hub.generateRepos(RepoKind::Dataset, 20, 1);
    QVERIFY(m_hub.listen());
}

void TestDesktopFlow::newUserWatchesChartsAndExports()
{
    CommandLine options;
    options.endpoint = m_hub.url().toString();
    options.db = m_dir.filePath(QStringLiteral("history.sqlite"));
    options.topModels = 30;
    options.topDatasets = 10;
    DesktopApp app(options);
    app.show();
    MainWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // 1. One poll, and the dashboard shows the tracked total: exactly the sum of the all-time
    // downloads of the fake Hub's top 30 models and top 10 datasets, in billions with two decimals,
    // with the exact figure in the tool tip once the poll is stored.
    const qint64 total =
        test::FakeHub::sum(m_hub.top(RepoKind::Model, 30) + m_hub.top(RepoKind::Dataset, 10), QStringLiteral("downloadsAllTime"));
    QVERIFY2(total >= 1'000'000'000 && total < 9'995'000'000, qPrintable(QString::number(total))); // shown as "7.01B"
    const QString billions = QString::number(double(total) / 1e9, 'f', 2) + QLatin1Char('B');
    QLabel *headline = nullptr;
    for (QLabel *l : window->dashboard()->findChildren<QLabel *>())
        if (l->accessibleName() == QLatin1String("Tracked cumulative downloads"))
            headline = l;
    QVERIFY(headline);
    const auto digits = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("[^0-9]"))); };
    QTRY_COMPARE_WITH_TIMEOUT(digits(headline->toolTip()), QString::number(total), 20000);
    QCOMPARE(window->dashboard()->headlineText(), billions);
    // The headline shows once the poll is stored; the status bar once its alerts are done too.
    QTRY_VERIFY2(window->statusText().contains(QStringLiteral("Last poll")), qPrintable(window->statusText()));

    // 2. Add the most downloaded model to the watchlist, as typed into the panel.
    auto *watchlist = window->findChild<WatchlistPanel *>();
    QVERIFY(watchlist);
    window->showView(QStringLiteral("watchlist"));
    const QString model = m_hub.repos(RepoKind::Model).constFirst().value(QStringLiteral("id")).toString();
    QVERIFY2(watchlist->addItem(QStringLiteral("model:") + model), qPrintable(watchlist->message()));
    QCOMPARE(watchlist->model()->rowCount(), 1);
    Settings settings;
    QCOMPARE(settings.scope().watch.size(), 1); // saved for the next start
    QCOMPARE(settings.scope().watch.constFirst().name, model);

    // 3. Its chart: opening the row shows the repo's series in the charts view.
    auto *charts = window->findChild<HistoryChartView *>();
    QVERIFY(charts);
    const int loads = charts->loadCount();
    Q_EMIT watchlist->openSeries(QStringLiteral("model:") + model);
    QCOMPARE(window->currentView(), QStringLiteral("charts"));
    QCOMPARE(charts->series(), QStringList{QStringLiteral("model:") + model});
    WAIT_LOADED(charts, loads);
    const auto lines = test::lineSeriesNamed(charts->chart(), QStringLiteral("line:model:") + model);
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.constFirst()->count() >= 1); // the poll's figure for this model

    // 4. Export it through the window's Ctrl+E and the export dialog.
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
    ExportPngDialog *dialog = charts->exportDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QString png = m_dir.filePath(QStringLiteral("model.png"));
    dialog->setChartSize(QSize(800, 450));
    dialog->setScale(1);
    dialog->setPath(png);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(png));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(800, 450));
    // Real chart pixels: many distinct colours, not a blank canvas.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

QTEST_MAIN(TestDesktopFlow)
#include "tst_desktopflow.moc"
