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

QString describe(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return TokenStore::tr("No system keychain is available (no secret service is running).");
    case QKeychain::AccessDeniedByUser: return TokenStore::tr("Access to the keychain was refused.");
    case QKeychain::AccessDenied: return TokenStore::tr("The keychain denied access.");
    case QKeychain::CouldNotDeleteEntry: return TokenStore::tr("The token could not be removed from the keychain.");
    default:
        // errorString() comes from the backend; it describes the keychain, never the secret.
        return TokenStore::tr("The system keychain could not be used: %1").arg(job->errorString());
    }
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
            reportFailure(Operation::Read, describe(rj), isUnavailable(rj->error()));
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
            reportFailure(Operation::Write, describe(j), isUnavailable(j->error()));
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
            reportFailure(Operation::Remove, describe(j), isUnavailable(j->error()));
        }
    });
    job->start();
}

QString TokenStore::fallbackExplanation(const QProcessEnvironment &env)
{
    return tr("Without the keychain, HubWatch uses the token the official Hugging Face clients use: "
              "the HF_TOKEN environment variable, else the token file %1 (written by "
              "\"huggingface-cli login\"). Without either, it polls anonymously.")
        .arg(HubConfig::tokenFilePath(env));
}

} // namespace hubwatch
