#pragma once

#include "RepoParser.h"

#include <QByteArray>

#include <memory>

namespace hubwatch {

// The list parser every poll uses: one pass over a page's bytes, without a QJsonDocument of the
// page. It dispatches on each key as it meets it and fills RepoStats directly, by the rules of
// RepoParser::parseEntry (strict types, exact 64-bit counts, ids the Hub issues, clean text, the
// last of repeated keys, as QJsonObject keeps it), and it accepts exactly the JSON that
// QJsonDocument accepts. The differential fuzzer fuzz_repolistdiff holds it to both.
// It does not say where a malformed page breaks: RepoParser::parseList asks QJsonDocument then.
class RepoListReader
{
public:
    // Reads body in place: it must outlive the reader.
    RepoListReader(RepoKind kind, const QByteArray &body);
    ~RepoListReader();
    RepoListReader(const RepoListReader &) = delete;
    RepoListReader &operator=(const RepoListReader &) = delete;

    // False when the body is not one well-formed JSON array; *page is then incomplete.
    bool read(RepoParser::Page *page);

private:
    struct Span;     // a JSON string's bytes, between its quotes
    struct Entry;    // what an entry's keys said so far
    struct Interned; // a recent short text, shared rather than allocated again

    // The Hub writes no whitespace: one comparison per call then.
    void skipSpace()
    {
        while (m_p < m_end && uchar(*m_p) <= ' ' && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool enter();
    template <typename F> bool eachElement(F &&element);
    template <typename F> bool eachMember(F &&member);
    bool keyIs(const Span &key, const char *word) const;
    bool scanString(Span *s);
    bool scanNumber(qint64 *exact);
    bool skipLiteral(const char *word, int length);
    bool skipValue();
    bool skipArray();
    bool skipObject();
    bool readEntry(Entry *e);
    bool readField(int field, Entry *e);
    bool readCount(qint64 *out, bool *bad);
    bool readText(QString *out, bool *bad);
    bool readTags(Entry *e);
    bool readSiblings(Entry *e);
    bool readSibling(QString *name, bool *bad);
    bool readCardData(Entry *e);
    bool readCardLicense(QString *out);
    bool readGated(Entry *e);
    bool readId(Entry *e);
    bool readCreatedAt(Entry *e);
    QString decode(const Span &s) const;
    QString text(const Span &s);
    QString latin1(const char *begin, qsizetype size);
    void finish(Entry *e, RepoParser::Page *page) const;

    RepoKind m_kind;
    const char *m_p;
    const char *m_end;
    int m_depth = 0;
    std::unique_ptr<Interned[]> m_interned;
};

} // namespace hubwatch
