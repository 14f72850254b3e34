#include "PollScope.h"

#include "hub/RepoQuery.h"

#include <QLocale>
#include <QRegularExpression>

namespace hubwatch {

bool WatchItem::parse(const QString &text, WatchItem *out, QString *error)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    const QString type = text.left(colon).trimmed().toLower();
    const QString name = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    WatchItem item;
    item.name = name;
    if (type == QLatin1String("model"))
        item.type = Type::Model;
    else if (type == QLatin1String("dataset"))
        item.type = Type::Dataset;
    else if (type == QLatin1String("author"))
        item.type = Type::Author;
    else {
        *error = tr("\"%1\" should look like model:ORG/NAME, dataset:ORG/NAME or author:ORG.").arg(text);
        return false;
    }
    const bool valid = item.type == Type::Author ? RepoQuery::isValidAuthor(name) : RepoQuery::isValidRepoId(name);
    if (!valid) {
        *error = tr("\"%1\" is not a valid Hub name.").arg(name);
        return false;
    }
    *out = item;
    return true;
}

QString WatchItem::toString() const
{
    const char *prefix = type == Type::Model ? "model:" : type == Type::Dataset ? "dataset:" : "author:";
    return QLatin1String(prefix) + name;
}

QString PollScope::describe() const
{
    const QLocale locale;
    QString text = tr("top %1 models + %2 datasets").arg(locale.toString(topModels), locale.toString(topDatasets));
    if (!watch.isEmpty())
        text += QLatin1Char(' ') + tr("(+ %n watched)", nullptr, int(watch.size()));
    return text;
}

QString PollScope::headlineDescription() const
{
    PollScope top = *this;
    top.watch.clear();
    return top.describe();
}

bool PollScope::fromKey(const QString &key, PollScope *out)
{
    static const QRegularExpression form(QStringLiteral("^top:(\\d{1,6})/(\\d{1,6});watch:"));
    const QRegularExpressionMatch m = form.match(key);
    if (!m.hasMatch())
        return false;
    *out = PollScope();
    out->topModels = m.captured(1).toInt();
    out->topDatasets = m.captured(2).toInt();
    out->watch.clear();
    return true;
}

QString PollScope::key() const
{
    return QStringLiteral("top:%1/%2;watch:").arg(topModels).arg(topDatasets);
}

} // namespace hubwatch
