#include "CsvWriter.h"

#include <QIODevice>

namespace hubwatch {

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\r'))
        || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoted(fields.at(i));
    }
    return line + QLatin1String("\r\n");
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_ok)
        return false;
    const QByteArray bytes = record(fields).toUtf8();
    m_ok = m_device->write(bytes) == bytes.size();
    return m_ok;
}

} // namespace hubwatch
