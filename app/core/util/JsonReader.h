#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hubwatch {

// A small pull parser for RFC 8259 JSON that knows the line of every value, so an importer can
// name the line of a bad entry, and keeps whole numbers exact as qint64 (QJsonDocument gives
// neither). It reads a document in order; the caller drives it like a recursive descent:
//
//   if (r.enterObject()) { QString key; while (r.nextMember(&key)) { … read or skipValue() … } }
//
// Every method returns false once an error was found; errorString()/errorLine() describe it.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    enum class Type { Object, Array, String, Number, Bool, Null, Invalid };

    struct Scalar
    {
        Type type = Type::Invalid;
        QString string;         // String; for a Number, its text as written
        bool isInteger = false; // Number: written without fraction or exponent and fits qint64
        qint64 integer = 0;
        double number = 0;    // Number, always set
        bool boolean = false; // Bool
        int line = 0;
    };

    explicit JsonReader(QStringView text) : m_text(text) {}

    Type peek();                   // the type of the next value, after whitespace
    int line();                    // the line of the next value (after whitespace)
    bool enterObject();            // consumes '{'
    bool nextMember(QString *key); // the next key and its ':'; false (consuming '}') when none is left
    bool enterArray();             // consumes '['
    bool nextElement();            // true when another element follows; false (consuming ']') at the end
    bool readScalar(Scalar *out);  // a string, number, true, false or null
    bool skipValue();              // any value, nested ones included
    bool atEnd();                  // only whitespace is left

    bool fail(const QString &message); // records an error at the current line; returns false
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    void skipSpace();
    bool expect(QChar c);
    bool readString(QString *out);
    bool readNumber(Scalar *out);
    bool readWord(const char *word);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QList<bool> m_first; // per open container: no element read yet
    QString m_error;
    int m_errorLine = 0;
};

} // namespace hubwatch
