#pragma once

#include <QByteArray>

namespace hubwatch {

// Inflates a gzip body with a cap on the output. HubWatch decodes gzip itself instead of letting
// Qt do it, because Qt 6.4 hides a gzip body cut short by a dropped connection (it delivers the
// truncated text as success); with the raw bytes we can compare against Content-Length.
namespace GzipDecoder {

enum class Status { Ok, Truncated, Corrupt, TooLarge };

Status decode(const QByteArray &gzip, qint64 maxOutput, QByteArray *out);

} // namespace GzipDecoder

} // namespace hubwatch
