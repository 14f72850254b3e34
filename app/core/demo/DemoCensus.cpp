#include "DemoCensus.h"

#include "DemoHistory.h"
#include "census/CensusState.h"
#include "census/CensusStore.h"
#include "store/HistoryStore.h"
#include "store/StoreTransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace hubwatch::DemoCensus {

namespace {

// Days since the figures' origin: the demo's Hub grows from there whatever `end` is.
double dayOf(const QDateTime &at)
{
    static const QDateTime origin(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return origin.msecsTo(at) / 86400000.0;
}

struct Share
{
    const char *label;
    double share; // of the kind's downloads and repos
};

// Models' and datasets' shares as the Hub's listings show them; text-to-image gains over the
// year, taken from the repos that name no pipeline tag. The last entry takes the remainder.
QList<Share> pipelineShares(double day)
{
    const double rising = 0.02 + 0.0001 * day;
    return {{"text-generation", 0.29},
            {"feature-extraction", 0.13},
            {"sentence-similarity", 0.10},
            {"text-classification", 0.08},
            {"automatic-speech-recognition", 0.07},
            {"image-classification", 0.06},
            {"text-to-image", rising},
            {"fill-mask", 0.04},
            {"", 0}};
}

QList<Share> libraryShares()
{
    return {{"transformers", 0.55},
            {"sentence-transformers", 0.13},
            {"diffusers", 0.06},
            {"timm", 0.05},
            {"open_clip", 0.03},
            {"peft", 0.02},
            {"", 0}};
}

QList<Share> modelLicences()
{
    return {{"apache-2.0", 0.40}, {"mit", 0.16},      {"llama3.1", 0.06}, {"cc-by-nc-4.0", 0.04},
            {"gemma", 0.03},      {"openrail", 0.03}, {"other", 0.06},    {"", 0}};
}

QList<Share> datasetLicences()
{
    return {{"apache-2.0", 0.20}, {"cc-by-4.0", 0.22}, {"mit", 0.18}, {"cc-by-sa-4.0", 0.06}, {"odc-by", 0.04}, {"", 0}};
}

struct KindFigures
{
    qint64 repos = 0, allTime = 0, d30 = 0;
};

// The whole Hub at `day`: all-time downloads grow by 80 M a day at the origin, faster each month
// (about 150 M by December, five times the tracked top N's growth);
// models take 80 % of them. Repos: models, datasets, spaces.
std::array<KindFigures, CensusKindCount> figuresAt(double day)
{
    const double total = 12e9 + 0.08e9 * day + 0.0001e9 * day * day;
    const double perDay = 0.08e9 + 0.0002e9 * day;
    std::array<KindFigures, CensusKindCount> k;
    k[size_t(CensusKind::Model)] = {qint64(1.2e6 + 2600 * day), qint64(0.8 * total), qint64(0.8 * 30 * perDay)};
    k[size_t(CensusKind::Dataset)] = {qint64(300e3 + 550 * day), qint64(0.2 * total), qint64(0.2 * 30 * perDay)};
    k[size_t(CensusKind::Space)] = {qint64(420e3 + 600 * day), 0, 0};
    return k;
}

StoreError sqlError(const QSqlQuery &q)
{
    return HistoryStore::fromSqlError(q.lastError(), DemoHistory::tr("saving the demo history"));
}

} // namespace

qint64 totalAt(const QDateTime &at)
{
    const auto k = figuresAt(dayOf(at));
    return k[size_t(CensusKind::Model)].allTime + k[size_t(CensusKind::Dataset)].allTime;
}

QList<QDateTime> times(const QDateTime &start, const QDateTime &end)
{
    QList<QDateTime> out;
    QDateTime t(end.toUTC().date(), QTime(4, 10), Qt::UTC);
    if (t > end)
        t = t.addDays(-1);
    for (int i = 0; i < kWeeks && t >= start; ++i, t = t.addDays(-7))
        out.prepend(t);
    return out;
}

StoreError write(HistoryStore &store, const QDateTime &at)
{
    QSqlDatabase &db = store.database();
    const auto figures = figuresAt(dayOf(at));
    QSqlQuery census(db), kinds(db), rows(db);
    StoreTransaction tx(db);
    if (const StoreError e = tx.beginError(QString()); e.isError())
        return e;
    census.prepare(QStringLiteral("INSERT INTO censuses (status, started_at, finished_at) VALUES (?, ?, ?)")
                   + store.dialect().returningId());
    census.addBindValue(int(CensusState::Status::Complete));
    census.addBindValue(at.addSecs(-50 * 60).toMSecsSinceEpoch()); // a census takes most of an hour
    census.addBindValue(at.toMSecsSinceEpoch());
    if (!census.exec())
        return sqlError(census);
    const qint64 id = store.dialect().insertedId(census);
    census.finish();
    kinds.prepare(QStringLiteral("INSERT INTO census_kinds (census_id, kind, done, pages, requests, repos, all_time, d30)"
                                 " VALUES (?, ?, 1, ?, ?, ?, ?, ?)"));
    for (int k = 0; k < CensusKindCount; ++k) {
        const KindFigures &f = figures[size_t(k)];
        const qint64 pages = (f.repos + 999) / 1000; // the Hub's largest page
        for (const QVariant &v :
             {QVariant(id), QVariant(k), QVariant(pages), QVariant(pages), QVariant(f.repos), QVariant(f.allTime), QVariant(f.d30)})
            kinds.addBindValue(v);
        if (!kinds.exec())
            return sqlError(kinds);
    }
    rows.prepare(QStringLiteral("INSERT INTO census_breakdowns (census_id, kind, dimension, label, repos, all_time, d30)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const auto breakdown = [&](CensusKind kind, CensusStore::Dimension dimension, const QList<Share> &shares) {
        const KindFigures &f = figures[size_t(kind)];
        KindFigures left = f;
        for (qsizetype i = 0; i < shares.size(); ++i) {
            const bool last = i + 1 == shares.size();
            const double s = shares.at(i).share;
            const KindFigures part = last ? left : KindFigures{qint64(s * f.repos), qint64(s * f.allTime), qint64(s * f.d30)};
            left = {left.repos - part.repos, left.allTime - part.allTime, left.d30 - part.d30};
            for (const QVariant &v :
                 {QVariant(id), QVariant(int(kind)), QVariant(int(dimension)), QVariant(QString::fromLatin1(shares.at(i).label)),
                  QVariant(part.repos), QVariant(part.allTime), QVariant(part.d30)})
                rows.addBindValue(v);
            if (!rows.exec())
                return false;
        }
        return true;
    };
    const double day = dayOf(at);
    if (!breakdown(CensusKind::Model, CensusStore::Dimension::PipelineTag, pipelineShares(day))
        || !breakdown(CensusKind::Model, CensusStore::Dimension::Library, libraryShares())
        || !breakdown(CensusKind::Model, CensusStore::Dimension::License, modelLicences())
        || !breakdown(CensusKind::Dataset, CensusStore::Dimension::License, datasetLicences()))
        return sqlError(rows);
    return tx.commit(QString());
}

} // namespace hubwatch::DemoCensus
