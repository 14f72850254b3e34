#include "InspectedRepo.h"

#include "store/HistoryStore.h"

#include <QHash>
#include <QPair>

namespace hubwatch {

StoreResult<QList<InspectedRepo>> InspectedRepo::read(HistoryStore &store)
{
    const auto details = store.inspectedRepos();
    if (!details.ok())
        return {{}, details.error};
    // The latest figures too (one read of latest_values): the licence table's downloads column.
    const auto latest = store.latestValues();
    if (!latest.ok())
        return {{}, latest.error};
    QHash<QPair<int, QString>, const LatestValue *> figures;
    for (const LatestValue &v : latest.value)
        figures.insert({int(v.kind), v.name}, &v);
    StoreResult<QList<InspectedRepo>> out;
    out.value.reserve(details.value.size());
    for (const HistoryStore::RepoDetails &d : details.value) {
        InspectedRepo r;
        r.repo = d.repo;
        if (const LatestValue *v = figures.value({int(d.repo.kind), d.repo.id})) {
            r.repo.downloadsAllTime = v->allTime;
            r.repo.downloads30d = v->downloads30d;
        }
        r.safetensors = d.formats & HistoryStore::Safetensors;
        r.gguf = d.formats & HistoryStore::Gguf;
        r.onnx = d.formats & HistoryStore::Onnx;
        r.otherWeights = d.formats & HistoryStore::OtherWeights;
        r.pickle = d.formats & HistoryStore::Pickle;
        out.value.append(r);
    }
    return out;
}

} // namespace hubwatch
