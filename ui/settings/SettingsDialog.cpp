#include "SettingsDialog.h"

#include "FieldMessage.h"
#include "HistoryPage.h"
#include "MilestoneEditor.h"
#include "PollingPage.h"
#include "TokenPage.h"
#include "TokenStore.h"
#include "WindowPage.h"
#include "settings/Settings.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hubwatch {

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
    check();
    connectTokens();
}

QStringList SettingsDialog::languageCodes()
{
    return WindowPage::languageCodes();
}

void SettingsDialog::addPage(QWidget *content, const QString &name, const QString &title)
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
}

void SettingsDialog::build()
{
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setUsesScrollButtons(false); // every page's name in view

    m_polling = new PollingPage(m_settings, m_env, &m_checks);
    m_window = new WindowPage(m_settings, &m_checks);
    // The user's own milestones, per series; the default ladder needs no settings.
    auto *milestones = new QWidget;
    m_milestones = new MilestoneEditor(milestones);
    (new QVBoxLayout(milestones))->addWidget(m_milestones, 1);
    QList<QPair<QString, QString>> series{{QStringLiteral("headline"), tr("Tracked downloads (headline)")}};
    for (const WatchItem &w : m_settings.scope().watch)
        if (w.type != WatchItem::Type::Author) // milestones belong to single repos
            series.append({w.toString(), w.toString()});
    m_milestones->setSeries(series);
    m_history = new HistoryPage(m_settings, &m_checks);
    m_token = new TokenPage;
    addPage(m_polling, QStringLiteral("pollingPage"), tr("Polling"));
    addPage(m_window, QStringLiteral("windowPage"), tr("Alerts and window"));
    addPage(milestones, QStringLiteral("milestonesPage"), tr("Milestones"));
    addPage(m_history, QStringLiteral("historyPage"), tr("History and storage"));
    addPage(m_token, QStringLiteral("tokenPage"), tr("Access token"));
    m_checkedPages = {m_polling, m_window, m_history}; // in page order: the first refused field is shown
    for (SettingsPage *page : std::as_const(m_checkedPages))
        connect(page, &SettingsPage::edited, this, &SettingsDialog::check);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *main = new QVBoxLayout(this);
    main->addWidget(m_pages, 1);
    main->addWidget(m_buttons);
}

void SettingsDialog::connectTokens()
{
    if (!m_tokens) {
        m_token->setUnavailable();
        setTokenStatus(TokenStore::fallbackExplanation(m_env));
        return;
    }
    connect(m_tokens, &TokenStore::tokenRead, this, [this](const QString &token) {
        const bool stored = !token.isEmpty(); // only whether one exists; the value is dropped
        m_token->setStored(stored);
        setTokenStatus(stored ? tr("A token is stored in the system keychain. Type a new one to replace it.")
                              : tr("No token is stored in the system keychain."));
    });
    connect(m_tokens, &TokenStore::tokenWritten, this, [this] {
        m_token->clearTyped();
        finishTokenChange();
    });
    connect(m_tokens, &TokenStore::tokenRemoved, this, &SettingsDialog::finishTokenChange);
    connect(m_tokens, &TokenStore::failed, this, [this](TokenStore::Operation op, const QString &message, bool unavailable) {
        setTokenStatus(unavailable ? message + QLatin1Char('\n') + TokenStore::fallbackExplanation(m_env) : message);
        if (unavailable)
            m_token->setUnavailable(tr("No keychain available"));
        if (op == TokenStore::Operation::Read || !m_waitingForToken)
            return;
        m_waitingForToken = false;
        setBusy(false);
        m_token->showError(op == TokenStore::Operation::Write ? tr("The token could not be saved; nothing was changed.")
                                                              : tr("The token could not be removed; nothing was changed."));
        showPageOf(m_token->tokenField());
        fitToPages();
    });
    setTokenStatus(tr("Checking the system keychain…"));
    m_tokens->read();
}

void SettingsDialog::finishTokenChange()
{
    if (!m_waitingForToken)
        return;
    m_waitingForToken = false;
    apply();
    setBusy(false);
    QDialog::accept();
}

void SettingsDialog::showCommandLineEndpoint(const QString &endpoint)
{
    m_polling->showCommandLineEndpoint(endpoint);
    check();
}

void SettingsDialog::showCommandLineDatabase(const QString &path, bool demo)
{
    m_history->showCommandLineDatabase(path, demo);
    check();
}

void SettingsDialog::showCommandLineLanguage(const QString &code)
{
    m_window->showCommandLineLanguage(code);
}

QWidget *SettingsDialog::check()
{
    m_checks.begin();
    for (SettingsPage *page : std::as_const(m_checkedPages))
        page->check();
    markPages();
    if (isVisible())
        fitToPages();
    return m_checks.firstRefused();
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
    m_checks.revealAll();
    if (QWidget *refused = check()) {
        showPageOf(refused);
        return;
    }
    if (m_tokens && !m_token->typedToken().isEmpty()) {
        // The token first: if the keychain refuses it, nothing else changes either.
        m_waitingForToken = true;
        m_token->clearError();
        setBusy(true);
        setTokenStatus(tr("Saving the token in the system keychain…"));
        m_tokens->write(m_token->typedToken());
        return;
    }
    if (m_tokens && m_token->removeRequested()) {
        m_waitingForToken = true;
        m_token->clearError();
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
    for (const SettingsPage *page : std::as_const(m_checkedPages))
        page->apply(m_settings);
    m_settings.sync();
    Q_EMIT settingsApplied();
}

void SettingsDialog::setTokenStatus(const QString &text)
{
    m_token->setStatus(text);
    if (isVisible())
        fitToPages();
}

void SettingsDialog::fitToPages()
{
    // A scroll area asks for little height, so the dialog would open with its pages scrolled,
    // and would not grow for a note that arrives later: make it as tall as its tallest page at
    // the width it has (wrapped notes included).
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
    return m_token->status();
}

void SettingsDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace hubwatch
