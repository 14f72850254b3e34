// The libFuzzer entry point of every target: built once per target with
// -DHUBWATCH_FUZZ_TARGET=<function of FuzzTargets.h> (see CMakeLists.txt).
#include "FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Qt's own warnings (e.g. about odd URLs) would drown the fuzzer's output.
    static const bool quiet = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        return true;
    }();
    (void)quiet;
    if (!hubwatch::fuzz::HUBWATCH_FUZZ_TARGET(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))))
        __builtin_trap(); // an invariant in FuzzTargets.h is broken
    return 0;
}
