#include "TokenPage.h"

#include "FieldMessage.h"
#include "SettingsLayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubwatch {

TokenPage::TokenPage(QWidget *parent) : QWidget(parent)
{
    using namespace SettingsLayout;
    auto *box = new QVBoxLayout(this);
    auto *tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_token->setPlaceholderText(tr("hf_… (leave empty to keep the current one)"));
    m_token->setClearButtonEnabled(true);
    m_token->setAccessibleName(tr("Access token"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeToken"));
    m_remove->setCheckable(true);
    m_remove->setEnabled(false);
    m_remove->setToolTip(tr("Remove the stored token from the keychain when you press OK."));
    connect(m_remove, &QPushButton::toggled, this, [this](bool on) {
        m_removeRequested = on;
        m_token->setEnabled(!on);
    });
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_remove);
    m_message = message("tokenMessage", this);
    connect(m_token, &QLineEdit::textChanged, m_message, &FieldMessage::clearMessage);
    m_status = note(this);
    m_status->setObjectName(QStringLiteral("tokenStatus"));
    m_status->setForegroundRole(QPalette::WindowText);
    QLabel *tokenNote = note(this);
    tokenNote->setText(tr("Stored in the system keychain only, never in HubWatch's settings file, and never logged. "
                          "A read-only token is enough."));
    box->addLayout(tokenRow);
    box->addWidget(m_message);
    box->addWidget(m_status);
    box->addWidget(tokenNote);
    box->addStretch(1);
}

QString TokenPage::typedToken() const
{
    return m_token->isEnabled() ? m_token->text().trimmed() : QString();
}

void TokenPage::clearTyped()
{
    m_token->clear();
}

void TokenPage::setStored(bool stored)
{
    m_remove->setEnabled(stored);
}

void TokenPage::setUnavailable(const QString &placeholder)
{
    m_token->setEnabled(false);
    if (!placeholder.isEmpty())
        m_token->setPlaceholderText(placeholder);
    m_remove->setEnabled(false);
}

void TokenPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString TokenPage::status() const
{
    return m_status->text();
}

void TokenPage::showError(const QString &text)
{
    m_message->showMessage(FieldMessage::Kind::Error, text);
}

void TokenPage::clearError()
{
    m_message->clearMessage();
}

} // namespace hubwatch
