#include "RepoQuery.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace hubwatch {

namespace {
const QRegularExpression &namePart()
{
    // Anchored: a plain `$` would also match before a trailing newline.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9]([A-Za-z0-9._-]{0,94}[A-Za-z0-9])?")));
    return re;
}

bool validPart(const QString &p)
{
    // The Hub's rules (as huggingface_hub checks them): no "--" or "..", starts and ends with a
    // letter or digit, does not end in ".git".
    return namePart().match(p).hasMatch() && !p.contains(QLatin1String("--"))
        && !p.contains(QLatin1String("..")) && !p.endsWith(QLatin1String(".git"));
}

void addExpand(QUrlQuery *q, const QStringList &expand)
{
    for (const QString &e : expand)
        q->addQueryItem(QStringLiteral("expand[]"), e);
}
} // namespace

QStringList RepoQuery::defaultExpand(RepoKind kind)
{
    QStringList e{QStringLiteral("downloads"), QStringLiteral("downloadsAllTime"), QStringLiteral("likes"),
                  QStringLiteral("tags"), QStringLiteral("createdAt"), QStringLiteral("gated")};
    // Datasets have no pipeline or library; asking for them is an HTTP 400.
    if (kind == RepoKind::Model)
        e << QStringLiteral("pipeline_tag") << QStringLiteral("library_name");
    return e;
}

QUrl RepoQuery::firstPageUrl(const QUrl &endpoint, int pageSize) const
{
    QUrl url = endpoint;
    url.setPath(endpoint.path() + QStringLiteral("/api/") + apiCollection(kind));
    QUrlQuery q;
    // Encoded here: QUrlQuery would leave '+' (read by servers as a space) and "%41" as they are.
    const auto encoded = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    if (!search.isEmpty())
        q.addQueryItem(QStringLiteral("search"), encoded(search));
    if (!author.isEmpty())
        q.addQueryItem(QStringLiteral("author"), encoded(author));
    q.addQueryItem(QStringLiteral("sort"), sort);
    const int limit = count == All ? pageSize : std::clamp(count, 1, pageSize);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    addExpand(&q, expand.isEmpty() ? defaultExpand(kind) : expand);
    url.setQuery(q);
    return url;
}

QUrl RepoQuery::singleRepoUrl(const QUrl &endpoint, RepoKind kind, const QString &id,
                              const QStringList &expand)
{
    QUrl url = endpoint;
    // Parts were validated, so they hold no '/', '%', '?' or '#'; set with decoded mode.
    url.setPath(endpoint.path() + QStringLiteral("/api/") + apiCollection(kind) + QLatin1Char('/') + id);
    QUrlQuery q;
    addExpand(&q, expand);
    url.setQuery(q);
    return url;
}

bool RepoQuery::isValidRepoId(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    if (parts.size() > 2)
        return false;
    return std::all_of(parts.begin(), parts.end(), validPart);
}

bool RepoQuery::isValidAuthor(const QString &author)
{
    return validPart(author);
}

} // namespace hubwatch
