#include "HubError.h"

namespace hubwatch {

HubError::HubError(Kind kind, QString detail, int httpStatus) : m_kind(kind), m_detail(std::move(detail)), m_status(httpStatus)
{}

HubError HubError::truncated(qint64 received, qint64 expected, QString detail)
{
    HubError e(Kind::Truncated, std::move(detail));
    e.m_received = received;
    e.m_expected = expected;
    return e;
}

QString HubError::message() const
{
    QString head;
    switch (m_kind) {
    case Kind::None: return QString();
    case Kind::Offline: head = tr("Offline mode is on: HubWatch made no request to the Hub."); break;
    case Kind::InvalidRequest: head = tr("The request was refused before sending it."); break;
    case Kind::NotFound: head = tr("Repository not found (or private)."); break;
    case Kind::Gated: head = tr("This repository is gated: accept its conditions on the Hub first."); break;
    case Kind::BadToken: head = tr("The Hub rejected the access token; check HF_TOKEN or your token file."); break;
    case Kind::Forbidden: head = tr("The Hub refused access to this resource."); break;
    case Kind::RateLimited:
        head = m_retryAt.isValid() ? tr("The Hub's rate limit was reached; the quota resets at %1 UTC.")
                                         .arg(m_retryAt.toUTC().toString(QStringLiteral("HH:mm:ss")))
                                   : tr("The Hub's rate limit was reached.");
        break;
    case Kind::Server: head = tr("The Hub had a server error and kept failing after retries."); break;
    case Kind::Network: head = tr("The Hub could not be reached."); break;
    case Kind::Truncated:
        if (m_received < 0)
            head = tr("The Hub's answer was cut short.");
        else if (m_expected < 0)
            head = tr("The Hub's answer was cut short after %L1 bytes.").arg(m_received);
        else
            head = tr("The Hub's answer was cut short after %L1 of %L2 bytes.").arg(m_received).arg(m_expected);
        break;
    case Kind::Malformed: head = tr("The Hub sent a response HubWatch could not read."); break;
    case Kind::TooLarge: head = tr("The Hub sent a response larger than HubWatch accepts."); break;
    case Kind::InsecureRedirect: head = tr("The Hub redirected to an address HubWatch will not follow."); break;
    case Kind::Http: head = tr("The Hub answered with HTTP status %1.").arg(m_status); break;
    }
    return m_detail.isEmpty() ? head : head + QLatin1Char(' ') + tr("(%1)").arg(m_detail);
}

} // namespace hubwatch
