// Every view of the real window at the sizes people use (issue 14 item 7): German at 800x560,
// English and Chinese at 1280x800, English at 1920x1080, each in the light and the dark palette.
// The demo history is opened through DesktopApp and each view is reached with its Ctrl+N key.
// A view fails when a label or button cannot show its whole text, a table header is cut, a
// dashboard card or list stays empty, or the window outgrows the screen. Each view's picture is
// saved (HUBWATCH_VIEW_SHOTS, or view-shots/ beside the test) for people to look at.
#include "DashboardView.h"
#include "DesktopApp.h"
#include "DesktopStartup.h"
#include "MainWindow.h"
#include "Sparkline.h"
#include "dashboard/DashboardCard.h"
#include "panels/LicencePanel.h"
#include "demo/DemoHistory.h"
#include "settings/RunConfig.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBoundaryFinder>
#include <QTreeView>
#include <QXYSeries>

using namespace hubwatch;

class TestViewsAtSizes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyViewReadsWell_data();
    void everyViewReadsWell();
    void cleanup();
    void checkFindsAClippedLabel();

private:
    static QStringList problems(QWidget *page, QWidget *window);
    static QStringList elidedCells(QAbstractItemView *view);
    QTemporaryDir m_dir;
    QString m_demo;
    QDir m_shots;
};

void TestViewsAtSizes::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HubWatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_viewsatsizes"));
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : {"HF_TOKEN", "HF_ENDPOINT", "HUGGING_FACE_HUB_TOKEN"})
        qunsetenv(name);
    QVERIFY(m_dir.isValid());
    qputenv("HF_HOME", m_dir.filePath(QStringLiteral("hf")).toUtf8());
    QSettings().clear();
    QFile::remove(RunConfig::defaultDatabaseFile());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoHistory::Parameters small; // enough for every card and chart; the layout is under test
    small.days = 40;
    small.hours = 12;
    QVERIFY(!DemoHistory::write(m_demo, small).isError());
    const QByteArray where = qgetenv("HUBWATCH_VIEW_SHOTS");
    m_shots.setPath(where.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/view-shots")
                                    : QString::fromLocal8Bit(where));
    QVERIFY(m_shots.mkpath(QStringLiteral(".")));
}

void TestViewsAtSizes::cleanup()
{
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestViewsAtSizes::everyViewReadsWell_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    const QList<std::tuple<QString, QSize>> sizes{{QStringLiteral("de"), QSize(800, 560)},
                                                  {QStringLiteral("en"), QSize(1280, 800)},
                                                  {QStringLiteral("zh_CN"), QSize(1280, 800)},
                                                  {QStringLiteral("en"), QSize(1920, 1080)}};
    for (const auto &[language, size] : sizes)
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")})
            QTest::addRow("%s %dx%d %s", qPrintable(language), size.width(), size.height(), qPrintable(theme)) << language << size << theme;
}

// What a user would see as broken in the page shown: cut text, cut headers, empty cards and lists.
QStringList TestViewsAtSizes::problems(QWidget *page, QWidget *window)
{
    QStringList found;
    const auto name = [](const QWidget *w, const QString &text) {
        return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), text.left(60));
    };
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty())
            continue;
        if (label->wordWrap()) {
            // A wrapped label is cut when a word is wider than it, or its lines taller.
            // A "word" is what lies between two line-break opportunities (Chinese breaks anywhere).
            int widest = 0;
            const QString text = label->text();
            QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
            for (qsizetype from = 0, to = breaks.toNextBoundary(); to > from; from = to, to = breaks.toNextBoundary())
                widest = qMax(widest, label->fontMetrics().horizontalAdvance(text.mid(from, to - from).trimmed()));
            if (widest > label->contentsRect().width() + 1)
                found << name(label, label->text())
                        + QStringLiteral(": a word needs %1 px, has %2").arg(widest).arg(label->contentsRect().width());
            else if (label->heightForWidth(label->width()) > label->height() + 1)
                found << name(label, label->text())
                        + QStringLiteral(": needs %1 px of height, has %2").arg(label->heightForWidth(label->width())).arg(label->height());
        } else if (label->sizeHint().width() > label->width() + 1) {
            found << name(label, label->text())
                    + QStringLiteral(": needs %1 px, has %2").arg(label->sizeHint().width()).arg(label->width());
        }
    }
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(window) || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            found << name(button, button->text())
                    + QStringLiteral(": needs %1 px, has %2").arg(button->sizeHint().width()).arg(button->width());
    }
    for (QHeaderView *header : page->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(window) || header->orientation() != Qt::Horizontal)
            continue;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            // The title and the style's margins: the room Qt keeps in every section for a sort
            // arrow is not text that could be cut.
            const QString title = header->model()->headerData(i, Qt::Horizontal).toString();
            const int needs =
                header->fontMetrics().horizontalAdvance(title) + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            if (needs > header->sectionSize(i) + 1)
                found << QStringLiteral("column \"%1\": needs %2 px, has %3").arg(title).arg(needs).arg(header->sectionSize(i));
        }
    }
    for (DashboardCard *card : page->findChildren<DashboardCard *>()) {
        if (!card->isVisibleTo(window) || card->objectName() == QLatin1String("problem-card"))
            continue;
        for (QLabel *label : card->findChildren<QLabel *>())
            if (label->text() == DashboardView::placeholderText())
                found << QStringLiteral("card \"%1\" is empty").arg(card->title());
    }
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        if (!view->isVisibleTo(window) || !view->model() || qobject_cast<QHeaderView *>(view))
            continue;
        if (view->model()->rowCount() == 0)
            found << name(view, view->objectName()) + QStringLiteral(": empty");
        found << elidedCells(view);
    }
    for (Sparkline *line : page->findChildren<Sparkline *>())
        if (line->isVisibleTo(window) && !line->range().valid)
            found << QStringLiteral("a sparkline without data");
    for (QChartView *chartView : page->findChildren<QChartView *>()) {
        int points = 0;
        for (QAbstractSeries *series : chartView->chart()->series())
            if (auto *xy = qobject_cast<QXYSeries *>(series))
                points += xy->count();
            else
                ++points; // bars and pies: present is enough
        if (chartView->isVisibleTo(window) && points == 0)
            found << QStringLiteral("a chart without data");
    }
    return found;
}

// Cells whose text the view elides: what they need against their column (or the list's width).
QStringList TestViewsAtSizes::elidedCells(QAbstractItemView *view)
{
    QStringList found;
    auto *table = qobject_cast<QTableView *>(view);
    auto *tree = qobject_cast<QTreeView *>(view);
    const QAbstractItemModel *model = view->model();
    const int columns = (table || tree) ? model->columnCount() : 1;
    const bool licences = qobject_cast<LicencePanel *>(view->parentWidget()) != nullptr;
    for (int column = 0; column < columns; ++column) {
        if ((table && table->isColumnHidden(column)) || (tree && tree->isColumnHidden(column)))
            continue;
        int room = view->viewport()->width();
        if (table)
            room = table->columnWidth(column);
        else if (tree)
            room = tree->columnWidth(column) - (column == 0 && tree->rootIsDecorated() ? tree->indentation() : 0);
        for (int row = 0; row < qMin(model->rowCount(), 40); ++row) {
            const QModelIndex index = model->index(row, column);
            int needs = view->sizeHintForIndex(index).width();
            // The licence table shows a licence's id when its name does not fit: then the id
            // is what must fit.
            const QString shorter = licences ? index.data(LicencePanel::ShortRole).toString() : QString();
            if (needs > room + 1 && !shorter.isEmpty())
                needs =
                    needs - view->fontMetrics().horizontalAdvance(index.data().toString()) + view->fontMetrics().horizontalAdvance(shorter);
            if (needs > room + 1 && !index.data().toString().isEmpty()) {
                found << QStringLiteral("column %1, cell \"%2\": needs %3 px, has %4")
                             .arg(column)
                             .arg(index.data().toString().left(60))
                             .arg(needs)
                             .arg(room);
                break; // one cell per column says enough
            }
        }
    }
    return found;
}

void TestViewsAtSizes::everyViewReadsWell()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    QVERIFY(Translations::install(Translations::localeFor(language)));
    DesktopStartup::applyTheme(theme);
    CommandLine options;
    options.demo = true;
    options.db = m_demo; // what HeadlessMain::parse makes of --demo
    DesktopApp app(options);
    QSignalSpy opened(&app, &DesktopApp::historyOpened);
    app.show();
    QVERIFY(opened.wait(20000));
    MainWindow *w = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->resize(size);
    auto *nav = w->findChild<QListWidget *>();
    auto *stack = w->findChild<QStackedWidget *>();
    QVERIFY(nav && stack);
    QStringList failures;
    for (int view = 0; view < nav->count(); ++view) {
        QTest::keyClick(w, Qt::Key(Qt::Key_1 + view), Qt::ControlModifier);
        QTRY_COMPARE(nav->currentRow(), view);
        QWidget *page = stack->currentWidget();
        // The views fill in from the store thread: first until the page stops changing (so the
        // picture and the checks see it settled), then until nothing is wrong, then report.
        QImage before;
        (void)QTest::qWaitFor(
            [&] {
                const QImage now = page->grab().toImage();
                const bool same = now == before;
                before = now;
                QTest::qWait(250);
                return same;
            },
            8000);
        QStringList found;
        (void)QTest::qWaitFor( // on time-out, `found` holds what is still wrong
            [&] {
                found = problems(page, w);
                return found.isEmpty();
            },
            5000);
        const QString shot =
            QStringLiteral("%1-%2x%3-%4-%5.png").arg(language).arg(size.width()).arg(size.height()).arg(theme).arg(view + 1);
        w->grab().save(m_shots.filePath(shot));
        if (w->width() > size.width() || w->height() > size.height())
            found << QStringLiteral("the window is %1x%2").arg(w->width()).arg(w->height());
        for (const QString &problem : std::as_const(found))
            failures << QStringLiteral("%1 (%2): %3").arg(nav->item(view)->text(), shot, problem);
    }
    for (const QString &failure : std::as_const(failures))
        qWarning().noquote() << failure; // all of them: a failure message is cut at about 1 KB
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(failures.size())));
}

// The check itself must see what a user sees: a label squeezed below its text's width is found.
void TestViewsAtSizes::checkFindsAClippedLabel()
{
    QWidget window;
    auto *page = new QWidget(&window);
    auto *label = new QLabel(QStringLiteral("Erfasste kumulierte Downloads"), page);
    label->setGeometry(0, 0, 40, 20);
    auto *wrapped = new QLabel(QStringLiteral("A long sentence that wraps over several lines in a narrow room."), page);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 30, 80, 16);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList found = problems(page, &window);
    QCOMPARE(found.size(), 2);
    label->resize(label->sizeHint());
    wrapped->resize(80, wrapped->heightForWidth(80));
    QVERIFY2(problems(page, &window).isEmpty(), qPrintable(problems(page, &window).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestViewsAtSizes)
#include "tst_viewsatsizes.moc"
