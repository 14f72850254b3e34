#include "GzipDecoder.h"

#include <zlib.h>

namespace hubwatch::GzipDecoder {

Status decode(const QByteArray &gzip, qint64 maxOutput, QByteArray *out)
{
    out->clear();
    z_stream zs{};
    // 16 + MAX_WBITS: expect a gzip header and trailer, not a raw zlib stream.
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return Status::Corrupt;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.constData()));
    zs.avail_in = uInt(gzip.size());
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        rc = inflate(&zs, Z_NO_FLUSH);
        const qint64 produced = qint64(sizeof buffer - zs.avail_out);
        if (out->size() + produced > maxOutput) {
            inflateEnd(&zs);
            out->clear();
            return Status::TooLarge;
        }
        out->append(buffer, produced);
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break; // input ended before the stream did
    }
    inflateEnd(&zs);
    if (rc == Z_STREAM_END)
        return Status::Ok;
    out->clear();
    return rc == Z_OK || rc == Z_BUF_ERROR ? Status::Truncated : Status::Corrupt;
}

} // namespace hubwatch::GzipDecoder
