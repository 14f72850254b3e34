#include "RepoEntryRules.h"

#include <algorithm>

namespace hubwatch::RepoEntryRules {

const char *describe(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None: return "kept";
    case SkipReason::NotAnObject: return "the entry is not a JSON object";
    case SkipReason::NoId: return "the entry has no id";
    case SkipReason::IdNotAString: return "the id is not a string";
    case SkipReason::InvalidId: return "the id is not a name the Hub issues";
    case SkipReason::BadDownloadsAllTime: return "downloadsAllTime is not an exact non-negative integer";
    case SkipReason::BadDownloads: return "downloads is not an exact non-negative integer";
    case SkipReason::BadLikes: return "likes is not an exact non-negative integer";
    case SkipReason::BadPipelineTag: return "pipeline_tag is not a string";
    case SkipReason::BadLibraryName: return "library_name is not a string";
    case SkipReason::CreatedAtNotAString: return "createdAt is not a string";
    case SkipReason::BadTags: return "tags is not an array of strings";
    case SkipReason::BadGated: return "gated is not false, true, \"auto\" or \"manual\"";
    case SkipReason::BadSiblings: return "siblings is not an array of objects with a string rfilename";
    case SkipReason::BadCreatedAt: return "createdAt is not an ISO 8601 date and time";
    }
    return "unknown";
}

QString loggableId(QStringView id)
{
    constexpr qsizetype kShown = 64;
    QString out;
    out.reserve(kShown + 24);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < std::min(id.size(), kShown); ++i) {
        const char16_t c = id.at(i).unicode();
        if (c == u'"' || c == u'\\') {
            out += QLatin1Char('\\');
            out += QChar(c);
        } else if (c >= 0x20 && c < 0x7f) {
            out += QChar(c);
        } else {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    out += QLatin1Char('"');
    if (id.size() > kShown)
        out += QStringLiteral("... (%1 characters)").arg(id.size());
    return out;
}

QString missingId(const char *what)
{
    return QLatin1Char('(') + QLatin1String(what) + QLatin1Char(')');
}

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

} // namespace hubwatch::RepoEntryRules
