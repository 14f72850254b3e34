#include "HistoryExport.h"

#include "util/CsvWriter.h"

#include <QIODevice>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace hubwatch {

namespace {

struct HeadlinePoint
{
    qint64 t, total, d30, covered, models, datasets;
};

QString countText(const QVariant &v)
{
    return v.isNull() ? QString() : QString::number(v.toLongLong());
}

// The two file formats behind one interface, so both always hold the same rows in the same order.
class Sink
{
public:
    virtual ~Sink() = default;
    virtual void begin(const QDateTime &exportedAt) = 0;
    virtual void beginRepo(const SeriesId &id) = 0;
    virtual void repoPoint(const SeriesId &id, qint64 t, const QVariant &all, const QVariant &d30, const QVariant &likes) = 0;
    virtual void beginHeadline(const QString &scopeKey, const QString &description) = 0;
    virtual void headlinePoint(const QString &scopeKey, const HeadlinePoint &p) = 0;
    virtual void endSeries() = 0;
    virtual void end() = 0;
    bool ok() const { return m_ok; }

protected:
    explicit Sink(QIODevice *out) : m_out(out) {}
    void put(const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        if (m_ok)
            m_ok = m_out->write(bytes) == bytes.size();
    }
    QIODevice *m_out;
    bool m_ok = true;
};

class CsvSink final : public Sink
{
public:
    explicit CsvSink(QIODevice *out) : Sink(out) {}
    void begin(const QDateTime &) override { put(CsvWriter::record(HistoryFormat::csvColumns())); }
    void beginRepo(const SeriesId &) override {}
    void repoPoint(const SeriesId &id, qint64 t, const QVariant &all, const QVariant &d30, const QVariant &likes) override
    {
        put(CsvWriter::record({HistoryFormat::formatTime(t), id.toString(), countText(all), countText(d30), countText(likes), QString(),
                               QString(), QString(), QString()}));
    }
    void beginHeadline(const QString &, const QString &) override {}
    void headlinePoint(const QString &scopeKey, const HeadlinePoint &p) override
    {
        put(CsvWriter::record({HistoryFormat::formatTime(p.t), HistoryFormat::headlineSeries(), QString::number(p.total),
                               QString::number(p.d30), QString(), QString::number(p.covered), QString::number(p.models),
                               QString::number(p.datasets), scopeKey}));
    }
    void endSeries() override {}
    void end() override {}
};

QString jsonString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString jsonCount(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("null") : QString::number(v.toLongLong());
}

// One point per line, so an import error can name a line that means something.
class JsonSink final : public Sink
{
public:
    explicit JsonSink(QIODevice *out) : Sink(out) {}
    void begin(const QDateTime &exportedAt) override
    {
        put(QStringLiteral("{\"format\":%1,\"version\":%2,\"exportedAt\":%3,\"series\":[")
                .arg(jsonString(QLatin1String(HistoryFormat::formatName())))
                .arg(HistoryFormat::version)
                .arg(jsonString(HistoryFormat::formatTime(exportedAt.toMSecsSinceEpoch()))));
    }
    void beginRepo(const SeriesId &id) override
    {
        open(QStringLiteral("{\"series\":%1,\"kind\":%2,\"name\":%3,\"points\":[")
                 .arg(jsonString(id.toString()), jsonString(kindName(id.kind)), jsonString(id.name)));
    }
    void repoPoint(const SeriesId &, qint64 t, const QVariant &all, const QVariant &d30, const QVariant &likes) override
    {
        point(QStringLiteral("{\"t\":%1,\"downloadsAllTime\":%2,\"downloads30d\":%3,\"likes\":%4}")
                  .arg(jsonString(HistoryFormat::formatTime(t)), jsonCount(all), jsonCount(d30), jsonCount(likes)));
    }
    void beginHeadline(const QString &scopeKey, const QString &description) override
    {
        open(QStringLiteral("{\"series\":%1,\"scope\":%2,\"scopeDescription\":%3,\"points\":[")
                 .arg(jsonString(HistoryFormat::headlineSeries()), jsonString(scopeKey), jsonString(description)));
    }
    void headlinePoint(const QString &, const HeadlinePoint &p) override
    {
        point(QStringLiteral("{\"t\":%1,\"totalAllTime\":%2,\"downloads30d\":%3,\"reposCovered\":%4,\"models\":%5,\"datasets\":%6}")
                  .arg(jsonString(HistoryFormat::formatTime(p.t)), QString::number(p.total), QString::number(p.d30),
                       QString::number(p.covered), QString::number(p.models), QString::number(p.datasets)));
    }
    void endSeries() override { put(QStringLiteral("\n]}")); }
    void end() override { put(QStringLiteral("\n]}\n")); }

private:
    void open(const QString &head)
    {
        put((m_seriesCount++ ? QStringLiteral(",\n") : QStringLiteral("\n")) + head);
        m_pointCount = 0;
    }
    void point(const QString &body) { put((m_pointCount++ ? QStringLiteral(",\n") : QStringLiteral("\n")) + body); }
    int m_seriesCount = 0;
    qint64 m_pointCount = 0;
};

StoreError sqlFailure(const QSqlQuery &q, const QString &context)
{
    return HistoryStore::fromSqlError(q.lastError(), context);
}

} // namespace

StoreResult<HistoryExport::Summary> HistoryExport::write(HistoryStore &store, Format format, const HistoryFilter &filter, QIODevice *out,
                                                         const QDateTime &exportedAt)
{
    StoreResult<Summary> result;
    std::unique_ptr<Sink> sink;
    if (format == Format::Csv)
        sink = std::make_unique<CsvSink>(out);
    else
        sink = std::make_unique<JsonSink>(out);
    const auto writeFailed = [&] {
        result.error = StoreError(StoreError::Kind::Io, tr("Writing the export failed: %1").arg(out->errorString()));
        return result;
    };
    sink->begin(exportedAt);

    // Repo series: the repos table is small (one row per repo ever seen), so pick them here.
    QSqlQuery repos(store.database());
    repos.setForwardOnly(true);
    if (!repos.exec(QStringLiteral("SELECT id, kind, name FROM repos ORDER BY kind DESC, name"))) {
        result.error = sqlFailure(repos, tr("reading the repos"));
        return result;
    }
    QList<QPair<qint64, SeriesId>> wanted;
    while (repos.next()) {
        SeriesId id;
        id.kind = repos.value(1).toInt() == 0 ? RepoKind::Model : RepoKind::Dataset;
        id.name = repos.value(2).toString();
        if (filter.wantsAllRepos() || filter.series.contains(id))
            wanted.append({repos.value(0).toLongLong(), id});
    }
    QSqlQuery samples(store.database());
    samples.setForwardOnly(true);
    samples.prepare(QStringLiteral("SELECT p.finished_at, s.all_time, s.d30, s.likes FROM samples s"
                                   " JOIN polls p ON p.id = s.poll_id WHERE s.repo_id = ? AND p.finished_at >= ?"
                                   " AND p.finished_at <= ? ORDER BY p.finished_at, s.poll_id"));
    for (const auto &[repoId, id] : std::as_const(wanted)) {
        samples.bindValue(0, repoId);
        samples.bindValue(1, filter.from);
        samples.bindValue(2, filter.to);
        if (!samples.exec()) {
            result.error = sqlFailure(samples, tr("reading the samples of %1").arg(id.toString()));
            return result;
        }
        bool any = false;
        while (samples.next()) {
            if (!any)
                sink->beginRepo(id);
            any = true;
            sink->repoPoint(id, samples.value(0).toLongLong(), samples.value(1), samples.value(2), samples.value(3));
            ++result.value.repoPoints;
        }
        if (any) {
            sink->endSeries();
            result.value.series.append(id.toString());
        }
        if (!sink->ok())
            return writeFailed();
    }

    if (filter.wantsHeadline()) {
        // Scopes grouped by the key an export shows; a live scope's description wins over an
        // imported copy's.
        QSqlQuery scopes(store.database());
        if (!scopes.exec(QStringLiteral("SELECT id, scope_key, description FROM scopes ORDER BY id"))) {
            result.error = sqlFailure(scopes, tr("reading the scopes"));
            return result;
        }
        struct Group
        {
            QStringList ids;
            QString description;
            bool live = false;
        };
        QMap<QString, Group> groups; // ordered by key
        while (scopes.next()) {
            const QString stored = scopes.value(1).toString();
            const QString key = HistoryFormat::exportedScopeKey(stored);
            Group &g = groups[key];
            g.ids << QString::number(scopes.value(0).toLongLong());
            const bool live = key == stored;
            if (g.description.isEmpty() || (live && !g.live))
                g.description = scopes.value(2).toString();
            g.live = g.live || live;
        }
        bool anyHeadline = false;
        for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
            QSqlQuery q(store.database());
            q.setForwardOnly(true);
            // The ids are integers read from the database, safe to put into the statement.
            q.prepare(QStringLiteral("SELECT p.finished_at, a.total_all_time, a.sum_d30, a.repos_covered, a.models, a.datasets"
                                     " FROM aggregates a JOIN polls p ON p.id = a.poll_id WHERE p.scope_id IN (%1)"
                                     " AND p.finished_at >= ? AND p.finished_at <= ? ORDER BY p.finished_at, p.id")
                          .arg(g->ids.join(QLatin1Char(','))));
            q.addBindValue(filter.from);
            q.addBindValue(filter.to);
            if (!q.exec()) {
                result.error = sqlFailure(q, tr("reading the headline"));
                return result;
            }
            bool any = false;
            while (q.next()) {
                if (!any)
                    sink->beginHeadline(g.key(), g->description);
                any = true;
                sink->headlinePoint(g.key(),
                                    {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                     q.value(4).toLongLong(), q.value(5).toLongLong()});
                ++result.value.headlinePoints;
            }
            if (any)
                sink->endSeries();
            anyHeadline = anyHeadline || any;
            if (!sink->ok())
                return writeFailed();
        }
        if (anyHeadline)
            result.value.series.append(HistoryFormat::headlineSeries());
    }
    sink->end();
    if (!sink->ok())
        return writeFailed();
    return result;
}

} // namespace hubwatch
