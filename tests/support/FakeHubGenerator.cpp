#include "FakeHubGenerator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace hubwatch::test {

namespace {

QStringList listOf(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QString::fromLatin1(n));
    return out;
}

QString pick(QRandomGenerator &rng, const QStringList &choices)
{
    return choices.at(qsizetype(rng.bounded(quint32(choices.size()))));
}

QString hexId(const QString &id, QCryptographicHash::Algorithm algo, int length)
{
    return QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), algo).toHex().left(length));
}

QString isoTime(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs); // "2023-04-05T06:07:08.000Z" for UTC
}

// Power-law downloads with jitter, and a tail of dormant repos at zero.
qint64 downloadsFor(int rank, QRandomGenerator &rng)
{
    if (rng.bounded(100) < 4)
        return 0;
    const double base = 90'000'000.0 / std::pow(double(rank + 1), 1.15);
    return qint64(base * (0.8 + 0.4 * rng.generateDouble()));
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray siblingsOf(const QStringList &files)
{
    QJsonArray out;
    for (const QString &f : files)
        out.append(QJsonObject{{QStringLiteral("rfilename"), f}});
    return out;
}

// Fields both kinds share. licence may be empty (no tag, no cardData.license).
QJsonObject common(const QString &id, const QString &org, const QString &license, qint64 downloads, QRandomGenerator &rng)
{
    const QDateTime epoch(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime created = epoch.addSecs(rng.bounded(4 * 365 * 86400));
    const QDateTime modified = created.addSecs(rng.bounded(300 * 86400));
    const quint32 gatedRoll = rng.bounded(100);
    const qint64 extra = qint64(rng.bounded(1000));
    const qint64 allTime = downloads + extra + downloads * qint64(rng.bounded(1, 25));
    QJsonObject cardData;
    if (!license.isEmpty())
        cardData.insert(QStringLiteral("license"), license);
    return QJsonObject{
        {QStringLiteral("_id"), hexId(id, QCryptographicHash::Md5, 24)},
        {QStringLiteral("id"), id},
        {QStringLiteral("author"), org},
        {QStringLiteral("sha"), hexId(id, QCryptographicHash::Sha1, 40)},
        {QStringLiteral("createdAt"), isoTime(created)},
        {QStringLiteral("lastModified"), isoTime(modified)},
        {QStringLiteral("private"), false},
        {QStringLiteral("disabled"), false},
        {QStringLiteral("gated"),
         gatedRoll < 85       ? QJsonValue(false)
             : gatedRoll < 95 ? QJsonValue(QStringLiteral("auto"))
                              : QJsonValue(QStringLiteral("manual"))},
        {QStringLiteral("downloads"), downloads},
        {QStringLiteral("downloadsAllTime"), allTime},
        {QStringLiteral("likes"), downloads / 2000 + qint64(rng.bounded(40))},
        {QStringLiteral("trendingScore"), downloads / 50000 + qint64(rng.bounded(5))},
        {QStringLiteral("usedStorage"), qint64(rng.bounded(1, 1'000'000)) * 65536},
        {QStringLiteral("cardData"), cardData},
    };
}

QString licenseFor(QRandomGenerator &rng)
{
    if (rng.bounded(100) < 6)
        return {};
    return pick(rng, FakeHubGenerator::licences());
}

QJsonObject model(int index, QRandomGenerator &rng)
{
    const QString org = QStringLiteral("org%1").arg(rng.bounded(60));
    const QString id = QStringLiteral("%1/model-%2").arg(org).arg(index);
    const QString license = licenseFor(rng);
    QJsonObject e = common(id, org, license, downloadsFor(index, rng), rng);
    e.insert(QStringLiteral("modelId"), id);

    const QString pipeline = rng.bounded(100) < 7 ? QString() : pick(rng, FakeHubGenerator::pipelineTags());
    const QString library = rng.bounded(100) < 7 ? QString() : pick(rng, FakeHubGenerator::libraries());
    QStringList files{QStringLiteral(".gitattributes"), QStringLiteral("README.md"), QStringLiteral("config.json")};
    QStringList tags;
    if (!library.isEmpty())
        tags << library;
    switch (rng.bounded(4)) {
    case 0: {
        const int shards = int(rng.bounded(1, 5));
        for (int s = 1; s <= shards; ++s) {
            files << (shards == 1 ? QStringLiteral("model.safetensors")
                                  : QStringLiteral("model-%1-of-%2.safetensors")
                                        .arg(s, 5, 10, QLatin1Char('0'))
                                        .arg(shards, 5, 10, QLatin1Char('0')));
        }
        tags << QStringLiteral("safetensors");
        const qint64 params = qint64(rng.bounded(1000, 8'000'000)) * 1000;
        e.insert(
            QStringLiteral("safetensors"),
            QJsonObject{{QStringLiteral("parameters"), QJsonObject{{QStringLiteral("BF16"), params}}}, {QStringLiteral("total"), params}});
        break;
    }
    case 1:
        files << QStringLiteral("model-Q4_K_M.gguf") << QStringLiteral("model-Q8_0.gguf");
        tags << QStringLiteral("gguf");
        break;
    case 2:
        files << QStringLiteral("pytorch_model.bin");
        tags << QStringLiteral("pytorch");
        break;
    default:
        files << QStringLiteral("model.safetensors") << QStringLiteral("pytorch_model.bin");
        tags << QStringLiteral("pytorch") << QStringLiteral("safetensors");
        break;
    }
    if (!pipeline.isEmpty()) {
        tags << pipeline;
        e.insert(QStringLiteral("pipeline_tag"), pipeline);
    }
    if (!library.isEmpty())
        e.insert(QStringLiteral("library_name"), library);
    if (rng.bounded(2))
        tags << QStringLiteral("en");
    if (!license.isEmpty())
        tags << QStringLiteral("license:") + license;
    tags << QStringLiteral("region:us");
    e.insert(QStringLiteral("tags"), strings(tags));
    e.insert(QStringLiteral("siblings"), siblingsOf(files));
    return e;
}

QJsonObject dataset(int index, QRandomGenerator &rng)
{
    const QString org = QStringLiteral("org%1").arg(rng.bounded(60));
    const QString id = QStringLiteral("%1/dataset-%2").arg(org).arg(index);
    const QString license = licenseFor(rng);
    QJsonObject e = common(id, org, license, downloadsFor(index, rng), rng);
    const QString task = pick(rng, FakeHubGenerator::datasetTasks());
    const QString size = pick(rng, FakeHubGenerator::datasetSizes());
    QStringList tags{QStringLiteral("task_categories:") + task, QStringLiteral("language:en"), QStringLiteral("size_categories:") + size,
                     QStringLiteral("format:parquet"), QStringLiteral("modality:text")};
    if (!license.isEmpty())
        tags << QStringLiteral("license:") + license;
    tags << QStringLiteral("region:us");
    const int shards = int(rng.bounded(1, 4));
    QStringList files{QStringLiteral(".gitattributes"), QStringLiteral("README.md")};
    for (int s = 0; s < shards; ++s)
        files << QStringLiteral("data/train-%1-of-%2.parquet").arg(s, 5, 10, QLatin1Char('0')).arg(shards, 5, 10, QLatin1Char('0'));
    e.insert(QStringLiteral("tags"), strings(tags));
    e.insert(QStringLiteral("siblings"), siblingsOf(files));
    e.insert(QStringLiteral("description"), QStringLiteral("Synthetic %1 dataset number %2 served by the fake Hub.").arg(task).arg(index));
    return e;
}

} // namespace

const QStringList &FakeHubGenerator::licences()
{
    static const QStringList names =
        listOf({"apache-2.0", "apache-2.0", "mit", "mit", "llama3", "llama3.1", "gemma", "cc-by-4.0", "openrail", "other"});
    return names;
}

const QStringList &FakeHubGenerator::pipelineTags()
{
    static const QStringList names =
        listOf({"text-generation", "text-generation", "text-classification", "fill-mask", "feature-extraction", "sentence-similarity",
                "image-classification", "automatic-speech-recognition", "text-to-image", "token-classification", "translation"});
    return names;
}

const QStringList &FakeHubGenerator::libraries()
{
    static const QStringList names =
        listOf({"transformers", "transformers", "sentence-transformers", "diffusers", "gguf", "timm", "peft", "mlx"});
    return names;
}

const QStringList &FakeHubGenerator::datasetTasks()
{
    static const QStringList names =
        listOf({"text-classification", "question-answering", "text-generation", "image-classification", "translation", "summarization"});
    return names;
}

const QStringList &FakeHubGenerator::datasetSizes()
{
    static const QStringList names = listOf({"n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M"});
    return names;
}

QList<QJsonObject> FakeHubGenerator::generate(RepoKind kind, int count, quint32 seed, int firstIndex)
{
    QRandomGenerator rng(seed * 2654435761u + (kind == RepoKind::Model ? 1u : 2u) + quint32(firstIndex));
    QList<QJsonObject> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(kind == RepoKind::Model ? model(firstIndex + i, rng) : dataset(firstIndex + i, rng));
    std::stable_sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("downloads")).toInteger() > b.value(QLatin1String("downloads")).toInteger();
    });
    return out;
}

} // namespace hubwatch::test
