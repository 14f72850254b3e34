#include "JsonReader.h"

namespace hubwatch {

namespace {
constexpr int MaxDepth = 64;

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}
} // namespace

bool JsonReader::fail(const QString &message)
{
    if (!hasError()) {
        m_error = message;
        m_errorLine = m_line;
    }
    return false;
}

void JsonReader::skipSpace()
{
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('\n'))
            ++m_line;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            return;
        ++m_pos;
    }
}

bool JsonReader::expect(QChar c)
{
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
        ++m_pos;
        return true;
    }
    if (m_pos >= m_text.size())
        return fail(tr("The JSON ends early; expected \"%1\".").arg(c));
    return fail(tr("Expected \"%1\" but found \"%2\".").arg(c, m_text.at(m_pos)));
}

JsonReader::Type JsonReader::peek()
{
    if (hasError())
        return Type::Invalid;
    skipSpace();
    if (m_pos >= m_text.size())
        return Type::Invalid;
    const QChar c = m_text.at(m_pos);
    switch (c.unicode()) {
    case '{': return Type::Object;
    case '[': return Type::Array;
    case '"': return Type::String;
    case 't':
    case 'f': return Type::Bool;
    case 'n': return Type::Null;
    default: return c == QLatin1Char('-') || c.isDigit() ? Type::Number : Type::Invalid;
    }
}

int JsonReader::line()
{
    skipSpace();
    return m_line;
}

bool JsonReader::enterObject()
{
    if (hasError())
        return false;
    if (m_first.size() >= MaxDepth)
        return fail(tr("The JSON is nested too deeply."));
    if (!expect(QLatin1Char('{')))
        return false;
    m_first.append(true);
    return true;
}

bool JsonReader::nextMember(QString *key)
{
    if (hasError() || m_first.isEmpty())
        return false;
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('}')) {
        ++m_pos;
        m_first.removeLast();
        return false;
    }
    if (!m_first.last() && !expect(QLatin1Char(',')))
        return false;
    m_first.last() = false;
    skipSpace();
    if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('"'))
        return fail(tr("Expected a quoted key or \"}\"."));
    return readString(key) && expect(QLatin1Char(':'));
}

bool JsonReader::enterArray()
{
    if (hasError())
        return false;
    if (m_first.size() >= MaxDepth)
        return fail(tr("The JSON is nested too deeply."));
    if (!expect(QLatin1Char('[')))
        return false;
    m_first.append(true);
    return true;
}

bool JsonReader::nextElement()
{
    if (hasError() || m_first.isEmpty())
        return false;
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(']')) {
        ++m_pos;
        m_first.removeLast();
        return false;
    }
    if (!m_first.last() && !expect(QLatin1Char(',')))
        return false;
    m_first.last() = false;
    return true;
}

bool JsonReader::readString(QString *out)
{
    out->clear();
    ++m_pos; // the opening quote
    const qsizetype n = m_text.size();
    while (m_pos < n) {
        const QChar c = m_text.at(m_pos++);
        if (c == QLatin1Char('"'))
            return true;
        if (c.unicode() < 0x20)
            return fail(tr("A control character inside a string must be escaped."));
        if (c != QLatin1Char('\\')) {
            out->append(c);
            continue;
        }
        if (m_pos >= n)
            break;
        const QChar e = m_text.at(m_pos++);
        switch (e.unicode()) {
        case '"': out->append(QLatin1Char('"')); break;
        case '\\': out->append(QLatin1Char('\\')); break;
        case '/': out->append(QLatin1Char('/')); break;
        case 'b': out->append(QLatin1Char('\b')); break;
        case 'f': out->append(QLatin1Char('\f')); break;
        case 'n': out->append(QLatin1Char('\n')); break;
        case 'r': out->append(QLatin1Char('\r')); break;
        case 't': out->append(QLatin1Char('\t')); break;
        case 'u': {
            int code = 0;
            for (int k = 0; k < 4; ++k) {
                const int h = m_pos < n ? hexValue(m_text.at(m_pos)) : -1;
                if (h < 0)
                    return fail(tr("\"\\u\" must be followed by four hexadecimal digits."));
                code = code * 16 + h;
                ++m_pos;
            }
            out->append(QChar(char16_t(code)));
            break;
        }
        default: return fail(tr("Unknown escape \"\\%1\" in a string.").arg(e));
        }
    }
    return fail(tr("A string is never closed."));
}

bool JsonReader::readNumber(Scalar *out)
{
    const qsizetype start = m_pos;
    const qsizetype n = m_text.size();
    const auto digits = [&] {
        const qsizetype from = m_pos;
        while (m_pos < n && m_text.at(m_pos).isDigit() && m_text.at(m_pos).unicode() < 128)
            ++m_pos;
        return m_pos - from;
    };
    if (m_text.at(m_pos) == QLatin1Char('-'))
        ++m_pos;
    const qsizetype intStart = m_pos;
    const qsizetype intDigits = digits();
    if (intDigits == 0 || (intDigits > 1 && m_text.at(intStart) == QLatin1Char('0')))
        return fail(tr("\"%1\" is not a valid JSON number.").arg(m_text.mid(start, qMax<qsizetype>(1, m_pos - start))));
    bool whole = true;
    if (m_pos < n && m_text.at(m_pos) == QLatin1Char('.')) {
        ++m_pos;
        whole = false;
        if (digits() == 0)
            return fail(tr("\"%1\" is not a valid JSON number.").arg(m_text.mid(start, m_pos - start)));
    }
    if (m_pos < n && (m_text.at(m_pos) == QLatin1Char('e') || m_text.at(m_pos) == QLatin1Char('E'))) {
        ++m_pos;
        whole = false;
        if (m_pos < n && (m_text.at(m_pos) == QLatin1Char('+') || m_text.at(m_pos) == QLatin1Char('-')))
            ++m_pos;
        if (digits() == 0)
            return fail(tr("\"%1\" is not a valid JSON number.").arg(m_text.mid(start, m_pos - start)));
    }
    const QStringView text = m_text.mid(start, m_pos - start);
    out->type = Type::Number;
    out->string = text.toString();
    out->number = text.toDouble();
    bool ok = false;
    out->integer = whole ? text.toLongLong(&ok) : 0;
    out->isInteger = whole && ok;
    return true;
}

bool JsonReader::readWord(const char *word)
{
    const QLatin1String w(word);
    if (m_text.mid(m_pos).startsWith(w)) {
        m_pos += w.size();
        return true;
    }
    return fail(tr("Unexpected text; expected a JSON value."));
}

bool JsonReader::readScalar(Scalar *out)
{
    *out = Scalar();
    const Type type = peek();
    out->line = m_line;
    switch (type) {
    case Type::String: out->type = Type::String; return readString(&out->string);
    case Type::Number: return readNumber(out);
    case Type::Bool:
        out->type = Type::Bool;
        out->boolean = m_text.at(m_pos) == QLatin1Char('t');
        return readWord(out->boolean ? "true" : "false");
    case Type::Null: out->type = Type::Null; return readWord("null");
    case Type::Object:
    case Type::Array: return fail(tr("Expected a single value, not an object or array."));
    case Type::Invalid: break;
    }
    if (hasError())
        return false;
    return fail(m_pos >= m_text.size() ? tr("The JSON ends early; expected a value.") : tr("Unexpected text; expected a JSON value."));
}

bool JsonReader::skipValue()
{
    const Type type = peek();
    if (type == Type::Object) {
        QString key;
        if (!enterObject())
            return false;
        while (nextMember(&key))
            if (!skipValue())
                return false;
        return !hasError();
    }
    if (type == Type::Array) {
        if (!enterArray())
            return false;
        while (nextElement())
            if (!skipValue())
                return false;
        return !hasError();
    }
    Scalar s;
    return readScalar(&s);
}

bool JsonReader::atEnd()
{
    skipSpace();
    return m_pos >= m_text.size();
}

} // namespace hubwatch
