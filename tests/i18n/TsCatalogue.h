#pragma once

// Reads a Qt Linguist .ts file: what the translation tests compare against the sources and the
// running app. Header-only, QtCore only.
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace hubwatch::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one entry, or one per plural form

    // What identifies a message to lupdate and QTranslator.
    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

struct TsCatalogue
{
    QString language;
    QList<TsMessage> messages;
    QString error;

    static TsCatalogue read(const QString &path)
    {
        TsCatalogue out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = QStringLiteral("cannot open %1").arg(path);
            return out;
        }
        QXmlStreamReader xml(&file);
        QString context;
        TsMessage message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                    out.messages.append(message);
                continue;
            }
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                out.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        }
        if (xml.hasError())
            out.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return out;
    }

    // English source text → translation, for messages whose translation differs from the source.
    QHash<QString, QString> changedTexts() const
    {
        QHash<QString, QString> out;
        for (const TsMessage &m : messages) {
            if (!m.numerus && m.translations.size() == 1 && m.translations.first() != m.source)
                out.insert(m.source, m.translations.first());
        }
        return out;
    }
};

} // namespace hubwatch::test
