#include "WeightFormats.h"

namespace hubwatch {

namespace {

bool endsWithAny(const QString &name, std::initializer_list<const char *> suffixes)
{
    for (const char *s : suffixes)
        if (name.endsWith(QLatin1String(s)))
            return true;
    return false;
}

// Core ML packages are folders; their weights sit in "weight.bin" files that are not pickles.
bool insideCoreMlPackage(const QString &path)
{
    return path.contains(QLatin1String(".mlpackage/")) || path.contains(QLatin1String(".mlmodelc/"));
}

void inspectOne(const QString &original, WeightFormatFlags *f)
{
    const QString path = original.trimmed().toLower();
    const QString base = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (base.isEmpty())
        return;
    // Suffix tests only: "model.safetensors.index.json" ends in ".json" and is no weight file.
    if (path.endsWith(QLatin1String(".safetensors"))) {
        f->safetensors = true;
    } else if (path.endsWith(QLatin1String(".gguf"))) {
        f->gguf = true;
    } else if (endsWithAny(path, {".onnx", ".onnx_data", ".onnx.data", ".ort"})) {
        f->onnx = true;
    } else if (insideCoreMlPackage(path) || path.endsWith(QLatin1String(".mlmodel"))) {
        f->other = true;
    } else if (path.endsWith(QLatin1String(".bin"))) {
        // ".bin" is mostly torch.save (pytorch_model.bin, diffusion_pytorch_model.bin,
        // training_args.bin), so it counts as pickle; the two well-known raw-tensor
        // conventions that share the suffix are recognised by name.
        if (base.startsWith(QLatin1String("openvino")) || base.startsWith(QLatin1String("ggml")))
            f->other = true;
        else
            f->pickle = true;
    } else if (endsWithAny(path, {".pt", ".pth", ".pkl", ".pickle", ".ckpt", ".joblib", ".pdparams", ".nemo"})) {
        // .nemo archives hold a torch.save checkpoint: a pickle once unpacked.
        f->pickle = true;
    } else if (endsWithAny(path, {".h5", ".hdf5", ".keras", ".pb", ".tflite", ".msgpack", ".npz", ".engine", ".plan", ".ot", ".ggml"})) {
        f->other = true;
    }
}

} // namespace

bool WeightFormatFlags::operator==(const WeightFormatFlags &o) const
{
    return safetensors == o.safetensors && gguf == o.gguf && pickle == o.pickle && onnx == o.onnx && other == o.other;
}

WeightFormatFlags WeightFormats::inspect(const QStringList &files)
{
    WeightFormatFlags flags;
    for (const QString &file : files)
        inspectOne(file, &flags);
    return flags;
}

WeightFormatSummary WeightFormats::summarize(const QList<RepoStats> &repos)
{
    WeightFormatSummary s;
    for (const RepoStats &r : repos) {
        ++s.total;
        if (r.gated != GatedState::Open)
            ++s.gated;
        // An empty list means "not expanded", not "no files": such repos stay out of the
        // format counts rather than pass as having none.
        if (r.siblings.isEmpty())
            continue;
        ++s.inspected;
        const WeightFormatFlags f = inspect(r.siblings);
        s.safetensors += f.safetensors ? 1 : 0;
        s.gguf += f.gguf ? 1 : 0;
        s.pickleOnly += f.pickleOnly() ? 1 : 0;
    }
    return s;
}

} // namespace hubwatch
