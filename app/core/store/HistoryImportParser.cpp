// Reading and validating import files; the merge is in HistoryImport.cpp.
#include "HistoryImportParser.h"

#include "util/CsvReader.h"

#include <QStringDecoder>

namespace hubwatch {

qint64 HistoryData::pointCount() const
{
    qint64 n = 0;
    for (const ImportedSeries &s : repos)
        n += s.points.size();
    for (const ImportedHeadline &h : headlines)
        n += h.points.size();
    return n;
}

namespace ImportParsing {

void parseCsv(QStringView text, Builder *b)
{
    CsvReader reader(text);
    QStringList fields;
    int line = 0;
    if (!reader.readRecord(&fields, &line)) {
        b->issue(reader.hasError() ? reader.errorLine() : 1,
                 reader.hasError() ? reader.errorString() : HistoryImport::tr("The file is empty."));
        return;
    }
    const QStringList known = HistoryFormat::csvColumns();
    QList<int> column(known.size(), -1); // known column → its position in the file
    for (int i = 0; i < fields.size(); ++i) {
        const int k = int(known.indexOf(fields.at(i).trimmed()));
        if (k < 0 || column[k] >= 0) {
            b->issue(line,
                     k < 0 ? HistoryImport::tr("Unknown column \"%1\" in the header.").arg(fields.at(i))
                           : HistoryImport::tr("The column \"%1\" appears twice in the header.").arg(fields.at(i)));
            return;
        }
        column[k] = i;
    }
    for (int k = 0; k < 5; ++k) {
        if (column[k] < 0) {
            b->issue(line,
                     HistoryImport::tr("The header must name the columns %1 (and may add %2); \"%3\" is missing.")
                         .arg(known.mid(0, 5).join(QLatin1String(", ")), known.mid(5).join(QLatin1String(", ")), known.at(k)));
            return;
        }
    }
    const int width = int(fields.size());
    while (reader.readRecord(&fields, &line)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // a blank line
        if (fields.size() != width) {
            b->issue(line, HistoryImport::tr("Expected %1 fields as in the header, found %2.").arg(width).arg(fields.size()));
            continue;
        }
        const auto field = [&](int k) { return column[k] < 0 ? QString() : fields.at(column[k]); };
        qint64 t = 0;
        SeriesId id;
        QString error;
        const bool timeOk = b->time(field(0), line, &t);
        if (!SeriesId::parse(field(1), &id, &error)) {
            b->issue(line, error);
            continue;
        }
        if (!timeOk)
            continue;
        if (!id.headline) {
            if (!field(5).isEmpty() || !field(6).isEmpty() || !field(7).isEmpty() || !field(8).isEmpty()) {
                b->issue(line, HistoryImport::tr("repos_covered, models, datasets and scope belong to headline rows only."));
                continue;
            }
            ImportedPoint p;
            p.t = t;
            p.line = line;
            if (b->count(field(2), known.at(2), line, true, &p.allTime) && b->count(field(3), known.at(3), line, true, &p.d30)
                && b->count(field(4), known.at(4), line, true, &p.likes))
                b->addRepo(id, p);
            continue;
        }
        if (!field(4).isEmpty()) {
            b->issue(line, HistoryImport::tr("A headline row has no likes."));
            continue;
        }
        ImportedHeadlinePoint h;
        h.t = t;
        h.line = line;
        if (b->count(field(2), known.at(2), line, false, &h.totalAllTime) && b->count(field(3), known.at(3), line, false, &h.d30)
            && b->count(field(5), known.at(5), line, false, &h.reposCovered) && b->count(field(6), known.at(6), line, false, &h.models)
            && b->count(field(7), known.at(7), line, false, &h.datasets) && b->scope(field(8), line))
            b->addHeadline(field(8), QString(), h);
    }
    if (reader.hasError())
        b->issue(reader.errorLine(), reader.errorString());
}

} // namespace ImportParsing

namespace {

// The line of the first byte that is not valid UTF-8.
int badUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    for (const QByteArray &l : bytes.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        (void)QString(decoder.decode(l));
        if (decoder.hasError())
            return line;
        ++line;
    }
    return 1;
}

} // namespace

bool HistoryImport::parse(const QByteArray &bytes, HistoryData *out, QList<ImportIssue> *issues, Format *format)
{
    *out = HistoryData();
    issues->clear();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        issues->append({badUtf8Line(bytes), tr("The file is not valid UTF-8 text.")});
        return false;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringView trimmed = QStringView(text).trimmed();
    // A CSV export starts with its header; anything JSON-like is read as JSON, for better messages.
    const bool json = trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['));
    if (format)
        *format = json ? Format::Json : Format::Csv;
    ImportParsing::Builder builder(issues);
    if (trimmed.isEmpty())
        builder.issue(1, tr("The file is empty."));
    else if (json)
        ImportParsing::parseJson(text, &builder);
    else
        ImportParsing::parseCsv(text, &builder);
    return builder.finish(out);
}

} // namespace hubwatch
