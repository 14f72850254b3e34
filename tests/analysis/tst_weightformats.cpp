// Data-driven tests for WeightFormats: weight formats from a repo's file names, the
// pickle-only verdict, and the per-list summary.
#include "hub/WeightFormats.h"

#include <QTest>

using namespace hubwatch;

class TestWeightFormats : public QObject
{
    Q_OBJECT
private slots:
    void inspect_data();
    void inspect();
    void summarize();
};

void TestWeightFormats::inspect_data()
{
    QTest::addColumn<QStringList>("files");
    // "S" safetensors, "G" gguf, "P" pickle, "O" onnx, "X" other, then "!" when pickle-only.
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *tag, std::initializer_list<const char *> names, const char *expected) {
        QStringList files;
        for (const char *n : names)
            files << QLatin1String(n);
        QTest::newRow(tag) << files << QString::fromLatin1(expected);
    };

    row("no files", {}, "");
    row("config only", {"config.json", "README.md", ".gitattributes", "tokenizer.json"}, "");
    row("safetensors", {"config.json", "model.safetensors"}, "S");
    row("sharded safetensors with index",
        {"model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors", "model.safetensors.index.json"}, "S");
    row("index alone is no weight", {"model.safetensors.index.json", "pytorch_model.bin.index.json"}, "");
    row("pytorch_model.bin only", {"config.json", "pytorch_model.bin"}, "P!");
    row("sharded bin with index", {"pytorch_model-00001-of-00002.bin", "pytorch_model-00002-of-00002.bin", "pytorch_model.bin.index.json"},
        "P!");
    row("bin and safetensors", {"pytorch_model.bin", "model.safetensors"}, "SP");
    row("training_args.bin is a pickle", {"model.safetensors", "training_args.bin"}, "SP");
    row("training_args.bin alone", {"training_args.bin"}, "P!");
    row(".pt", {"model.pt"}, "P!");
    row(".pth", {"weights/best.pth"}, "P!");
    row(".pkl", {"model.pkl"}, "P!");
    row(".pickle", {"model.pickle"}, "P!");
    row(".ckpt", {"v1-5-pruned-emaonly.ckpt"}, "P!");
    row(".joblib", {"sklearn_model.joblib"}, "P!");
    row(".pdparams", {"model_state.pdparams"}, "P!");
    row(".nemo", {"parakeet.nemo"}, "P!");
    row("checkpoint pickles", {"checkpoint-500/optimizer.pt", "checkpoint-500/rng_state.pth", "checkpoint-500/scheduler.pt"}, "P!");
    row("diffusers folders",
        {"unet/diffusion_pytorch_model.bin", "vae/diffusion_pytorch_model.bin", "text_encoder/pytorch_model.bin", "model_index.json"},
        "P!");
    row("diffusers with safetensors", {"unet/diffusion_pytorch_model.safetensors", "vae/diffusion_pytorch_model.bin"}, "SP");
    row("gguf", {"model-Q4_K_M.gguf", "model-Q8_0.gguf"}, "G");
    row("gguf split", {"big/model-00001-of-00003.gguf"}, "G");
    row("gguf beside pickle is not pickle-only", {"model.gguf", "pytorch_model.bin"}, "GP");
    row("onnx", {"onnx/model.onnx", "onnx/model.onnx_data"}, "O");
    row("onnx external data", {"model.onnx.data"}, "O");
    row("onnx runtime format", {"model.ort"}, "O");
    row("onnx beside pickle still pickle-only", {"model.onnx", "pytorch_model.bin"}, "PO!");
    row("keras h5", {"tf_model.h5"}, "X");
    row("keras v3", {"model.keras"}, "X");
    row("hdf5", {"weights.hdf5"}, "X");
    row("tf saved model", {"saved_model.pb", "variables/variables.index"}, "X");
    row("tflite", {"model.tflite"}, "X");
    row("flax", {"flax_model.msgpack"}, "X");
    row("numpy npz", {"weights.npz"}, "X");
    row("coreml mlmodel", {"Model.mlmodel"}, "X");
    row("coreml package weight.bin is no pickle",
        {"coreml/Model.mlpackage/Data/com.apple.CoreML/weights/weight.bin", "coreml/Model.mlpackage/Manifest.json"}, "X");
    row("coreml compiled", {"Model.mlmodelc/weights/weight.bin"}, "X");
    row("openvino bin is no pickle", {"openvino_model.xml", "openvino_model.bin"}, "X");
    row("openvino in a folder", {"openvino/openvino_model.bin"}, "X");
    row("ggml bin is no pickle", {"ggml-base.en.bin", "ggml-model-q4_0.bin"}, "X");
    row("tensorrt", {"model.engine", "rank0.plan"}, "X");
    row("tch", {"rust_model.ot"}, "X");
    row("upper case", {"MODEL.SAFETENSORS", "Pytorch_Model.BIN"}, "SP");
    row("upper case gguf", {"Model.Q4.GGUF"}, "G");
    row("padded name", {"  model.safetensors  "}, "S");
    row("suffix must be a suffix", {"model.safetensors.md5", "model.bin.txt", "notes.pt.md", "bin", "gguf"}, "");
    row("folder named like a file", {"model.bin/"}, "");
    row("everything", {"a.safetensors", "b.gguf", "c.bin", "d.onnx", "e.h5", "README.md"}, "SGPOX");
}

void TestWeightFormats::inspect()
{
    QFETCH(QStringList, files);
    QFETCH(QString, expected);
    const WeightFormatFlags f = WeightFormats::inspect(files);
    QString got;
    if (f.safetensors)
        got += QLatin1Char('S');
    if (f.gguf)
        got += QLatin1Char('G');
    if (f.pickle)
        got += QLatin1Char('P');
    if (f.onnx)
        got += QLatin1Char('O');
    if (f.other)
        got += QLatin1Char('X');
    if (f.pickleOnly())
        got += QLatin1Char('!');
    QCOMPARE(got, expected);
    QCOMPARE(f.any(), !expected.isEmpty());
    // Order of files does not matter.
    QStringList reversed(files.crbegin(), files.crend());
    QVERIFY(WeightFormats::inspect(reversed) == f);
}

void TestWeightFormats::summarize()
{
    const auto repo = [](GatedState gated, std::initializer_list<const char *> names) {
        RepoStats r;
        r.gated = gated;
        for (const char *n : names)
            r.siblings << QLatin1String(n);
        return r;
    };
    const QList<RepoStats> repos{
        repo(GatedState::Open, {"model.safetensors"}),
        repo(GatedState::Manual, {"model.safetensors", "pytorch_model.bin"}),
        repo(GatedState::Auto, {"pytorch_model.bin"}),
        repo(GatedState::Open, {"unet/diffusion_pytorch_model.bin"}),
        repo(GatedState::Open, {"model-q4.gguf", "model.safetensors"}),
        repo(GatedState::Open, {"model-q8.gguf"}),
        repo(GatedState::Manual, {}),          // files not expanded
        repo(GatedState::Open, {"README.md"}), // files known, no weights
    };
    const WeightFormatSummary s = WeightFormats::summarize(repos);
    QCOMPARE(s.total, 8);
    QCOMPARE(s.inspected, 7);
    QCOMPARE(s.safetensors, 3);
    QCOMPARE(s.gguf, 2);
    QCOMPARE(s.pickleOnly, 2);
    QCOMPARE(s.gated, 3);

    const WeightFormatSummary none = WeightFormats::summarize({});
    QCOMPARE(none.total, 0);
    QCOMPARE(none.inspected, 0);
    QCOMPARE(none.gated, 0);
}

QTEST_GUILESS_MAIN(TestWeightFormats)
#include "tst_weightformats.moc"
