// The desktop on the demo history and the Help menu (issue 14 items 3 and 4), through DesktopApp
// and the window's own menus and keys: the demo is labelled and never polled; the shortcuts
// dialog lists every shortcut the window has; About names the version.
#include "DesktopApp.h"
#include "MainWindow.h"
#include "MethodologyDialog.h"
#include "charts/ExportPngDialog.h"
#include "charts/HistoryChartView.h"
#include "demo/DemoHistory.h"
#include "panels/WatchlistPanel.h"
#include "settings/MilestoneEditor.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "settings/RunConfig.h"

#include "util/Translations.h"
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QTreeWidget>

using namespace hubwatch;

class TestDemoDesktop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoIsLabelledAndNeverPolled();
    void shortcutsDialogListsEveryShortcut();
    void aboutShowsTheVersion();
    void ctrlEExportSaysDemoData();
    void germanWindowFitsASmallScreen();
    void demoHasItsOwnScopeAndWatchlist();
    void methodologyNamesThisScopeAndEndpoint();
    void demoMilestonesSayWhyTheyAreReadOnly();

private:
    std::unique_ptr<DesktopApp> openDemo();
    static QAction *helpAction(MainWindow *w, const QString &text);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestDemoDesktop::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HubWatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_demodesktop"));
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : {"HF_TOKEN", "HF_ENDPOINT", "HUGGING_FACE_HUB_TOKEN"})
        qunsetenv(name);
    QVERIFY(m_dir.isValid());
    qputenv("HF_HOME", m_dir.filePath(QStringLiteral("hf")).toUtf8());
    QSettings().clear();
    QFile::remove(RunConfig::defaultDatabaseFile());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoHistory::Parameters small; // a short demo: the window, not the generator, is under test
    small.days = 10;
    small.hours = 12;
    QVERIFY(!DemoHistory::write(m_demo, small).isError());
}

std::unique_ptr<DesktopApp> TestDemoDesktop::openDemo()
{
    CommandLine options;
    options.demo = true;
    options.db = m_demo; // what HeadlessMain::parse makes of --demo
    auto app = std::make_unique<DesktopApp>(options);
    QSignalSpy opened(app.get(), &DesktopApp::historyOpened);
    app->show();
    if (!opened.wait(20000))
        return nullptr;
    return app;
}

QAction *TestDemoDesktop::helpAction(MainWindow *w, const QString &text)
{
    for (QAction *menu : w->menuBar()->actions()) {
        if (!menu->menu() || menu->text().remove(QLatin1Char('&')) != QLatin1String("Help"))
            continue;
        for (QAction *a : menu->menu()->actions())
            if (a->text().remove(QLatin1Char('&')) == text)
                return a;
    }
    return nullptr;
}

void TestDemoDesktop::demoIsLabelledAndNeverPolled()
{
    const auto app = openDemo();
    QVERIFY(app);
    MainWindow *w = app->window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY2(w->windowTitle().contains(QLatin1String("Demo data")), qPrintable(w->windowTitle()));
    const auto *label = w->findChild<QLabel *>(QStringLiteral("demoLabel"));
    QVERIFY(label && label->isVisible());
    QVERIFY(label->text().contains(QLatin1String("Demo data")));
    // A viewer: nothing polls the demo, not even F5, and the user's history is never made.
    QVERIFY(!app->isCollector());
    QVERIFY(!w->canPoll());
    QTest::keyClick(w, Qt::Key_F5);
    QVERIFY(!app->isCollector());
    QVERIFY(!QFile::exists(RunConfig::defaultDatabaseFile()));
    // Opening the demo from the demo would only open it twice.
    QAction *open = helpAction(w, QStringLiteral("Open the demo"));
    QVERIFY(open);
    QVERIFY(!open->isEnabled());
}

void TestDemoDesktop::shortcutsDialogListsEveryShortcut()
{
    const auto app = openDemo();
    QVERIFY(app);
    MainWindow *w = app->window();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QAction *shortcuts = helpAction(w, QStringLiteral("Keyboard shortcuts"));
    QVERIFY(shortcuts);
    shortcuts->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) && dialog->isVisible());
    QStringList listed;
    const auto *table = dialog->findChild<QTreeWidget *>();
    QVERIFY(table);
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        listed << table->topLevelItem(i)->text(1);
    // Every action of the window with a shortcut, read here independently of the dialog.
    QStringList expected;
    for (const QAction *a : w->findChildren<QAction *>())
        if (!a->shortcut().isEmpty())
            expected << a->shortcut().toString(QKeySequence::NativeText);
    expected.removeDuplicates();
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
    for (const QString &key : {QStringLiteral("Ctrl+1"), QStringLiteral("Ctrl+6"), QStringLiteral("F5"), QStringLiteral("Ctrl+E"),
                               QStringLiteral("Ctrl+,"), QStringLiteral("Ctrl+Q")})
        QVERIFY2(listed.contains(key), qPrintable(key + QLatin1String(" missing from ") + listed.join(QLatin1Char(' '))));
    // The navigation shows the same keys.
    const auto *nav = w->findChild<QListWidget *>();
    QVERIFY(nav && nav->count() >= 6);
    QVERIFY2(nav->item(0)->toolTip().contains(QLatin1String("Ctrl+1")), qPrintable(nav->item(0)->toolTip()));
    QVERIFY2(nav->item(5)->toolTip().contains(QLatin1String("Ctrl+6")), qPrintable(nav->item(5)->toolTip()));
    // A real key closes it.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!w->findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
}

void TestDemoDesktop::aboutShowsTheVersion()
{
    const auto app = openDemo();
    QVERIFY(app);
    MainWindow *w = app->window();
    QAction *about = helpAction(w, QStringLiteral("About HubWatch"));
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w->findChild<QMessageBox *>(QStringLiteral("aboutBox"))) && box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String(HUBWATCH_VERSION)), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QLatin1String(qVersion())));
    QVERIFY(box->informativeText().contains(QLatin1String("Hugging Face Hub API")));
    QVERIFY(box->informativeText().contains(QLatin1String("GNU General Public License")));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!w->findChild<QMessageBox *>(QStringLiteral("aboutBox")));
}

void TestDemoDesktop::germanWindowFitsASmallScreen()
{
    // German labels are the longest: the whole window, every view built, must fit an 800x560
    // screen, with the navigation's names whole (a chart tool that does not fit moves into the
    // tool bar's extension menu instead).
    QVERIFY(Translations::install(Translations::localeFor(QStringLiteral("de"))));
    const auto app = openDemo();
    QVERIFY(app);
    MainWindow *w = app->window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY2(w->minimumSizeHint().width() <= 800, qPrintable(QString::number(w->minimumSizeHint().width())));
    w->resize(800, 560);
    auto *nav = w->findChild<QListWidget *>();
    QVERIFY(nav);
    for (int view = 0; view < nav->count(); ++view) {
        nav->setCurrentRow(view); // each view in turn: the window's minimum is the largest view's
        QCoreApplication::processEvents();
        QVERIFY2(w->width() <= 800, qPrintable(QStringLiteral("%1 px with %2").arg(w->width()).arg(nav->item(view)->text())));
        QVERIFY2(nav->sizeHintForColumn(0) <= nav->viewport()->width(),
                 qPrintable(QStringLiteral("names %1 px, list %2 px").arg(nav->sizeHintForColumn(0)).arg(nav->viewport()->width())));
    }
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

// The demo watches three of its own repos and says its own scope; the user's settings (their
// watchlist, their top N) are neither shown nor changed by it.
void TestDemoDesktop::demoHasItsOwnScopeAndWatchlist()
{
    {
        Settings user;
        PollScope mine;
        mine.topModels = 77;
        mine.watch = {{WatchItem::Type::Model, QStringLiteral("someone/their-model")}};
        user.setScope(mine);
    }
    const auto app = openDemo();
    QVERIFY(app);
    MainWindow *w = app->window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QTest::keyClick(w, Qt::Key_3, Qt::ControlModifier); // the watchlist
    auto *table = w->findChild<WatchlistPanel *>()->findChild<QTableView *>();
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), DemoHistory::scope().watch.size());
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown << table->model()->index(row, 0).data().toString();
    QVERIFY2(shown.contains(QLatin1String("model:org0/model-0")) && !shown.join(QString()).contains(QLatin1String("someone")),
             qPrintable(shown.join(QLatin1String(", "))));
    QCOMPARE(app->config().scope.topModels, DemoHistory::kModels);
    QCOMPARE(app->config().scope.topDatasets, DemoHistory::kDatasets);
    Settings user;
    QCOMPARE(user.scope().topModels, 77);
    QCOMPARE(user.scope().watch.size(), 1);
    QCOMPARE(user.scope().watch.first().name, QStringLiteral("someone/their-model"));
}

// Help → How HubWatch measures explains the figures for the scope and endpoint on screen.
void TestDemoDesktop::methodologyNamesThisScopeAndEndpoint()
{
    const auto app = openDemo();
    QVERIFY(app);
    MainWindow *w = app->window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QAction *how = helpAction(w, QStringLiteral("How HubWatch measures"));
    QVERIFY(how);
    how->trigger();
    MethodologyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<MethodologyDialog *>()) && dialog->isVisible());
    QStringList titles;
    QString all;
    for (const auto &[title, text] : dialog->sections()) {
        titles << title;
        all += text;
    }
    QVERIFY2(titles.contains(QLatin1String("The headline")) && titles.contains(QLatin1String("What the numbers do not say")),
             qPrintable(titles.join(QLatin1String(", "))));
    QVERIFY2(all.contains(app->config().scope.describe()), qPrintable(app->config().scope.describe()));
    QVERIFY(all.contains(app->config().hub.endpoint.toDisplayString()));
    // Shown as written: a label for each title and text.
    int shown = 0;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        shown += label->text() == titles.first() ? 1 : 0;
    QCOMPARE(shown, 1);
    dialog->reject();
}

// Settings on the demo: its milestones cannot be edited, and the reason is the demo's, not
// "another HubWatch is recording this history".
void TestDemoDesktop::demoMilestonesSayWhyTheyAreReadOnly()
{
    const auto app = openDemo();
    QVERIFY(app);
    bool said = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        said = QTest::qWaitFor(
            [dialog] {
                for (QLabel *label : dialog->milestones()->findChildren<QLabel *>())
                    if (!label->isHidden() && label->text().startsWith(QLatin1String("The demo history is read-only")))
                        return true;
                return false;
            },
            10000);
        dialog->reject(); // always: a modal dialog left open would hang the test
    });
    app->openSettings();
    QVERIFY(said);
}

QTEST_MAIN(TestDemoDesktop)
// The window's Ctrl+E export of the demo says "Demo data" in its caption, as `hubwatch --demo
// export-png` does: the PNG written is the exporter's demo rendering of the chart's data.
void TestDemoDesktop::ctrlEExportSaysDemoData()
{
    const auto app = openDemo();
    QVERIFY(app);
    MainWindow *w = app->window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QTest::keyClick(w, Qt::Key_E, Qt::ControlModifier);
    auto *charts = w->findChild<HistoryChartView *>();
    QVERIFY(charts);
    QTRY_VERIFY(charts->exportDialog() && charts->exportDialog()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(charts->loadCount() > 0 && !charts->isLoading(), 20000);
    QVERIFY(!charts->data().isEmpty());
    ExportPngDialog *dialog = charts->exportDialog();
    const QString png = m_dir.filePath(QStringLiteral("demo-export.png"));
    dialog->setChartSize(QSize(640, 360));
    dialog->setPath(png);
    ChartExporter::Options o = dialog->options();
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(png));
    o.demo = true;
    QVERIFY(ChartExporter::caption(charts->data(), o).startsWith(QLatin1String("Demo data")));
    QCOMPARE(QImage(png).convertToFormat(QImage::Format_ARGB32),
             ChartExporter::render(charts->data(), o).convertToFormat(QImage::Format_ARGB32));
    o.demo = false; // and that is not what any export would be
    QVERIFY(QImage(png).convertToFormat(QImage::Format_ARGB32)
            != ChartExporter::render(charts->data(), o).convertToFormat(QImage::Format_ARGB32));
}

#include "tst_demodesktop.moc"
