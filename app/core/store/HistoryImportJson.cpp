// Reading JSON import files: series of repo or headline points, validated as they are read.
#include "HistoryImportParser.h"

#include "util/JsonReader.h"

namespace hubwatch::ImportParsing {

namespace {

// The JSON keys of a point, repo and headline ones together; bit i of a mask is key i.
enum PointKey { KeyT, KeyAllTime, KeyD30, KeyLikes, KeyTotal, KeyCovered, KeyModels, KeyDatasets, KeyCount };
const char *const pointKeys[KeyCount] = {"t",      "downloadsAllTime", "downloads30d", "likes", "totalAllTime", "reposCovered",
                                         "models", "datasets"};
constexpr int repoKeys = 1 << KeyT | 1 << KeyAllTime | 1 << KeyD30 | 1 << KeyLikes;
constexpr int headlineKeys = 1 << KeyT | 1 << KeyTotal | 1 << KeyD30 | 1 << KeyCovered | 1 << KeyModels | 1 << KeyDatasets;

struct RawPoint
{
    int line = 0;
    int present = 0;
    bool reported = false;                                 // a problem was reported already: no more checks
    qint64 v[KeyCount] = {-1, -1, -1, -1, -1, -1, -1, -1}; // -1: null
};

// Reads one count or null; type errors are reported at once, with the value's line.
void readCount(JsonReader &r, Builder *b, const QString &key, RawPoint *p, int k)
{
    JsonReader::Scalar s;
    if (!r.readScalar(&s))
        return;
    if (s.type == JsonReader::Type::Null)
        return;
    if (s.type == JsonReader::Type::Number && s.isInteger && s.integer >= 0) {
        p->v[k] = s.integer;
        return;
    }
    p->reported = true;
    if (s.type != JsonReader::Type::Number)
        b->issue(s.line, HistoryImport::tr("%1 must be a number.").arg(key));
    else
        b->issue(s.line, HistoryImport::tr("%1: %2 is not a whole number from 0 to 9223372036854775807.").arg(key, s.string));
}

bool readString(JsonReader &r, Builder *b, const QString &key, QString *out)
{
    JsonReader::Scalar s;
    if (!r.readScalar(&s))
        return false;
    if (s.type != JsonReader::Type::String) {
        b->issue(s.line, HistoryImport::tr("%1 must be a string.").arg(key));
        return false;
    }
    *out = s.string;
    return true;
}

void parseSeries(JsonReader &r, Builder *b)
{
    const int line = r.line();
    if (r.peek() != JsonReader::Type::Object) {
        b->issue(line, HistoryImport::tr("Each entry of \"series\" must be an object."));
        r.skipValue();
        return;
    }
    QString key, name, kind, scope, description, seriesText;
    bool hasName = false, hasKind = false;
    QList<RawPoint> points;
    r.enterObject();
    while (r.nextMember(&key)) {
        if (key == QLatin1String("series")) {
            readString(r, b, key, &seriesText);
        } else if (key == QLatin1String("name")) {
            hasName = readString(r, b, key, &name);
        } else if (key == QLatin1String("kind")) {
            hasKind = readString(r, b, key, &kind);
        } else if (key == QLatin1String("scope")) {
            readString(r, b, key, &scope);
        } else if (key == QLatin1String("scopeDescription")) {
            readString(r, b, key, &description);
        } else if (key == QLatin1String("points") && r.peek() == JsonReader::Type::Array) {
            r.enterArray();
            while (r.nextElement()) {
                RawPoint p;
                p.line = r.line();
                if (r.peek() != JsonReader::Type::Object) {
                    b->issue(p.line, HistoryImport::tr("Each point must be an object."));
                    r.skipValue();
                    continue;
                }
                r.enterObject();
                QString pk;
                while (r.nextMember(&pk)) {
                    const int k = int(
                        std::find_if(std::begin(pointKeys), std::end(pointKeys), [&pk](const char *n) { return pk == QLatin1String(n); })
                        - std::begin(pointKeys));
                    if (k == KeyCount) {
                        b->issue(r.line(), HistoryImport::tr("Unknown key \"%1\" in a point.").arg(pk));
                        r.skipValue();
                        continue;
                    }
                    p.present |= 1 << k;
                    if (k != KeyT) {
                        readCount(r, b, pk, &p, k);
                        continue;
                    }
                    QString t;
                    const int tLine = r.line();
                    if (!readString(r, b, pk, &t) || !b->time(t, tLine, &p.v[KeyT]))
                        p.reported = true;
                }
                points.append(p);
            }
        } else {
            b->issue(r.line(),
                     key == QLatin1String("points") ? HistoryImport::tr("\"points\" must be an array.")
                                                    : HistoryImport::tr("Unknown key \"%1\" in a series.").arg(key));
            r.skipValue();
        }
    }
    if (r.hasError())
        return;
    SeriesId id;
    QString error;
    if (seriesText.isEmpty() || !SeriesId::parse(seriesText, &id, &error)) {
        b->issue(line, seriesText.isEmpty() ? HistoryImport::tr("A series without its \"series\" name.") : error);
        return;
    }
    if (!id.headline && ((hasKind && kind != kindName(id.kind)) || (hasName && name != id.name))) {
        b->issue(line, HistoryImport::tr("\"kind\" and \"name\" do not match the series %1.").arg(seriesText));
        return;
    }
    if (id.headline && (hasKind || hasName)) {
        b->issue(line, HistoryImport::tr("\"kind\" and \"name\" belong to repo series only."));
        return;
    }
    if (id.headline ? !b->scope(scope, line) : !scope.isEmpty() || !description.isEmpty()) {
        if (!id.headline)
            b->issue(line, HistoryImport::tr("\"scope\" and \"scopeDescription\" belong to headline series only."));
        return;
    }
    const int allowed = id.headline ? headlineKeys : repoKeys;
    const int required = id.headline ? headlineKeys : 1 << KeyT;
    for (const RawPoint &p : std::as_const(points)) {
        if (p.reported)
            continue;
        if ((p.present & ~allowed) != 0 || (p.present & required) != required) {
            const int wrong = (p.present & ~allowed) ? (p.present & ~allowed) : (required & ~p.present);
            int k = 0;
            while (!(wrong & (1 << k)))
                ++k;
            b->issue(p.line,
                     (p.present & ~allowed)
                         ? HistoryImport::tr("\"%1\" does not belong in a point of %2.").arg(QLatin1String(pointKeys[k]), seriesText)
                         : HistoryImport::tr("The point has no \"%1\".").arg(QLatin1String(pointKeys[k])));
            continue;
        }
        if (id.headline) {
            bool complete = true;
            for (int k = KeyT + 1; k < KeyCount; ++k)
                complete = complete && (!(allowed & (1 << k)) || p.v[k] >= 0);
            if (!complete) {
                b->issue(p.line, HistoryImport::tr("A headline point needs all its counts; null is not allowed."));
                continue;
            }
            b->addHeadline(scope, description,
                           {p.v[KeyT], p.v[KeyTotal], p.v[KeyD30], p.v[KeyCovered], p.v[KeyModels], p.v[KeyDatasets], p.line});
        } else {
            b->addRepo(id, {p.v[KeyT], p.v[KeyAllTime], p.v[KeyD30], p.v[KeyLikes], p.line});
        }
    }
}

} // namespace

void parseJson(QStringView text, Builder *b)
{
    JsonReader r(text);
    bool hasFormat = false, hasVersion = false, hasSeries = false;
    if (!r.enterObject()) {
        b->issue(r.errorLine(), r.errorString());
        return;
    }
    QString key;
    while (r.nextMember(&key)) {
        const int line = r.line();
        if (key == QLatin1String("format")) {
            QString format;
            hasFormat = true;
            if (readString(r, b, key, &format) && format != QLatin1String(HistoryFormat::formatName()))
                b->issue(line,
                         HistoryImport::tr("\"format\" is \"%1\"; only \"%2\" can be imported.")
                             .arg(format, QLatin1String(HistoryFormat::formatName())));
        } else if (key == QLatin1String("version")) {
            JsonReader::Scalar s;
            hasVersion = r.readScalar(&s);
            if (hasVersion && !(s.isInteger && s.integer == HistoryFormat::version))
                b->issue(
                    line,
                    s.isInteger && s.integer > HistoryFormat::version
                        ? HistoryImport::tr("The file is version %1 of the format, written by a newer HubWatch; this one reads version %2.")
                              .arg(s.integer)
                              .arg(HistoryFormat::version)
                        : HistoryImport::tr("\"version\" must be %1.").arg(HistoryFormat::version));
        } else if (key == QLatin1String("exportedAt")) {
            QString t;
            qint64 ms = 0;
            if (readString(r, b, key, &t))
                b->time(t, line, &ms);
        } else if (key == QLatin1String("series") && r.peek() == JsonReader::Type::Array) {
            hasSeries = true;
            r.enterArray();
            while (r.nextElement() && !r.hasError())
                parseSeries(r, b);
        } else {
            b->issue(line,
                     key == QLatin1String("series") ? HistoryImport::tr("\"series\" must be an array.")
                                                    : HistoryImport::tr("Unknown key \"%1\".").arg(key));
            r.skipValue();
        }
    }
    if (!r.hasError() && !r.atEnd())
        r.fail(HistoryImport::tr("Unexpected text after the end of the JSON document."));
    if (r.hasError()) {
        b->issue(r.errorLine(), r.errorString());
        return;
    }
    if (!hasFormat || !hasVersion || !hasSeries)
        b->issue(1, HistoryImport::tr("This is not a HubWatch history export: it needs \"format\", \"version\" and \"series\"."));
}

} // namespace hubwatch::ImportParsing
