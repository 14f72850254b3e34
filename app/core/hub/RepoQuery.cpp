#include "RepoQuery.h"

#include <QUrlQuery>

#include <algorithm>

namespace hubwatch {

namespace {
// The names the Hub serves: 1 to 96 of [A-Za-z0-9._-], starting and ending with a letter, digit or
// '_', no "..", not ending in ".git". huggingface_hub's validate_repo_id also refuses "--", but the
// Hub has users and repos named with it, so it is accepted here. What stays refused keeps every id
// safe as a URL path segment and a file name: no '/', '%', '?', '#', space, control character,
// non-ASCII letter or "..". A loop rather than a regular expression: the parser checks every
// listed id, and the regex cost about 0.5 µs each.
bool validPart(QStringView p)
{
    const auto word = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    if (p.isEmpty() || p.size() > 96 || !word(p.front().unicode()) || !word(p.back().unicode()))
        return false;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const char16_t c = p.at(i).unicode();
        if (word(c) || c == u'-')
            continue;
        if (c != u'.' || p.at(i + 1).unicode() == u'.') // never past the end: p ends with a word char
            return false;
    }
    return !p.endsWith(QLatin1String(".git"));
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
                  QStringLiteral("tags"),      QStringLiteral("createdAt"),        QStringLiteral("gated")};
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

QUrl RepoQuery::singleRepoUrl(const QUrl &endpoint, RepoKind kind, const QString &id, const QStringList &expand)
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
    const qsizetype slash = id.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return validPart(id);
    return validPart(QStringView(id).left(slash)) && validPart(QStringView(id).mid(slash + 1));
}

bool RepoQuery::isValidAuthor(const QString &author)
{
    return validPart(author);
}

} // namespace hubwatch
