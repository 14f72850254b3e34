#pragma once

#include <QString>
#include <QStringList>

namespace hubwatch {

// What a census breakdown files a repo under, from what the listing already returns: no field
// is requested for these.
namespace CensusLabels {

// "org" of "org/name"; empty for a legacy name without an owner.
QString author(const QString &repoId);
// One format per model, from the listing's tags (the Hub tags a model with the formats of its
// files: "safetensors", "gguf", "pytorch", "onnx", "tf"…; the file list itself is not in the
// listing). The safest format it ships wins, so each repo counts once and the breakdown adds up
// to the kind's totals: "safetensors", else "gguf", else "onnx", else "other" (Keras, TF,
// Flax, Core ML, OpenVINO, MLX), else "pickle" (PyTorch or pickle files only), else empty.
QString weightFormat(const QStringList &tags);

} // namespace CensusLabels

} // namespace hubwatch
