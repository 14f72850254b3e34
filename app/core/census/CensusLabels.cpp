#include "CensusLabels.h"

namespace hubwatch::CensusLabels {

QString author(const QString &repoId)
{
    const qsizetype slash = repoId.indexOf(QLatin1Char('/'));
    return slash > 0 ? repoId.left(slash) : QString();
}

QString weightFormat(const QStringList &tags)
{
    bool safetensors = false, gguf = false, onnx = false, other = false, pickle = false;
    for (const QString &t : tags) {
        if (t == QLatin1String("safetensors"))
            safetensors = true;
        else if (t == QLatin1String("gguf"))
            gguf = true;
        else if (t == QLatin1String("onnx"))
            onnx = true;
        else if (t == QLatin1String("pytorch") || t == QLatin1String("pickle"))
            pickle = true;
        else if (t == QLatin1String("tf") || t == QLatin1String("keras") || t == QLatin1String("tflite") || t == QLatin1String("jax")
                 || t == QLatin1String("flax") || t == QLatin1String("coreml") || t == QLatin1String("openvino")
                 || t == QLatin1String("mlx"))
            other = true;
    }
    if (safetensors)
        return QStringLiteral("safetensors");
    if (gguf)
        return QStringLiteral("gguf");
    if (onnx)
        return QStringLiteral("onnx");
    if (other)
        return QStringLiteral("other");
    if (pickle)
        return QStringLiteral("pickle");
    return QString();
}

} // namespace hubwatch::CensusLabels
