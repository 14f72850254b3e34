// Hostile repo text on screen (issue 8, item 2): a repo name, licence or alert text holding HTML
// is shown as the literal characters, never interpreted as rich text, in the licence panel, the
// alert log and the watchlist. The store is fed directly (the Hub client would skip such ids, see
// tst_hostile), as a damaged or imported history could be.
#include "DashboardView.h"
#include "HistoryBuilder.h"
#include "ManualClock.h"
#include "panels/AlertLogModel.h"
#include "panels/AlertLogPanel.h"
#include "panels/LicencePanel.h"
#include "panels/WatchlistPanel.h"

#include "hub/HubClient.h"
#include "report/ReportService.h"
#include "store/AlertStore.h"
#include "store/StoreThread.h"
#include "settings/Settings.h"

#include <QLabel>
#include <QPushButton>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace hubwatch;
using namespace hwtest;

namespace {
const QString kHtml = QStringLiteral("<b>x</b><script>alert(1)</script><img src=\"file:///etc/passwd\">");
const QString kRepo = QStringLiteral("evil/") + kHtml;

// What a panel does with text holding the hostile HTML: labels must show it as plain text (by
// their format), the table by a stock delegate (which never renders markup); tool tips are
// rendered as rich text by Qt whenever Qt::mightBeRichText() says so, and must then still display
// the markup literally (escaped).
struct Shown
{
    int labels = 0, cells = 0, tips = 0;
    QStringList richLabels, customDelegates, richTips;
};

Shown inspect(QWidget *root, QAbstractItemView *view)
{
    Shown s;
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->text().contains(QLatin1String("<b>")))
            continue;
        ++s.labels;
        if (l->textFormat() == Qt::RichText || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text())))
            s.richLabels << l->text();
    }
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            const QModelIndex i = m->index(r, c);
            if (i.data(Qt::DisplayRole).toString().contains(QLatin1String("<b>"))) {
                ++s.cells;
                const QAbstractItemDelegate *d = view->itemDelegateForIndex(i);
                if (!d || QByteArray(d->metaObject()->className()) != "QStyledItemDelegate")
                    s.customDelegates << QString::fromLatin1(d ? d->metaObject()->className() : "none");
            }
            // What QToolTip displays: rich text when Qt::mightBeRichText() says so, else plain.
            const QString tip = i.data(Qt::ToolTipRole).toString();
            QTextDocument shown;
            Qt::mightBeRichText(tip) ? shown.setHtml(tip) : shown.setPlainText(tip);
            if (tip.contains(QLatin1String("<b>")) || tip.contains(QLatin1String("&lt;b&gt;"))) {
                ++s.tips;
                if (!shown.toPlainText().contains(kHtml))
                    s.richTips << tip;
            }
        }
    }
    return s;
}
} // namespace

class TestHostileGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void licencePanelShowsMarkupLiterally();
    void alertLogShowsMarkupLiterally();
    void watchlistQuotesMarkupLiterally();
    void dashboardPollTipShowsMarkupLiterally();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<ReportService> m_reports;
};

void TestHostileGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store;
        QVERIFY(!store.open(path).isError());
        RepoStats hostile = repo(QStringLiteral("model:") + kRepo, 1'000'000, 5000);
        hostile.license = kHtml;
        hostile.siblings = {QStringLiteral("model.safetensors")};
        RepoStats plain = repo(QStringLiteral("model:org/plain"), 2'000'000, 5000);
        plain.license = QStringLiteral("mit");
        plain.siblings = {QStringLiteral("model.safetensors")};
        QVERIFY(store.storePoll(poll(at(kDay), {hostile, plain})).ok());
        AlertStore alerts(store);
        AlertRecord a;
        a.kind = AlertRecord::Kind::Milestone;
        a.series = QStringLiteral("model:") + kRepo;
        a.threshold = 1'000'000; // worded when read: "model evil/<b>x</b>… passed 1M"
        a.happenedAt = at(kDay);
        a.raisedAt = at(kDay);
        QVERIFY(alerts.raise(a, a.series).ok());
    }
    m_store = std::make_unique<StoreThread>();
    m_reports = std::make_unique<ReportService>(m_store.get());
    bool done = false;
    StoreError error;
    QObject context;
    m_store->open(path, HistoryStore::Mode::ReadWrite, &context, [&](StoreError e) {
        error = e;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(!error.isError());
}

void TestHostileGui::licencePanelShowsMarkupLiterally()
{
    LicencePanel panel(m_reports.get());
    QSignalSpy refreshed(&panel, &LicencePanel::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QStringList shown;
    for (int r = 0; r < panel.model()->rowCount(); ++r)
        shown << panel.model()->index(r, LicencePanel::RepoColumn).data().toString()
              << panel.model()->index(r, LicencePanel::LicenceColumn).data().toString();
    QVERIFY2(shown.join(QLatin1Char(' ')).contains(kRepo), qPrintable(shown.join(QLatin1Char(' '))));
    QVERIFY(shown.contains(kHtml)); // the licence, to the character
    const Shown s = inspect(&panel, panel.view());
    QVERIFY(s.cells >= 2 && s.tips >= 2);
    QVERIFY2(s.richLabels.isEmpty(), qPrintable(s.richLabels.join(QLatin1Char('\n'))));
    QVERIFY2(s.customDelegates.isEmpty(), qPrintable(s.customDelegates.join(QLatin1Char(' '))));
    QVERIFY2(s.richTips.isEmpty(), qPrintable(s.richTips.join(QLatin1Char('\n'))));
}

void TestHostileGui::alertLogShowsMarkupLiterally()
{
    AlertLogPanel panel(m_reports.get());
    QSignalSpy refreshed(&panel, &AlertLogPanel::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.filteredModel()->rowCount(), 1);
    QCOMPARE(panel.filteredModel()->index(0, AlertLogModel::TitleColumn).data().toString(),
             QStringLiteral("model ") + kRepo + QStringLiteral(" passed 1M"));
    // Selecting the alert shows its details in a label.
    panel.view()->selectRow(0);
    QCoreApplication::processEvents();
    const Shown s = inspect(&panel, panel.view());
    QVERIFY(s.labels >= 1 && s.cells >= 1 && s.tips >= 1);
    QVERIFY2(s.richLabels.isEmpty(), qPrintable(s.richLabels.join(QLatin1Char('\n'))));
    QVERIFY2(s.customDelegates.isEmpty(), qPrintable(s.customDelegates.join(QLatin1Char(' '))));
    QVERIFY2(s.richTips.isEmpty(), qPrintable(s.richTips.join(QLatin1Char('\n'))));
}

void TestHostileGui::watchlistQuotesMarkupLiterally()
{
    QTemporaryDir dir;
    Settings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    test::ManualClock clock;
    QNetworkAccessManager nam;
    HubConfig config;
    config.offline = true; // suggestions are not the point here
    HubClient client(&nam, &clock, config);
    WatchlistPanel panel(settings, m_reports.get(), &client);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Refused as a name, and the inline message quotes what was typed as plain text.
    QVERIFY(!panel.addItem(QStringLiteral("model:") + kRepo));
    QVERIFY2(panel.message().contains(QLatin1String("<b>")), qPrintable(panel.message()));
    const Shown s = inspect(&panel, panel.findChild<QAbstractItemView *>());
    QCOMPARE(s.labels, 1);
    QVERIFY2(s.richLabels.isEmpty(), qPrintable(s.richLabels.join(QLatin1Char('\n'))));
}

// Why polling is off names a path or the process holding the lock (issue 12 item 1's audit): the
// poll button's tool tip shows it literally.
void TestHostileGui::dashboardPollTipShowsMarkupLiterally()
{
    DashboardView view(QStringLiteral("top 10 models"), false);
    const QString why = QStringLiteral("The history /home/u/") + kHtml + QStringLiteral(".sqlite is in use.");
    view.setPollEnabled(false, why);
    QPushButton *button = nullptr;
    for (QPushButton *b : view.findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Poll now"))
            button = b;
    QVERIFY(button);
    const QString tip = button->toolTip();
    QTextDocument shown;
    Qt::mightBeRichText(tip) ? shown.setHtml(tip) : shown.setPlainText(tip);
    QCOMPARE(shown.toPlainText(), why);
}

QTEST_MAIN(TestHostileGui)
#include "tst_hostile_gui.moc"
