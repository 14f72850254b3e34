#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hubwatch {

// RFC 4180 input, one record at a time, over text already decoded from UTF-8. Records end in
// CRLF, LF or a lone CR; quoted fields may hold commas, doubled quotes and line breaks. Strict
// about quotes: a quote inside an unquoted field, text after a closing quote or a quote left
// open is an error naming the line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    explicit CsvReader(QStringView text) : m_text(text) {}

    // Reads the next record into *fields. False at the end of the text or on an error
    // (then hasError()). *line is the 1-based line the record starts on.
    bool readRecord(QStringList *fields, int *line);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    bool fail(const QString &message);
    bool atLineEnd(qsizetype i) const;
    qsizetype skipLineEnd(qsizetype i);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace hubwatch
