// The milestone editor in Settings: per-series thresholds typed as the app prints them, no
// duplicates, clear refusals, and nothing editable while loading or in viewer mode.
#include "settings/MilestoneEditor.h"
#include "settings/SettingsDialog.h"

#include "settings/Settings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace hubwatch;

class TestMilestoneEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addsTypedValuesSorted();
    void refusesDuplicatesAndNonsense();
    void removesTheSelection();
    void keepsEachSeriesApart();
    void notEditableWhileLocked();
    void dialogOffersHeadlineAndWatchedRepos();

private:
    QStringList shown() const;
    void type(const QString &text);

    std::unique_ptr<MilestoneEditor> m_editor;
};

void TestMilestoneEditor::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_editor = std::make_unique<MilestoneEditor>();
    m_editor->setSeries({{QStringLiteral("headline"), QStringLiteral("Tracked downloads")},
                         {QStringLiteral("model:org/a"), QStringLiteral("model:org/a")}});
}

QStringList TestMilestoneEditor::shown() const
{
    QStringList texts;
    auto *list = m_editor->findChild<QListWidget *>(QStringLiteral("milestoneList"));
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

void TestMilestoneEditor::type(const QString &text)
{
    auto *input = m_editor->findChild<QLineEdit *>(QStringLiteral("milestoneInput"));
    input->setText(text);
    QTest::keyClick(input, Qt::Key_Return);
}

void TestMilestoneEditor::addsTypedValuesSorted()
{
    type(QStringLiteral("1.5B"));
    type(QStringLiteral("250M"));
    type(QStringLiteral("2,500,000"));
    QCOMPARE(shown(), (QStringList{QStringLiteral("2.5M"), QStringLiteral("250M"), QStringLiteral("1.5B")}));
    QCOMPARE(m_editor->thresholds().value(QStringLiteral("headline")), (QList<qint64>{2'500'000, 250'000'000, 1'500'000'000}));
    QVERIFY(m_editor->findChild<QLineEdit *>(QStringLiteral("milestoneInput"))->text().isEmpty());
}

void TestMilestoneEditor::refusesDuplicatesAndNonsense()
{
    type(QStringLiteral("1B"));
    auto *message = m_editor->findChild<QLabel *>(QStringLiteral("milestoneMessage"));
    type(QStringLiteral("1,000,000,000"));
    QVERIFY2(message->text().contains(QStringLiteral("already")), qPrintable(message->text()));
    type(QStringLiteral("lots"));
    QVERIFY2(message->text().contains(QStringLiteral("not a number")), qPrintable(message->text()));
    QCOMPARE(m_editor->findChild<QLineEdit *>(QStringLiteral("milestoneInput"))->text(), QStringLiteral("lots"));
    QCOMPARE(m_editor->thresholds().value(QStringLiteral("headline")), QList<qint64>{1'000'000'000});
}

void TestMilestoneEditor::removesTheSelection()
{
    m_editor->setThresholds({{QStringLiteral("headline"), {2'000'000'000, 1'500'000'000}}});
    QCOMPARE(shown(), (QStringList{QStringLiteral("1.5B"), QStringLiteral("2B")}));
    auto *list = m_editor->findChild<QListWidget *>(QStringLiteral("milestoneList"));
    auto *remove = m_editor->findChild<QPushButton *>(QStringLiteral("milestoneRemove"));
    QVERIFY(!remove->isEnabled());
    list->item(0)->setSelected(true);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(shown(), QStringList{QStringLiteral("2B")});
    QCOMPARE(m_editor->thresholds().value(QStringLiteral("headline")), QList<qint64>{2'000'000'000});
}

void TestMilestoneEditor::keepsEachSeriesApart()
{
    type(QStringLiteral("1B"));
    auto *series = m_editor->findChild<QComboBox *>(QStringLiteral("milestoneSeries"));
    series->setCurrentIndex(1);
    QVERIFY(shown().isEmpty());
    type(QStringLiteral("10M"));
    QCOMPARE(m_editor->thresholds().value(QStringLiteral("model:org/a")), QList<qint64>{10'000'000});
    QCOMPARE(m_editor->thresholds().value(QStringLiteral("headline")), QList<qint64>{1'000'000'000});
    series->setCurrentIndex(0);
    QCOMPARE(shown(), QStringList{QStringLiteral("1B")});
}

void TestMilestoneEditor::notEditableWhileLocked()
{
    m_editor->setEditable(false, QStringLiteral("Another HubWatch is recording this history."));
    QVERIFY(!m_editor->findChild<QLineEdit *>(QStringLiteral("milestoneInput"))->isEnabled());
    QVERIFY(!m_editor->findChild<QPushButton *>(QStringLiteral("milestoneAdd"))->isEnabled());
    m_editor->findChild<QLineEdit *>(QStringLiteral("milestoneInput"))->setText(QStringLiteral("5B"));
    QVERIFY(!m_editor->addTyped());
    QVERIFY(m_editor->thresholds().isEmpty());
    QCOMPARE(m_editor->findChild<QLabel *>(QStringLiteral("milestoneMessage"))->text(),
             QStringLiteral("Another HubWatch is recording this history."));
}

void TestMilestoneEditor::dialogOffersHeadlineAndWatchedRepos()
{
    QTemporaryDir dir;
    Settings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat));
    PollScope scope;
    for (const char *w : {"model:org/a", "author:someone", "dataset:org/d"}) {
        WatchItem item;
        QString error;
        QVERIFY(WatchItem::parse(QString::fromLatin1(w), &item, &error));
        scope.watch.append(item);
    }
    settings.setScope(scope);
    SettingsDialog dialog(settings, nullptr, QProcessEnvironment());
    const QStringList keys = dialog.milestones()->seriesKeys();
    // Authors are many repos: milestones belong to the headline and to single repos.
    QCOMPARE(keys, (QStringList{QStringLiteral("headline"), QStringLiteral("model:org/a"), QStringLiteral("dataset:org/d")}));
}

QTEST_MAIN(TestMilestoneEditor)
#include "tst_milestoneeditor.moc"
