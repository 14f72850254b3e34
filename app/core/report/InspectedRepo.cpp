#include "InspectedRepo.h"

#include "store/HistoryStore.h"

namespace hubwatch {

StoreResult<QList<InspectedRepo>> InspectedRepo::read(HistoryStore &store)
{
    const auto details = store.inspectedRepos();
    if (!details.ok())
        return {{}, details.error};
    StoreResult<QList<InspectedRepo>> out;
    out.value.reserve(details.value.size());
    for (const HistoryStore::RepoDetails &d : details.value) {
        InspectedRepo r;
        r.repo = d.repo;
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
