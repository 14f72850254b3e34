#include "FakeHubCatalogue.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace hubwatch::test {

namespace {

QStringList listOf(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QString::fromLatin1(n));
    return out;
}

QString gatedText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace

void FakeHubCatalogue::add(RepoKind kind, const QJsonObject &entry)
{
    if (isLazy(kind))
        qFatal("FakeHubCatalogue: cannot add a repo to a lazily generated catalogue");
    (kind == RepoKind::Model ? m_models : m_datasets).append(entry);
}

void FakeHubCatalogue::generateLazily(RepoKind kind, qint64 count, quint32 seed)
{
    clear(kind);
    (kind == RepoKind::Model ? m_lazyModels : m_lazyDatasets) = std::make_unique<FakeHubLazyCatalogue>(kind, count, seed);
}

const FakeHubLazyCatalogue *FakeHubCatalogue::lazy(RepoKind kind) const
{
    return (kind == RepoKind::Model ? m_lazyModels : m_lazyDatasets).get();
}

bool FakeHubCatalogue::bump(RepoKind kind, const QString &id, qint64 by)
{
    if (isLazy(kind)) {
        auto *generated = (kind == RepoKind::Model ? m_lazyModels : m_lazyDatasets).get();
        const qint64 index = generated->indexOf(id);
        if (index >= 0)
            generated->bump(index, by);
        return index >= 0;
    }
    for (QJsonObject &o : (kind == RepoKind::Model ? m_models : m_datasets)) {
        if (o.value(QLatin1String("id")).toString() != id)
            continue;
        for (const char *field : {"downloadsAllTime", "downloads"})
            o.insert(QLatin1String(field), o.value(QLatin1String(field)).toInteger() + by);
        return true;
    }
    return false;
}

void FakeHubCatalogue::clear(RepoKind kind)
{
    (kind == RepoKind::Model ? m_models : m_datasets).clear();
    (kind == RepoKind::Model ? m_lazyModels : m_lazyDatasets).reset();
}

const QList<QJsonObject> &FakeHubCatalogue::repos(RepoKind kind) const
{
    return kind == RepoKind::Model ? m_models : m_datasets;
}

std::optional<QJsonObject> FakeHubCatalogue::find(RepoKind kind, const QString &id) const
{
    if (const FakeHubLazyCatalogue *generated = lazy(kind)) {
        const qint64 index = generated->indexOf(id);
        return index < 0 ? std::nullopt : std::optional<QJsonObject>(generated->entry(index));
    }
    for (const QJsonObject &e : repos(kind)) {
        if (e.value(QLatin1String("id")).toString() == id)
            return e;
    }
    return std::nullopt;
}

void FakeHubCatalogue::addRename(RepoKind kind, const QString &from, const QString &to)
{
    m_renames.insert(kindName(kind) + QLatin1Char(':') + from.toLower(), to);
}

QString FakeHubCatalogue::canonicalId(RepoKind kind, const QString &id) const
{
    QString wanted = id;
    // Renames can chain (a repo renamed twice); the bound stops a misconfigured loop.
    for (int hops = 0; hops <= m_renames.size(); ++hops) {
        const QString matching = matchingId(kind, wanted);
        if (!matching.isEmpty())
            return matching;
        const auto renamed = m_renames.constFind(kindName(kind) + QLatin1Char(':') + wanted.toLower());
        if (renamed == m_renames.constEnd())
            return {};
        wanted = *renamed;
    }
    return {};
}

QString FakeHubCatalogue::matchingId(RepoKind kind, const QString &wanted) const
{
    if (const FakeHubLazyCatalogue *generated = lazy(kind)) {
        const qint64 index = generated->indexOf(wanted, Qt::CaseInsensitive);
        return index < 0 ? QString() : generated->id(index);
    }
    QString folded;
    for (const QJsonObject &e : repos(kind)) {
        const QString candidate = e.value(QLatin1String("id")).toString();
        if (candidate == wanted)
            return candidate;
        if (folded.isEmpty() && candidate.compare(wanted, Qt::CaseInsensitive) == 0)
            folded = candidate;
    }
    return folded;
}

QJsonObject FakeHubCatalogue::spaceEntry(qint64 n)
{
    const QString id = QStringLiteral("org%1/space-%2").arg(n % 97).arg(n);
    return QJsonObject{{QStringLiteral("_id"), QStringLiteral("%1").arg(n, 24, 16, QLatin1Char('0'))},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("likes"), n % 13},
                       {QStringLiteral("sdk"), QStringLiteral("gradio")}};
}

bool FakeHubCatalogue::isSortKey(const QString &sort)
{
    static const QStringList keys = listOf({"downloads", "likes", "createdAt", "trendingScore", "lastModified", "downloadsAllTime"});
    return keys.contains(sort);
}

const QStringList &FakeHubCatalogue::expandableFields(RepoKind kind)
{
    static const QStringList models = listOf({"author",
                                              "baseModels",
                                              "cardData",
                                              "childrenModelCount",
                                              "config",
                                              "createdAt",
                                              "disabled",
                                              "downloads",
                                              "downloadsAllTime",
                                              "gated",
                                              "gguf",
                                              "gitalyUid",
                                              "inference",
                                              "inferenceProviderMapping",
                                              "lastModified",
                                              "library_name",
                                              "likes",
                                              "mask_token",
                                              "model-index",
                                              "pipeline_tag",
                                              "private",
                                              "resourceGroup",
                                              "safetensors",
                                              "sha",
                                              "siblings",
                                              "spaces",
                                              "tags",
                                              "transformersInfo",
                                              "trendingScore",
                                              "usedStorage",
                                              "widgetData",
                                              "xetEnabled"});
    static const QStringList datasets =
        listOf({"author",           "cardData", "citation",  "createdAt",    "description",   "disabled",          "downloads",
                "downloadsAllTime", "gated",    "gitalyUid", "lastModified", "likes",         "paperswithcode_id", "private",
                "resourceGroup",    "sha",      "siblings",  "tags",         "trendingScore", "usedStorage",       "xetEnabled"});
    return kind == RepoKind::Model ? models : datasets;
}

QStringList FakeHubCatalogue::defaultListFields(RepoKind kind)
{
    if (kind == RepoKind::Model) {
        return listOf({"_id", "id", "likes", "trendingScore", "private", "downloads", "tags", "pipeline_tag", "library_name", "createdAt",
                       "modelId"});
    }
    return listOf({"_id", "id", "likes", "trendingScore", "private", "downloads", "tags", "createdAt"});
}

QList<QJsonObject> FakeHubCatalogue::list(RepoKind kind, const Query &query) const
{
    if (const FakeHubLazyCatalogue *generated = lazy(kind))
        return page(kind, query, 0, generated->count()).entries;
    QList<QJsonObject> out;
    const QString authorPrefix = query.author + QLatin1Char('/');
    for (const QJsonObject &e : repos(kind)) {
        const QString id = e.value(QLatin1String("id")).toString();
        if (!query.search.isEmpty() && !id.contains(query.search, Qt::CaseInsensitive))
            continue;
        if (!query.author.isEmpty() && !id.startsWith(authorPrefix, Qt::CaseInsensitive))
            continue;
        out.append(e);
    }
    const QString key = isSortKey(query.sort) ? query.sort : QStringLiteral("downloads");
    const bool textual = key == QLatin1String("createdAt") || key == QLatin1String("lastModified");
    std::stable_sort(out.begin(), out.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const QJsonValue va = a.value(key);
        const QJsonValue vb = b.value(key);
        if (textual)
            return va.toString() > vb.toString(); // ISO 8601 UTC strings sort as text
        return va.toDouble() > vb.toDouble();
    });
    return out;
}

FakeHubCatalogue::Page FakeHubCatalogue::page(RepoKind kind, const Query &query, qint64 offset, qint64 limit,
                                              const QStringList &fields) const
{
    Page out;
    const FakeHubLazyCatalogue *generated = lazy(kind);
    if (!generated) {
        const QList<QJsonObject> all = list(kind, query);
        out.total = all.size();
        out.entries = all.mid(qsizetype(std::min<qint64>(offset, out.total)), qsizetype(std::max<qint64>(0, limit)));
        return out;
    }
    const QString sort = isSortKey(query.sort) ? query.sort : QStringLiteral("downloads");
    if (query.search.isEmpty() && query.author.isEmpty()) {
        out.total = generated->count();
        for (qint64 p = offset; p < std::min(out.total, offset + limit); ++p)
            out.entries.append(generated->entry(generated->at(sort, p), fields));
        return out;
    }
    const QString authorPrefix = query.author + QLatin1Char('/');
    for (qint64 p = 0; p < generated->count(); ++p) {
        const qint64 index = generated->at(sort, p);
        const QString id = generated->id(index);
        if (!query.search.isEmpty() && !id.contains(query.search, Qt::CaseInsensitive))
            continue;
        if (!query.author.isEmpty() && !id.startsWith(authorPrefix, Qt::CaseInsensitive))
            continue;
        if (out.total >= offset && out.total < offset + limit)
            out.entries.append(generated->entry(index, fields));
        ++out.total;
    }
    return out;
}

QJsonObject FakeHubCatalogue::shape(RepoKind kind, const QJsonObject &entry, const QStringList &expand, Shape shape)
{
    if (expand.isEmpty() && shape == Shape::Single) {
        // Every field, except the one the Hub serves only when expanded.
        QJsonObject out = entry;
        out.remove(QLatin1String("downloadsAllTime"));
        return out;
    }
    QStringList fields = expand.isEmpty() ? defaultListFields(kind) : expand;
    if (!expand.isEmpty()) {
        fields.prepend(QStringLiteral("id"));
        fields.prepend(QStringLiteral("_id"));
    }
    QJsonObject out;
    for (const QString &f : std::as_const(fields)) {
        const auto it = entry.constFind(f);
        if (it != entry.constEnd())
            out.insert(f, it.value());
    }
    return out;
}

QJsonObject FakeHubCatalogue::summary(RepoKind kind) const
{
    if (const FakeHubLazyCatalogue *generated = lazy(kind))
        return generated->summary();
    Query byDownloads;
    const QList<QJsonObject> entries = list(kind, byDownloads);
    qint64 downloads = 0, allTime = 0, likes = 0, siblings = 0;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const QJsonObject &e : entries) {
        const qint64 d = e.value(QLatin1String("downloads")).toInteger();
        const qint64 a = e.value(QLatin1String("downloadsAllTime")).toInteger();
        const qint64 l = e.value(QLatin1String("likes")).toInteger();
        downloads += d;
        allTime += a;
        likes += l;
        siblings += e.value(QLatin1String("siblings")).toArray().size();
        QStringList tags;
        const QJsonArray tagArray = e.value(QLatin1String("tags")).toArray();
        for (const QJsonValue &t : tagArray)
            tags.append(t.toString());
        const QStringList line{e.value(QLatin1String("id")).toString(),
                               QString::number(d),
                               QString::number(a),
                               QString::number(l),
                               e.value(QLatin1String("author")).toString(),
                               gatedText(e.value(QLatin1String("gated"))),
                               tags.join(QLatin1Char(','))};
        digest.addData((line.join(QLatin1Char('|')) + QLatin1Char('\n')).toUtf8());
    }
    return QJsonObject{
        {QStringLiteral("count"), qint64(entries.size())},
        {QStringLiteral("downloads"), downloads},
        {QStringLiteral("downloadsAllTime"), allTime},
        {QStringLiteral("likes"), likes},
        {QStringLiteral("siblings"), siblings},
        {QStringLiteral("digest"), QString::fromLatin1(digest.result().toHex())},
    };
}

} // namespace hubwatch::test
