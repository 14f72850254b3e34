#include "RepoParser.h"

#include "RepoListReader.h"
#include "RepoQuery.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace hubwatch::RepoParser {

namespace {

using RepoEntryRules::cleanText;

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

bool parseEntry(RepoKind kind, const QJsonObject &o, RepoStats *out, SkipReason *why)
{
    const auto skip = [why](SkipReason reason) {
        if (why)
            *why = reason;
        return false;
    };
    RepoStats r;
    r.kind = kind;
    const QJsonValue id = o.value(QLatin1String("id"));
    // Only an id the Hub could have issued: it names the repo in URLs, files and windows, so
    // HTML, bidi overrides, NULs or 10 kB names make the entry skipped (tst_hostile).
    if (id.isUndefined())
        return skip(SkipReason::NoId);
    if (!id.isString())
        return skip(SkipReason::IdNotAString);
    if (!RepoQuery::isValidRepoId(id.toString()))
        return skip(SkipReason::InvalidId);
    r.id = id.toString();
    QString created;
    if (!readCount(o, QLatin1String("downloadsAllTime"), &r.downloadsAllTime))
        return skip(SkipReason::BadDownloadsAllTime);
    if (!readCount(o, QLatin1String("downloads"), &r.downloads30d))
        return skip(SkipReason::BadDownloads);
    if (!readCount(o, QLatin1String("likes"), &r.likes))
        return skip(SkipReason::BadLikes);
    if (!readString(o, QLatin1String("pipeline_tag"), &r.pipelineTag))
        return skip(SkipReason::BadPipelineTag);
    if (!readString(o, QLatin1String("library_name"), &r.libraryName))
        return skip(SkipReason::BadLibraryName);
    if (!readString(o, QLatin1String("createdAt"), &created))
        return skip(SkipReason::CreatedAtNotAString);
    if (!readStringList(o.value(QLatin1String("tags")), &r.tags))
        return skip(SkipReason::BadTags);
    if (!readGated(o.value(QLatin1String("gated")), &r.gated))
        return skip(SkipReason::BadGated);
    if (!readSiblings(o.value(QLatin1String("siblings")), &r.siblings))
        return skip(SkipReason::BadSiblings);
    if (!created.isEmpty()) {
        r.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!r.createdAt.isValid())
            return skip(SkipReason::BadCreatedAt);
        r.createdAt = r.createdAt.toUTC();
    }
    r.license = licenseOf(r.tags, o);
    *out = std::move(r);
    if (why)
        *why = SkipReason::None;
    return true;
}

namespace {

QString loggableIdOf(const QJsonValue &v)
{
    if (!v.isObject())
        return RepoEntryRules::missingId("not an object");
    const QJsonValue id = v.toObject().value(QLatin1String("id"));
    switch (id.type()) {
    case QJsonValue::String: return RepoEntryRules::loggableId(id.toString());
    case QJsonValue::Undefined: return RepoEntryRules::missingId("no id");
    case QJsonValue::Null: return RepoEntryRules::missingId("null");
    case QJsonValue::Bool: return RepoEntryRules::missingId("a boolean");
    case QJsonValue::Double: return RepoEntryRules::missingId("a number");
    case QJsonValue::Array: return RepoEntryRules::missingId("an array");
    case QJsonValue::Object: return RepoEntryRules::missingId("an object");
    }
    return QString();
}

// Each skipped entry by name and reason; a hostile page of thousands is cut short after a few,
// and the rest counted, so it cannot flood the journal.
void logSkips(const Page &page, const QString &where)
{
    constexpr int kNamed = 20;
    for (qsizetype i = 0; i < std::min<qsizetype>(page.skips.size(), kNamed); ++i) {
        const SkippedEntry &s = page.skips.at(i);
        qCWarning(lcHub).noquote() << "skipped an entry of" << where << "with id" << s.id << "because"
                                   << RepoEntryRules::describe(s.reason);
    }
    if (page.skips.size() > kNamed)
        qCWarning(lcHub).noquote() << "skipped" << page.skips.size() - kNamed << "more malformed entries of" << where;
}

} // namespace

HubResult<Page> parseListWithDocument(RepoKind kind, const QByteArray &body, const QString &where)
{
    HubResult<Page> result;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        result.error =
            HubError(HubError::Kind::Malformed, HubError::tr("%1 at byte %2 of %3").arg(perr.errorString()).arg(perr.offset).arg(where));
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
        SkipReason why = SkipReason::NotAnObject;
        if (v.isObject() && parseEntry(kind, v.toObject(), &r, &why)) {
            result.value.repos.append(std::move(r));
        } else {
            ++result.value.skipped;
            result.value.skips.append({loggableIdOf(v), why});
        }
    }
    return result;
}

HubResult<Page> parseList(RepoKind kind, const QByteArray &body, const QString &where)
{
    HubResult<Page> result;
    // The single-pass reader, five times faster; for a page it refuses, QJsonDocument says where
    // it broke (or that it is not an array), in the words tst_repoparser and users know.
    if (!RepoListReader(kind, body).read(&result.value))
        result = parseListWithDocument(kind, body, where);
    if (result.ok())
        logSkips(result.value, where);
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
