#include "HubErrorText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace hubwatch {

QString HubErrorText::sanitize(const QString &text)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), 300));
    for (const QChar c : text) {
        if (out.size() >= 300) {
            out += QChar(0x2026);
            break;
        }
        out += (c.isPrint() ? c : QLatin1Char(' '));
    }
    return out.simplified();
}

QString HubErrorText::serverMessage(const QByteArray &body, const QByteArray &header)
{
    if (!header.isEmpty())
        return sanitize(QString::fromUtf8(header));
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(64 * 1024));
    const QJsonObject o = doc.object();
    const QJsonValue error = o.value(QLatin1String("error"));
    if (error.isString())
        return sanitize(error.toString());
    QStringList parts;
    for (const QJsonValue v : error.toArray())
        parts << v.toString();
    for (const QJsonValue v : o.value(QLatin1String("errors")).toArray())
        parts << v.toObject().value(QLatin1String("message")).toString();
    parts.removeAll(QString());
    return sanitize(parts.join(QLatin1String("; ")));
}

} // namespace hubwatch
