#pragma once

#include "StoreError.h"

class QSqlDatabase;

namespace hubwatch {

class SqlDialect;

// The schema as a list of numbered steps. Each step runs in its own transaction and bumps
// meta.schema_version, so an interrupted upgrade resumes where it stopped. A database newer than
// latestVersion() is refused, never downgraded.
namespace Migrations {

int latestVersion();
// 0 for an empty database; -1 if the version cannot be read.
int currentVersion(QSqlDatabase &db);
// Brings db up to `target` (default: latest). Used by tests to build every older version.
StoreError migrate(QSqlDatabase &db, const SqlDialect &dialect, int target = -1);

} // namespace Migrations

} // namespace hubwatch
