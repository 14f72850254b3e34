#include "CsvReader.h"

namespace hubwatch {

bool CsvReader::fail(const QString &message)
{
    m_error = message;
    m_errorLine = m_line;
    return false;
}

bool CsvReader::atLineEnd(qsizetype i) const
{
    return i < m_text.size() && (m_text.at(i) == QLatin1Char('\n') || m_text.at(i) == QLatin1Char('\r'));
}

// Steps over one line break at i (CRLF, LF or CR) and counts it.
qsizetype CsvReader::skipLineEnd(qsizetype i)
{
    if (m_text.at(i) == QLatin1Char('\r') && i + 1 < m_text.size() && m_text.at(i + 1) == QLatin1Char('\n'))
        ++i;
    ++m_line;
    return i + 1;
}

bool CsvReader::readRecord(QStringList *fields, int *line)
{
    fields->clear();
    if (hasError() || m_pos >= m_text.size())
        return false;
    *line = m_line;
    const qsizetype n = m_text.size();
    qsizetype i = m_pos;
    for (;;) {
        QString field;
        if (i < n && m_text.at(i) == QLatin1Char('"')) {
            const int openedOn = m_line;
            ++i;
            for (;;) {
                if (i >= n) {
                    m_line = openedOn;
                    return fail(tr("A quoted field opened on this line is never closed."));
                }
                const QChar c = m_text.at(i);
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && m_text.at(i + 1) == QLatin1Char('"')) {
                        field += c;
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < n && m_text.at(i + 1) == QLatin1Char('\n'))))
                    ++m_line;
                field += c;
                ++i;
            }
            if (i < n && m_text.at(i) != QLatin1Char(',') && !atLineEnd(i))
                return fail(tr("Unexpected text after a closing quote."));
        } else {
            const qsizetype start = i;
            while (i < n && m_text.at(i) != QLatin1Char(',') && !atLineEnd(i)) {
                if (m_text.at(i) == QLatin1Char('"'))
                    return fail(tr("A double quote inside an unquoted field; quote the whole field and double the quote."));
                ++i;
            }
            field = m_text.mid(start, i - start).toString();
        }
        fields->append(field);
        if (i >= n) {
            m_pos = n;
            return true;
        }
        if (m_text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        m_pos = skipLineEnd(i);
        return true;
    }
}

} // namespace hubwatch
