// The watchlist, licence and alert-log panels as a user meets them: real store thread on a
// temporary database, real HubClient against the fake Hub, settings in an INI file.
#include "FakeHub.h"
#include "HistoryBuilder.h"
#include "ManualClock.h"
#include "TestOutput.h"
#include "TestWait.h"
#include "TestZone.h"
#include "panels/AlertLogModel.h"
#include "panels/AlertLogPanel.h"
#include "panels/LicencePanel.h"
#include "panels/WatchlistModel.h"
#include "panels/WatchlistPanel.h"

#include "analysis/CompactNumber.h"
#include "analysis/LicenseClassifier.h"
#include "hub/HubClient.h"
#include "report/ReportService.h"
#include "store/AlertStore.h"
#include "alerts/AlertText.h"
#include "report/SeriesNames.h"
#include "store/StoreThread.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hubwatch;
using namespace hubwatch::test;
using namespace hwtest;

class TestPanels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchAsYouTypeSuggestsFromTheHub();
    void staleSearchResultsAreIgnored();
    void authorSuggestionsAreOrganisations();
    void addsValidItemsToModelAndSettings();
    void refusesDuplicatesAndInvalidNames();
    void removesItems();
    void rowsShowTheStoredFigures();
    void doubleClickOpensTheSeries();
    void licencePanelCountsAndFlagsPickleOnly();
    void licencePanelFilters();
    void alertLogFiltersByKindAndText();
    void alertTimesAreLocalWithUtcTooltip();
    void searchShowsItsProgressThenNoMatches();
    void failedSearchSaysWhyAndSuggestsFromHistory_data();
    void failedSearchSaysWhyAndSuggestsFromHistory();
    void offlineSuggestsFromHistory();
    void licenceDownloadsSortAsNumbers();
    void licenceFilterSaysHowManyShown();
    void alertLogShowsSeriesByNameAndTheBody();
    void notificationBodyDoesNotRepeatTitle();
};

namespace {

RepoStats detailed(const QString &key, qint64 allTime, const QString &license, const QStringList &files,
                   GatedState gated = GatedState::Open)
{
    RepoStats r = repo(key, allTime, 5000);
    r.license = license;
    r.siblings = files;
    r.gated = gated;
    return r;
}

// Day 0 and day 1 of a small history, with licences, weight files and alerts.
void fillHistory(const QString &path)
{
    HistoryStore store;
    QVERIFY(!store.open(path).isError());
    const RepoStatsList day0{repo(QStringLiteral("model:orgA/alpha"), 1'000'000, 50'000),
                             repo(QStringLiteral("model:orgA/beta"), 2'000'000, 10'000),
                             repo(QStringLiteral("dataset:orgB/data"), 500'000, 3'000)};
    QVERIFY(store.storePoll(poll(at(0), day0)).ok());
    const RepoStatsList day1{
        detailed(QStringLiteral("model:orgA/alpha"), 1'012'000, QStringLiteral("apache-2.0"), {QStringLiteral("model.safetensors")}),
        detailed(QStringLiteral("model:orgA/beta"), 2'003'000, QStringLiteral("llama3"), {QStringLiteral("pytorch_model.bin")},
                 GatedState::Manual),
        repo(QStringLiteral("dataset:orgB/data"), 500'500, 3'100),
        detailed(QStringLiteral("model:orgC/quant"), 10'000, QStringLiteral("mit"), {QStringLiteral("model-Q4_K_M.gguf")}),
        detailed(QStringLiteral("model:orgC/both"), 20'000, QStringLiteral("cc-by-nc-4.0"),
                 {QStringLiteral("model.safetensors"), QStringLiteral("pytorch_model.bin")}),
        detailed(QStringLiteral("model:orgD/keras"), 30'000, QString(), {QStringLiteral("tf_model.h5")}),
        detailed(QStringLiteral("model:orgD/old"), 40'000, QStringLiteral("gpl-3.0"), {QStringLiteral("model.pt")}, GatedState::Auto),
    };
    // The day-1 figures of alpha: +12,000 a day; 30-day count unchanged.
    RepoStatsList fixed = day1;
    fixed[0].downloads30d = 50'000;
    fixed[1].downloads30d = 10'000;
    QVERIFY(store.storePoll(poll(at(kDay), fixed)).ok());

    AlertStore alerts(store);
    auto raise = [&](AlertRecord::Kind kind, const QString &series, const QString &title, const QString &body, qint64 when) {
        AlertRecord a;
        a.kind = kind;
        a.series = series;
        a.legacyTitle = title;
        a.legacyBody = body;
        a.happenedAt = at(when);
        a.raisedAt = at(when + kHour);
        QVERIFY(alerts.raise(a, title).ok());
    };
    raise(AlertRecord::Kind::Milestone, QStringLiteral("model:orgA/alpha"), QStringLiteral("alpha passed 1M downloads"),
          QStringLiteral("orgA/alpha crossed 1,000,000 all-time downloads."), kDay);
    raise(AlertRecord::Kind::RecordDay, QStringLiteral("headline"), QStringLiteral("Record day"),
          QStringLiteral("The tracked repos gained 15,500 downloads, the most in a day."), kDay - kHour);
    raise(AlertRecord::Kind::Anomaly, QStringLiteral("dataset:orgB/data"), QStringLiteral("Upstream correction"),
          QStringLiteral("orgB/data lost downloads: the Hub corrected its count."), kDay - 2 * kHour);
    raise(AlertRecord::Kind::NewEntrant, QStringLiteral("model:orgC/quant"), QStringLiteral("New in the top 1,000"),
          QStringLiteral("orgC/quant entered the top models (alpha's neighbour)."), kDay - 3 * kHour);
    store.close();
}

struct Rig
{
    QTemporaryDir dir;
    ManualClock clock;
    FakeHub hub{&clock};
    QNetworkAccessManager nam;
    HubConfig config;
    std::unique_ptr<HubClient> client;
    StoreThread store;
    ReportService reports{&store};
    std::unique_ptr<Settings> settings;

    // offline: as HF_HUB_OFFLINE=1 would set it. retries: 0 to see a failure at the first answer.
    explicit Rig(bool offline = false, int retries = 5)
    {
        clock.setAutoAdvance(true);
        if (!hub.listen())
            qFatal("fake Hub could not listen");
        hub.generateRepos(RepoKind::Model, 30);
        hub.generateRepos(RepoKind::Dataset, 10);
        config.endpoint = hub.url();
        config.transferTimeout = std::chrono::milliseconds(2000);
        config.offline = offline;
        config.maxRetries = retries;
        client = std::make_unique<HubClient>(&nam, &clock, config);
        settings =
            std::make_unique<Settings>(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    }

    [[nodiscard]] bool open()
    {
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        fillHistory(path);
        if (QTest::currentTestFailed())
            return false;
        bool done = false;
        StoreError error;
        QObject context;
        store.open(path, HistoryStore::Mode::ReadWrite, &context, [&](StoreError e) {
            error = e;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && !error.isError();
    }

    QStringList watched() const
    {
        QStringList out;
        for (const WatchItem &w : settings->scope().watch)
            out << w.toString();
        return out;
    }
};

QStringList itemsOf(const WatchlistModel *m)
{
    QStringList out;
    for (const WatchItem &w : m->items())
        out << w.toString();
    return out;
}

QString cellText(const QAbstractItemModel *m, int row, int column, int role = Qt::DisplayRole)
{
    return m->index(row, column).data(role).toString();
}

int rowOf(const QAbstractItemModel *m, int column, const QString &text)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (cellText(m, r, column) == text)
            return r;
    return -1;
}

void grab(QWidget *w, const QString &name, QSize size = QSize(760, 420))
{
    if (size.isValid())
        w->resize(size);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(test::testOutputPath(QStringLiteral("panel-%1.png").arg(name))));
}

} // namespace

void TestPanels::searchAsYouTypeSuggestsFromTheHub()
{
    Rig rig;
    QVERIFY(rig.open());
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.input()->setFocus();
    QSignalSpy ready(&panel, &WatchlistPanel::suggestionsReady);
    rig.hub.clearRequests();

    // One character: no search, and none pending (the debounce timer is the only way to one).
    auto *debounce = panel.findChild<QTimer *>(QStringLiteral("searchDebounce"));
    QVERIFY(debounce);
    QTest::keyClicks(panel.input(), QStringLiteral("m"));
    QVERIFY(!debounce->isActive());
    QCoreApplication::sendPostedEvents();
    QCOMPARE(rig.hub.requestCount(), 0);
    QTest::keyClicks(panel.input(), QStringLiteral("odel-1"));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
    QCOMPARE(rig.hub.requestCount(), 1); // debounced: one request for six keystrokes
    QVERIFY(rig.hub.requests().first().target.contains("search=model-1"));
    const QStringList s = panel.suggestions();
    QVERIFY2(!s.isEmpty(), "no suggestions");
    QVERIFY(s.size() <= 10);
    for (const QString &id : s)
        QVERIFY2(id.contains(QLatin1String("model-1")), qPrintable(id));
    QTRY_VERIFY(panel.input()->completer()->popup()->isVisible());
    grab(&panel, QStringLiteral("watchlist-typing"));
    grab(panel.input()->completer()->popup(), QStringLiteral("watchlist-suggestions"), QSize());
}

void TestPanels::staleSearchResultsAreIgnored()
{
    Rig rig;
    QVERIFY(rig.open());
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    panel.show();
    QSignalSpy ready(&panel, &WatchlistPanel::suggestionsReady);
    // While the Hub handles the search for "model-1", the user types on: its answer is stale.
    bool typed = false;
    connect(&rig.hub, &FakeHub::requestReceived, &panel, [&] {
        if (!typed) {
            typed = true;
            QTest::keyClicks(panel.input(), QStringLiteral("zz"));
        }
    });
    QTest::keyClicks(panel.input(), QStringLiteral("model-1"));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
    QCOMPARE(ready.first().first().toStringList(), QStringList()); // "model-1zz" matches nothing
    QVERIFY(panel.suggestions().isEmpty());
    QCOMPARE(rig.hub.requestCount(), 2);
    // A third search, answered after the stale answer arrived: that one was dropped, not late.
    QTest::keyClick(panel.input(), Qt::Key_Backspace);
    QTest::keyClick(panel.input(), Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 5000);
    QVERIFY(!ready.at(1).first().toStringList().isEmpty()); // "model-1" again, answered this time
    QCOMPARE(rig.hub.requestCount(), 3);
}

void TestPanels::authorSuggestionsAreOrganisations()
{
    Rig rig;
    QVERIFY(rig.open());
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    panel.kindSelector()->setCurrentIndex(2);
    QCOMPARE(panel.kindSelector()->currentText(), QStringLiteral("Author"));
    QSignalSpy ready(&panel, &WatchlistPanel::suggestionsReady);
    QTest::keyClicks(panel.input(), QStringLiteral("org"));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
    const QStringList s = panel.suggestions();
    QVERIFY(!s.isEmpty());
    for (const QString &org : s) {
        QVERIFY2(org.startsWith(QLatin1String("org")) && !org.contains(QLatin1Char('/')), qPrintable(org));
        QCOMPARE(s.count(org), 1);
    }
}

void TestPanels::addsValidItemsToModelAndSettings()
{
    Rig rig;
    QVERIFY(rig.open());
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    panel.show();
    QSignalSpy changed(&panel, &WatchlistPanel::watchlistChanged);

    // Typed with the kind selector on Model, added with Enter.
    QTest::keyClicks(panel.input(), QStringLiteral("orgA/alpha"));
    QTest::keyClick(panel.input(), Qt::Key_Return);
    QCOMPARE(itemsOf(panel.model()), QStringList{QStringLiteral("model:orgA/alpha")});
    QCOMPARE(rig.watched(), QStringList{QStringLiteral("model:orgA/alpha")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<PollScope>().watch.size(), 1);
    QVERIFY(panel.input()->text().isEmpty());

    // A dataset through the selector and the Add button; an author with its prefix typed.
    panel.kindSelector()->setCurrentIndex(1);
    QTest::keyClicks(panel.input(), QStringLiteral("orgB/data"));
    QTest::mouseClick(panel.findChild<QPushButton *>(QString(), Qt::FindDirectChildrenOnly), Qt::LeftButton);
    QVERIFY(panel.addItem(QStringLiteral("author:orgA")));
    const QStringList expected{QStringLiteral("model:orgA/alpha"), QStringLiteral("dataset:orgB/data"), QStringLiteral("author:orgA")};
    QCOMPARE(itemsOf(panel.model()), expected);
    QCOMPARE(rig.watched(), expected);
    QCOMPARE(changed.count(), 3);

    // Persisted: a new Settings on the same file reads the same watchlist.
    rig.settings->sync();
    Settings reread(std::make_unique<QSettings>(rig.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    QCOMPARE(reread.scope().watch.size(), 3);
    // And a new panel starts from it.
    WatchlistPanel again(*rig.settings, &rig.reports, nullptr);
    QCOMPARE(itemsOf(again.model()), expected);
}

void TestPanels::refusesDuplicatesAndInvalidNames()
{
    Rig rig;
    QVERIFY(rig.open());
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    panel.show();
    QVERIFY(panel.addItem(QStringLiteral("model:orgA/alpha")));
    QSignalSpy changed(&panel, &WatchlistPanel::watchlistChanged);

    QVERIFY(!panel.addItem(QStringLiteral("model:orgA/alpha")));
    QVERIFY2(panel.message().contains(QLatin1String("already")), qPrintable(panel.message()));
    QTest::keyClicks(panel.input(), QStringLiteral("orgA/alpha"));
    QTest::keyClick(panel.input(), Qt::Key_Return);
    QCOMPARE(panel.input()->text(), QStringLiteral("orgA/alpha")); // kept, to fix
    QVERIFY(panel.message().contains(QLatin1String("already")));

    panel.input()->clear();
    QTest::keyClicks(panel.input(), QStringLiteral("model:../x"));
    QVERIFY(panel.message().isEmpty()); // typing clears the old message
    QTest::keyClick(panel.input(), Qt::Key_Return);
    QVERIFY2(panel.message().contains(QLatin1String("not a valid Hub name")), qPrintable(panel.message()));
    QVERIFY(panel.message().contains(QLatin1String("../x")));
    grab(&panel, QStringLiteral("watchlist-invalid"));

    QVERIFY(!panel.addItem(QStringLiteral("space:foo/bar")));
    QVERIFY(panel.message().contains(QLatin1String("model:ORG/NAME")));
    QVERIFY(!panel.addItem(QStringLiteral("   ")));
    QVERIFY(!panel.message().isEmpty());

    QCOMPARE(changed.count(), 0);
    QCOMPARE(itemsOf(panel.model()), QStringList{QStringLiteral("model:orgA/alpha")});
    QCOMPARE(rig.watched(), QStringList{QStringLiteral("model:orgA/alpha")});
}

void TestPanels::removesItems()
{
    Rig rig;
    QVERIFY(rig.open());
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    panel.show();
    QVERIFY(panel.addItem(QStringLiteral("model:orgA/alpha")));
    QVERIFY(panel.addItem(QStringLiteral("dataset:orgB/data")));
    QVERIFY(panel.addItem(QStringLiteral("author:orgA")));
    QSignalSpy changed(&panel, &WatchlistPanel::watchlistChanged);

    QPushButton *remove = nullptr;
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        if (b->text().contains(QLatin1String("Remove")))
            remove = b;
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled());
    panel.view()->selectRow(rowOf(panel.view()->model(), 0, QStringLiteral("dataset:orgB/data")));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    const QStringList left{QStringLiteral("model:orgA/alpha"), QStringLiteral("author:orgA")};
    QCOMPARE(itemsOf(panel.model()), left);
    QCOMPARE(rig.watched(), left);
    QCOMPARE(changed.count(), 1);

    WatchItem author;
    QString error;
    QVERIFY(WatchItem::parse(QStringLiteral("author:orgA"), &author, &error));
    QVERIFY(panel.removeItem(author));
    QVERIFY(!panel.removeItem(author));
    QCOMPARE(rig.watched(), QStringList{QStringLiteral("model:orgA/alpha")});
}

void TestPanels::rowsShowTheStoredFigures()
{
    Rig rig;
    QVERIFY(rig.open());
    PollScope scope = rig.settings->scope();
    scope.watch = scopeOf(0,
                          {QStringLiteral("model:orgA/alpha"), QStringLiteral("dataset:orgB/data"), QStringLiteral("author:orgA"),
                           QStringLiteral("model:orgZ/never-polled"), QStringLiteral("author:orgC")})
                      .watch;
    rig.settings->setScope(scope);
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    QSignalSpy refreshed(&panel, &WatchlistPanel::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);

    const QLocale locale;
    auto n = [&](qint64 v) { return CompactNumber::format(v, locale); };
    const QString dash = QStringLiteral("\u2014");
    const WatchlistModel *m = panel.model();
    QCOMPARE(m->rowCount(), 5);
    // alpha: 1,012,000 all time, 50,000 in 30 days, +12,000 over the day.
    QCOMPARE(cellText(m, 0, WatchlistModel::AllTimeColumn), n(1'012'000));
    QCOMPARE(cellText(m, 0, WatchlistModel::Downloads30dColumn), n(50'000));
    QCOMPARE(cellText(m, 0, WatchlistModel::PerDayColumn), QStringLiteral("+") + n(12'000));
    QCOMPARE(cellText(m, 0, WatchlistModel::AllTimeColumn, Qt::ToolTipRole),
             QStringLiteral("%1 downloads, all time").arg(locale.toString(1'012'000)));
    // The dataset.
    QCOMPARE(cellText(m, 1, WatchlistModel::AllTimeColumn), n(500'500));
    QCOMPARE(cellText(m, 1, WatchlistModel::Downloads30dColumn), n(3'100));
    QCOMPARE(cellText(m, 1, WatchlistModel::PerDayColumn), QStringLiteral("+") + n(500));
    // The author sums its repos: alpha + beta.
    QCOMPARE(cellText(m, 2, WatchlistModel::AllTimeColumn), n(1'012'000 + 2'003'000));
    QCOMPARE(cellText(m, 2, WatchlistModel::Downloads30dColumn), n(60'000));
    QCOMPARE(cellText(m, 2, WatchlistModel::PerDayColumn), QStringLiteral("+") + n(15'000));
    // Never polled: unknown everywhere.
    for (int c = WatchlistModel::AllTimeColumn; c < WatchlistModel::ColumnCount; ++c)
        QCOMPARE(cellText(m, 3, c), dash);
    // orgC's repos appeared on day 1 only: figures, but no growth yet.
    QCOMPARE(cellText(m, 4, WatchlistModel::AllTimeColumn), n(30'000));
    QCOMPARE(cellText(m, 4, WatchlistModel::PerDayColumn), dash);
    QCOMPARE(m->index(0, WatchlistModel::AllTimeColumn).data(WatchlistModel::SortRole).toLongLong(), 1'012'000);

    // Sorting by all-time puts the author first when descending.
    panel.view()->sortByColumn(WatchlistModel::AllTimeColumn, Qt::DescendingOrder);
    QCOMPARE(cellText(panel.view()->model(), 0, 0), QStringLiteral("author:orgA"));
    panel.view()->sortByColumn(-1, Qt::AscendingOrder);
    grab(&panel, QStringLiteral("watchlist"));
}

void TestPanels::doubleClickOpensTheSeries()
{
    Rig rig;
    QVERIFY(rig.open());
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    QVERIFY(panel.addItem(QStringLiteral("author:orgA")));
    QVERIFY(panel.addItem(QStringLiteral("model:orgA/alpha")));
    panel.resize(600, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy open(&panel, &WatchlistPanel::openSeries);
    QTableView *view = panel.view();
    const QRect modelRow = view->visualRect(view->model()->index(1, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, modelRow.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, modelRow.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("model:orgA/alpha"));
    // An author is not one series: nothing to open.
    const QRect authorRow = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, authorRow.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, authorRow.center());
    QCOMPARE(open.count(), 1);
}

void TestPanels::licencePanelCountsAndFlagsPickleOnly()
{
    Rig rig;
    QVERIFY(rig.open());
    LicencePanel panel(&rig.reports);
    QSignalSpy refreshed(&panel, &LicencePanel::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);

    const LicencePanel::Counts c = panel.counts();
    QCOMPARE(c.total, 6);
    QCOMPARE(c.permissive, 2); // apache-2.0, mit
    QCOMPARE(c.restricted, 2); // llama3, cc-by-nc-4.0
    QCOMPARE(c.other, 1);      // gpl-3.0
    QCOMPARE(c.unknown, 1);    // none given
    QCOMPARE(c.safetensors, 2);
    QCOMPARE(c.gguf, 1);
    QCOMPARE(c.pickleOnly, 2); // beta (.bin) and old (.pt); "both" has safetensors too
    QCOMPARE(c.gated, 2);
    QVERIFY2(panel.summaryText().contains(QLatin1String("2 permissive")), qPrintable(panel.summaryText()));
    QVERIFY(panel.summaryText().contains(QLatin1String("2 pickle only")));

    const QStandardItemModel *m = panel.model();
    QCOMPARE(m->rowCount(), 6);
    QStringList flagged;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex formats = m->index(r, LicencePanel::FormatsColumn);
        if (formats.data(LicencePanel::PickleOnlyRole).toBool()) {
            flagged << cellText(m, r, LicencePanel::RepoColumn);
            QVERIFY(!formats.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(formats.data(Qt::ToolTipRole).toString().contains(QLatin1String("runs whatever code")));
        } else {
            QVERIFY(formats.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
    }
    flagged.sort();
    QCOMPARE(flagged, (QStringList{QStringLiteral("model:orgA/beta"), QStringLiteral("model:orgD/old")}));
    const int beta = rowOf(m, LicencePanel::RepoColumn, QStringLiteral("model:orgA/beta"));
    QCOMPARE(cellText(m, beta, LicencePanel::GroupColumn), QStringLiteral("Restricted"));
    QCOMPARE(cellText(m, beta, LicencePanel::GatedColumn), QStringLiteral("Yes (manual approval)"));
    const int keras = rowOf(m, LicencePanel::RepoColumn, QStringLiteral("model:orgD/keras"));
    QCOMPARE(cellText(m, keras, LicencePanel::GroupColumn), QStringLiteral("Unknown"));
    grab(&panel, QStringLiteral("licences"));
}

void TestPanels::licencePanelFilters()
{
    Rig rig;
    QVERIFY(rig.open());
    LicencePanel panel(&rig.reports);
    QSignalSpy refreshed(&panel, &LicencePanel::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);
    const QAbstractItemModel *shown = panel.filteredModel();
    QCOMPARE(shown->rowCount(), 6);
    // Sorted by repo, and sortable by any column.
    QCOMPARE(cellText(shown, 0, LicencePanel::RepoColumn), QStringLiteral("model:orgA/alpha"));
    panel.view()->sortByColumn(LicencePanel::RepoColumn, Qt::DescendingOrder);
    QCOMPARE(cellText(shown, 0, LicencePanel::RepoColumn), QStringLiteral("model:orgD/old"));

    panel.pickleOnlyFilter()->setChecked(true);
    QCOMPARE(shown->rowCount(), 2);
    panel.pickleOnlyFilter()->setChecked(false);
    panel.groupFilter()->setCurrentIndex(panel.groupFilter()->findData(int(LicenseInfo::Group::Restricted)));
    QCOMPARE(shown->rowCount(), 2);
    panel.groupFilter()->setCurrentIndex(0);
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("orgc"));
    QCOMPARE(shown->rowCount(), 2);
    panel.filterEdit()->clear();
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("gguf"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(cellText(shown, 0, LicencePanel::RepoColumn), QStringLiteral("model:orgC/quant"));
}

void TestPanels::alertLogFiltersByKindAndText()
{
    Rig rig;
    QVERIFY(rig.open());
    AlertLogPanel panel(&rig.reports);
    QSignalSpy refreshed(&panel, &AlertLogPanel::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);
    const QAbstractItemModel *shown = panel.filteredModel();
    QCOMPARE(shown->rowCount(), 4);
    // Newest first.
    QCOMPARE(cellText(shown, 0, AlertLogModel::TitleColumn), QStringLiteral("alpha passed 1M downloads"));
    QCOMPARE(cellText(shown, 3, AlertLogModel::KindColumn), QStringLiteral("New entrant"));
    grab(&panel, QStringLiteral("alerts"));

    // Kinds: only anomalies and milestones.
    for (auto kind : {AlertRecord::Kind::HotCategory, AlertRecord::Kind::NewEntrant, AlertRecord::Kind::RecordDay}) {
        QVERIFY(panel.kindCheckBox(kind));
        panel.kindCheckBox(kind)->setChecked(false);
    }
    // Each toggle reloads; only the newest answer is shown.
    QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(), 2, 5000);
    QStringList kinds{cellText(shown, 0, AlertLogModel::KindColumn), cellText(shown, 1, AlertLogModel::KindColumn)};
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("Anomaly"), QStringLiteral("Milestone")}));

    // Text, over the body too, case-insensitive.
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("CORRECTED"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(cellText(shown, 0, AlertLogModel::SeriesColumn), QStringLiteral("dataset orgB/data"));

    // Every kind back; "alpha" is in a milestone title and a new entrant's body.
    for (auto kind : {AlertRecord::Kind::HotCategory, AlertRecord::Kind::NewEntrant, AlertRecord::Kind::RecordDay})
        panel.kindCheckBox(kind)->setChecked(true);
    panel.filterEdit()->setText(QStringLiteral("alpha"));
    QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(), 2, 5000);
    QCOMPARE(panel.model()->rowCount(), 4);

    // Nothing ticked shows nothing (the store would read "no kinds" as all).
    panel.filterEdit()->clear();
    for (auto kind : {AlertRecord::Kind::Milestone, AlertRecord::Kind::HotCategory, AlertRecord::Kind::NewEntrant,
                      AlertRecord::Kind::RecordDay, AlertRecord::Kind::Anomaly})
        panel.kindCheckBox(kind)->setChecked(false);
    QCOMPARE(shown->rowCount(), 0);
    // A reload still on its way must not bring rows back: wait until every one has answered.
    QVERIFY(drainStore(rig.store));
    QCOMPARE(shown->rowCount(), 0);
}

void TestPanels::alertTimesAreLocalWithUtcTooltip()
{
    Rig rig;
    QVERIFY(rig.open());
    AlertLogPanel panel(&rig.reports);
    QSignalSpy refreshed(&panel, &AlertLogPanel::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);
    const AlertLogModel *m = panel.model();
    // It happened at 2026-03-03 00:00 UTC: the column shows the local time with its zone, as a
    // literal per zone (the _shanghai ctest entry runs this at UTC+8).
    QCOMPARE(cellText(m, 0, AlertLogModel::TimeColumn),
             inZone(QStringLiteral("3 Mar 2026 00:00:00 UTC"), QStringLiteral("3 Mar 2026 08:00:00 CST")));
    const QString tip = cellText(m, 0, AlertLogModel::TimeColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QLatin1String("2026-03-03 00:00:00 UTC")), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("Noticed 2026-03-03 01:00:00 UTC")));
    QVERIFY(cellText(m, 0, AlertLogModel::TitleColumn, Qt::ToolTipRole).contains(QLatin1String("crossed 1,000,000")));
}

// While the Hub answers, a busy indicator beside the field; then, for a text nothing matches,
// "No matches" in words instead of an empty, silent completer.
void TestPanels::searchShowsItsProgressThenNoMatches()
{
    Rig rig;
    QVERIFY(rig.open());
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    panel.resize(800, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.searchIndicator()->isVisible());
    QSignalSpy ready(&panel, &WatchlistPanel::suggestionsReady);
    // Seen from the Hub's side: the request has arrived and its answer has not left yet.
    int busyWhilePending = -1;
    connect(&rig.hub, &FakeHub::requestReceived, &panel, [&] {
        busyWhilePending = panel.searchIndicator()->isVisible();
        panel.grab().save(test::testOutputPath(QStringLiteral("panel-watchlist-searching.png")));
    });
    QTest::keyClicks(panel.input(), QStringLiteral("zzqx"));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
    QCOMPARE(busyWhilePending, 1);
    QVERIFY(!panel.searchIndicator()->isVisible());
    QVERIFY(panel.suggestions().isEmpty());
    QCOMPARE(panel.message(), QStringLiteral("No matches for “zzqx” on the Hub."));
    grab(&panel, QStringLiteral("watchlist-no-matches"), QSize(800, 400));
    // Typing on clears it, and a search that finds something says nothing.
    QTest::keyClick(panel.input(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(panel.input(), QStringLiteral("model-1"));
    QVERIFY(panel.message().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 5000);
    QVERIFY(!panel.suggestions().isEmpty());
    QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
    QVERIFY(!panel.searchIndicator()->isVisible());
}

void TestPanels::failedSearchSaysWhyAndSuggestsFromHistory_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("why");
    QTest::newRow("500") << int(FakeHub::Fault::Status500) << QStringLiteral("server error");
    QTest::newRow("429") << int(FakeHub::Fault::Status429) << QStringLiteral("rate limit");
    QTest::newRow("dead network") << -1 << QStringLiteral("could not be reached");
}

// A search the Hub fails: the reason in words under the field, and the names HubWatch already
// keeps in its history that contain the text.
void TestPanels::failedSearchSaysWhyAndSuggestsFromHistory()
{
    QFETCH(int, fault);
    QFETCH(QString, why);
    Rig rig(false, 0);
    QVERIFY(rig.open());
    if (fault >= 0) {
        rig.hub.pushFault(FakeHub::Fault(fault));
    } else {
        // A port nobody listens on: connection refused.
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost));
        rig.config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(gone.serverPort()));
        gone.close();
        rig.client = std::make_unique<HubClient>(&rig.nam, &rig.clock, rig.config);
    }
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy ready(&panel, &WatchlistPanel::suggestionsReady);
    QTest::keyClicks(panel.input(), QStringLiteral("orga/"));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    QVERIFY2(panel.message().startsWith(QLatin1String("The Hub search failed: ")), qPrintable(panel.message()));
    QVERIFY2(panel.message().contains(why), qPrintable(panel.message()));
    QVERIFY(panel.message().contains(QLatin1String("local history")));
    QVERIFY(!panel.searchIndicator()->isVisible());
    // alpha and beta are stored; the most downloaded first.
    QCOMPARE(panel.suggestions(), (QStringList{QStringLiteral("orgA/beta"), QStringLiteral("orgA/alpha")}));
    grab(
        &panel,
        QStringLiteral("watchlist-failed-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))),
        QSize(800, 400));
}

// HF_HUB_OFFLINE: no request at all, suggestions from the history, said calmly (not an error).
void TestPanels::offlineSuggestsFromHistory()
{
    Rig rig(true);
    QVERIFY(rig.open());
    WatchlistPanel panel(*rig.settings, &rig.reports, rig.client.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    rig.hub.clearRequests();
    QSignalSpy ready(&panel, &WatchlistPanel::suggestionsReady);
    QTest::keyClicks(panel.input(), QStringLiteral("ORGC"));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
    QCOMPARE(rig.hub.requestCount(), 0);
    QCOMPARE(panel.message(), QStringLiteral("Offline: no Hub search. Suggestions come from the local history."));
    QStringList s = panel.suggestions();
    s.sort();
    QCOMPARE(s, (QStringList{QStringLiteral("orgC/both"), QStringLiteral("orgC/quant")}));
    QTRY_VERIFY(panel.input()->completer()->popup()->isVisible());
    grab(&panel, QStringLiteral("watchlist-offline"), QSize(800, 400));

    // Datasets only from the datasets; authors from either kind, once each.
    panel.kindSelector()->setCurrentIndex(panel.kindSelector()->findData(int(WatchItem::Type::Dataset)));
    QTest::keyClick(panel.input(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(panel.input(), QStringLiteral("org"));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 5000);
    QCOMPARE(panel.suggestions(), QStringList{QStringLiteral("orgB/data")});
    panel.kindSelector()->setCurrentIndex(panel.kindSelector()->findData(int(WatchItem::Type::Author)));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, 5000);
    s = panel.suggestions();
    s.sort();
    QCOMPARE(s, (QStringList{QStringLiteral("orgA"), QStringLiteral("orgB"), QStringLiteral("orgC"), QStringLiteral("orgD")}));
    // Nothing stored matches: said so.
    QTest::keyClicks(panel.input(), QStringLiteral("zz"));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 4, 5000);
    QVERIFY(panel.suggestions().isEmpty());
    QVERIFY2(panel.message().endsWith(QStringLiteral("None there matches “orgzz”.")), qPrintable(panel.message()));
}

// The downloads column sorts by the count, not by its compact text ("40.0K" is less than "1.01M").
void TestPanels::licenceDownloadsSortAsNumbers()
{
    Rig rig;
    QVERIFY(rig.open());
    LicencePanel panel(&rig.reports);
    QSignalSpy refreshed(&panel, &LicencePanel::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);
    panel.resize(800, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QAbstractItemModel *shown = panel.filteredModel();
    QCOMPARE(shown->headerData(LicencePanel::DownloadsColumn, Qt::Horizontal).toString(), QStringLiteral("Downloads"));
    const int alpha = rowOf(panel.model(), LicencePanel::RepoColumn, QStringLiteral("model:orgA/alpha"));
    QCOMPARE(cellText(panel.model(), alpha, LicencePanel::DownloadsColumn), CompactNumber::format(1'012'000, QLocale()));
    QVERIFY(cellText(panel.model(), alpha, LicencePanel::DownloadsColumn, Qt::ToolTipRole).contains(QLocale().toString(1'012'000)));

    // A click on the header sorts ascending, a second descending, as a person sorts.
    QHeaderView *header = panel.view()->horizontalHeader();
    const QPoint downloads(header->sectionViewportPosition(LicencePanel::DownloadsColumn)
                               + header->sectionSize(LicencePanel::DownloadsColumn) / 2,
                           header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, downloads);
    QCOMPARE(header->sortIndicatorSection(), int(LicencePanel::DownloadsColumn));
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, downloads);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QStringList order;
    for (int r = 0; r < shown->rowCount(); ++r)
        order << cellText(shown, r, LicencePanel::RepoColumn).section(QLatin1Char('/'), 1);
    QCOMPARE(order,
             (QStringList{QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("old"), QStringLiteral("keras"),
                          QStringLiteral("both"), QStringLiteral("quant")}));
    // Sized to content: wide, every licence name fits its column whole, the repo takes the rest.
    QTableView *view = panel.view();
    const auto widest = [&](int column) {
        int w = 0;
        for (int r = 0; r < shown->rowCount(); ++r)
            w = std::max(w, view->fontMetrics().horizontalAdvance(cellText(shown, r, column)));
        return w;
    };
    panel.resize(1600, 400);
    QTRY_VERIFY(header->sectionSize(LicencePanel::LicenceColumn) > widest(LicencePanel::LicenceColumn));
    QVERIFY(header->sectionSize(LicencePanel::RepoColumn) > widest(LicencePanel::RepoColumn));
    QCOMPARE(header->length(), view->viewport()->width());
    QVERIFY(!view->isColumnHidden(LicencePanel::GroupColumn));
    // Narrow, every column still in view (no sideways scrolling), none squeezed to nothing; the
    // group, which the licence name implies and the filter selects by, makes room.
    panel.resize(500, 400);
    QTRY_VERIFY2(header->length() <= view->viewport()->width(), qPrintable(QString::number(header->length())));
    QVERIFY(view->isColumnHidden(LicencePanel::GroupColumn));
    for (int c = 0; c < LicencePanel::ColumnCount; ++c)
        QVERIFY2(c == LicencePanel::GroupColumn
                     || header->sectionSize(c) >= std::min(widest(c), view->fontMetrics().horizontalAdvance(QStringLiteral("xxxxxxxx"))),
                 qPrintable(QString::number(c)));
    grab(&panel, QStringLiteral("licences-by-downloads"), QSize(800, 400));
}

void TestPanels::licenceFilterSaysHowManyShown()
{
    Rig rig;
    QVERIFY(rig.open());
    LicencePanel panel(&rig.reports);
    QSignalSpy refreshed(&panel, &LicencePanel::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.countText(), QString()); // nothing hidden: nothing to count
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("orgc"));
    QCOMPARE(panel.countText(), QStringLiteral("2 of 6 repos"));
    QTest::mouseClick(panel.pickleOnlyFilter(), Qt::LeftButton);
    QCOMPARE(panel.filteredModel()->rowCount(), 0);
    QCOMPARE(panel.countText(), QStringLiteral("0 of 6 repos"));
    QTest::mouseClick(panel.pickleOnlyFilter(), Qt::LeftButton);
    panel.filterEdit()->clear();
    QCOMPARE(panel.countText(), QString());
}

// Series by the names people use, and each alert's body in view without hovering.
void TestPanels::alertLogShowsSeriesByNameAndTheBody()
{
    Rig rig;
    QVERIFY(rig.open());
    AlertLogPanel panel(&rig.reports);
    QSignalSpy refreshed(&panel, &AlertLogPanel::refreshed);
    panel.resize(800, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);
    const QAbstractItemModel *shown = panel.filteredModel();
    QStringList series;
    for (int r = 0; r < shown->rowCount(); ++r)
        series << cellText(shown, r, AlertLogModel::SeriesColumn);
    QCOMPARE(series,
             (QStringList{QStringLiteral("model orgA/alpha"), QStringLiteral("Tracked downloads"), QStringLiteral("dataset orgB/data"),
                          QStringLiteral("model orgC/quant")}));
    for (const QString &s : std::as_const(series))
        QVERIFY2(!s.contains(QLatin1String("headline")) && !s.contains(QLatin1Char(':')), qPrintable(s));

    auto *details = panel.findChild<QLabel *>(QStringLiteral("alertDetails"));
    QVERIFY(details);
    // The newest at once, wrapped in full.
    QVERIFY(details->isVisible());
    QVERIFY(details->wordWrap());
    QVERIFY2(details->text().contains(QLatin1String("orgA/alpha crossed 1,000,000 all-time downloads.")), qPrintable(details->text()));
    // Another row, clicked.
    QTableView *view = panel.view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(shown->index(1, AlertLogModel::TitleColumn)).center());
    QVERIFY2(details->text().contains(QLatin1String("The tracked repos gained 15,500 downloads, the most in a day.")),
             qPrintable(details->text()));
    QVERIFY(details->text().contains(QLatin1String("Tracked downloads")));
    grab(&panel, QStringLiteral("alerts-details"), QSize(800, 500));
}

// A notification shows its title over its body: the body must add to it, not say it again.
void TestPanels::notificationBodyDoesNotRepeatTitle()
{
    const QDateTime t(QDate(2026, 3, 9), QTime(12, 0), Qt::UTC);
    QList<AlertRecord> alerts;
    AlertRecord m;
    m.kind = AlertRecord::Kind::Milestone;
    m.series = QStringLiteral("model:orgA/alpha");
    m.threshold = 1'000'000;
    m.happenedAt = m.raisedAt = t;
    alerts << m;
    m.series = QStringLiteral("headline");
    m.whileClosed = true;
    m.from = t.addDays(-2);
    m.to = t;
    alerts << m;
    m.whileClosed = false;
    m.cause = AlertRecord::Cause::ScopeEntry;
    alerts << m;
    AlertRecord hot;
    hot.kind = AlertRecord::Kind::HotCategory;
    hot.series = QStringLiteral("category:text-to-image");
    hot.subject = QStringLiteral("Text to image");
    hot.sharePercent = 25.9;
    hot.changePoints = 5.9;
    hot.topN = 50;
    hot.happenedAt = hot.raisedAt = t;
    alerts << hot;
    for (const AlertRecord &a : std::as_const(alerts)) {
        const QString title = AlertText::title(a), body = AlertText::body(a);
        const QString name = SeriesNames::display(a.series, a.subject);
        QVERIFY2(!body.isEmpty() && body != title, qPrintable(title));
        QVERIFY2(!body.contains(title), qPrintable(title + QStringLiteral(" / ") + body));
        QVERIFY2(title.contains(name) && !body.contains(name), qPrintable(title + QStringLiteral(" / ") + body));
    }
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
