#pragma once

#include "HubError.h"
#include "RepoStats.h"

#include <QJsonObject>

namespace hubwatch {

// Turns Hub JSON into RepoStats. Strict about types (a count must be a non-negative integer,
// read exactly as qint64), lenient about absence: an entry with a wrong type or without an id is
// skipped and counted; a body that is not JSON at all is an error naming where it broke.
namespace RepoParser {

struct Page
{
    RepoStatsList repos;
    int skipped = 0;
};

HubResult<Page> parseList(RepoKind kind, const QByteArray &body, const QString &where);
HubResult<RepoStats> parseSingle(RepoKind kind, const QByteArray &body, const QString &where);
// False when the entry must be skipped.
bool parseEntry(RepoKind kind, const QJsonObject &entry, RepoStats *out);

} // namespace RepoParser

} // namespace hubwatch
