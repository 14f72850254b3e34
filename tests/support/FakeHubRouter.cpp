#include "FakeHubRouter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace hubwatch::test {

namespace {

QByteArray cursorCheck(const QString &collection, qint64 offset)
{
    const QByteArray payload = "fakehub-cursor|" + collection.toLatin1() + '|' + QByteArray::number(offset);
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex().left(12);
}

bool isTruthy(const QString &v)
{
    return v.isEmpty() || (v != QLatin1String("false") && v != QLatin1String("0"));
}

QString queryValue(const QList<QPair<QString, QString>> &query, const QString &key, bool *present = nullptr)
{
    for (const auto &p : query) {
        if (p.first == key) {
            if (present)
                *present = true;
            return p.second;
        }
    }
    if (present)
        *present = false;
    return {};
}

// "limit" as the Hub reads it: a positive integer, capped at MaxLimit; absent: *limit unchanged.
bool readLimit(const QList<QPair<QString, QString>> &query, qint64 *limit)
{
    bool present = false;
    const QString text = queryValue(query, QStringLiteral("limit"), &present);
    if (!present)
        return true;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1)
        return false;
    *limit = std::min<qint64>(value, FakeHubRouter::MaxLimit);
    return true;
}

FakeHubResponse repoNotFound(int status, const QString &body)
{
    FakeHubResponse r = FakeHubResponse::error(status, body);
    r.setHeader("X-Error-Code", "RepoNotFound");
    r.setHeader("X-Error-Message", "Repository not found");
    return r;
}

} // namespace

void FakeHubRouter::setRepoError(RepoKind kind, const QString &id, int status, const QByteArray &errorCode, const QString &message)
{
    m_repoErrors.insert(kindName(kind) + QLatin1Char(':') + id, RepoError{status, errorCode, message});
}

FakeHubResponse FakeHubRouter::route(const FakeHubRequest &req, const Context &ctx) const
{
    if (req.path == QLatin1String("/api/spaces") || req.path == QLatin1String("/api/spaces/"))
        return listSpaces(req);
    for (RepoKind kind : {RepoKind::Model, RepoKind::Dataset}) {
        const QString base = QStringLiteral("/api/") + apiCollection(kind);
        if (req.path != base && req.path != base + QLatin1Char('/') && !req.path.startsWith(base + QLatin1Char('/')))
            continue;
        if (req.method != "GET" && req.method != "HEAD")
            return FakeHubResponse::error(405, QStringLiteral("Method not allowed"));
        const QString rest = req.path.mid(base.size() + 1);
        if (rest.isEmpty())
            return list(kind, req, ctx);
        // {id} or {id}/revision/{rev}, where id is "org/name" or a legacy "name".
        QStringList segments = rest.split(QLatin1Char('/'));
        if (segments.size() >= 4 && segments[2] == QLatin1String("revision"))
            segments = segments.mid(0, 2);
        else if (segments.size() >= 3 && segments[1] == QLatin1String("revision"))
            segments = segments.mid(0, 1);
        if (segments.size() > 2 || segments.contains(QString()))
            break;
        return single(kind, segments.join(QLatin1Char('/')), req, ctx);
    }
    return FakeHubResponse::error(404, QStringLiteral("Sorry, we can't find the page you are looking for."));
}

bool FakeHubRouter::parseExpand(RepoKind kind, const QList<QPair<QString, QString>> &query, QStringList *expand, FakeHubResponse *error)
{
    const QStringList &valid = FakeHubCatalogue::expandableFields(kind);
    for (const auto &p : query) {
        if (p.first != QLatin1String("expand") && p.first != QLatin1String("expand[]"))
            continue;
        if (!valid.contains(p.second)) {
            *error = FakeHubResponse::error(
                400, QStringLiteral("\"expand[%1]\" must be one of [%2]").arg(expand->size()).arg(valid.join(QStringLiteral(", "))));
            return false;
        }
        if (!expand->contains(p.second))
            expand->append(p.second);
    }
    if (!expand->isEmpty()) {
        for (const char *conflict : {"full", "cardData", "config"}) {
            bool present = false;
            queryValue(query, QString::fromLatin1(conflict), &present);
            if (present) {
                *error =
                    FakeHubResponse::error(400, QStringLiteral("\"expand\" cannot be combined with \"%1\"").arg(QLatin1String(conflict)));
                return false;
            }
        }
    }
    return true;
}

FakeHubResponse FakeHubRouter::list(RepoKind kind, const FakeHubRequest &req, const Context &ctx) const
{
    const auto query = req.decodedQuery();
    QStringList expand;
    FakeHubResponse error;
    if (!parseExpand(kind, query, &expand, &error))
        return error;

    FakeHubCatalogue::Query q;
    bool present = false;
    const QString sort = queryValue(query, QStringLiteral("sort"), &present);
    if (present) {
        if (!FakeHubCatalogue::isSortKey(sort))
            return FakeHubResponse::error(400, QStringLiteral("Invalid sort parameter: %1").arg(sort));
        q.sort = sort;
    }
    q.search = queryValue(query, QStringLiteral("search"));
    q.author = queryValue(query, QStringLiteral("author"));

    qint64 limit = DefaultLimit;
    if (!readLimit(query, &limit))
        return FakeHubResponse::error(400, QStringLiteral("\"limit\" must be a positive integer"));
    qint64 offset = 0;
    const QString cursor = queryValue(query, QStringLiteral("cursor"), &present);
    if (present && !decodeCursor(cursor, kind, &offset))
        return FakeHubResponse::error(400, QStringLiteral("Invalid cursor"));

    const bool full = isTruthy(queryValue(query, QStringLiteral("full"), &present)) && present;
    bool withCardData = false;
    const QString cardDataValue = queryValue(query, QStringLiteral("cardData"), &withCardData);
    withCardData = withCardData && isTruthy(cardDataValue);

    // What the entries' shape keeps: a lazy catalogue works out only these fields.
    QStringList fields = full ? QStringList() : !expand.isEmpty() ? expand : FakeHubCatalogue::defaultListFields(kind);
    if (withCardData && !fields.isEmpty())
        fields.append(QStringLiteral("cardData"));
    const FakeHubCatalogue::Page entries = m_catalogue->page(kind, q, offset, limit, fields);
    QJsonArray page;
    for (const QJsonObject &e : entries.entries) {
        QJsonObject shaped =
            FakeHubCatalogue::shape(kind, e, expand, full ? FakeHubCatalogue::Shape::Single : FakeHubCatalogue::Shape::List);
        if (withCardData && expand.isEmpty() && e.contains(QLatin1String("cardData")))
            shaped.insert(QStringLiteral("cardData"), e.value(QLatin1String("cardData")));
        if (ctx.wrongTypes) {
            if (page.size() == 0)
                shaped.insert(QStringLiteral("downloads"), QStringLiteral("many"));
            else if (page.size() == 1)
                shaped.remove(QStringLiteral("id"));
            else if (page.size() == 2)
                shaped.insert(QStringLiteral("id"), 42);
        }
        page.append(shaped);
    }
    FakeHubResponse resp = FakeHubResponse::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
    if (ctx.linkLoop)
        resp.setHeader("Link", '<' + req.absoluteUrl() + ">; rel=\"next\"");
    else if (offset + limit < entries.total)
        resp.setHeader("Link", '<' + nextLink(req, encodeCursor(kind, offset + limit)) + ">; rel=\"next\"");
    return resp;
}

FakeHubResponse FakeHubRouter::listSpaces(const FakeHubRequest &req) const
{
    const auto query = req.decodedQuery();
    bool present = false;
    qint64 limit = DefaultLimit;
    if (!readLimit(query, &limit))
        return FakeHubResponse::error(400, QStringLiteral("\"limit\" must be a positive integer"));
    qint64 offset = 0;
    const QString collection = QStringLiteral("spaces");
    const QString cursor = queryValue(query, QStringLiteral("cursor"), &present);
    if (present && !decodeCursor(cursor, collection, &offset))
        return FakeHubResponse::error(400, QStringLiteral("Invalid cursor"));
    const qint64 total = m_catalogue->spaceCount();
    QJsonArray page;
    for (qint64 i = offset; i < std::min(total, offset + limit); ++i)
        page.append(FakeHubCatalogue::spaceEntry(i));
    FakeHubResponse resp = FakeHubResponse::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
    if (offset + limit < total)
        resp.setHeader("Link", '<' + nextLink(req, encodeCursor(collection, offset + limit)) + ">; rel=\"next\"");
    return resp;
}

FakeHubResponse FakeHubRouter::single(RepoKind kind, const QString &id, const FakeHubRequest &req, const Context &ctx) const
{
    const auto error = m_repoErrors.constFind(kindName(kind) + QLatin1Char(':') + id);
    if (error != m_repoErrors.constEnd()) {
        FakeHubResponse r = FakeHubResponse::error(error->status, error->message);
        r.setHeader("X-Error-Code", error->code);
        r.setHeader("X-Error-Message", error->message.toUtf8());
        return r;
    }
    const std::optional<QJsonObject> entry = m_catalogue->find(kind, id);
    if (!entry) {
        const QString canonical = m_catalogue->canonicalId(kind, id);
        if (!canonical.isEmpty())
            return moved(kind, id, canonical, req);
        return ctx.authenticated ? repoNotFound(404, QStringLiteral("Repository not found"))
                                 : repoNotFound(401, QStringLiteral("Invalid username or password."));
    }
    QStringList expand;
    FakeHubResponse bad;
    if (!parseExpand(kind, req.decodedQuery(), &expand, &bad))
        return bad;
    QJsonObject shaped = FakeHubCatalogue::shape(kind, *entry, expand, FakeHubCatalogue::Shape::Single);
    if (ctx.wrongTypes)
        shaped.insert(QStringLiteral("downloads"), QStringLiteral("many"));
    return FakeHubResponse::json(200, QJsonDocument(shaped).toJson(QJsonDocument::Compact));
}

FakeHubResponse FakeHubRouter::moved(RepoKind kind, const QString &id, const QString &canonical, const FakeHubRequest &req)
{
    // As the Hub answers a renamed repo or an id in other letter case: 307 to the canonical
    // path (a revision suffix kept), relative and without the query, which the client must keep.
    const QString base = QStringLiteral("/api/") + apiCollection(kind) + QLatin1Char('/');
    const QString suffix = req.path.mid(base.size() + id.size());
    const QByteArray location = QUrl::toPercentEncoding(base + canonical + suffix, "/");
    FakeHubResponse r = FakeHubResponse::json(307,
                                              QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Repository moved")},
                                                                        {QStringLiteral("url"), QString::fromLatin1(location)}})
                                                  .toJson(QJsonDocument::Compact));
    r.setHeader("Location", location);
    return r;
}

QByteArray FakeHubRouter::nextLink(const FakeHubRequest &req, const QByteArray &cursor)
{
    // The original parameters verbatim (as the client encoded them), then the new cursor.
    QByteArray query;
    const QList<QByteArray> parts = req.rawQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const QByteArray key = part.left(part.indexOf('='));
        if (QUrl::fromPercentEncoding(key) == QLatin1String("cursor"))
            continue;
        query += part + '&';
    }
    query += "cursor=" + cursor;
    return "http://" + req.host + req.rawPath + '?' + query;
}

QByteArray FakeHubRouter::encodeCursor(RepoKind kind, qint64 offset)
{
    return encodeCursor(apiCollection(kind), offset);
}

bool FakeHubRouter::decodeCursor(const QString &cursor, RepoKind kind, qint64 *offset)
{
    return decodeCursor(cursor, apiCollection(kind), offset);
}

QByteArray FakeHubRouter::encodeCursor(const QString &collection, qint64 offset)
{
    const QJsonObject o{{QStringLiteral("k"), collection},
                        {QStringLiteral("o"), offset},
                        {QStringLiteral("c"), QString::fromLatin1(cursorCheck(collection, offset))}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool FakeHubRouter::decodeCursor(const QString &cursor, const QString &collection, qint64 *offset)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    const QJsonValue off = o.value(QLatin1String("o"));
    if (o.value(QLatin1String("k")).toString() != collection || !off.isDouble())
        return false;
    const qint64 value = off.toInteger(-1);
    if (value < 0 || o.value(QLatin1String("c")).toString().toLatin1() != cursorCheck(collection, value))
        return false;
    *offset = value;
    return true;
}

} // namespace hubwatch::test
