#include "HubFetch.h"

#include "AuthPolicy.h"
#include "util/Clock.h"
#include "util/GzipDecoder.h"
#include "util/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace hubwatch {

using std::chrono::milliseconds;

namespace {
// A 429 asking us to wait longer than this ends the operation instead: the caller reports
// "rate limited until …" and the next scheduled poll tries again.
constexpr milliseconds kMaxRateLimitWait{6 * 60 * 1000};

QHash<QByteArray, QByteArray> lowerCaseHeaders(const QNetworkReply *reply)
{
    QHash<QByteArray, QByteArray> h;
    for (const auto &pair : reply->rawHeaderPairs())
        h.insert(pair.first.toLower(), pair.second);
    return h;
}

// Whether a JSON text stops with a string or a container still open: how a body without a
// length shows it was cut off. Qt finishes a chunked body that a closed connection cut short as
// if it were whole (when the close is seen before the reply is read), so the JSON must tell.
bool jsonCutOff(const QByteArray &json)
{
    qsizetype depth = 0;
    bool inString = false, escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return inString || depth > 0;
}
} // namespace

HubFetch::HubFetch(HubTransport *transport, const QUrl &url, QObject *context) : QObject(context), m_transport(transport), m_url(url)
{}

HubFetch::~HubFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString HubFetch::where() const
{
    // Path only: enough to say where, without query strings or credentials.
    return m_url.path();
}

void HubFetch::start(HubTransport::Callback done)
{
    m_done = std::move(done);
    if (m_transport->config().offline) {
        // Still asynchronous, like every other outcome.
        m_transport->clock()->callAfter(milliseconds(0), this, [this] { fail(HubError(HubError::Kind::Offline, QString())); });
        return;
    }
    sendWhenAllowed();
}

void HubFetch::sendWhenAllowed()
{
    Clock *clock = m_transport->clock();
    const milliseconds wait = m_transport->rateLimit().delayBeforeNext(clock->nowMsecs());
    if (wait.count() <= 0) {
        send();
        return;
    }
    if (wait > milliseconds(2000)) {
        Q_EMIT m_transport->rateLimitedUntil(clock->nowUtc().addMSecs(wait.count()));
        qCInfo(lcHub) << "pacing: waiting" << wait.count() << "ms for the Hub quota";
    }
    clock->callAfter(wait, this, [this] { send(); });
}

void HubFetch::send()
{
    const HubConfig &cfg = m_transport->config();
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(cfg.transferTimeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, HubTransport::userAgent());
    request.setRawHeader("Accept", "application/json");
    // Naming the encoding ourselves turns off Qt's transparent decoding: see GzipDecoder.h.
    request.setRawHeader("Accept-Encoding", "gzip");
    if (!cfg.token.isEmpty() && AuthPolicy::mayCarryToken(cfg.endpoint, m_url))
        request.setRawHeader("Authorization", "Bearer " + cfg.token.toUtf8());

    m_body.clear();
    m_tooLarge = false;
    m_transport->rateLimit().noteRequestSent(m_transport->clock()->nowMsecs());
    qCDebug(lcHub) << "GET" << m_url.path() << "attempt" << (m_retries + 1);
    Q_EMIT m_transport->requestStarted(m_url);

    m_reply = m_transport->networkManager()->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_transport->config().maxBodyBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &HubFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HubFetch::onFinished);
}

void HubFetch::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_transport->config().maxBodyBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
    }
}

void HubFetch::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->deleteLater();
    if (m_tooLarge) {
        fail(HubError(HubError::Kind::TooLarge,
                      tr("over %1 MiB at %2").arg(m_transport->config().maxBodyBytes / (1024 * 1024)).arg(where())));
        return;
    }
    if (reply->isOpen()) // closed after a timeout or abort
        m_body += reply->readAll();
    const QHash<QByteArray, QByteArray> headers = lowerCaseHeaders(reply);
    m_transport->rateLimit().update(headers.value("ratelimit"), headers.value("ratelimit-policy"), m_transport->clock()->nowMsecs());

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const bool transportFailed = status == 0 || (status >= 200 && status < 300 && netError != QNetworkReply::NoError);
    if (transportFailed) {
        // A success status came, then the connection ended (closed before Content-Length, a
        // chunked body cut off): the Hub was reached, its answer was cut short. A timeout is
        // a stall, told as such below.
        if (status >= 200 && status < 300 && netError != QNetworkReply::OperationCanceledError) {
            const HubError error = cutShort(headers);
            if (RetryPolicy::isRetryableNetworkError(netError))
                retry(error, m_transport->retryPolicy().backoff(m_retries));
            else
                fail(error);
            return;
        }
        const QString text = netError == QNetworkReply::OperationCanceledError
            ? tr("no data for %1 s").arg(m_transport->config().transferTimeout.count() / 1000.0)
            : reply->errorString();
        HubError error(HubError::Kind::Network, HubErrorText::sanitize(text) + QStringLiteral(" — ") + where());
        if (RetryPolicy::isRetryableNetworkError(netError))
            retry(error, m_transport->retryPolicy().backoff(m_retries));
        else
            fail(error);
        return;
    }
    if (!decodeBody(headers, status >= 200 && status < 300))
        return;
    if (status >= 200 && status < 300) {
        HubResponse response;
        response.status = status;
        response.url = m_url;
        response.body = std::move(m_body);
        response.headers = headers;
        succeed(std::move(response));
        return;
    }
    handleStatus(status, reply);
}

bool HubFetch::decodeBody(const QHash<QByteArray, QByteArray> &headers, bool success)
{
    const HubError cut = cutShort(headers);
    const auto truncated = [this, &cut] {
        retry(cut, m_transport->retryPolicy().backoff(m_retries));
        return false;
    };
    if (cut.bytesExpected() >= 0 && m_body.size() < cut.bytesExpected())
        return truncated();
    const QByteArray encoding = headers.value("content-encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity") {
        // Without a length only the answer itself can tell it ended early (gzip has its own
        // trailer). Error bodies may be any text: only the API's JSON is checked.
        if (success && cut.bytesExpected() < 0 && jsonCutOff(m_body))
            return truncated();
        return true;
    }
    if (encoding != "gzip") {
        fail(HubError(HubError::Kind::Malformed,
                      tr("unsupported Content-Encoding \"%1\" — %2").arg(QString::fromLatin1(encoding.left(40)), where())));
        return false;
    }
    QByteArray decoded;
    switch (GzipDecoder::decode(m_body, m_transport->config().maxBodyBytes, &decoded)) {
    case GzipDecoder::Status::Ok: m_body = std::move(decoded); return true;
    case GzipDecoder::Status::Truncated: return truncated();
    case GzipDecoder::Status::TooLarge:
        fail(HubError(HubError::Kind::TooLarge,
                      tr("over %1 MiB once decompressed at %2").arg(m_transport->config().maxBodyBytes / (1024 * 1024)).arg(where())));
        return false;
    case GzipDecoder::Status::Corrupt: break;
    }
    fail(HubError(HubError::Kind::Malformed, tr("corrupt gzip data — %1").arg(where())));
    return false;
}

HubError HubFetch::cutShort(const QHash<QByteArray, QByteArray> &headers) const
{
    // Counted as they came over the wire (still compressed): what Content-Length counts.
    bool hasLength = false;
    const qint64 length = headers.value("content-length").trimmed().toLongLong(&hasLength);
    return HubError::truncated(m_body.size(), hasLength && length >= 0 ? length : -1, where());
}

void HubFetch::handleStatus(int status, QNetworkReply *reply)
{
    const QByteArray code = reply->rawHeader("X-Error-Code");
    const QString server = HubErrorText::serverMessage(m_body, reply->rawHeader("X-Error-Message"));
    const QString detail = server.isEmpty() ? where() : server + QStringLiteral(" — ") + where();

    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        followRedirect(reply->rawHeader("Location"));
        return;
    }
    if (status == 429) {
        HubError error(HubError::Kind::RateLimited, detail, status);
        milliseconds wait = RateLimitState::waitFor429(reply->rawHeader("RateLimit"), reply->rawHeader("Retry-After"));
        if (wait.count() < 0)
            wait = m_transport->retryPolicy().backoff(m_retries);
        error.setRetryAt(m_transport->clock()->nowUtc().addMSecs(wait.count()));
        if (wait > kMaxRateLimitWait) {
            fail(error);
            return;
        }
        Q_EMIT m_transport->rateLimitedUntil(error.retryAt());
        retry(error, wait);
        return;
    }
    if (RetryPolicy::isRetryableStatus(status)) {
        const auto kind = status >= 500 ? HubError::Kind::Server : HubError::Kind::Http;
        retry(HubError(kind, detail, status), m_transport->retryPolicy().backoff(m_retries));
        return;
    }
    HubError::Kind kind = HubError::Kind::Http;
    if (code == "RepoNotFound" || code == "EntryNotFound" || code == "RevisionNotFound" || status == 404)
        kind = HubError::Kind::NotFound;
    else if (code == "GatedRepo")
        kind = HubError::Kind::Gated;
    else if (status == 401)
        kind = server.contains(QLatin1String("Invalid credentials")) || reply->request().hasRawHeader("Authorization")
            ? HubError::Kind::BadToken
            : HubError::Kind::Forbidden;
    else if (status == 403)
        kind = HubError::Kind::Forbidden;
    else if (status == 400)
        kind = HubError::Kind::InvalidRequest;
    fail(HubError(kind, detail, status));
}

void HubFetch::followRedirect(const QByteArray &location)
{
    QUrl target = m_url.resolved(QUrl::fromEncoded(location, QUrl::StrictMode));
    if (location.isEmpty() || !target.isValid()
        || (target.scheme() != QLatin1String("https") && target.scheme() != QLatin1String("http"))) {
        fail(HubError(HubError::Kind::InsecureRedirect, tr("invalid Location — %1").arg(where())));
        return;
    }
    if (m_url.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http")) {
        fail(HubError(HubError::Kind::InsecureRedirect, tr("https downgraded to http — %1").arg(where())));
        return;
    }
    if (++m_redirects > m_transport->config().maxRedirects) {
        fail(HubError(HubError::Kind::InsecureRedirect, tr("too many redirects — %1").arg(where())));
        return;
    }
    // The Hub redirects a renamed repo, or an id in other letter case, to the canonical path
    // without the query: kept, or the answer would come back without downloadsAllTime. As
    // huggingface_hub does, only within the origin; another origin gets its Location verbatim.
    if (AuthPolicy::sameOrigin(m_url, target) && !target.hasQuery() && m_url.hasQuery())
        target.setQuery(m_url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    // The token rule is applied afresh in send(): another origin gets no Authorization header.
    qCDebug(lcHub) << "redirect" << m_url.path() << "->" << target.host() << target.path();
    m_url = target;
    sendWhenAllowed();
}

void HubFetch::retry(HubError failure, milliseconds wait)
{
    if (m_retries >= m_transport->retryPolicy().maxRetries()) {
        fail(failure);
        return;
    }
    ++m_retries;
    qCInfo(lcHub) << "retry" << m_retries << "of" << where() << "in" << wait.count() << "ms:" << failure.detail();
    Q_EMIT m_transport->retryScheduled(failure, m_transport->clock()->nowUtc().addMSecs(wait.count()), m_retries,
                                       m_transport->retryPolicy().maxRetries(), parent());
    m_transport->clock()->callAfter(wait, this, [this] { sendWhenAllowed(); });
}

void HubFetch::fail(HubError error)
{
    qCInfo(lcHub) << "request failed:" << error.message();
    HubResult<HubResponse> result;
    result.error = std::move(error);
    finish(result);
}

void HubFetch::succeed(HubResponse response)
{
    HubResult<HubResponse> result;
    result.value = std::move(response);
    finish(result);
}

void HubFetch::finish(const HubResult<HubResponse> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    auto done = std::move(m_done);
    deleteLater();
    if (done)
        done(result);
}

} // namespace hubwatch
