#include "SeriesNames.h"

namespace hubwatch {

QString SeriesNames::display(const QString &key, const QString &label)
{
    if (key == QLatin1String("headline"))
        return tr("Tracked downloads");
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const QString kind = key.left(colon), name = colon < 0 ? key : key.mid(colon + 1);
    if (kind == QLatin1String("model"))
        return tr("model %1").arg(name);
    if (kind == QLatin1String("dataset"))
        return tr("dataset %1").arg(name);
    if (kind == QLatin1String("author"))
        return tr("author %1").arg(name);
    if (kind == QLatin1String("category"))
        return label.isEmpty() ? name : label;
    return label.isEmpty() ? key : label;
}

} // namespace hubwatch
