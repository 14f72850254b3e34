#include "SettingsDialog.h"

#include "MilestoneEditor.h"
#include "TokenStore.h"
#include "hub/HubConfig.h"
#include "store/StoreLocation.h"
#include "settings/Settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace hubwatch {

namespace {
constexpr int kMaxIntervalMinutes = 7 * 24 * 60;
constexpr int kDefaultRetentionDays = 90;

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText); // subdued, from the palette
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(Settings &settings, TokenStore *tokens, QWidget *parent)
    : SettingsDialog(settings, tokens, QProcessEnvironment::systemEnvironment(), parent)
{}

SettingsDialog::SettingsDialog(Settings &settings, TokenStore *tokens, const QProcessEnvironment &env, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_env(env)
{
    setWindowTitle(tr("HubWatch Settings"));
    build();
    load();

    if (m_tokens) {
        connect(m_tokens, &TokenStore::tokenRead, this, [this](const QString &token) {
            m_tokenStored = !token.isEmpty(); // only whether one exists; the value is dropped
            m_removeTokenButton->setEnabled(m_tokenStored);
            setTokenStatus(m_tokenStored ? tr("A token is stored in the system keychain. Type a new one to replace it.")
                                         : tr("No token is stored in the system keychain."));
        });
        connect(m_tokens, &TokenStore::tokenWritten, this, [this] {
            if (!m_waitingForToken)
                return;
            m_waitingForToken = false;
            m_token->clear();
            apply();
            setBusy(false);
            QDialog::accept();
        });
        connect(m_tokens, &TokenStore::tokenRemoved, this, [this] {
            if (!m_waitingForToken)
                return;
            m_waitingForToken = false;
            apply();
            setBusy(false);
            QDialog::accept();
        });
        connect(m_tokens, &TokenStore::failed, this, [this](TokenStore::Operation op, const QString &message, bool unavailable) {
            const QString text = unavailable ? message + QLatin1Char('\n') + TokenStore::fallbackExplanation(m_env) : message;
            setTokenStatus(text);
            if (unavailable) {
                m_token->setEnabled(false);
                m_token->setPlaceholderText(tr("No keychain available"));
                m_removeTokenButton->setEnabled(false);
            }
            if (op != TokenStore::Operation::Read && m_waitingForToken) {
                m_waitingForToken = false;
                setBusy(false);
                m_error->setText(op == TokenStore::Operation::Write ? tr("The token could not be saved; nothing was changed.")
                                                                    : tr("The token could not be removed; nothing was changed."));
                m_error->setVisible(true);
            }
        });
        setTokenStatus(tr("Checking the system keychain…"));
        m_tokens->read();
    } else {
        m_token->setEnabled(false);
        m_removeTokenButton->setEnabled(false);
        setTokenStatus(TokenStore::fallbackExplanation(m_env));
    }
}

QStringList SettingsDialog::languageCodes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

void SettingsDialog::build()
{
    // Polling
    auto *polling = new QGroupBox(tr("Polling"), this);
    auto *pollForm = new QFormLayout(polling);
    m_topModels = new QSpinBox(polling);
    m_topModels->setObjectName(QStringLiteral("topModels"));
    m_topModels->setRange(0, 100000);
    m_topModels->setSingleStep(100);
    m_topModels->setGroupSeparatorShown(true);
    m_topDatasets = new QSpinBox(polling);
    m_topDatasets->setObjectName(QStringLiteral("topDatasets"));
    m_topDatasets->setRange(0, 100000);
    m_topDatasets->setSingleStep(100);
    m_topDatasets->setGroupSeparatorShown(true);
    m_interval = new QSpinBox(polling);
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(1, kMaxIntervalMinutes); // below one minute is refused
    m_interval->setSuffix(tr(" min"));
    m_interval->setToolTip(tr("At least 1 minute; 15 by default. The Hub's rate limits are respected in any case."));
    m_endpoint = new QLineEdit(polling);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setPlaceholderText(HubConfig::defaultEndpoint());
    m_endpointNote = noteLabel(polling);
    m_endpointNote->setObjectName(QStringLiteral("endpointNote"));
    pollForm->addRow(tr("Top models:"), m_topModels);
    pollForm->addRow(tr("Top datasets:"), m_topDatasets);
    pollForm->addRow(tr("Poll every:"), m_interval);
    pollForm->addRow(tr("Endpoint:"), m_endpoint);
    pollForm->addRow(QString(), m_endpointNote);

    // Alerts and the application
    auto *app = new QGroupBox(tr("Alerts and window"), this);
    auto *appForm = new QFormLayout(app);
    m_hotPoints = new QDoubleSpinBox(app);
    m_hotPoints->setObjectName(QStringLiteral("hotPoints"));
    m_hotPoints->setRange(0.5, 100.0);
    m_hotPoints->setDecimals(1);
    m_hotPoints->setSingleStep(0.5);
    m_hotPoints->setSuffix(tr(" points"));
    m_hotPoints->setToolTip(
        tr("A category is hot when its share of the top-50 velocity grew by at least this many percentage points in a week."));
    m_notifications = new QCheckBox(tr("Show desktop notifications"), app);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_startMinimized = new QCheckBox(tr("Start minimised to the tray"), app);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    m_language = new QComboBox(app);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language named in itself, so it can be found whatever the current language is.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QString::fromUtf8("简体中文"), QStringLiteral("zh_CN"));
    appForm->addRow(tr("Hot category at:"), m_hotPoints);
    appForm->addRow(QString(), m_notifications);
    appForm->addRow(QString(), m_startMinimized);
    appForm->addRow(tr("Language:"), m_language);
    // The language is installed once, at start-up, before the command line is parsed; a restart
    // is clearer than a window that is half retranslated.
    auto *languageNote = noteLabel(app);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setText(tr("A new language takes effect after restarting HubWatch."));
    appForm->addRow(QString(), languageNote);

    // The user's own milestones, per series; the default ladder needs no settings.
    auto *milestones = new QGroupBox(tr("Milestones"), this);
    auto *milestoneBox = new QVBoxLayout(milestones);
    m_milestones = new MilestoneEditor(milestones);
    milestoneBox->addWidget(m_milestones);

    // History retention
    auto *history = new QGroupBox(tr("History"), this);
    auto *historyBox = new QVBoxLayout(history);
    m_keepAll = new QRadioButton(tr("Keep every sample"), history);
    m_keepAll->setObjectName(QStringLiteral("keepAll"));
    m_compact = new QRadioButton(tr("Compact samples older than"), history);
    m_compact->setObjectName(QStringLiteral("compact"));
    auto *group = new QButtonGroup(history);
    group->addButton(m_keepAll);
    group->addButton(m_compact);
    m_retentionDays = new QSpinBox(history);
    m_retentionDays->setObjectName(QStringLiteral("retentionDays"));
    m_retentionDays->setRange(1, 36500);
    m_retentionDays->setSuffix(tr(" days"));
    m_resolution = new QComboBox(history);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->addItem(tr("to hourly"), false);
    m_resolution->addItem(tr("to daily"), true);
    auto *compactRow = new QHBoxLayout;
    compactRow->addWidget(m_compact);
    compactRow->addWidget(m_retentionDays);
    compactRow->addWidget(m_resolution);
    compactRow->addStretch(1);
    auto *historyNote = noteLabel(history);
    historyNote->setText(tr("Compaction keeps the first and last sample of each hour or day and every peak and trough."));
    historyBox->addWidget(m_keepAll);
    historyBox->addLayout(compactRow);
    historyBox->addWidget(historyNote);
    // Where the history lives: the local file, or a team's shared PostgreSQL database.
    auto *databaseRow = new QHBoxLayout;
    auto *databaseLabel = new QLabel(tr("Database:"), history);
    m_database = new QLineEdit(history);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("the local file (default)"));
    m_database->setToolTip(tr("A file path, or postgresql://USER@HOST:PORT/DBNAME for a team's shared history. "
                              "The password comes from PGPASSWORD or ~/.pgpass, never from here."));
    databaseLabel->setBuddy(m_database);
    databaseRow->addWidget(databaseLabel);
    databaseRow->addWidget(m_database, 1);
    historyBox->addLayout(databaseRow);
    auto *databaseNote = noteLabel(history);
    databaseNote->setText(tr("A new database is used from the next start of HubWatch."));
    historyBox->addWidget(databaseNote);
    connect(m_compact, &QRadioButton::toggled, this, [this](bool on) {
        m_retentionDays->setEnabled(on);
        m_resolution->setEnabled(on);
    });

    // Token
    auto *token = new QGroupBox(tr("Access token"), this);
    auto *tokenBox = new QVBoxLayout(token);
    auto *tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(token);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_token->setPlaceholderText(tr("hf_… (leave empty to keep the current one)"));
    m_token->setClearButtonEnabled(true);
    m_removeTokenButton = new QPushButton(tr("Remove"), token);
    m_removeTokenButton->setObjectName(QStringLiteral("removeToken"));
    m_removeTokenButton->setCheckable(true);
    m_removeTokenButton->setEnabled(false);
    m_removeTokenButton->setToolTip(tr("Remove the stored token from the keychain when you press OK."));
    connect(m_removeTokenButton, &QPushButton::toggled, this, [this](bool on) {
        m_removeToken = on;
        m_token->setEnabled(!on);
    });
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_removeTokenButton);
    m_tokenStatus = noteLabel(token);
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
    m_tokenStatus->setForegroundRole(QPalette::WindowText);
    auto *tokenNote = noteLabel(token);
    tokenNote->setText(tr("Stored in the system keychain only, never in HubWatch's settings file, and never logged. "
                          "A read-only token is enough."));
    tokenBox->addLayout(tokenRow);
    tokenBox->addWidget(m_tokenStatus);
    tokenBox->addWidget(tokenNote);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QFont errorFont = m_error->font();
    errorFont.setBold(true);
    m_error->setFont(errorFont);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(polling, 0, 0);
    grid->addWidget(app, 0, 1);
    grid->addWidget(history, 1, 0);
    grid->addWidget(milestones, 1, 1);
    grid->addWidget(token, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *main = new QVBoxLayout(this);
    main->addLayout(grid);
    main->addStretch(1);
    main->addWidget(m_error);
    main->addWidget(m_buttons);
}

void SettingsDialog::showCommandLineEndpoint(const QString &endpoint)
{
    if (endpoint.trimmed().isEmpty())
        return;
    m_endpointOverridden = true;
    m_endpoint->setText(endpoint.trimmed());
    m_endpoint->setReadOnly(true);
    m_endpointNote->setText(tr("Given with --endpoint for this run; the setting is kept for other runs."));
}

void SettingsDialog::load()
{
    const PollScope scope = m_settings.scope();
    m_topModels->setValue(scope.topModels);
    m_topDatasets->setValue(scope.topDatasets);
    m_interval->setValue(int(m_settings.pollInterval().count()));

    const QString envEndpoint = m_env.value(QStringLiteral("HF_ENDPOINT")).trimmed();
    m_endpointOverridden = !envEndpoint.isEmpty();
    if (m_endpointOverridden) {
        m_endpoint->setText(envEndpoint);
        m_endpoint->setReadOnly(true);
        m_endpointNote->setText(tr("Overridden by HF_ENDPOINT."));
    } else {
        m_endpoint->setText(m_settings.endpoint());
        m_endpointNote->setText(tr("Leave empty to use %1.").arg(HubConfig::defaultEndpoint()));
    }

    m_hotPoints->setValue(m_settings.hotCategoryPoints());
    m_notifications->setChecked(m_settings.notifications());
    m_startMinimized->setChecked(m_settings.startMinimized());
    const int lang = int(languageCodes().indexOf(m_settings.language()));
    m_language->setCurrentIndex(lang < 0 ? 0 : lang);

    const int days = m_settings.retentionDays();
    m_keepAll->setChecked(days < 0);
    m_compact->setChecked(days >= 0);
    m_retentionDays->setValue(days >= 0 ? std::max(1, days) : kDefaultRetentionDays);
    m_retentionDays->setEnabled(days >= 0);
    m_resolution->setCurrentIndex(m_settings.retentionDaily() ? 1 : 0);
    m_resolution->setEnabled(days >= 0);
    m_database->setText(m_settings.database());

    QList<QPair<QString, QString>> series{{QStringLiteral("headline"), tr("Tracked downloads (headline)")}};
    for (const WatchItem &w : scope.watch)
        if (w.type != WatchItem::Type::Author) // milestones belong to single repos
            series.append({w.toString(), w.toString()});
    m_milestones->setSeries(series);
}

bool SettingsDialog::validate(QString *error) const
{
    if (m_interval->value() < 1) {
        *error = tr("The poll interval must be at least one minute.");
        return false;
    }
    if (m_topModels->value() == 0 && m_topDatasets->value() == 0 && m_settings.scope().watch.isEmpty()) {
        *error = tr("Nothing would be tracked: choose some top models or datasets, or add to the watchlist.");
        return false;
    }
    if (const QString db = m_database->text().trimmed(); !db.isEmpty()) {
        const StoreLocation location = StoreLocation::parse(db);
        if (!location.isValid()) {
            *error = tr("Database: %1").arg(location.error());
            return false;
        }
    }
    const QString endpoint = m_endpoint->text().trimmed();
    if (!m_endpointOverridden && !endpoint.isEmpty()) {
        QUrl url;
        QString why;
        if (!HubConfig::parseEndpoint(endpoint, &url, &why)) {
            *error = tr("Endpoint: %1").arg(why);
            return false;
        }
    }
    return true;
}

void SettingsDialog::accept()
{
    if (m_waitingForToken)
        return;
    QString error;
    if (!validate(&error)) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    const QString token = m_token->text().trimmed();
    if (m_tokens && m_token->isEnabled() && !token.isEmpty()) {
        // The token first: if the keychain refuses it, nothing else changes either.
        m_waitingForToken = true;
        setBusy(true);
        setTokenStatus(tr("Saving the token in the system keychain…"));
        m_tokens->write(token);
        return;
    }
    if (m_tokens && m_removeToken) {
        m_waitingForToken = true;
        setBusy(true);
        setTokenStatus(tr("Removing the token from the system keychain…"));
        m_tokens->remove();
        return;
    }
    apply();
    QDialog::accept();
}

void SettingsDialog::apply()
{
    PollScope scope = m_settings.scope(); // keeps the watchlist, edited elsewhere
    scope.topModels = m_topModels->value();
    scope.topDatasets = m_topDatasets->value();
    m_settings.setScope(scope);
    m_settings.setPollInterval(std::chrono::minutes(std::max(1, m_interval->value())));
    if (!m_endpointOverridden)
        m_settings.setEndpoint(m_endpoint->text().trimmed());
    m_settings.setHotCategoryPoints(m_hotPoints->value());
    m_settings.setNotifications(m_notifications->isChecked());
    m_settings.setStartMinimized(m_startMinimized->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setRetentionDays(m_compact->isChecked() ? m_retentionDays->value() : -1);
    m_settings.setRetentionDaily(m_resolution->currentData().toBool());
    m_settings.setDatabase(m_database->text().trimmed());
    m_settings.sync();
    Q_EMIT settingsApplied();
}

void SettingsDialog::setTokenStatus(const QString &text)
{
    m_tokenStatus->setText(text);
    if (isVisible())
        reserveWrappedHeights();
}

void SettingsDialog::reserveWrappedHeights()
{
    // Top-level layouts ignore height-for-width, so a wrapped label (the token status arrives
    // after the dialog was laid out) would be clipped: reserve each one's wrapped height.
    layout()->activate();
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->wordWrap() || label->width() <= 50)
            continue;
        label->setMinimumHeight(label->heightForWidth(label->width()));
        if (QLayout *inner = label->parentWidget()->layout())
            inner->invalidate();
    }
    layout()->invalidate();
    layout()->activate();
    resize(size().expandedTo(minimumSizeHint()));
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    reserveWrappedHeights();
}

QString SettingsDialog::tokenStatusText() const
{
    return m_tokenStatus->text();
}

void SettingsDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace hubwatch
