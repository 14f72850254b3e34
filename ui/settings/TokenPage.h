#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hubwatch {

class FieldMessage;

// The settings page "Access token": a field for a new token, Remove, what the keychain said, and
// where a failed save or removal is reported. The keychain itself is the dialog's business.
class TokenPage : public QWidget
{
    Q_OBJECT
public:
    explicit TokenPage(QWidget *parent = nullptr);

    QLineEdit *tokenField() const { return m_token; }
    // The token typed to be stored, or empty (none typed, or the field is off).
    QString typedToken() const;
    bool removeRequested() const { return m_removeRequested; }
    void clearTyped();

    // Whether a token is stored: Remove is offered only then.
    void setStored(bool stored);
    // No keychain to use: the field and Remove are off (placeholder: why, if given).
    void setUnavailable(const QString &placeholder = QString());
    void setStatus(const QString &text);
    QString status() const;
    void showError(const QString &text);
    void clearError();

private:
    bool m_removeRequested = false;
    QLineEdit *m_token = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace hubwatch
