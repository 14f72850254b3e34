#include "FakeHubLazyCatalogue.h"

#include "FakeHubGenerator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace hubwatch::test {

namespace {

constexpr qint64 DayMs = 86'400'000;
constexpr qint64 SpanMs = 4 * 365 * DayMs;

// splitmix64's finaliser: every bit of the input reaches every bit of the output.
quint64 mix(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

QString hex(quint64 a, quint64 b, int length)
{
    return (QString::number(a, 16).rightJustified(16, QLatin1Char('0')) + QString::number(b, 16).rightJustified(16, QLatin1Char('0')))
        .left(length);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

const char *gatedText(int gated)
{
    return gated == 0 ? "false" : gated == 1 ? "auto" : "manual";
}

} // namespace

FakeHubLazyCatalogue::FakeHubLazyCatalogue(RepoKind kind, qint64 count, quint32 seed)
    : m_kind(kind)
    , m_count(std::clamp<qint64>(count, 0, std::numeric_limits<quint32>::max()))
    , m_base(mix(quint64(seed) * 2 + (kind == RepoKind::Model ? 1 : 2)))
    , m_stepMs(std::max<qint64>(1, SpanMs / std::max<qint64>(1, count)))
{}

quint64 FakeHubLazyCatalogue::draw(qint64 index, int salt) const
{
    return mix(m_base + quint64(index) * 32 + quint64(salt));
}

FakeHubLazyCatalogue::Repo FakeHubLazyCatalogue::repo(qint64 index) const
{
    Repo r;
    r.index = index;
    r.org = int(draw(index, 0) % 60);
    // Power-law downloads by a rank drawn at random (the most downloaded repos are of any age),
    // with a tail of dormant repos at zero, as FakeHubGenerator's.
    if (draw(index, 1) % 100 >= 4) {
        const double rank = double(draw(index, 2) % quint64(std::max<qint64>(1, m_count)));
        const double jitter = 0.8 + 0.4 * double(draw(index, 3) >> 11) / double(1ULL << 53);
        r.downloads = qint64(90'000'000.0 / std::pow(rank + 1, 1.15) * jitter);
    }
    r.allTime = r.downloads + qint64(draw(index, 4) % 1000) + r.downloads * qint64(1 + draw(index, 5) % 24);
    r.likes = r.downloads / 2000 + qint64(draw(index, 6) % 40);
    r.trending = r.downloads / 50000 + qint64(draw(index, 7) % 5);
    r.usedStorage = qint64(1 + draw(index, 8) % 999'999) * 65536;
    // Strictly rising with the index: the step is wider than the jitter.
    const qint64 epochMs = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    r.createdMs = epochMs + index * m_stepMs + qint64(draw(index, 9) % quint64(m_stepMs));
    r.modifiedMs = r.createdMs + qint64(draw(index, 10) % quint64(300 * DayMs));
    const quint64 gatedRoll = draw(index, 11) % 100;
    r.gated = gatedRoll < 85 ? 0 : gatedRoll < 95 ? 1 : 2;
    if (draw(index, 12) % 100 >= 6)
        r.licence = int(draw(index, 13) % quint64(FakeHubGenerator::licences().size()));
    r.english = draw(index, 14) % 2;
    r.shards = int(1 + draw(index, 15) % 4);
    if (m_kind == RepoKind::Model) {
        if (draw(index, 16) % 100 >= 7)
            r.pipeline = int(draw(index, 17) % quint64(FakeHubGenerator::pipelineTags().size()));
        if (draw(index, 18) % 100 >= 7)
            r.library = int(draw(index, 19) % quint64(FakeHubGenerator::libraries().size()));
        r.format = int(draw(index, 20) % 4);
        r.parameters = qint64(1000 + draw(index, 21) % 7'999'000) * 1000;
    } else {
        r.task = int(draw(index, 22) % quint64(FakeHubGenerator::datasetTasks().size()));
        r.size = int(draw(index, 23) % quint64(FakeHubGenerator::datasetSizes().size()));
        r.shards = std::min(r.shards, 3);
    }
    const qint64 bumped = m_bumps.value(index);
    r.downloads += bumped;
    r.allTime += bumped;
    return r;
}

QString FakeHubLazyCatalogue::id(qint64 index) const
{
    const int org = int(draw(index, 0) % 60);
    return QStringLiteral("org%1/%2-%3")
        .arg(org)
        .arg(m_kind == RepoKind::Model ? QLatin1String("model") : QLatin1String("dataset"))
        .arg(index);
}

qint64 FakeHubLazyCatalogue::indexOf(const QString &id, Qt::CaseSensitivity cs) const
{
    const QString wanted = cs == Qt::CaseSensitive ? id : id.toLower(); // generated ids are lower case
    const QString marker = m_kind == RepoKind::Model ? QStringLiteral("/model-") : QStringLiteral("/dataset-");
    const qsizetype at = wanted.indexOf(marker);
    if (at < 0)
        return -1;
    bool ok = false;
    const qint64 index = wanted.mid(at + marker.size()).toLongLong(&ok);
    if (!ok || index < 0 || index >= m_count || this->id(index) != wanted)
        return -1;
    return index;
}

QString FakeHubLazyCatalogue::licence(const Repo &r) const
{
    return r.licence < 0 ? QString() : FakeHubGenerator::licences().at(r.licence);
}

QStringList FakeHubLazyCatalogue::tags(const Repo &r) const
{
    QStringList out;
    if (m_kind == RepoKind::Model) {
        if (r.library >= 0)
            out << FakeHubGenerator::libraries().at(r.library);
        static const QStringList formats[] = {{QStringLiteral("safetensors")},
                                              {QStringLiteral("gguf")},
                                              {QStringLiteral("pytorch")},
                                              {QStringLiteral("pytorch"), QStringLiteral("safetensors")}};
        out << formats[r.format];
        if (r.pipeline >= 0)
            out << FakeHubGenerator::pipelineTags().at(r.pipeline);
        if (r.english)
            out << QStringLiteral("en");
    } else {
        out << QStringLiteral("task_categories:") + FakeHubGenerator::datasetTasks().at(r.task) << QStringLiteral("language:en")
            << QStringLiteral("size_categories:") + FakeHubGenerator::datasetSizes().at(r.size) << QStringLiteral("format:parquet")
            << QStringLiteral("modality:text");
    }
    if (r.licence >= 0)
        out << QStringLiteral("license:") + licence(r);
    out << QStringLiteral("region:us");
    return out;
}

QStringList FakeHubLazyCatalogue::files(const Repo &r) const
{
    QStringList out{QStringLiteral(".gitattributes"), QStringLiteral("README.md")};
    const auto shard = [&r](int s, const char *pattern) {
        return QString::fromLatin1(pattern).arg(s, 5, 10, QLatin1Char('0')).arg(r.shards, 5, 10, QLatin1Char('0'));
    };
    if (m_kind == RepoKind::Dataset) {
        for (int s = 0; s < r.shards; ++s)
            out << shard(s, "data/train-%1-of-%2.parquet");
        return out;
    }
    out << QStringLiteral("config.json");
    switch (r.format) {
    case 0:
        for (int s = 1; s <= r.shards; ++s)
            out << (r.shards == 1 ? QStringLiteral("model.safetensors") : shard(s, "model-%1-of-%2.safetensors"));
        break;
    case 1: out << QStringLiteral("model-Q4_K_M.gguf") << QStringLiteral("model-Q8_0.gguf"); break;
    case 2: out << QStringLiteral("pytorch_model.bin"); break;
    default: out << QStringLiteral("model.safetensors") << QStringLiteral("pytorch_model.bin"); break;
    }
    return out;
}

QJsonObject FakeHubLazyCatalogue::entry(qint64 index, const QStringList &fields) const
{
    const Repo r = repo(index);
    const QString repoId = id(index);
    const auto wanted = [&fields](const char *name) { return fields.isEmpty() || fields.contains(QLatin1String(name)); };
    QJsonObject e{{QStringLiteral("_id"), hex(draw(index, 24), draw(index, 25), 24)}, {QStringLiteral("id"), repoId}};
    const auto put = [&](const char *name, const QJsonValue &value) {
        if (wanted(name))
            e.insert(QLatin1String(name), value);
    };
    put("author", QStringLiteral("org%1").arg(r.org));
    if (wanted("sha"))
        e.insert(QStringLiteral("sha"), hex(draw(index, 26), draw(index, 27), 32) + hex(draw(index, 28), 0, 8));
    if (wanted("createdAt"))
        e.insert(QStringLiteral("createdAt"), isoTime(r.createdMs));
    if (wanted("lastModified"))
        e.insert(QStringLiteral("lastModified"), isoTime(r.modifiedMs));
    put("private", false);
    put("disabled", false);
    put("gated", r.gated == 0 ? QJsonValue(false) : QJsonValue(QString::fromLatin1(gatedText(r.gated))));
    put("downloads", r.downloads);
    put("downloadsAllTime", r.allTime);
    put("likes", r.likes);
    put("trendingScore", r.trending);
    put("usedStorage", r.usedStorage);
    if (wanted("cardData"))
        e.insert(QStringLiteral("cardData"), r.licence < 0 ? QJsonObject() : QJsonObject{{QStringLiteral("license"), licence(r)}});
    if (wanted("tags"))
        e.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags(r)));
    if (wanted("siblings")) {
        QJsonArray siblings;
        for (const QString &f : files(r))
            siblings.append(QJsonObject{{QStringLiteral("rfilename"), f}});
        e.insert(QStringLiteral("siblings"), siblings);
    }
    if (m_kind == RepoKind::Dataset) {
        if (wanted("description")) {
            e.insert(QStringLiteral("description"),
                     QStringLiteral("Synthetic %1 dataset number %2 served by the fake Hub.")
                         .arg(FakeHubGenerator::datasetTasks().at(r.task))
                         .arg(index));
        }
        return e;
    }
    put("modelId", repoId);
    if (r.pipeline >= 0)
        put("pipeline_tag", FakeHubGenerator::pipelineTags().at(r.pipeline));
    if (r.library >= 0)
        put("library_name", FakeHubGenerator::libraries().at(r.library));
    if (r.format == 0 && wanted("safetensors")) {
        e.insert(QStringLiteral("safetensors"),
                 QJsonObject{{QStringLiteral("parameters"), QJsonObject{{QStringLiteral("BF16"), r.parameters}}},
                             {QStringLiteral("total"), r.parameters}});
    }
    return e;
}

void FakeHubLazyCatalogue::bump(qint64 index, qint64 by)
{
    m_bumps[index] += by;
    m_orders.clear();
    m_summary = QJsonObject();
}

qint64 FakeHubLazyCatalogue::sortValue(const Repo &r, const QString &sort)
{
    if (sort == QLatin1String("likes"))
        return r.likes;
    if (sort == QLatin1String("trendingScore"))
        return r.trending;
    if (sort == QLatin1String("lastModified"))
        return r.modifiedMs;
    if (sort == QLatin1String("downloadsAllTime"))
        return r.allTime;
    return r.downloads;
}

const std::vector<quint32> &FakeHubLazyCatalogue::order(const QString &sort) const
{
    auto it = m_orders.find(sort);
    if (it != m_orders.end())
        return it->second;
    std::vector<qint64> keys(static_cast<size_t>(m_count));
    for (qint64 i = 0; i < m_count; ++i)
        keys[size_t(i)] = sortValue(repo(i), sort);
    std::vector<quint32> indices(static_cast<size_t>(m_count));
    std::iota(indices.begin(), indices.end(), 0u);
    std::stable_sort(indices.begin(), indices.end(), [&keys](quint32 a, quint32 b) { return keys[a] > keys[b]; });
    return m_orders.emplace(sort, std::move(indices)).first->second;
}

qint64 FakeHubLazyCatalogue::at(const QString &sort, qint64 position) const
{
    if (sort == QLatin1String("createdAt"))
        return m_count - 1 - position; // newest first, and createdAt rises with the index
    return qint64(order(sort)[size_t(position)]);
}

QJsonObject FakeHubLazyCatalogue::summary() const
{
    if (!m_summary.isEmpty())
        return m_summary;
    qint64 downloads = 0, allTime = 0, likes = 0, siblings = 0;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (qint64 p = 0; p < m_count; ++p) {
        const Repo r = repo(at(QStringLiteral("downloads"), p));
        downloads += r.downloads;
        allTime += r.allTime;
        likes += r.likes;
        siblings += files(r).size();
        const QStringList line{id(r.index),
                               QString::number(r.downloads),
                               QString::number(r.allTime),
                               QString::number(r.likes),
                               QStringLiteral("org%1").arg(r.org),
                               QString::fromLatin1(gatedText(r.gated)),
                               tags(r).join(QLatin1Char(','))};
        digest.addData((line.join(QLatin1Char('|')) + QLatin1Char('\n')).toUtf8());
    }
    m_summary = QJsonObject{
        {QStringLiteral("count"), m_count},
        {QStringLiteral("downloads"), downloads},
        {QStringLiteral("downloadsAllTime"), allTime},
        {QStringLiteral("likes"), likes},
        {QStringLiteral("siblings"), siblings},
        {QStringLiteral("digest"), QString::fromLatin1(digest.result().toHex())},
    };
    return m_summary;
}

} // namespace hubwatch::test
