#pragma once

#include "hub/RepoStats.h"
#include "store/StoreError.h"

#include <QList>

namespace hubwatch {

class HistoryStore;

// A repo whose file list HubWatch has seen (the top models' details, watched repos): its
// metadata and the kinds of weight files it ships, as the licence panel and the status show them.
struct InspectedRepo
{
    RepoStats repo; // metadata and latest figures; no file list
    bool safetensors = false;
    bool gguf = false;
    bool onnx = false;
    bool otherWeights = false;
    bool pickle = false;

    // Pickle-based weights with no safer alternative alongside: loading them can run code.
    bool pickleOnly() const { return pickle && !safetensors && !gguf; }

    // Synchronous: run it on the store's thread (ReportService::inspectedRepos) or headless.
    static StoreResult<QList<InspectedRepo>> read(HistoryStore &store);
};

} // namespace hubwatch
