#include "RepoParser.h"

#include "RepoQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace hubwatch::RepoParser {

namespace {

// Absent is fine (Unknown); present must be an exact non-negative integer.
bool readCount(const QJsonObject &o, QLatin1String key, qint64 *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = RepoStats::Unknown;
        return true;
    }
    if (!v.isDouble())
        return false;
    const qint64 exact = v.toInteger(-1);
    if (exact < 0) {
        // toInteger() refuses fractions and out-of-range values; a huge integral double is still
        // not exact, so it is rejected rather than rounded.
        return false;
    }
    *out = exact;
    return true;
}

// Text is kept as the Hub sent it, except what no Hub metadata holds and what would not survive
// storage unchanged: control characters (NUL included) are dropped, and a lone surrogate (a
// "\ud800" escape) becomes U+FFFD (tst_hostile).
QString cleanText(const QString &s)
{
    const auto odd = [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate(); };
    if (std::none_of(s.cbegin(), s.cend(), odd))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
        } else if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
        } else if (!odd(c)) {
            out += c;
        }
    }
    return out;
}

bool readString(const QJsonObject &o, QLatin1String key, QString *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = cleanText(v.toString());
    return true;
}

bool readStringList(const QJsonValue &v, QStringList *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString())
            return false;
        out->append(cleanText(item.toString()));
    }
    return true;
}

bool readGated(const QJsonValue &v, GatedState *out)
{
    if (v.isUndefined() || v.isNull() || v == QJsonValue(false)) {
        *out = GatedState::Open;
        return true;
    }
    if (v == QJsonValue(true) || v == QJsonValue(QLatin1String("auto"))) {
        *out = GatedState::Auto;
        return true;
    }
    if (v == QJsonValue(QLatin1String("manual"))) {
        *out = GatedState::Manual;
        return true;
    }
    return false;
}

bool readSiblings(const QJsonValue &v, QStringList *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue s : v.toArray()) {
        const QJsonValue name = s.toObject().value(QLatin1String("rfilename"));
        if (!name.isString())
            return false;
        out->append(cleanText(name.toString()));
    }
    return true;
}

QString licenseOf(const QStringList &tags, const QJsonObject &entry)
{
    for (const QString &t : tags)
        if (t.startsWith(QLatin1String("license:")))
            return t.mid(8);
    const QJsonValue card = entry.value(QLatin1String("cardData")).toObject().value(QLatin1String("license"));
    if (card.isString())
        return cleanText(card.toString());
    if (card.isArray() && !card.toArray().isEmpty())
        return cleanText(card.toArray().first().toString());
    return QString();
}

} // namespace

bool parseEntry(RepoKind kind, const QJsonObject &o, RepoStats *out)
{
    RepoStats r;
    r.kind = kind;
    const QJsonValue id = o.value(QLatin1String("id"));
    // Only an id the Hub could have issued: it names the repo in URLs, files and windows, so
    // HTML, bidi overrides, NULs or 10 kB names make the entry skipped (tst_hostile).
    if (!id.isString() || !RepoQuery::isValidRepoId(id.toString()))
        return false;
    r.id = id.toString();
    QString created;
    const bool ok = readCount(o, QLatin1String("downloadsAllTime"), &r.downloadsAllTime)
        && readCount(o, QLatin1String("downloads"), &r.downloads30d)
        && readCount(o, QLatin1String("likes"), &r.likes)
        && readString(o, QLatin1String("pipeline_tag"), &r.pipelineTag)
        && readString(o, QLatin1String("library_name"), &r.libraryName)
        && readString(o, QLatin1String("createdAt"), &created)
        && readStringList(o.value(QLatin1String("tags")), &r.tags)
        && readGated(o.value(QLatin1String("gated")), &r.gated)
        && readSiblings(o.value(QLatin1String("siblings")), &r.siblings);
    if (!ok)
        return false;
    if (!created.isEmpty()) {
        r.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!r.createdAt.isValid())
            return false;
        r.createdAt = r.createdAt.toUTC();
    }
    r.license = licenseOf(r.tags, o);
    *out = std::move(r);
    return true;
}

HubResult<Page> parseList(RepoKind kind, const QByteArray &body, const QString &where)
{
    HubResult<Page> result;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        result.error = HubError(HubError::Kind::Malformed,
                                HubError::tr("%1 at byte %2 of %3").arg(perr.errorString()).arg(perr.offset).arg(where));
        return result;
    }
    if (!doc.isArray()) {
        result.error = HubError(HubError::Kind::Malformed, HubError::tr("expected a JSON array from %1").arg(where));
        return result;
    }
    const QJsonArray array = doc.array();
    result.value.repos.reserve(array.size());
    for (const QJsonValue v : array) {
        RepoStats r;
        if (v.isObject() && parseEntry(kind, v.toObject(), &r))
            result.value.repos.append(std::move(r));
        else
            ++result.value.skipped;
    }
    return result;
}

HubResult<RepoStats> parseSingle(RepoKind kind, const QByteArray &body, const QString &where)
{
    HubResult<RepoStats> result;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        result.error = HubError(HubError::Kind::Malformed,
                                perr.error != QJsonParseError::NoError
                                    ? HubError::tr("%1 at byte %2 of %3").arg(perr.errorString()).arg(perr.offset).arg(where)
                                    : HubError::tr("expected a JSON object from %1").arg(where));
        return result;
    }
    if (!parseEntry(kind, doc.object(), &result.value))
        result.error = HubError(HubError::Kind::Malformed, HubError::tr("a field has the wrong type in %1").arg(where));
    return result;
}

} // namespace hubwatch::RepoParser
