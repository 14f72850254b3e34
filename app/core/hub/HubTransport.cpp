#include "HubTransport.h"

#include "HubFetch.h"

#include "util/Clock.h"

#include <QRandomGenerator>

namespace hubwatch {

HubTransport::HubTransport(QNetworkAccessManager *nam, Clock *clock, HubConfig config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_retry(m_config.backoffBase, m_config.backoffCap, m_config.maxRetries, QRandomGenerator::global()->generate())
{}

QByteArray HubTransport::userAgent()
{
    return QByteArrayLiteral("HubWatch/" HUBWATCH_VERSION " (Qt ") + QByteArray(qVersion()) + ')';
}

void HubTransport::get(const QUrl &url, QObject *context, Callback done)
{
    auto *fetch = new HubFetch(this, url, context);
    fetch->start(std::move(done));
}

} // namespace hubwatch
