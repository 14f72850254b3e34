#pragma once

#include "HubErrorText.h"
#include "HubTransport.h"

#include <QPointer>

class QNetworkReply;

namespace hubwatch {

// One logical GET: pacing, the request itself, redirects, retries with backoff, size and time
// caps. Lives as a child of the caller's context object, so destroying the context aborts it.
class HubFetch : public QObject
{
    Q_OBJECT
public:
    HubFetch(HubTransport *transport, const QUrl &url, QObject *context);
    ~HubFetch() override;

    void start(HubTransport::Callback done);

private:
    void sendWhenAllowed();
    void send();
    void onReadyRead();
    void onFinished();
    // Checks the body arrived whole and inflates it; false if it already retried or failed.
    bool decodeBody(const QHash<QByteArray, QByteArray> &headers, bool success);
    // The answer ended early: how much of it came, of how much announced.
    HubError cutShort(const QHash<QByteArray, QByteArray> &headers) const;
    void handleStatus(int status, QNetworkReply *reply);
    void followRedirect(const QByteArray &location);
    void retry(HubError failure, std::chrono::milliseconds wait);
    void fail(HubError error);
    void succeed(HubResponse response);
    void finish(const HubResult<HubResponse> &result);
    QString where() const;

    QPointer<HubTransport> m_transport;
    QUrl m_url;
    HubTransport::Callback m_done;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    int m_retries = 0;
    int m_redirects = 0;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace hubwatch
