#include "TokenStore.h"

#include "hub/HubConfig.h"

#include <qt6keychain/keychain.h>

namespace hubwatch {

namespace {

bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError; // libsecret without a secret service ends here
}

TokenStore::Problem problemOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return TokenStore::Problem::NoKeychain;
    case QKeychain::AccessDeniedByUser: return TokenStore::Problem::Refused;
    case QKeychain::AccessDenied: return TokenStore::Problem::Locked; // libsecret: SECRET_ERROR_IS_LOCKED
    case QKeychain::CouldNotDeleteEntry: return TokenStore::Problem::NotRemoved;
    case QKeychain::OtherError: return TokenStore::Problem::NotRunning; // libsecret: D-Bus found no secret service
    default: return TokenStore::Problem::Other;
    }
}

QString describeJob(QKeychain::Job *job)
{
    // errorString() comes from the backend; it describes the keychain, never the secret.
    return TokenStore::describe(problemOf(job->error()), job->errorString());
}

} // namespace

TokenStore::TokenStore(QObject *parent) : QObject(parent)
{}

TokenStore::~TokenStore() = default;

void TokenStore::reportFailure(Operation operation, const QString &message, bool keychainUnavailable)
{
    if (keychainUnavailable)
        m_available = false;
    Q_EMIT failed(operation, message, keychainUnavailable);
}

void TokenStore::read()
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyName());
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (rj->error() == QKeychain::NoError) {
            m_available = true;
            Q_EMIT tokenRead(rj->textData());
        } else if (rj->error() == QKeychain::EntryNotFound) {
            m_available = true;
            Q_EMIT tokenRead(QString());
        } else {
            reportFailure(Operation::Read, describeJob(rj), isUnavailable(rj->error()));
        }
    });
    job->start();
}

void TokenStore::write(const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyName());
    job->setTextData(token.trimmed());
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            m_available = true;
            Q_EMIT tokenWritten();
        } else {
            reportFailure(Operation::Write, describeJob(j), isUnavailable(j->error()));
        }
    });
    job->start();
}

void TokenStore::remove()
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyName());
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            m_available = true;
            Q_EMIT tokenRemoved();
        } else {
            reportFailure(Operation::Remove, describeJob(j), isUnavailable(j->error()));
        }
    });
    job->start();
}

QString TokenStore::describe(Problem problem, const QString &detail)
{
    QString text;
    switch (problem) {
    case Problem::NoKeychain: text = tr("No system keychain is available (no secret service is running)."); break;
    case Problem::NotRunning:
        text = tr("The system keychain is not running or could not be reached, so the token cannot be kept there.");
        break;
    case Problem::Locked:
        text = tr("The system keychain is locked. Unlock it (usually by logging in to the desktop) and try again.");
        break;
    case Problem::Refused: text = tr("Access to the keychain was refused."); break;
    case Problem::NotRemoved: text = tr("The token could not be removed from the keychain."); break;
    case Problem::Other: text = tr("The system keychain could not be used."); break;
    }
    if (detail.trimmed().isEmpty())
        return text;
    return tr("%1 (The keychain said: %2)").arg(text, detail.trimmed());
}

QString TokenStore::fallbackExplanation(const QProcessEnvironment &env)
{
    return tr("Without the keychain, HubWatch uses the token the official Hugging Face clients use: "
              "the HF_TOKEN environment variable, else the token file %1 (written by "
              "\"huggingface-cli login\"). Without either, it polls anonymously.")
        .arg(HubConfig::tokenFilePath(env));
}

} // namespace hubwatch
