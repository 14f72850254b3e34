#pragma once

#include <QStringList>

class QIODevice;

namespace hubwatch {

// RFC 4180 output: fields that hold a comma, a double quote, CR or LF are quoted, quotes inside
// are doubled, records end in CRLF, text is UTF-8 without a byte-order mark.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device) : m_device(device) {}

    // False once any write failed; later writes are skipped.
    bool writeRecord(const QStringList &fields);
    bool ok() const { return m_ok; }

    static QString quoted(const QString &field);
    static QString record(const QStringList &fields); // including the closing CRLF

private:
    QIODevice *m_device;
    bool m_ok = true;
};

} // namespace hubwatch
