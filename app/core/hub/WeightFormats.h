#pragma once

#include "hub/RepoStats.h"

#include <QList>
#include <QStringList>

namespace hubwatch {

// Which weight formats a repo ships, read from its file names (RepoStats::siblings).
// Matters because loading a pickle runs code: a repo with pickle-based weights only cannot
// be loaded safely, while safetensors and GGUF are plain data.
struct WeightFormatFlags
{
    bool safetensors = false; // *.safetensors
    bool gguf = false;        // *.gguf
    // *.bin, *.pt, *.pth, *.pkl, *.pickle, *.ckpt, *.joblib, *.pdparams, *.nemo: torch.save, pickle,
    // joblib and Paddle all write pickles. training_args.bin, optimizer.pt… count: they are
    // pickles too, and unpickling them runs code just the same.
    bool pickle = false;
    bool onnx = false; // *.onnx, *.onnx_data, *.onnx.data, *.ort
    // Weights in a format that runs no code on load and is none of the above: Keras/TF
    // (*.h5, *.keras, *.pb, *.tflite), Flax (*.msgpack), NumPy (*.npz), Core ML, OpenVINO
    // (openvino*.bin), GGML (ggml*.bin), TensorRT (*.engine, *.plan), tch (*.ot).
    bool other = false;

    // Pickle-based weights and no safe alternative for the usual loaders (safetensors, GGUF).
    bool pickleOnly() const { return pickle && !safetensors && !gguf; }
    bool any() const { return safetensors || gguf || pickle || onnx || other; }
    bool operator==(const WeightFormatFlags &o) const;
};

struct WeightFormatSummary
{
    int total = 0;     // repos summarised
    int inspected = 0; // of which had a file list (siblings are only there when expanded)
    int safetensors = 0;
    int gguf = 0;
    int pickleOnly = 0;
    int gated = 0; // GatedState Auto or Manual, whether or not the files are known
};

class WeightFormats
{
public:
    // Case-insensitive; paths may have folders ("unet/diffusion_pytorch_model.bin"). Index and
    // metadata files (model.safetensors.index.json, *.bin.index.json) are not weights.
    static WeightFormatFlags inspect(const QStringList &files);
    static WeightFormatSummary summarize(const QList<RepoStats> &repos);
};

} // namespace hubwatch
