#pragma once

#include "HistoryFormat.h"
#include "HistoryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace hubwatch {

// One imported figure set of a repo; -1 where the file leaves it unknown.
struct ImportedPoint
{
    qint64 t = 0; // ms since the epoch, UTC
    qint64 allTime = -1;
    qint64 d30 = -1;
    qint64 likes = -1;
    int line = 0;
};

struct ImportedHeadlinePoint
{
    qint64 t = 0;
    qint64 totalAllTime = 0;
    qint64 d30 = 0;
    qint64 reposCovered = 0;
    qint64 models = 0;
    qint64 datasets = 0;
    int line = 0;
};

struct ImportedSeries
{
    SeriesId id;
    QList<ImportedPoint> points; // by time, one per time
};

struct ImportedHeadline
{
    QString scopeKey;
    QString description;                 // empty when the file has none (CSV)
    QList<ImportedHeadlinePoint> points; // by time, one per time
};

// A whole import file, validated.
struct HistoryData
{
    QList<ImportedSeries> repos;
    QList<ImportedHeadline> headlines;
    qint64 pointCount() const;
};

struct ImportIssue
{
    int line = 0;
    QString message;
};

// `hubwatch import`: reads an export (CSV or JSON, told apart by content), validates all of it,
// then merges it in one transaction, or changes nothing.
//
// Merging: repos are created when missing. A repo point at time T is already known when some
// poll finished at exactly T and holds a sample or presence of that repo; known points are
// skipped, so the database wins over the file. Otherwise the point goes into the poll of the
// "import" scope at T (created on first need, outcome 3 = imported) as a sample plus a one-poll
// presence run. Every new point is stored, even one equal to the repo's previous figures: an
// export holds changes only, and storing keeps re-exports identical to their source.
// A headline point of scope K at T is known when a poll at T of K (or of the imported copy
// "import:K") already has an aggregate; otherwise it goes into the poll of scope "import:K" at
// T. Importing the same file twice therefore changes nothing the second time.
class HistoryImport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryImport)
public:
    enum class Format { Csv, Json };
    static constexpr int MaxIssues = 20;

    struct Summary
    {
        qint64 pointsAdded = 0;
        qint64 pointsKnown = 0;
        qint64 headlineAdded = 0;
        qint64 headlineKnown = 0;
        qint64 reposCreated = 0;
        qint64 pollsCreated = 0;
    };

    // False with at most MaxIssues issues (in file order) when anything is wrong; then *out is
    // left empty. *format says what the file looked like.
    static bool parse(const QByteArray &bytes, HistoryData *out, QList<ImportIssue> *issues, Format *format = nullptr);

    // The store must be open for writing and its caller must hold the WriterLock. The store's
    // write caches do not know the merged rows: reopen it before storing polls with it again.
    static StoreResult<Summary> merge(HistoryStore &store, const HistoryData &data);
};

} // namespace hubwatch
