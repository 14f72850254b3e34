#pragma once

#include <QString>

class QSqlDatabase;

namespace hubwatch {
struct AlertRecord;
}

namespace hubwatch::AlertMigration {

// One logged sentence read back into `alert` (whose kind and series are set): its figures when
// understood, else the sentence itself as legacy text. Readers of a not-yet-upgraded history
// use it too, so they word old alerts in their own language as well.
void readSentences(const QString &title, const QString &body, const QString &dedupKey, AlertRecord *alert);

// Alerts logged before they were data hold English sentences (title, body). This reads each
// one's figures back from its sentence and dedup key into the params column: the threshold and
// the bracketing poll times of a milestone, the share and change of a hot category. Entries it
// cannot read (another language, another kind) keep their sentences as legacy text, shown as
// they were. Runs inside the migration's transaction.
bool convert(QSqlDatabase &db, QString *error);

} // namespace hubwatch::AlertMigration
