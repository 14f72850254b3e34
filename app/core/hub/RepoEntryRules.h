#pragma once

#include <QString>
#include <QStringView>

namespace hubwatch::RepoEntryRules {

// Why a listed entry was skipped, in the order the checks run: when several fields are wrong, the
// first of this order is the one reported (by both list parsers alike: fuzz_repolistdiff).
enum class SkipReason {
    None,
    NotAnObject,
    NoId,
    IdNotAString,
    InvalidId,
    BadDownloadsAllTime,
    BadDownloads,
    BadLikes,
    BadPipelineTag,
    BadLibraryName,
    CreatedAtNotAString,
    BadTags,
    BadGated,
    BadSiblings,
    BadCreatedAt,
};

// For the log (English, like every log line): what was wrong with the entry.
const char *describe(SkipReason reason);

// An id from the network made safe to log: quoted, printable ASCII only (anything else, quotes and
// backslashes escaped), at most 64 characters of it. A 10 kB id or one with terminal escape codes
// or bidi overrides cannot forge or flood a log line.
QString loggableId(QStringView id);
// What stands for the id when the entry has no string id; `what` names the JSON it had instead.
QString missingId(const char *what);

// Text is kept as the Hub sent it, except what no Hub metadata holds and what would not survive
// storage unchanged: control characters (NUL included) are dropped, and a lone surrogate (a
// "\ud800" escape) becomes U+FFFD (tst_hostile).
QString cleanText(const QString &s);

} // namespace hubwatch::RepoEntryRules
