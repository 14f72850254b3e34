#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

namespace hubwatch {

// The Hugging Face access token in the system keychain (QtKeychain: service "HubWatch",
// key "hf-token"), read and written asynchronously. Never in QSettings, never a plaintext
// fallback, never logged. When no keychain is reachable (no secret service, as on most
// headless machines) the operations fail with keychainUnavailable set, and HubWatch uses the
// official clients' HF_TOKEN variable or token file instead.
//
// The operations are virtual so tests (and the settings dialog's tests) can use a fake.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    static QString serviceName() { return QStringLiteral("HubWatch"); }
    static QString keyName() { return QStringLiteral("hf-token"); }

    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    // Each emits exactly one of its result signals or failed(), later (never from inside the call).
    virtual void read();
    virtual void write(const QString &token);
    virtual void remove();

    // False once an operation found no keychain at all; true until then (not known yet).
    bool keychainAvailable() const { return m_available; }

    // What went wrong with the keychain, as a sentence in the user's language. detail: the
    // backend's own words (often English, never the secret), added in parentheses after it.
    enum class Problem { NoKeychain, NotRunning, Locked, Refused, NotRemoved, Other };
    Q_ENUM(Problem)
    static QString describe(Problem problem, const QString &detail = QString());

    // One translated paragraph: where the token comes from when the keychain is not used.
    static QString fallbackExplanation(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

Q_SIGNALS:
    void tokenRead(const QString &token); // empty: none stored
    void tokenWritten();
    void tokenRemoved();
    // message is translated and never contains the token.
    void failed(hubwatch::TokenStore::Operation operation, const QString &message, bool keychainUnavailable);

protected:
    void reportFailure(Operation operation, const QString &message, bool keychainUnavailable);

private:
    bool m_available = true;
};

} // namespace hubwatch
