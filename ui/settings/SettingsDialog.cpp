#include "SettingsDialog.h"

#include "FieldMessage.h"
#include "MilestoneEditor.h"
#include "TokenStore.h"
#include "hub/AuthPolicy.h"
#include "hub/HubConfig.h"
#include "settings/Settings.h"
#include "store/StoreLocation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace hubwatch {

namespace {
constexpr int kMaxIntervalMinutes = 7 * 24 * 60;
constexpr int kMaxTop = 100000;
constexpr int kMaxRetentionDays = 36500;
constexpr int kDefaultRetentionDays = 90;

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText); // subdued, from the palette
    return label;
}

FieldMessage *fieldMessage(const char *name, QWidget *parent)
{
    auto *message = new FieldMessage(parent);
    message->setObjectName(QString::fromLatin1(name));
    return message;
}

// A form's field cell: the field with its note and message under it, so a hidden message
// takes no room and each message sits right under its own field.
QWidget *fieldCell(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *cell = new QWidget(parent);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    for (QWidget *w : widgets) {
        w->setParent(cell);
        // Spin boxes and combos keep their own width; text fields and messages take the row's.
        const bool compact = qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w);
        box->addWidget(w, 0, compact ? Qt::AlignLeft : Qt::Alignment());
    }
    return cell;
}

QLabel *formLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QFormLayout *newForm(QWidget *page)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *box = new QVBoxLayout(page);
    box->addLayout(form);
    box->addStretch(1);
    return form;
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
    // Spin boxes show their errors at once (a number is typed deliberately); text fields once
    // left, so a half-typed URL is not called wrong.
    for (SpinBox *box : {m_topModels, m_topDatasets, m_interval, m_retentionDays})
        connect(box, &QSpinBox::valueChanged, this, [this] { check(); });
    connect(m_hotPoints, &QDoubleSpinBox::valueChanged, this, [this] { check(); });
    connect(m_compact, &QRadioButton::toggled, this, [this] { check(); });
    for (QLineEdit *edit : {m_endpoint, m_database}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { check(); });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            m_revealed.insert(edit);
            check();
        });
    }
    connect(m_token, &QLineEdit::textChanged, m_tokenMessage, &FieldMessage::clearMessage);
    check();

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
                m_tokenMessage->showMessage(FieldMessage::Kind::Error,
                                            op == TokenStore::Operation::Write
                                                ? tr("The token could not be saved; nothing was changed.")
                                                : tr("The token could not be removed; nothing was changed."));
                showPageOf(m_token);
                fitToPages();
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

QWidget *SettingsDialog::addPage(QWidget *content, const QString &name, const QString &title)
{
    // Each page scrolls rather than clip when a screen is smaller than the page; fitToPages()
    // makes that the exception.
    auto *scroll = new QScrollArea(m_pages);
    scroll->setObjectName(name);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    scroll->setWidget(content);
    m_pages->addTab(scroll, title);
    return scroll;
}

QWidget *SettingsDialog::buildPollingPage()
{
    auto *page = new QWidget;
    QFormLayout *form = newForm(page);
    m_topModels = new SpinBox(page);
    m_topModels->setObjectName(QStringLiteral("topModels"));
    m_topModels->setAllowedRange(0, kMaxTop);
    m_topModels->setSingleStep(100);
    m_topModels->setGroupSeparatorShown(true);
    m_topDatasets = new SpinBox(page);
    m_topDatasets->setObjectName(QStringLiteral("topDatasets"));
    m_topDatasets->setAllowedRange(0, kMaxTop);
    m_topDatasets->setSingleStep(100);
    m_topDatasets->setGroupSeparatorShown(true);
    m_topMessage = fieldMessage("topMessage", page);
    m_interval = new SpinBox(page);
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setAllowedRange(1, kMaxIntervalMinutes); // below one minute is refused
    m_interval->setSuffix(tr(" min"));
    m_interval->setToolTip(tr("At least 1 minute; 15 by default. The Hub's rate limits are respected in any case."));
    m_intervalMessage = fieldMessage("intervalMessage", page);
    m_endpoint = new QLineEdit(page);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setPlaceholderText(HubConfig::defaultEndpoint());
    m_endpointNote = noteLabel(page);
    m_endpointNote->setObjectName(QStringLiteral("endpointNote"));
    m_endpointMessage = fieldMessage("endpointMessage", page);
    form->addRow(formLabel(tr("Top models:"), m_topModels, page), fieldCell(page, {m_topModels}));
    form->addRow(formLabel(tr("Top datasets:"), m_topDatasets, page), fieldCell(page, {m_topDatasets, m_topMessage}));
    form->addRow(formLabel(tr("Poll every:"), m_interval, page), fieldCell(page, {m_interval, m_intervalMessage}));
    form->addRow(formLabel(tr("Endpoint:"), m_endpoint, page), fieldCell(page, {m_endpoint, m_endpointMessage, m_endpointNote}));
    return page;
}

QWidget *SettingsDialog::buildWindowPage()
{
    auto *page = new QWidget;
    QFormLayout *form = newForm(page);
    m_hotPoints = new DoubleSpinBox(page);
    m_hotPoints->setObjectName(QStringLiteral("hotPoints"));
    m_hotPoints->setDecimals(1);
    m_hotPoints->setAllowedRange(0.5, 100.0);
    m_hotPoints->setSingleStep(0.5);
    m_hotPoints->setSuffix(tr(" points"));
    m_hotPoints->setToolTip(
        tr("A category is hot when its share of the top-50 velocity grew by at least this many percentage points in a week."));
    m_hotPointsMessage = fieldMessage("hotPointsMessage", page);
    m_notifications = new QCheckBox(tr("Show desktop notifications"), page);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_startMinimized = new QCheckBox(tr("Start minimised to the tray"), page);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language named in itself, so it can be found whatever the current language is.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QString::fromUtf8("简体中文"), QStringLiteral("zh_CN"));
    // The language is installed once, at start-up, before the command line is parsed; a restart
    // is clearer than a window that is half retranslated.
    auto *languageNote = noteLabel(page);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setText(tr("A new language takes effect after restarting HubWatch."));
    m_languageMessage = fieldMessage("languageMessage", page);
    form->addRow(formLabel(tr("Hot category at:"), m_hotPoints, page), fieldCell(page, {m_hotPoints, m_hotPointsMessage}));
    form->addRow(QString(), m_notifications);
    form->addRow(QString(), m_startMinimized);
    form->addRow(formLabel(tr("Language:"), m_language, page), fieldCell(page, {m_language, m_languageMessage, languageNote}));
    return page;
}

QWidget *SettingsDialog::buildMilestonesPage()
{
    // The user's own milestones, per series; the default ladder needs no settings.
    auto *page = new QWidget;
    auto *box = new QVBoxLayout(page);
    m_milestones = new MilestoneEditor(page);
    box->addWidget(m_milestones, 1);
    return page;
}

QWidget *SettingsDialog::buildHistoryPage()
{
    auto *page = new QWidget;
    auto *box = new QVBoxLayout(page);
    m_keepAll = new QRadioButton(tr("Keep every sample"), page);
    m_keepAll->setObjectName(QStringLiteral("keepAll"));
    m_compact = new QRadioButton(tr("Compact samples older than"), page);
    m_compact->setObjectName(QStringLiteral("compact"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_keepAll);
    group->addButton(m_compact);
    m_retentionDays = new SpinBox(page);
    m_retentionDays->setObjectName(QStringLiteral("retentionDays"));
    m_retentionDays->setAllowedRange(1, kMaxRetentionDays);
    m_retentionDays->setSuffix(tr(" days"));
    m_resolution = new QComboBox(page);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->addItem(tr("to hourly"), false);
    m_resolution->addItem(tr("to daily"), true);
    m_retentionMessage = fieldMessage("retentionMessage", page);
    auto *compactRow = new QHBoxLayout;
    compactRow->addWidget(m_compact);
    compactRow->addWidget(m_retentionDays);
    compactRow->addWidget(m_resolution);
    compactRow->addStretch(1);
    auto *historyNote = noteLabel(page);
    historyNote->setText(tr("Compaction keeps the first and last sample of each hour or day and every peak and trough."));
    box->addWidget(m_keepAll);
    box->addLayout(compactRow);
    box->addWidget(m_retentionMessage);
    box->addWidget(historyNote);
    connect(m_compact, &QRadioButton::toggled, this, [this](bool on) {
        m_retentionDays->setEnabled(on);
        m_resolution->setEnabled(on);
    });

    // Where the history lives: the local file, or a team's shared PostgreSQL database.
    m_database = new QLineEdit(page);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("the local file (default)"));
    m_database->setToolTip(tr("A file path, or postgresql://USER@HOST:PORT/DBNAME for a team's shared history. "
                              "The password comes from PGPASSWORD or ~/.pgpass, never from here."));
    m_databaseNote = noteLabel(page);
    m_databaseNote->setObjectName(QStringLiteral("databaseNote"));
    m_databaseNote->setText(tr("A new database is used from the next start of HubWatch."));
    m_databaseMessage = fieldMessage("databaseMessage", page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(formLabel(tr("Database:"), m_database, page), fieldCell(page, {m_database, m_databaseMessage, m_databaseNote}));
    box->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 2);
    box->addLayout(form);
    box->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildTokenPage()
{
    auto *page = new QWidget;
    auto *box = new QVBoxLayout(page);
    auto *tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(page);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_token->setPlaceholderText(tr("hf_… (leave empty to keep the current one)"));
    m_token->setClearButtonEnabled(true);
    m_token->setAccessibleName(tr("Access token"));
    m_removeTokenButton = new QPushButton(tr("Remove"), page);
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
    m_tokenMessage = fieldMessage("tokenMessage", page);
    m_tokenStatus = noteLabel(page);
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
    m_tokenStatus->setForegroundRole(QPalette::WindowText);
    auto *tokenNote = noteLabel(page);
    tokenNote->setText(tr("Stored in the system keychain only, never in HubWatch's settings file, and never logged. "
                          "A read-only token is enough."));
    box->addLayout(tokenRow);
    box->addWidget(m_tokenMessage);
    box->addWidget(m_tokenStatus);
    box->addWidget(tokenNote);
    box->addStretch(1);
    return page;
}

void SettingsDialog::build()
{
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setUsesScrollButtons(false); // every page's name in view
    addPage(buildPollingPage(), QStringLiteral("pollingPage"), tr("Polling"));
    addPage(buildWindowPage(), QStringLiteral("windowPage"), tr("Alerts and window"));
    addPage(buildMilestonesPage(), QStringLiteral("milestonesPage"), tr("Milestones"));
    addPage(buildHistoryPage(), QStringLiteral("historyPage"), tr("History and storage"));
    addPage(buildTokenPage(), QStringLiteral("tokenPage"), tr("Access token"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *main = new QVBoxLayout(this);
    main->addWidget(m_pages, 1);
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
    check();
}

void SettingsDialog::showCommandLineDatabase(const QString &path, bool demo)
{
    if (path.trimmed().isEmpty())
        return;
    m_databaseOverridden = true;
    m_database->setText(path.trimmed());
    m_database->setReadOnly(true);
    m_databaseNote->setText(demo ? tr("This run shows the demo history (--demo); your database setting is kept for other runs.")
                                 : tr("Given with --db for this run; the setting is kept for other runs."));
    check();
}

void SettingsDialog::showCommandLineLanguage(const QString &code)
{
    if (code.trimmed().isEmpty())
        return;
    QString name = code.trimmed();
    if (const int i = m_language->findData(name); i > 0)
        name = m_language->itemText(i);
    m_languageMessage->showMessage(FieldMessage::Kind::Note,
                                   tr("This run uses the language given with --lang (%1). The choice here applies when "
                                      "HubWatch starts without --lang.")
                                       .arg(name));
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

bool SettingsDialog::report(FieldMessage *message, const QList<QWidget *> &fields, const QList<QWidget *> &errorFields,
                            const QString &error, const QString &warning)
{
    bool shown = !error.isEmpty() && m_revealAll;
    for (QWidget *field : errorFields)
        shown = shown || (!error.isEmpty() && (qobject_cast<QAbstractSpinBox *>(field) || m_revealed.contains(field)));
    for (QWidget *field : fields)
        FieldMessage::markField(field, shown && errorFields.contains(field) ? error : QString());
    if (shown)
        message->showMessage(FieldMessage::Kind::Error, error);
    else if (!warning.isEmpty())
        message->showMessage(FieldMessage::Kind::Warning, warning);
    else if (message->kind() != FieldMessage::Kind::Note)
        message->clearMessage();
    return shown;
}

QString SettingsDialog::endpointWarning() const
{
    const QString text = m_endpoint->text().trimmed();
    QUrl url;
    QString why;
    if (text.isEmpty() || !HubConfig::parseEndpoint(text, &url, &why) || AuthPolicy::endpointAllowsToken(url))
        return QString();
    // The rule of AuthPolicy: a token goes only over https, or plain http to this computer.
    return tr("Plain http: HubWatch never sends your access token over it, so this endpoint is polled anonymously. "
              "Use https, or plain http only to this computer (localhost).");
}

QString SettingsDialog::topWarning() const
{
    // The headline's history is kept per top-N scope (PollScope::key()); the watchlist is not
    // part of that key, so only these two numbers start a new series.
    const PollScope saved = m_settings.scope();
    if (m_topModels->value() == saved.topModels && m_topDatasets->value() == saved.topDatasets)
        return QString();
    const QLocale locale;
    return tr("Changing the top N starts a new headline series: totals over a different top N do not compare, so the "
              "headline history is kept per top N. Going back to %1 models and %2 datasets continues the current series.")
        .arg(locale.toString(saved.topModels), locale.toString(saved.topDatasets));
}

QWidget *SettingsDialog::check()
{
    const QLocale locale;
    QWidget *first = nullptr;
    const auto note = [&first](bool shown, QWidget *field) {
        if (shown && !first)
            first = field;
    };

    // Top N: each number in its range, and something to track.
    QString topError;
    QList<QWidget *> topErrorFields;
    for (SpinBox *box : {m_topModels, m_topDatasets}) {
        if (!box->valueAllowed() && topError.isEmpty()) {
            topError = tr("Between 0 and %1.").arg(locale.toString(kMaxTop));
            topErrorFields = {box};
        }
    }
    if (topError.isEmpty() && m_topModels->value() == 0 && m_topDatasets->value() == 0 && m_settings.scope().watch.isEmpty()) {
        topError = tr("Nothing would be tracked: choose some top models or datasets, or add to the watchlist.");
        topErrorFields = {m_topModels, m_topDatasets};
    }
    note(report(m_topMessage, {m_topModels, m_topDatasets}, topErrorFields, topError, topWarning()), topErrorFields.value(0));

    QString intervalError;
    if (m_interval->value() < m_interval->allowedMinimum())
        intervalError = tr("At least 1 minute.");
    else if (m_interval->value() > m_interval->allowedMaximum())
        intervalError = tr("At most %1 minutes (a week).").arg(locale.toString(kMaxIntervalMinutes));
    note(report(m_intervalMessage, {m_interval}, {m_interval}, intervalError), m_interval);

    QString endpointError;
    if (const QString endpoint = m_endpoint->text().trimmed(); !m_endpointOverridden && !endpoint.isEmpty()) {
        QUrl url;
        if (!HubConfig::parseEndpoint(endpoint, &url, &endpointError) && endpointError.isEmpty())
            endpointError = tr("Not a usable address.");
    }
    note(report(m_endpointMessage, {m_endpoint}, {m_endpoint}, endpointError, endpointWarning()), m_endpoint);

    QString hotError;
    if (!m_hotPoints->valueAllowed())
        hotError = tr("Between %1 and %2 points.").arg(locale.toString(0.5, 'f', 1), locale.toString(100));
    note(report(m_hotPointsMessage, {m_hotPoints}, {m_hotPoints}, hotError), m_hotPoints);

    QString retentionError;
    if (m_compact->isChecked() && !m_retentionDays->valueAllowed())
        retentionError = tr("Between 1 and %1 days.").arg(locale.toString(kMaxRetentionDays));
    note(report(m_retentionMessage, {m_retentionDays}, {m_retentionDays}, retentionError), m_retentionDays);

    QString databaseError;
    if (const QString db = m_database->text().trimmed(); !m_databaseOverridden && !db.isEmpty()) {
        const StoreLocation location = StoreLocation::parse(db);
        if (!location.isValid())
            databaseError = location.error();
    }
    note(report(m_databaseMessage, {m_database}, {m_database}, databaseError), m_database);

    markPages();
    if (isVisible())
        fitToPages();
    return first;
}

void SettingsDialog::markPages()
{
    // A page with a refused field says so on its tab, so an error on a page not shown is found.
    const QList<FieldMessage *> messages = findChildren<FieldMessage *>();
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *page = m_pages->widget(i);
        const bool hasError = std::any_of(messages.cbegin(), messages.cend(), [page](const FieldMessage *m) {
            return m->kind() == FieldMessage::Kind::Error && page->isAncestorOf(m);
        });
        m_pages->setTabIcon(i, hasError ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
}

void SettingsDialog::showPageOf(QWidget *field)
{
    for (QWidget *w = field; w; w = w->parentWidget()) {
        if (const int i = m_pages->indexOf(w); i >= 0) {
            m_pages->setCurrentIndex(i);
            break;
        }
    }
    field->setFocus(Qt::OtherFocusReason);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->selectAll(); // ready to be typed over
    else if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

void SettingsDialog::accept()
{
    if (m_waitingForToken)
        return;
    m_revealAll = true;
    if (QWidget *refused = check()) {
        showPageOf(refused);
        return;
    }
    const QString token = m_token->text().trimmed();
    if (m_tokens && m_token->isEnabled() && !token.isEmpty()) {
        // The token first: if the keychain refuses it, nothing else changes either.
        m_waitingForToken = true;
        m_tokenMessage->clearMessage();
        setBusy(true);
        setTokenStatus(tr("Saving the token in the system keychain…"));
        m_tokens->write(token);
        return;
    }
    if (m_tokens && m_removeToken) {
        m_waitingForToken = true;
        m_tokenMessage->clearMessage();
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
    if (!m_databaseOverridden)
        m_settings.setDatabase(m_database->text().trimmed());
    m_settings.sync();
    Q_EMIT settingsApplied();
}

void SettingsDialog::setTokenStatus(const QString &text)
{
    m_tokenStatus->setText(text);
    if (isVisible())
        fitToPages();
}

void SettingsDialog::fitToPages()
{
    // A scroll area asks for little height, so the dialog would open with its pages scrolled:
    // open it as tall as its tallest page at the width it has (wrapped notes included).
    layout()->activate();
    const int viewportWidth = m_pages->currentWidget()->width();
    int tallest = 0;
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *content = static_cast<QScrollArea *>(m_pages->widget(i))->widget();
        const int h = content->hasHeightForWidth() ? content->heightForWidth(viewportWidth) : content->sizeHint().height();
        tallest = std::max(tallest, h);
    }
    const int extra = tallest - m_pages->currentWidget()->height();
    if (extra <= 0)
        return;
    int height = this->height() + extra;
    if (const QScreen *s = screen())
        height = std::min(height, s->availableGeometry().height() - (frameGeometry().height() - this->height()));
    resize(width(), std::max(height, this->height()));
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToPages();
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
