#include "RepoListReader.h"

#include "RepoQuery.h"

#include <QDateTime>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hubwatch {

using RepoEntryRules::SkipReason;

namespace {

// QJsonDocument's limit (qjsonparser.cpp), so that both parsers refuse the same pages.
constexpr int kNestingLimit = 1024;
// Texts repeat from entry to entry (tags, pipelines, libraries, licences): the last one seen in
// each of these slots is shared instead of allocated again. Bounded whatever the page holds.
constexpr int kInternSlots = 256;
constexpr qsizetype kInternMax = 48;

enum Field { Other, Id, DownloadsAllTime, Downloads, Likes, PipelineTag, LibraryName, CreatedAt, Tags, Gated, Siblings, CardData };

// What a byte inside a JSON string asks of the scanner.
enum ByteClass : unsigned char { Plain, Quote, Backslash, Control, NonAscii };

constexpr std::array<unsigned char, 256> makeClasses()
{
    std::array<unsigned char, 256> c{};
    for (int b = 0; b < 256; ++b)
        c[b] = b >= 0x80 ? NonAscii : (b < 0x20 || b == 0x7f) ? Control : b == '"' ? Quote : b == '\\' ? Backslash : Plain;
    return c;
}
constexpr std::array<unsigned char, 256> kClasses = makeClasses();

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool equals(const char *begin, qsizetype size, const char *word)
{
    return qsizetype(std::strlen(word)) == size && std::memcmp(begin, word, size_t(size)) == 0;
}

// k holds exactly the word's length (the switch below): a fixed-size compare the compiler inlines.
template <size_t N> bool is(const char *k, const char (&word)[N])
{
    return std::memcmp(k, word, N - 1) == 0;
}

Field fieldOf(const char *k, qsizetype n)
{
    switch (n) {
    case 2: return is(k, "id") ? Id : Other;
    case 4: return is(k, "tags") ? Tags : Other;
    case 5: return is(k, "likes") ? Likes : is(k, "gated") ? Gated : Other;
    case 8: return is(k, "siblings") ? Siblings : is(k, "cardData") ? CardData : Other;
    case 9: return is(k, "downloads") ? Downloads : is(k, "createdAt") ? CreatedAt : Other;
    case 12: return is(k, "pipeline_tag") ? PipelineTag : is(k, "library_name") ? LibraryName : Other;
    case 16: return is(k, "downloadsAllTime") ? DownloadsAllTime : Other;
    default: return Other;
    }
}

// QJsonValue::toInteger's rule for a double: integral and within qint64 (qnumeric_p.h
// convertDoubleTo); -1 otherwise, as for a negative count.
qint64 exactCount(double d)
{
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
        return -1;
    const auto n = qint64(d);
    return double(n) == d && n >= 0 ? n : -1;
}

// The Hub's own form, "2023-04-05T06:07:08.000Z", read from the bytes (QDateTime::fromString would
// cost more than the rest of the entry); false for anything else, or anything odd in it, which is
// then read by QDateTime::fromString as before (tst_repolistreader checks the edges agree).
bool hubFormDate(const char *t, qsizetype n, QDateTime *out)
{
    static constexpr char kForm[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (n != 24)
        return false;
    for (qsizetype i = 0; i < 24; ++i)
        if (kForm[i] == 'd' ? !isDigit(t[i]) : t[i] != kForm[i])
            return false;
    const auto num = [t](int from, int digits) {
        int v = 0;
        for (int i = from; i < from + digits; ++i)
            v = v * 10 + (t[i] - '0');
        return v;
    };
    const int h = num(11, 2), mi = num(14, 2), s = num(17, 2);
    const QDate date(num(0, 4), num(5, 2), num(8, 2)); // invalid for year 0, as Qt reads it
    if (!date.isValid() || h > 23 || mi > 59 || s > 59)
        return false;
    *out = QDateTime(date, QTime(h, mi, s, num(20, 3)), Qt::UTC);
    return true;
}

QDateTime createdAtOf(const QString &t)
{
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

bool startsWithLicense(const char *b, qsizetype n)
{
    return n >= 8 && std::memcmp(b, "license:", 8) == 0;
}

} // namespace

// A string's bytes between its quotes, and what the scan saw in them.
struct RepoListReader::Span
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false;
    bool nonAscii = false;
    bool control = false;
    qsizetype size() const { return end - begin; }
    bool plain() const { return !escaped && !nonAscii && !control; }
};

// One entry as its keys are met; a repeated key overwrites what the earlier one said.
struct RepoListReader::Entry
{
    RepoStats r;
    enum class IdState { Absent, String, Other } idState = IdState::Absent;
    const char *idType = nullptr;
    const char *createdBytes = nullptr; // a plain createdAt, still in the page
    qsizetype createdSize = 0;
    QString created;    // any other, cleaned
    QString tagLicense; // from the first "license:" tag
    bool hasTagLicense = false;
    QString cardLicense;
    bool badAllTime = false, badDownloads = false, badLikes = false, badPipeline = false, badLibrary = false, badCreatedType = false,
         badTags = false, badGated = false, badSiblings = false;
};

struct RepoListReader::Interned
{
    const char *bytes = nullptr; // in the page, which outlives the reader
    qsizetype size = -1;
    QString text;
};

RepoListReader::RepoListReader(RepoKind kind, const QByteArray &body)
    : m_kind(kind)
    , m_p(body.constData())
    , m_end(body.constData() + body.size())
    , m_interned(new Interned[kInternSlots])
{}

RepoListReader::~RepoListReader() = default;

bool RepoListReader::read(RepoParser::Page *page)
{
    *page = RepoParser::Page{};
    // QJsonDocument skips a UTF-8 byte order mark when more follows it.
    if (m_end - m_p > 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3;
    skipSpace();
    if (m_p >= m_end || *m_p != '[')
        return false;
    ++m_p;
    // The Hub's entries take 500 bytes and more: room for them at once, bounded for any body.
    page->repos.reserve(std::min<qsizetype>((m_end - m_p) / 400, 10'000));
    const bool ok = eachElement([this, page] {
        if (*m_p != '{') {
            if (!skipValue())
                return false;
            ++page->skipped;
            page->skips.append({RepoEntryRules::missingId("not an object"), SkipReason::NotAnObject});
            return true;
        }
        ++m_p;
        Entry e;
        if (!readEntry(&e))
            return false;
        finish(&e, page);
        return true;
    });
    skipSpace();
    return ok && m_p == m_end;
}

bool RepoListReader::enter()
{
    return ++m_depth <= kNestingLimit;
}

// After '[': calls element() at each element's first byte; the separators and the closing bracket
// as QJsonDocument wants them.
template <typename F> bool RepoListReader::eachElement(F &&element)
{
    if (!enter())
        return false;
    skipSpace();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        --m_depth;
        return true;
    }
    for (;;) {
        skipSpace();
        if (m_p >= m_end || !element())
            return false;
        skipSpace();
        if (m_p >= m_end)
            return false;
        const char c = *m_p++;
        if (c == ']')
            break;
        if (c != ',')
            return false;
    }
    --m_depth;
    return true;
}

// After '{': calls member(key) at each value's first byte.
template <typename F> bool RepoListReader::eachMember(F &&member)
{
    if (!enter())
        return false;
    skipSpace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        --m_depth;
        return true;
    }
    for (;;) {
        if (m_p >= m_end || *m_p != '"')
            return false;
        ++m_p;
        Span key;
        if (!scanString(&key))
            return false;
        skipSpace();
        if (m_p >= m_end || *m_p != ':')
            return false;
        ++m_p;
        skipSpace();
        if (m_p >= m_end || !member(key))
            return false;
        skipSpace();
        if (m_p >= m_end)
            return false;
        const char c = *m_p++;
        if (c == '}')
            break;
        if (c != ',')
            return false;
        skipSpace();
    }
    --m_depth;
    return true;
}

namespace {

// The first byte from p on that is not plain, or end.
const char *nextSpecial(const char *p, const char *end)
{
#if defined(__SSE2__)
    // Sixteen bytes at a time: '"', '\\', 0x7f, or below 0x20 or non-ASCII (one signed comparison
    // finds both). Strings are most of a page's bytes.
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7f);
    for (; end - p >= 16; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                             _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del)));
        const int mask = _mm_movemask_epi8(special);
        if (mask != 0)
            return p + qCountTrailingZeroBits(uint(mask));
    }
#endif
    while (p < end && kClasses[uchar(*p)] == Plain)
        ++p;
    return p;
}

} // namespace

// After the opening quote: to just past the closing one, checking UTF-8 and escapes as
// QJsonDocument does (an unknown escape stands for its byte; raw control characters pass).
bool RepoListReader::scanString(Span *s)
{
    const char *p = m_p;
    const char *const end = m_end;
    s->begin = p;
    for (;;) {
        p = nextSpecial(p, end);
        if (p < end && *p == '"') { // the usual end, ahead of the switch
            s->end = p;
            m_p = p + 1;
            return true;
        }
        if (p >= end)
            return false;
        switch (kClasses[uchar(*p)]) {
        case Quote:
            s->end = p;
            m_p = p + 1;
            return true;
        case Backslash:
            s->escaped = true;
            if (++p >= end)
                return false;
            if (*p++ == 'u') {
                if (end - p < 4)
                    return false;
                for (int i = 0; i < 4; ++i)
                    if (hexValue(*p++) < 0)
                        return false;
            }
            break;
        case Control:
            s->control = true;
            ++p;
            break;
        default: {
            // Strict UTF-8 as QUtf8Functions::fromUtf8 checks it: no overlong form, no surrogate,
            // nothing past U+10FFFF.
            s->nonAscii = true;
            const auto b = uchar(*p);
            int need;
            char32_t min, uc;
            if (b <= 0xC1)
                return false;
            if (b < 0xE0) {
                need = 2;
                min = 0x80;
                uc = b & 0x1f;
            } else if (b < 0xF0) {
                need = 3;
                min = 0x800;
                uc = b & 0x0f;
            } else if (b < 0xF5) {
                need = 4;
                min = 0x10000;
                uc = b & 0x07;
            } else {
                return false;
            }
            if (end - p < need)
                return false;
            for (int i = 1; i < need; ++i) {
                const auto c = uchar(p[i]);
                if ((c & 0xC0) != 0x80)
                    return false;
                uc = (uc << 6) | (c & 0x3f);
            }
            if (uc < min || (uc >= 0xD800 && uc <= 0xDFFF) || uc > 0x10FFFF)
                return false;
            p += need;
        }
        }
    }
}

// A number as QJsonDocument reads it (qjsonparser.cpp parseNumber): false when it refuses it.
// *exact is the count it stands for, or -1 when it is not an exact non-negative qint64.
bool RepoListReader::scanNumber(qint64 *exact)
{
    const char *start = m_p;
    const bool negative = m_p < m_end && *m_p == '-';
    m_p += negative;
    const char *digits = m_p;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
    } else {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    const qsizetype intDigits = m_p - digits;
    bool isInt = true, simple = true;
    if (m_p < m_end && *m_p == '.') {
        simple = false;
        for (++m_p; m_p < m_end && isDigit(*m_p); ++m_p)
            isInt = isInt && *m_p == '0';
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        simple = isInt = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '-' || *m_p == '+'))
            ++m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p >= m_end)
        return false;
    if (simple && intDigits > 0 && intDigits <= 18) { // the Hub's counts: exact without help
        qint64 v = 0;
        for (const char *d = digits; d < m_p; ++d)
            v = v * 10 + (*d - '0');
        *exact = negative && v != 0 ? -1 : v;
        return true;
    }
    // Anything else through the very conversions QJsonDocument uses.
    const QByteArray number = QByteArray::fromRawData(start, m_p - start);
    bool ok = false;
    if (isInt) {
        const qlonglong n = number.toLongLong(&ok);
        if (ok) {
            *exact = n < 0 ? -1 : n;
            return true;
        }
    }
    const double d = number.toDouble(&ok);
    if (!ok)
        return false;
    *exact = exactCount(d);
    return true;
}

// QJsonDocument wants one more byte after a literal, which a well-formed page always has.
bool RepoListReader::skipLiteral(const char *word, int length)
{
    if (m_end - m_p < length + 1 || std::memcmp(m_p, word, size_t(length)) != 0)
        return false;
    m_p += length;
    return true;
}

bool RepoListReader::skipValue()
{
    switch (*m_p) {
    case '"': {
        ++m_p;
        Span s;
        return scanString(&s);
    }
    case '[': ++m_p; return skipArray();
    case '{': ++m_p; return skipObject();
    case 'n': return skipLiteral("null", 4);
    case 't': return skipLiteral("true", 4);
    case 'f': return skipLiteral("false", 5);
    case ',':
    case ']':
    case '}': return false;
    default: {
        qint64 ignored;
        return scanNumber(&ignored);
    }
    }
}

bool RepoListReader::skipArray()
{
    return eachElement([this] { return skipValue(); });
}

bool RepoListReader::skipObject()
{
    return eachMember([this](const Span &) { return skipValue(); });
}

bool RepoListReader::keyIs(const Span &key, const char *word) const
{
    if (!key.escaped)
        return equals(key.begin, key.size(), word);
    return decode(key) == QLatin1String(word);
}

bool RepoListReader::readEntry(Entry *e)
{
    return eachMember([this, e](const Span &key) {
        Field field = Other;
        if (!key.escaped) {
            field = fieldOf(key.begin, key.size());
        } else {
            const QString k = decode(key);
            if (k.size() <= 16) {
                QByteArray latin1 = k.toLatin1();
                if (QString::fromLatin1(latin1) == k)
                    field = fieldOf(latin1.constData(), latin1.size());
            }
        }
        return readField(field, e);
    });
}

bool RepoListReader::readField(int field, Entry *e)
{
    switch (field) {
    case Id: return readId(e);
    case DownloadsAllTime: return readCount(&e->r.downloadsAllTime, &e->badAllTime);
    case Downloads: return readCount(&e->r.downloads30d, &e->badDownloads);
    case Likes: return readCount(&e->r.likes, &e->badLikes);
    case PipelineTag: return readText(&e->r.pipelineTag, &e->badPipeline);
    case LibraryName: return readText(&e->r.libraryName, &e->badLibrary);
    case CreatedAt: return readCreatedAt(e);
    case Tags: return readTags(e);
    case Gated: return readGated(e);
    case Siblings: return readSiblings(e);
    case CardData: return readCardData(e);
    default: return skipValue();
    }
}

bool RepoListReader::readId(Entry *e)
{
    if (*m_p == '"') {
        ++m_p;
        Span s;
        if (!scanString(&s))
            return false;
        e->idState = Entry::IdState::String;
        e->r.id = decode(s); // as sent: a valid id has nothing to clean, an invalid one is skipped
        return true;
    }
    e->idState = Entry::IdState::Other;
    switch (*m_p) {
    case 'n': e->idType = "null"; break;
    case 't':
    case 'f': e->idType = "a boolean"; break;
    case '[': e->idType = "an array"; break;
    case '{': e->idType = "an object"; break;
    default: e->idType = "a number";
    }
    return skipValue();
}

// Absent or null: Unknown. A number: its exact non-negative value, or bad. Anything else: bad.
bool RepoListReader::readCount(qint64 *out, bool *bad)
{
    *out = RepoStats::Unknown;
    *bad = false;
    switch (*m_p) {
    case 'n': return skipLiteral("null", 4);
    case '"':
    case '[':
    case '{':
    case 't':
    case 'f': *bad = true; return skipValue();
    default: {
        qint64 exact = -1;
        if (!scanNumber(&exact))
            return false;
        if (exact < 0)
            *bad = true;
        else
            *out = exact;
        return true;
    }
    }
}

bool RepoListReader::readText(QString *out, bool *bad)
{
    out->clear();
    *bad = false;
    if (*m_p == '"') {
        ++m_p;
        Span s;
        if (!scanString(&s))
            return false;
        *out = text(s);
        return true;
    }
    if (*m_p == 'n')
        return skipLiteral("null", 4);
    *bad = true;
    return skipValue();
}

bool RepoListReader::readCreatedAt(Entry *e)
{
    e->createdBytes = nullptr;
    e->createdSize = 0;
    if (*m_p != '"')
        return readText(&e->created, &e->badCreatedType);
    e->created.clear();
    e->badCreatedType = false;
    ++m_p;
    Span s;
    if (!scanString(&s))
        return false;
    if (s.plain()) {
        e->createdBytes = s.begin;
        e->createdSize = s.size();
    } else {
        e->created = text(s);
    }
    return true;
}

bool RepoListReader::readTags(Entry *e)
{
    e->r.tags.clear();
    e->tagLicense.clear();
    e->hasTagLicense = false;
    e->badTags = false;
    if (*m_p == 'n')
        return skipLiteral("null", 4);
    if (*m_p != '[') {
        e->badTags = true;
        return skipValue();
    }
    ++m_p;
    e->r.tags.reserve(8); // one allocation for most entries' tags
    return eachElement([this, e] {
        if (*m_p != '"') {
            e->badTags = true;
            return skipValue();
        }
        ++m_p;
        Span s;
        if (!scanString(&s))
            return false;
        if (e->badTags)
            return true;
        e->r.tags.append(text(s));
        if (e->hasTagLicense)
            return true;
        if (s.plain()) {
            e->hasTagLicense = startsWithLicense(s.begin, s.size());
            if (e->hasTagLicense)
                e->tagLicense = latin1(s.begin + 8, s.size() - 8);
        } else {
            e->hasTagLicense = e->r.tags.constLast().startsWith(QLatin1String("license:"));
            if (e->hasTagLicense)
                e->tagLicense = e->r.tags.constLast().mid(8);
        }
        return true;
    });
}

bool RepoListReader::readGated(Entry *e)
{
    e->r.gated = GatedState::Open;
    e->badGated = false;
    switch (*m_p) {
    case 'n': return skipLiteral("null", 4);
    case 'f': return skipLiteral("false", 5);
    case 't': e->r.gated = GatedState::Auto; return skipLiteral("true", 4);
    case '"': {
        ++m_p;
        Span s;
        if (!scanString(&s))
            return false;
        const auto is = [this, &s](const char *word) { return keyIs(s, word); };
        if (is("auto"))
            e->r.gated = GatedState::Auto;
        else if (is("manual"))
            e->r.gated = GatedState::Manual;
        else
            e->badGated = true;
        return true;
    }
    default: e->badGated = true; return skipValue();
    }
}

bool RepoListReader::readSiblings(Entry *e)
{
    e->r.siblings.clear();
    e->badSiblings = false;
    if (*m_p == 'n')
        return skipLiteral("null", 4);
    if (*m_p != '[') {
        e->badSiblings = true;
        return skipValue();
    }
    ++m_p;
    return eachElement([this, e] {
        if (*m_p != '{') {
            e->badSiblings = true;
            return skipValue();
        }
        ++m_p;
        QString name;
        bool bad = true; // no rfilename yet
        if (!readSibling(&name, &bad))
            return false;
        e->badSiblings = e->badSiblings || bad;
        if (!e->badSiblings)
            e->r.siblings.append(name);
        return true;
    });
}

// After '{': the last "rfilename" must be a string.
bool RepoListReader::readSibling(QString *name, bool *bad)
{
    return eachMember([this, name, bad](const Span &key) {
        if (!keyIs(key, "rfilename"))
            return skipValue();
        *bad = *m_p != '"';
        if (*bad)
            return skipValue();
        ++m_p;
        Span s;
        if (!scanString(&s))
            return false;
        *name = text(s);
        return true;
    });
}

// cardData.license, read only when it is an object: a string, or the first of an array (empty
// when that is not a string).
bool RepoListReader::readCardData(Entry *e)
{
    e->cardLicense.clear();
    if (*m_p != '{')
        return skipValue();
    ++m_p;
    return eachMember([this, e](const Span &key) {
        if (!keyIs(key, "license"))
            return skipValue();
        return readCardLicense(&e->cardLicense);
    });
}

bool RepoListReader::readCardLicense(QString *out)
{
    out->clear();
    if (*m_p == '"') {
        ++m_p;
        Span s;
        if (!scanString(&s))
            return false;
        *out = text(s);
        return true;
    }
    if (*m_p != '[')
        return skipValue();
    ++m_p;
    bool first = true;
    return eachElement([this, out, &first] {
        const bool take = first && *m_p == '"';
        first = false;
        if (!take)
            return skipValue();
        ++m_p;
        Span s;
        if (!scanString(&s))
            return false;
        *out = text(s);
        return true;
    });
}

// The string as QJsonDocument decodes it (qjsonparser.cpp parseString): \uXXXX as one UTF-16
// unit (a lone surrogate stays), an unknown escape as its byte.
QString RepoListReader::decode(const Span &s) const
{
    if (!s.escaped)
        return s.nonAscii ? QString::fromUtf8(s.begin, s.size()) : QString::fromLatin1(s.begin, s.size());
    QString out(s.size(), Qt::Uninitialized); // never more UTF-16 units than bytes
    auto *d = reinterpret_cast<char16_t *>(out.data());
    char16_t *const begin = d;
    for (const char *p = s.begin; p < s.end;) {
        const auto c = uchar(*p);
        if (c == '\\') {
            const auto x = uchar(p[1]);
            p += 2;
            switch (x) {
            case 'b': *d++ = 0x8; break;
            case 'f': *d++ = 0xc; break;
            case 'n': *d++ = 0xa; break;
            case 'r': *d++ = 0xd; break;
            case 't': *d++ = 0x9; break;
            case 'u':
                *d++ = char16_t((hexValue(p[0]) << 12) | (hexValue(p[1]) << 8) | (hexValue(p[2]) << 4) | hexValue(p[3]));
                p += 4;
                break;
            default: // '"', '\\', '/' and any other byte stand for themselves
                *d++ = x;
            }
        } else if (c < 0x80) {
            *d++ = c;
            ++p;
        } else {
            // Checked by scanString: a complete, minimal, non-surrogate sequence.
            const int n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            char32_t uc = c & (n == 2 ? 0x1f : n == 3 ? 0x0f : 0x07);
            for (int i = 1; i < n; ++i)
                uc = (uc << 6) | (uchar(p[i]) & 0x3f);
            p += n;
            if (uc >= 0x10000) {
                *d++ = QChar::highSurrogate(uc);
                *d++ = QChar::lowSurrogate(uc);
            } else {
                *d++ = char16_t(uc);
            }
        }
    }
    out.truncate(d - begin);
    return out;
}

QString RepoListReader::text(const Span &s)
{
    if (s.plain())
        return latin1(s.begin, s.size());
    return RepoEntryRules::cleanText(decode(s));
}

QString RepoListReader::latin1(const char *begin, qsizetype size)
{
    if (size == 0 || size > kInternMax)
        return QString::fromLatin1(begin, size);
    const uint slot = (uint(size) * 131u + uchar(begin[0]) * 31u + uchar(begin[size - 1]) * 7u + uchar(begin[size / 2])) % kInternSlots;
    Interned &i = m_interned[slot];
    if (i.size != size || std::memcmp(i.bytes, begin, size_t(size)) != 0) {
        i.bytes = begin;
        i.size = size;
        i.text = QString::fromLatin1(begin, size);
    }
    return i.text;
}

// The checks in RepoParser::parseEntry's order, so that the first failing one is the reason.
void RepoListReader::finish(Entry *e, RepoParser::Page *page) const
{
    RepoStats &r = e->r;
    SkipReason why = SkipReason::None;
    if (e->idState == Entry::IdState::Absent)
        why = SkipReason::NoId;
    else if (e->idState == Entry::IdState::Other)
        why = SkipReason::IdNotAString;
    else if (!RepoQuery::isValidRepoId(r.id))
        why = SkipReason::InvalidId;
    else if (e->badAllTime)
        why = SkipReason::BadDownloadsAllTime;
    else if (e->badDownloads)
        why = SkipReason::BadDownloads;
    else if (e->badLikes)
        why = SkipReason::BadLikes;
    else if (e->badPipeline)
        why = SkipReason::BadPipelineTag;
    else if (e->badLibrary)
        why = SkipReason::BadLibraryName;
    else if (e->badCreatedType)
        why = SkipReason::CreatedAtNotAString;
    else if (e->badTags)
        why = SkipReason::BadTags;
    else if (e->badGated)
        why = SkipReason::BadGated;
    else if (e->badSiblings)
        why = SkipReason::BadSiblings;
    else if (e->createdSize > 0 && !hubFormDate(e->createdBytes, e->createdSize, &r.createdAt)
             && !(r.createdAt = createdAtOf(QString::fromLatin1(e->createdBytes, e->createdSize))).isValid())
        why = SkipReason::BadCreatedAt;
    else if (!e->created.isEmpty() && !(r.createdAt = createdAtOf(e->created)).isValid())
        why = SkipReason::BadCreatedAt;
    if (why != SkipReason::None) {
        ++page->skipped;
        page->skips.append({e->idState == Entry::IdState::String ? RepoEntryRules::loggableId(r.id)
                                                                 : RepoEntryRules::missingId(e->idType ? e->idType : "no id"),
                            why});
        return;
    }
    r.kind = m_kind;
    r.license = e->hasTagLicense ? e->tagLicense : e->cardLicense;
    page->repos.append(std::move(r));
}

} // namespace hubwatch
