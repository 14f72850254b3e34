#pragma once

#include "HubError.h"
#include "RepoEntryRules.h"
#include "RepoStats.h"

#include <QJsonObject>

namespace hubwatch {

// Turns Hub JSON into RepoStats. Strict about types (a count must be a non-negative integer,
// read exactly as qint64), lenient about absence: an entry with a wrong type or without an id is
// skipped, counted and named in the log (its id and why); a body that is not JSON at all is an
// error naming where it broke.
namespace RepoParser {

using RepoEntryRules::SkipReason;

struct SkippedEntry
{
    QString id; // RepoEntryRules::loggableId / missingId: safe to log
    SkipReason reason = SkipReason::None;
    bool operator==(const SkippedEntry &o) const { return id == o.id && reason == o.reason; }
};

struct Page
{
    RepoStatsList repos;
    int skipped = 0;
    QList<SkippedEntry> skips; // one per skipped entry, in page order
};

// In one pass over the bytes (RepoListReader); logs each skipped entry (lcHub), naming `where`.
HubResult<Page> parseList(RepoKind kind, const QByteArray &body, const QString &where);
// The same through a QJsonDocument of the whole page, without the log: the reference the
// single-pass reader is fuzzed against (fuzz_repolistdiff), and what names a malformed page's error.
HubResult<Page> parseListWithDocument(RepoKind kind, const QByteArray &body, const QString &where);
HubResult<RepoStats> parseSingle(RepoKind kind, const QByteArray &body, const QString &where);
// False when the entry must be skipped; *why then says why.
bool parseEntry(RepoKind kind, const QJsonObject &entry, RepoStats *out, SkipReason *why = nullptr);

} // namespace RepoParser

} // namespace hubwatch
