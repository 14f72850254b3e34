// The settings dialog: OK stores what was edited, Cancel nothing; the token goes to the
// keychain (never to the settings file), and without a keychain the dialog says what is used.
#include "settings/FieldMessage.h"
#include "settings/SettingsDialog.h"
#include "settings/TokenStore.h"

#include "settings/Settings.h"
#include "util/Translations.h"

#include "TestOutput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hubwatch;

namespace {

// A keychain in memory; or one that is not there at all; or one that reads but refuses writes.
class FakeTokenStore : public TokenStore
{
public:
    explicit FakeTokenStore(bool available, bool writable = true) : m_availableFake(available), m_writable(writable) {}
    QString stored;
    QStringList calls;
    QString detail = QStringLiteral("org.freedesktop.secrets was not provided"); // the backend's words

    void read() override
    {
        calls << QStringLiteral("read");
        QTimer::singleShot(0, this, [this] {
            if (m_availableFake)
                Q_EMIT tokenRead(stored);
            else // as the real store words libsecret without a secret service
                reportFailure(Operation::Read, describe(Problem::NotRunning, detail), true);
        });
    }
    void write(const QString &token) override
    {
        calls << QStringLiteral("write");
        QTimer::singleShot(0, this, [this, token] {
            if (m_availableFake && m_writable) {
                stored = token;
                Q_EMIT tokenWritten();
            } else if (m_availableFake) {
                reportFailure(Operation::Write, QStringLiteral("Access to the keychain was refused."), false);
            } else {
                reportFailure(Operation::Write, QStringLiteral("No system keychain is available."), true);
            }
        });
    }
    void remove() override
    {
        calls << QStringLiteral("remove");
        QTimer::singleShot(0, this, [this] {
            stored.clear();
            Q_EMIT tokenRemoved();
        });
    }

private:
    bool m_availableFake;
    bool m_writable;
};

// Every file below `dir` whose bytes contain `secret`: a plaintext copy of the token.
QStringList filesContaining(const QString &dir, const QString &secret)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret.toUtf8()))
            found << f.fileName();
    }
    return found;
}

template <typename T> T *field(QWidget &dialog, const char *name)
{
    T *w = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

// The page a field is on, as the tab widget knows it.
QWidget *pageOf(QWidget &dialog, QWidget *w)
{
    auto *pages = field<QTabWidget>(dialog, "pages");
    for (; w; w = w->parentWidget())
        if (pages->indexOf(w) >= 0)
            return w;
    return nullptr;
}

// As a user: click the tab of the page the field is on.
void openPageOf(QWidget &dialog, QWidget *w)
{
    auto *pages = field<QTabWidget>(dialog, "pages");
    QTabBar *bar = pages->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(pages->indexOf(pageOf(dialog, w))).center());
    QCOMPARE(pages->currentWidget(), pageOf(dialog, w));
}

// As a user: click into the field, select what is there and type over it.
void typeInto(QWidget &dialog, QWidget *w, const QString &text)
{
    openPageOf(dialog, w);
    QWidget *target = w;
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
        target = spin->findChild<QLineEdit *>();
    QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(5, target->height() / 2));
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(target, Qt::Key_Delete);
    else
        QTest::keyClicks(target, text);
}

void clickOk(QWidget &dialog)
{
    QPushButton *ok = field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

bool isError(QWidget &dialog, const char *message)
{
    auto *m = field<FieldMessage>(dialog, message);
    return m->kind() == FieldMessage::Kind::Error && m->isVisible();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTheDefaults();
    void roundTrip();
    void cancelChangesNothing();
    void typedMinusFiveIsRefusedNextToTheField();
    void eachFieldHasItsOwnMessage_data();
    void eachFieldHasItsOwnMessage();
    void nothingTrackedMarksBothTopFields();
    void arrowsStayInTheAllowedRange();
    void plainHttpEndpointWarns();
    void topNChangeWarnsOfANewSeries();
    void commandLineDatabaseAndLanguageShown();
    void keychainErrorsInWordsAndTranslated();
    void fitsAGermanScreenOf800x560();
    void aLateLongMessageIsNotScrolled();
    void invalidEndpointIsRefused();
    void sharedDatabaseRoundTripAndNoPassword();
    void endpointOverriddenByEnvironment();
    void tokenGoesToTheKeychainOnly();
    void noKeychainExplainsTheFallback();
    void refusedTokenIsWrittenNowhere();
    void removeToken();
    void realKeychainAnswers();
    void screenshot();

private:
    std::unique_ptr<Settings> settings();
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
    QTemporaryDir m_home; // HOME and the XDG folders: where a plaintext fallback would land
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Before anything resolves a settings or data path: everything this process could write
    // for the keychain's sake goes below m_home, where realKeychainAnswers looks for it.
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, m_home.path().toUtf8());
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_env = QProcessEnvironment();
    m_env.insert(QStringLiteral("HF_HOME"), m_dir->filePath(QStringLiteral("hf")));
}

std::unique_ptr<Settings> TestSettingsDialog::settings()
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(iniPath(), QSettings::IniFormat));
}

void TestSettingsDialog::showsTheDefaults()
{
    auto s = settings();
    FakeTokenStore tokens(true);
    SettingsDialog dialog(*s, &tokens, m_env);
    QCOMPARE(field<QSpinBox>(dialog, "topModels")->value(), 1000);
    QCOMPARE(field<QSpinBox>(dialog, "topDatasets")->value(), 1000);
    QCOMPARE(field<QSpinBox>(dialog, "interval")->value(), 15);
    QCOMPARE(field<QLineEdit>(dialog, "endpoint")->text(), QString());
    QVERIFY(!field<QLineEdit>(dialog, "endpoint")->isReadOnly());
    QCOMPARE(field<QDoubleSpinBox>(dialog, "hotPoints")->value(), 5.0);
    QVERIFY(field<QCheckBox>(dialog, "notifications")->isChecked());
    QVERIFY(!field<QCheckBox>(dialog, "startMinimized")->isChecked());
    QCOMPARE(field<QComboBox>(dialog, "language")->currentIndex(), 0);
    QCOMPARE(field<QComboBox>(dialog, "language")->count(), 4);
    QVERIFY(field<QRadioButton>(dialog, "keepAll")->isChecked());
    QVERIFY(!field<QSpinBox>(dialog, "retentionDays")->isEnabled());
    QVERIFY(field<QCheckBox>(dialog, "census")->isChecked()); // daily
    QCOMPARE(field<QSpinBox>(dialog, "censusHours")->value(), 24);
    QCOMPARE(field<QLineEdit>(dialog, "token")->echoMode(), QLineEdit::Password);
    QTRY_VERIFY(dialog.tokenStatusText().contains(QStringLiteral("No token is stored")));
}

void TestSettingsDialog::roundTrip()
{
    {
        auto s = settings();
        FakeTokenStore tokens(true);
        SettingsDialog dialog(*s, &tokens, m_env);
        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        field<QSpinBox>(dialog, "topModels")->setValue(250);
        field<QSpinBox>(dialog, "topDatasets")->setValue(0);
        field<QSpinBox>(dialog, "interval")->setValue(30);
        field<QLineEdit>(dialog, "endpoint")->setText(QStringLiteral("https://hub.example.org"));
        field<QDoubleSpinBox>(dialog, "hotPoints")->setValue(7.5);
        field<QCheckBox>(dialog, "notifications")->setChecked(false);
        field<QCheckBox>(dialog, "startMinimized")->setChecked(true);
        field<QComboBox>(dialog, "language")->setCurrentIndex(2);
        field<QRadioButton>(dialog, "compact")->setChecked(true);
        QVERIFY(field<QSpinBox>(dialog, "retentionDays")->isEnabled());
        field<QSpinBox>(dialog, "retentionDays")->setValue(45);
        field<QComboBox>(dialog, "resolution")->setCurrentIndex(1);
        field<QSpinBox>(dialog, "censusHours")->setValue(168);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(applied.size(), 1);
        QVERIFY(!tokens.calls.contains(QStringLiteral("write"))); // no token typed: untouched

        QCOMPARE(s->scope().topModels, 250);
        QCOMPARE(s->scope().topDatasets, 0);
        QCOMPARE(s->pollInterval().count(), 30);
        QCOMPARE(s->endpoint(), QStringLiteral("https://hub.example.org"));
        QCOMPARE(s->hotCategoryPoints(), 7.5);
        QVERIFY(!s->notifications());
        QVERIFY(s->startMinimized());
        QCOMPARE(s->language(), QStringLiteral("de"));
        QCOMPARE(s->retentionDays(), 45);
        QVERIFY(s->retentionDaily());
        QCOMPARE(s->censusEveryHours(), 168);
    }
    // A new Settings over the same file, a new dialog: it shows what was saved.
    auto s = settings();
    SettingsDialog dialog(*s, nullptr, m_env);
    QCOMPARE(field<QSpinBox>(dialog, "topModels")->value(), 250);
    QCOMPARE(field<QSpinBox>(dialog, "topDatasets")->value(), 0);
    QCOMPARE(field<QSpinBox>(dialog, "interval")->value(), 30);
    QCOMPARE(field<QLineEdit>(dialog, "endpoint")->text(), QStringLiteral("https://hub.example.org"));
    QCOMPARE(field<QDoubleSpinBox>(dialog, "hotPoints")->value(), 7.5);
    QVERIFY(!field<QCheckBox>(dialog, "notifications")->isChecked());
    QVERIFY(field<QCheckBox>(dialog, "startMinimized")->isChecked());
    QCOMPARE(field<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("de"));
    QVERIFY(field<QRadioButton>(dialog, "compact")->isChecked());
    QCOMPARE(field<QSpinBox>(dialog, "retentionDays")->value(), 45);
    QCOMPARE(field<QComboBox>(dialog, "resolution")->currentIndex(), 1);
    QCOMPARE(field<QSpinBox>(dialog, "censusHours")->value(), 168);

    // Back to keeping everything; the census switched off (its hours wait, disabled).
    field<QRadioButton>(dialog, "keepAll")->setChecked(true);
    field<QCheckBox>(dialog, "census")->setChecked(false);
    QVERIFY(!field<QSpinBox>(dialog, "censusHours")->isEnabled());
    dialog.accept();
    QCOMPARE(s->retentionDays(), -1);
    QCOMPARE(s->censusEveryHours(), 0);
}

void TestSettingsDialog::cancelChangesNothing()
{
    auto s = settings();
    s->setPollInterval(std::chrono::minutes(20));
    s->sync();
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    FakeTokenStore tokens(true);
    SettingsDialog dialog(*s, &tokens, m_env);
    field<QSpinBox>(dialog, "interval")->setValue(99);
    field<QSpinBox>(dialog, "topModels")->setValue(5);
    field<QCheckBox>(dialog, "notifications")->setChecked(false);
    field<QLineEdit>(dialog, "token")->setText(QStringLiteral("hf_cancelled"));
    dialog.reject();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(s->pollInterval().count(), 20);
    QCOMPARE(s->scope().topModels, 1000);
    QVERIFY(s->notifications());
    QVERIFY(!tokens.calls.contains(QStringLiteral("write")));
    QVERIFY(tokens.stored.isEmpty());
    s->sync();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

// Issue 14: "-5" typed into "Poll every" is not silently 1 or 5. OK stays open on the page of
// that field, with the reason right under it, and nothing is saved.
void TestSettingsDialog::typedMinusFiveIsRefusedNextToTheField()
{
    auto s = settings();
    SettingsDialog dialog(*s, nullptr, m_env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *interval = field<QSpinBox>(dialog, "interval");
    typeInto(dialog, interval, QStringLiteral("-5"));
    QCOMPARE(interval->value(), -5); // kept as typed
    // Away to another page, then OK.
    openPageOf(dialog, field<QLineEdit>(dialog, "token"));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QCOMPARE(field<QTabWidget>(dialog, "pages")->currentWidget(), pageOf(dialog, interval));
    QVERIFY(interval->hasFocus());
    auto *message = field<FieldMessage>(dialog, "intervalMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("At least 1 minute."));
    QCOMPARE(message->kind(), FieldMessage::Kind::Error);
    QVERIFY(interval->property("invalid").toBool());
    QVERIFY(interval->palette().color(QPalette::Base) != dialog.palette().color(QPalette::Base)); // marked
    // Right under its field, not somewhere above OK.
    const QRect fieldRect(interval->mapTo(&dialog, QPoint(0, 0)), interval->size());
    const QPoint messageAt = message->mapTo(&dialog, QPoint(0, 0));
    QVERIFY(messageAt.y() >= fieldRect.bottom() && messageAt.y() <= fieldRect.bottom() + interval->height());
    QCOMPARE(s->pollInterval().count(), 15);
    // No other field is called wrong.
    for (FieldMessage *m : dialog.findChildren<FieldMessage *>())
        QVERIFY2(m == message || m->kind() != FieldMessage::Kind::Error, qPrintable(m->objectName()));

    // Corrected: the message goes, and OK saves.
    typeInto(dialog, interval, QStringLiteral("7"));
    QVERIFY(message->isHidden());
    QVERIFY(!interval->property("invalid").toBool());
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(s->pollInterval().count(), 7);
}

void TestSettingsDialog::eachFieldHasItsOwnMessage_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("messageName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("interval too long") << "interval"
                                       << "20000"
                                       << "intervalMessage"
                                       << "At most 10,080 minutes (a week).";
    QTest::newRow("negative top models") << "topModels"
                                         << "-1"
                                         << "topMessage"
                                         << "Between 0 and 100,000.";
    QTest::newRow("top datasets too many") << "topDatasets"
                                           << "200000"
                                           << "topMessage"
                                           << "Between 0 and 100,000.";
    QTest::newRow("census every 0 hours") << "censusHours"
                                          << "0"
                                          << "censusMessage"
                                          << "Between 1 and 744 hours (a month).";
    QTest::newRow("negative hot points") << "hotPoints"
                                         << "-5"
                                         << "hotPointsMessage"
                                         << "Between 0.5 and 100 points.";
    QTest::newRow("no days") << "retentionDays"
                             << "0"
                             << "retentionMessage"
                             << "Between 1 and 36,500 days.";
    QTest::newRow("ftp endpoint") << "endpoint"
                                  << "ftp://hub.example.org"
                                  << "endpointMessage"
                                  << "not an http(s) URL";
    QTest::newRow("password in the database URL") << "database"
                                                  << "postgresql://team:secret@db.example.org/hubwatch"
                                                  << "databaseMessage"
                                                  << "password";
}

void TestSettingsDialog::eachFieldHasItsOwnMessage()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, typed);
    QFETCH(QString, messageName);
    QFETCH(QString, expected);
    auto s = settings();
    s->setRetentionDays(30);
    SettingsDialog dialog(*s, nullptr, m_env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *w = dialog.findChild<QWidget *>(fieldName);
    QVERIFY(w);
    typeInto(dialog, w, typed);
    openPageOf(dialog, field<QLineEdit>(dialog, "token"));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(field<QTabWidget>(dialog, "pages")->currentWidget(), pageOf(dialog, w));
    QVERIFY(w->hasFocus());
    QVERIFY(w->property("invalid").toBool());
    auto *message = dialog.findChild<FieldMessage *>(messageName);
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), FieldMessage::Kind::Error);
    QVERIFY2(message->text().contains(expected, Qt::CaseInsensitive), qPrintable(message->text()));
    QVERIFY(!message->text().contains(QStringLiteral("secret"))); // a password is never repeated
    QCOMPARE(pageOf(dialog, message), pageOf(dialog, w));
    for (FieldMessage *m : dialog.findChildren<FieldMessage *>())
        QVERIFY2(m == message || m->kind() != FieldMessage::Kind::Error, qPrintable(m->objectName()));
    // The tab of that page says it holds an error; the others do not.
    auto *pages = field<QTabWidget>(dialog, "pages");
    for (int i = 0; i < pages->count(); ++i)
        QCOMPARE(!pages->tabIcon(i).isNull(), pages->widget(i) == pageOf(dialog, w));
    // Nothing saved.
    dialog.reject();
    QCOMPARE(s->pollInterval().count(), 15);
    QCOMPARE(s->scope().topModels, 1000);
    QCOMPARE(s->scope().topDatasets, 1000);
    QCOMPARE(s->hotCategoryPoints(), 5.0);
    QCOMPARE(s->retentionDays(), 30);
    QCOMPARE(s->endpoint(), QString());
    QCOMPARE(s->database(), QString());
}

void TestSettingsDialog::nothingTrackedMarksBothTopFields()
{
    auto s = settings();
    SettingsDialog dialog(*s, nullptr, m_env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog, field<QSpinBox>(dialog, "topModels"), QStringLiteral("0"));
    typeInto(dialog, field<QSpinBox>(dialog, "topDatasets"), QStringLiteral("0"));
    QVERIFY(isError(dialog, "topMessage"));
    QVERIFY(field<FieldMessage>(dialog, "topMessage")->text().startsWith(QStringLiteral("Nothing would be tracked")));
    QVERIFY(field<QSpinBox>(dialog, "topModels")->property("invalid").toBool());
    QVERIFY(field<QSpinBox>(dialog, "topDatasets")->property("invalid").toBool());
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(s->scope().topModels, 1000);
}

// The arrows never lead into a refused value: only typing can, and then the dialog says why.
void TestSettingsDialog::arrowsStayInTheAllowedRange()
{
    auto s = settings();
    s->setPollInterval(std::chrono::minutes(2));
    SettingsDialog dialog(*s, nullptr, m_env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *interval = field<QSpinBox>(dialog, "interval");
    openPageOf(dialog, interval);
    interval->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(interval, Qt::Key_Down);
    QCOMPARE(interval->value(), 1);
    QVERIFY(field<FieldMessage>(dialog, "intervalMessage")->isHidden());
}

// A plain-http endpoint never gets the token (AuthPolicy: https, or http to a loopback address).
void TestSettingsDialog::plainHttpEndpointWarns()
{
    auto s = settings();
    SettingsDialog dialog(*s, nullptr, m_env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *endpoint = field<QLineEdit>(dialog, "endpoint");
    auto *message = field<FieldMessage>(dialog, "endpointMessage");
    QVERIFY(message->isHidden());
    typeInto(dialog, endpoint, QStringLiteral("http://mirror.example.org"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), FieldMessage::Kind::Warning);
    QVERIFY2(message->text().contains(QStringLiteral("never sends your access token")), qPrintable(message->text()));
    QVERIFY(!endpoint->property("invalid").toBool()); // a warning, not an error
    typeInto(dialog, endpoint, QStringLiteral("https://mirror.example.org"));
    QVERIFY(message->isHidden());
    typeInto(dialog, endpoint, QStringLiteral("http://localhost:8080")); // loopback: the token goes
    QVERIFY(message->isHidden());
    typeInto(dialog, endpoint, QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(message->isHidden());
    typeInto(dialog, endpoint, QStringLiteral("http://hub.example.org:8080"));
    QVERIFY(message->isVisible());
    clickOk(dialog); // warned, not refused
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(s->endpoint(), QStringLiteral("http://hub.example.org:8080"));

    // HF_ENDPOINT over plain http: the same warning beside the read-only field.
    m_env.insert(QStringLiteral("HF_ENDPOINT"), QStringLiteral("http://mirror.example.org"));
    SettingsDialog env(*s, nullptr, m_env);
    QCOMPARE(field<FieldMessage>(env, "endpointMessage")->kind(), FieldMessage::Kind::Warning);
}

// The headline's history is kept per top-N scope (PollScope::key), so a new N starts a new
// series: said when the numbers differ from the saved ones, and only then.
void TestSettingsDialog::topNChangeWarnsOfANewSeries()
{
    auto s = settings();
    PollScope scope = s->scope();
    scope.topModels = 500;
    s->setScope(scope);
    SettingsDialog dialog(*s, nullptr, m_env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *message = field<FieldMessage>(dialog, "topMessage");
    QVERIFY(message->isHidden());
    typeInto(dialog, field<QSpinBox>(dialog, "topModels"), QStringLiteral("750"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), FieldMessage::Kind::Warning);
    QVERIFY2(message->text().startsWith(QStringLiteral("Changing the top N starts a new headline series")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("500 models and 1,000 datasets")), qPrintable(message->text()));
    typeInto(dialog, field<QSpinBox>(dialog, "topModels"), QStringLiteral("500"));
    QVERIFY(message->isHidden());
    typeInto(dialog, field<QSpinBox>(dialog, "topDatasets"), QStringLiteral("10"));
    QVERIFY(message->isVisible());
    // Other fields change nothing of the sort.
    typeInto(dialog, field<QSpinBox>(dialog, "topDatasets"), QStringLiteral("1000"));
    typeInto(dialog, field<QSpinBox>(dialog, "interval"), QStringLiteral("30"));
    QVERIFY(message->isHidden());
}

void TestSettingsDialog::commandLineDatabaseAndLanguageShown()
{
    auto s = settings();
    s->setDatabase(QStringLiteral("/saved/history.sqlite"));
    {
        SettingsDialog dialog(*s, nullptr, m_env);
        dialog.showCommandLineDatabase(QStringLiteral("/run/other.sqlite"));
        dialog.showCommandLineLanguage(QStringLiteral("de"));
        auto *database = field<QLineEdit>(dialog, "database");
        QCOMPARE(database->text(), QStringLiteral("/run/other.sqlite"));
        QVERIFY(database->isReadOnly());
        QVERIFY2(field<QLabel>(dialog, "databaseNote")->text().contains(QStringLiteral("--db")),
                 qPrintable(field<QLabel>(dialog, "databaseNote")->text()));
        auto *language = field<FieldMessage>(dialog, "languageMessage");
        QVERIFY(!language->isHidden());
        QVERIFY2(language->text().contains(QStringLiteral("--lang (Deutsch)")), qPrintable(language->text()));
        QVERIFY(field<QComboBox>(dialog, "language")->isEnabled()); // the setting stays editable
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(s->database(), QStringLiteral("/saved/history.sqlite")); // kept for other runs
    QCOMPARE(s->language(), QString());

    SettingsDialog demo(*s, nullptr, m_env);
    demo.showCommandLineDatabase(QStringLiteral("/cache/demo.sqlite"), true);
    QVERIFY(field<QLabel>(demo, "databaseNote")->text().contains(QStringLiteral("--demo")));
    QVERIFY(field<QLineEdit>(demo, "database")->isReadOnly());
    // Without --lang, nothing is said about it.
    QVERIFY(field<FieldMessage>(demo, "languageMessage")->isHidden());
    demo.accept();
    QCOMPARE(s->database(), QStringLiteral("/saved/history.sqlite"));
}

// Each keychain problem is a sentence in the user's language; the backend's own words (English,
// from libsecret) only follow in parentheses.
void TestSettingsDialog::keychainErrorsInWordsAndTranslated()
{
    using P = TokenStore::Problem;
    const QList<P> problems{P::NoKeychain, P::NotRunning, P::Locked, P::Refused, P::NotRemoved, P::Other};
    QStringList english;
    for (P p : problems)
        english << TokenStore::describe(p);
    QCOMPARE(english.size(), QSet<QString>(english.cbegin(), english.cend()).size()); // each its own
    QVERIFY(TokenStore::describe(P::Locked).contains(QStringLiteral("locked")));
    const QString detail = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
    QVERIFY(TokenStore::describe(P::NotRunning, detail).endsWith(detail + QLatin1Char(')')));

    QVERIFY(Translations::install(Translations::localeFor(QStringLiteral("de"))));
    const auto backToEnglish = qScopeGuard([] { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); });
    for (int i = 0; i < problems.size(); ++i) {
        const QString german = TokenStore::describe(problems.at(i));
        QVERIFY2(german != english.at(i), qPrintable(german));
    }
    QVERIFY2(TokenStore::describe(P::Locked).contains(QStringLiteral("gesperrt")), qPrintable(TokenStore::describe(P::Locked)));
    const QString withDetail = TokenStore::describe(P::NotRunning, detail);
    QVERIFY(withDetail.contains(detail));
    QVERIFY(!withDetail.startsWith(QStringLiteral("The system")));

    // And the dialog shows it so: a keychain that is not running, in German.
    auto s = settings();
    FakeTokenStore tokens(false);
    SettingsDialog dialog(*s, &tokens, m_env);
    QTRY_VERIFY(dialog.tokenStatusText().contains(QStringLiteral("HF_TOKEN")));
    QVERIFY2(dialog.tokenStatusText().startsWith(QStringLiteral("Der Schlüsselbund des Systems läuft nicht")),
             qPrintable(dialog.tokenStatusText()));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

// Issue 14: the app is checked on an 800×560 screen in German. Every page fits without
// scrolling in a dialog no taller than 540 px, even with the top-N and http warnings showing.
void TestSettingsDialog::fitsAGermanScreenOf800x560()
{
    QVERIFY(Translations::install(Translations::localeFor(QStringLiteral("de"))));
    const auto english = qScopeGuard([] { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); });
    auto s = settings();
    FakeTokenStore tokens(false); // the longest token text: the fallback explanation
    SettingsDialog dialog(*s, &tokens, m_env);
    dialog.showCommandLineLanguage(QStringLiteral("de"));
    dialog.showCommandLineDatabase(QStringLiteral("/home/nutzer/.local/share/hubwatch/demo.sqlite"), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.tokenStatusText().contains(QStringLiteral("HF_TOKEN")));
    typeInto(dialog, field<QSpinBox>(dialog, "topModels"), QStringLiteral("500"));
    typeInto(dialog, field<QLineEdit>(dialog, "endpoint"), QStringLiteral("http://mirror.example.org"));
    QVERIFY(field<FieldMessage>(dialog, "topMessage")->isVisible());
    QVERIFY(field<FieldMessage>(dialog, "endpointMessage")->isVisible());
    auto *pages = field<QTabWidget>(dialog, "pages");
    for (int i = 0; i < pages->count(); ++i) {
        QTabBar *bar = pages->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
        QCOMPARE(pages->currentIndex(), i);
        QCoreApplication::processEvents(); // the layout, and the scroll bars shown or hidden (queued)
        QVERIFY2(dialog.width() <= 800 && dialog.height() <= 540,
                 qPrintable(QStringLiteral("%1×%2 on %3").arg(dialog.width()).arg(dialog.height()).arg(pages->tabText(i))));
        auto *scroll = qobject_cast<QScrollArea *>(pages->widget(i));
        QVERIFY(scroll);
        QVERIFY2(!scroll->verticalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1: %2 of %3 px")
                                .arg(pages->tabText(i))
                                .arg(scroll->verticalScrollBar()->maximum())
                                .arg(scroll->viewport()->height())));
        // No wrapped text is cut off.
        for (QLabel *label : scroll->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
        }
        QVERIFY(dialog.grab().save(hubwatch::test::testOutputPath(QStringLiteral("settings-de-%1.png").arg(i))));
    }
    QVERIFY(dialog.minimumSizeHint().width() <= 800);
}

// The keychain answers after the dialog is shown, sometimes at length: the dialog grows to show
// it whole rather than hide it below a scroll bar.
void TestSettingsDialog::aLateLongMessageIsNotScrolled()
{
    auto s = settings();
    FakeTokenStore tokens(false);
    tokens.detail = QStringLiteral("Error calling StartServiceByName for org.freedesktop.secrets: ").repeated(25);
    SettingsDialog dialog(*s, &tokens, m_env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.tokenStatusText().contains(QStringLiteral("HF_TOKEN")));
    openPageOf(dialog, field<QLineEdit>(dialog, "token"));
    QCoreApplication::processEvents();
    auto *scroll = qobject_cast<QScrollArea *>(field<QTabWidget>(dialog, "pages")->currentWidget());
    QVERIFY(scroll);
    QVERIFY2(!scroll->verticalScrollBar()->isVisible(), qPrintable(QString::number(dialog.height())));
    QVERIFY(dialog.height() <= dialog.screen()->availableGeometry().height());
    QLabel *status = field<QLabel>(dialog, "tokenStatus");
    QVERIFY(status->height() >= status->heightForWidth(status->width()));
}

void TestSettingsDialog::invalidEndpointIsRefused()
{
    auto s = settings();
    SettingsDialog dialog(*s, nullptr, m_env);
    field<QLineEdit>(dialog, "endpoint")->setText(QStringLiteral("ftp://hub.example.org"));
    field<QSpinBox>(dialog, "interval")->setValue(40);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    auto *error = field<FieldMessage>(dialog, "endpointMessage");
    QVERIFY(!error->isHidden());
    QCOMPARE(error->kind(), FieldMessage::Kind::Error);
    QVERIFY2(error->text().contains(QStringLiteral("not an http(s) URL")), qPrintable(error->text()));
    QCOMPARE(s->pollInterval().count(), 15); // nothing applied
    QCOMPARE(s->endpoint(), QString());
}

void TestSettingsDialog::sharedDatabaseRoundTripAndNoPassword()
{
    auto s = settings();
    {
        SettingsDialog dialog(*s, nullptr, m_env);
        QCOMPARE(field<QLineEdit>(dialog, "database")->text(), QString()); // the local file
        // A password in the URL is refused, and nothing is applied.
        field<QLineEdit>(dialog, "database")->setText(QStringLiteral("postgresql://team:secret@db.example.org:5432/hubwatch"));
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        const QString error = field<FieldMessage>(dialog, "databaseMessage")->text();
        QVERIFY2(!error.isEmpty(), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error)); // never repeated
        QCOMPARE(s->database(), QString());
        field<QLineEdit>(dialog, "database")->setText(QStringLiteral("postgresql://team@db.example.org:5432/hubwatch"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(settings()->database(), QStringLiteral("postgresql://team@db.example.org:5432/hubwatch"));
    SettingsDialog again(*settings(), nullptr, m_env);
    QCOMPARE(field<QLineEdit>(again, "database")->text(), QStringLiteral("postgresql://team@db.example.org:5432/hubwatch"));
}

void TestSettingsDialog::endpointOverriddenByEnvironment()
{
    auto s = settings();
    s->setEndpoint(QStringLiteral("https://saved.example.org"));
    m_env.insert(QStringLiteral("HF_ENDPOINT"), QStringLiteral("https://mirror.example.org"));
    SettingsDialog dialog(*s, nullptr, m_env);
    QLineEdit *endpoint = field<QLineEdit>(dialog, "endpoint");
    QVERIFY(endpoint->isReadOnly());
    QCOMPARE(endpoint->text(), QStringLiteral("https://mirror.example.org"));
    QVERIFY(field<QLabel>(dialog, "endpointNote")->text().contains(QStringLiteral("overridden by HF_ENDPOINT"), Qt::CaseInsensitive));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(s->endpoint(), QStringLiteral("https://saved.example.org")); // the saved one is kept
}

void TestSettingsDialog::tokenGoesToTheKeychainOnly()
{
    auto s = settings();
    FakeTokenStore tokens(true);
    SettingsDialog dialog(*s, &tokens, m_env);
    QSignalSpy finished(&dialog, &QDialog::finished);
    const QString secret = QStringLiteral("hf_secretTOKEN123");
    field<QLineEdit>(dialog, "token")->setText(secret);
    field<QSpinBox>(dialog, "interval")->setValue(25);
    dialog.accept();
    // Asynchronous: nothing applied until the keychain confirmed.
    QCOMPARE(s->pollInterval().count(), 15);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(tokens.stored, secret);
    QCOMPARE(s->pollInterval().count(), 25);
    QVERIFY(field<QLineEdit>(dialog, "token")->text().isEmpty());
    s->sync();
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));

    // Reopened: it says a token is stored, without showing it.
    SettingsDialog again(*s, &tokens, m_env);
    QTRY_VERIFY(again.tokenStatusText().contains(QStringLiteral("A token is stored")));
    QVERIFY(field<QLineEdit>(again, "token")->text().isEmpty());
    QVERIFY(!again.tokenStatusText().contains(secret));
}

void TestSettingsDialog::noKeychainExplainsTheFallback()
{
    auto s = settings();
    FakeTokenStore tokens(false);
    SettingsDialog dialog(*s, &tokens, m_env);
    QTRY_VERIFY(dialog.tokenStatusText().contains(QStringLiteral("HF_TOKEN")));
    QVERIFY(dialog.tokenStatusText().contains(m_dir->filePath(QStringLiteral("hf/token"))));
    QVERIFY(!field<QLineEdit>(dialog, "token")->isEnabled());
    QVERIFY(!tokens.keychainAvailable());
    // The rest of the dialog still works.
    field<QSpinBox>(dialog, "interval")->setValue(5);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(s->pollInterval().count(), 5);

    // Without any TokenStore the explanation is shown straight away.
    SettingsDialog none(*s, nullptr, m_env);
    QVERIFY(none.tokenStatusText().contains(QStringLiteral("HF_TOKEN")));
}

// The keychain is there but refuses the write: the dialog says so, applies nothing, and the
// token lands in no file (settings, token file, anything in the test's folder).
void TestSettingsDialog::refusedTokenIsWrittenNowhere()
{
    auto s = settings();
    FakeTokenStore tokens(true, false);
    SettingsDialog dialog(*s, &tokens, m_env);
    QTRY_VERIFY(dialog.tokenStatusText().contains(QStringLiteral("No token is stored")));
    const QString secret = QStringLiteral("hf_refusedSECRET456");
    field<QLineEdit>(dialog, "token")->setText(secret);
    field<QSpinBox>(dialog, "interval")->setValue(25);
    dialog.accept();
    auto *error = field<FieldMessage>(dialog, "tokenMessage");
    QTRY_VERIFY(!error->isHidden());
    QCOMPARE(error->text(), QStringLiteral("The token could not be saved; nothing was changed."));
    QCOMPARE(error->kind(), FieldMessage::Kind::Error);
    QCOMPARE(field<QTabWidget>(dialog, "pages")->currentWidget(), pageOf(dialog, field<QLineEdit>(dialog, "token")));
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(tokens.stored.isEmpty());
    QCOMPARE(s->pollInterval().count(), 15);
    s->sync();
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("hf/token")))); // not the official clients' file either
    QCOMPARE(filesContaining(m_dir->path(), secret), QStringList());
    QCOMPARE(filesContaining(m_home.path(), secret), QStringList());
}

void TestSettingsDialog::removeToken()
{
    auto s = settings();
    FakeTokenStore tokens(true);
    tokens.stored = QStringLiteral("hf_old");
    SettingsDialog dialog(*s, &tokens, m_env);
    QPushButton *remove = field<QPushButton>(dialog, "removeToken");
    QTRY_VERIFY(remove->isEnabled());
    remove->click();
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.accept();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(tokens.calls.contains(QStringLiteral("remove")));
    QVERIFY(tokens.stored.isEmpty());
}

void TestSettingsDialog::realKeychainAnswers()
{
    // The real QtKeychain: on a headless machine there is no secret service, which must be
    // reported (not hang, not fall back to a plaintext file). With one, reading just works.
    TokenStore store;
    QSignalSpy read(&store, &TokenStore::tokenRead);
    QSignalSpy failed(&store, &TokenStore::failed);
    store.read();
    QTRY_VERIFY_WITH_TIMEOUT(read.size() + failed.size() == 1, 30000);
    if (failed.isEmpty())
        return; // a real keychain: its entry is the user's own token, not something to overwrite
    qInfo("keychain: %s (unavailable: %d)", qPrintable(failed.at(0).at(1).toString()), failed.at(0).at(2).toBool());
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());

    // Without a keychain a write fails too, and leaves the token in no file at all. QtKeychain
    // writes a QSettings file when its insecure fallback is on, on the backends that have one
    // (KWallet, GNOME Keyring; not libsecret, which this machine's build uses).
    const QString secret = QStringLiteral("hf_plaintextFALLBACK789");
    QSignalSpy written(&store, &TokenStore::tokenWritten);
    store.write(secret);
    QTRY_VERIFY_WITH_TIMEOUT(written.size() + failed.size() == 2, 30000);
    QCOMPARE(written.size(), 0);
    QCOMPARE(failed.at(1).at(0).value<TokenStore::Operation>(), TokenStore::Operation::Write);
    QCOMPARE(filesContaining(m_home.path(), secret), QStringList());
    QCOMPARE(filesContaining(m_dir->path(), secret), QStringList());
}

void TestSettingsDialog::screenshot()
{
    auto s = settings();
    FakeTokenStore tokens(false);
    SettingsDialog dialog(*s, &tokens, m_env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.tokenStatusText().contains(QStringLiteral("HF_TOKEN")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the layout after the asynchronous status
    QVERIFY(dialog.width() <= 800 && dialog.height() <= 540);
    QVERIFY(dialog.grab().save(hubwatch::test::testOutputPath(QStringLiteral("settings.png"))));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
