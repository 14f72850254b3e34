#include "ConsoleOutput.h"

#include <cstdio>
#include <unistd.h>

namespace hubwatch::ConsoleOutput {

void out(const QString &line)
{
    const QByteArray bytes = line.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void error(const QString &line)
{
    const QByteArray bytes = line.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

void status(const QString &line)
{
    if (!isatty(fileno(stderr)))
        return;
    const QByteArray bytes = line.toLocal8Bit();
    std::fprintf(stderr, "\r\033[K%s", bytes.constData());
    std::fflush(stderr);
}

} // namespace hubwatch::ConsoleOutput
