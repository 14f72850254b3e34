// The settings dialog: OK stores what was edited, Cancel nothing; the token goes to the
// keychain (never to the settings file), and without a keychain the dialog says what is used.
#include "settings/SettingsDialog.h"
#include "settings/TokenStore.h"

#include "settings/Settings.h"

#include "TestOutput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
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

    void read() override
    {
        calls << QStringLiteral("read");
        QTimer::singleShot(0, this, [this] {
            if (m_availableFake)
                Q_EMIT tokenRead(stored);
            else
                reportFailure(Operation::Read, QStringLiteral("No system keychain is available."), true);
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
    void intervalBelowOneMinuteIsRefused();
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

    // Back to keeping everything.
    field<QRadioButton>(dialog, "keepAll")->setChecked(true);
    dialog.accept();
    QCOMPARE(s->retentionDays(), -1);
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

void TestSettingsDialog::intervalBelowOneMinuteIsRefused()
{
    auto s = settings();
    SettingsDialog dialog(*s, nullptr, m_env);
    QSpinBox *interval = field<QSpinBox>(dialog, "interval");
    QCOMPARE(interval->minimum(), 1);
    interval->setValue(0);
    QCOMPARE(interval->value(), 1);
    // Typed by hand: "0" is not accepted either.
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("0"));
    interval->interpretText();
    QVERIFY(interval->value() >= 1);
    dialog.accept();
    QVERIFY(s->pollInterval().count() >= 1);
}

void TestSettingsDialog::invalidEndpointIsRefused()
{
    auto s = settings();
    SettingsDialog dialog(*s, nullptr, m_env);
    field<QLineEdit>(dialog, "endpoint")->setText(QStringLiteral("ftp://hub.example.org"));
    field<QSpinBox>(dialog, "interval")->setValue(40);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QLabel *error = field<QLabel>(dialog, "error");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("Endpoint")), qPrintable(error->text()));
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
        const QString error = field<QLabel>(dialog, "error")->text();
        QVERIFY2(error.startsWith(QStringLiteral("Database:")), qPrintable(error));
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
    QLabel *error = field<QLabel>(dialog, "error");
    QTRY_VERIFY(!error->isHidden());
    QCOMPARE(error->text(), QStringLiteral("The token could not be saved; nothing was changed."));
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
    QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
    QVERIFY(dialog.grab().save(hubwatch::test::testOutputPath(QStringLiteral("settings.png"))));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
