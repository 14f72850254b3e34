#pragma once

#include "HistoryFormat.h"
#include "HistoryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class QIODevice;

namespace hubwatch {

// Writes the stored history as CSV or JSON (formats in README.md, "Export and import"). Streams
// row by row, so a long history never has to fit in memory. Reads only: a read-only store works.
//
// Rows are the stored samples (change-only: a row only where a repo's figures changed) and one
// headline row per poll aggregate. Order: repo series by series name (code-point order; so
// datasets before models), then the headline per scope key; each series by time.
class HistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryExport)
public:
    enum class Format { Csv, Json };

    struct Summary
    {
        qint64 repoPoints = 0;
        qint64 headlinePoints = 0;
        QStringList series; // every series written, "headline" once for any number of scopes
    };

    static StoreResult<Summary> write(HistoryStore &store, Format format, const HistoryFilter &filter, QIODevice *out,
                                      const QDateTime &exportedAt);
};

} // namespace hubwatch
