#include "LinkHeader.h"

#include <QList>

namespace hubwatch::LinkHeader {

namespace {
// Splits on sep outside <…> and "…", since URLs and quoted params may hold ',' and ';'.
QList<QByteArray> splitOutside(const QByteArray &v, char sep)
{
    QList<QByteArray> parts;
    bool inUrl = false, inQuote = false;
    int start = 0;
    for (int i = 0; i < v.size(); ++i) {
        const char c = v.at(i);
        if (c == '<' && !inQuote)
            inUrl = true;
        else if (c == '>' && !inQuote)
            inUrl = false;
        else if (c == '"' && !inUrl)
            inQuote = !inQuote;
        else if (c == sep && !inUrl && !inQuote) {
            parts.append(v.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(v.mid(start));
    return parts;
}

bool hasRelNext(const QList<QByteArray> &params)
{
    for (QByteArray p : params) {
        p = p.trimmed();
        const int eq = p.indexOf('=');
        if (eq < 0 || p.left(eq).trimmed().toLower() != "rel")
            continue;
        QByteArray value = p.mid(eq + 1).trimmed();
        if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        // rel may hold several space-separated relation types.
        for (const QByteArray &rel : value.split(' '))
            if (rel.toLower() == "next")
                return true;
    }
    return false;
}
} // namespace

QUrl nextUrl(const QByteArray &headerValue, const QUrl &base)
{
    for (const QByteArray &link : splitOutside(headerValue, ',')) {
        const QByteArray l = link.trimmed();
        const int open = l.indexOf('<');
        const int close = l.indexOf('>', open + 1);
        if (open != 0 || close < 0)
            continue;
        if (!hasRelNext(splitOutside(l.mid(close + 1), ';')))
            continue;
        const QUrl target = QUrl::fromEncoded(l.mid(open + 1, close - open - 1), QUrl::StrictMode);
        if (!target.isValid())
            return QUrl();
        return base.resolved(target);
    }
    return QUrl();
}

} // namespace hubwatch::LinkHeader
