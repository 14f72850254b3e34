#include "SeriesNames.h"

namespace hubwatch {

namespace {
struct HubGroupName
{
    SeriesNames::HubGroup group;
    QLatin1String name; // in the keys
};
constexpr HubGroupName kHubGroups[] = {{SeriesNames::HubGroup::PipelineTag, QLatin1String("pipeline")},
                                       {SeriesNames::HubGroup::Library, QLatin1String("library")},
                                       {SeriesNames::HubGroup::Licence, QLatin1String("licence")},
                                       {SeriesNames::HubGroup::Author, QLatin1String("author")},
                                       {SeriesNames::HubGroup::WeightFormat, QLatin1String("format")}};

QString hubLabel(SeriesNames::HubGroup group, const QString &label)
{
    if (!label.isEmpty())
        return label;
    switch (group) {
    case SeriesNames::HubGroup::PipelineTag: return SeriesNames::tr("no pipeline tag");
    case SeriesNames::HubGroup::Library: return SeriesNames::tr("no library");
    case SeriesNames::HubGroup::Licence: return SeriesNames::tr("no licence");
    case SeriesNames::HubGroup::Author: return SeriesNames::tr("no author");
    case SeriesNames::HubGroup::WeightFormat: return SeriesNames::tr("no weight format");
    }
    return label;
}
} // namespace

const QString SeriesNames::HubKey = QStringLiteral("hub");

QString SeriesNames::hubGroupKey(HubGroup group)
{
    for (const HubGroupName &g : kHubGroups)
        if (g.group == group)
            return QStringLiteral("hub-by:") + g.name;
    return QString();
}

bool SeriesNames::parseHubGroup(const QString &key, HubGroup *group)
{
    for (const HubGroupName &g : kHubGroups)
        if (key == hubGroupKey(g.group)) {
            *group = g.group;
            return true;
        }
    return false;
}

QString SeriesNames::hubLabelKey(HubGroup group, const QString &label)
{
    for (const HubGroupName &g : kHubGroups)
        if (g.group == group)
            return QStringLiteral("hub-") + g.name + QLatin1Char(':') + label;
    return QString();
}

bool SeriesNames::isHubKey(const QString &key)
{
    return key == HubKey || key.startsWith(QLatin1String("hub-"));
}

QString SeriesNames::display(const QString &key, const QString &label)
{
    if (key == QLatin1String("headline"))
        return tr("Tracked downloads");
    if (key == HubKey)
        return tr("Whole Hub downloads");
    HubGroup group;
    if (parseHubGroup(key, &group)) {
        switch (group) {
        case HubGroup::PipelineTag: return tr("Whole Hub by pipeline tag");
        case HubGroup::Library: return tr("Whole Hub by library");
        case HubGroup::Licence: return tr("Whole Hub by licence");
        case HubGroup::Author: return tr("Whole Hub by author");
        case HubGroup::WeightFormat: return tr("Whole Hub by weight format");
        }
    }
    for (const HubGroupName &g : kHubGroups) {
        const QString prefix = hubLabelKey(g.group, QString());
        if (key.startsWith(prefix)) // a Hub tag or name: the caller shows it as plain text
            return tr("Whole Hub: %1").arg(hubLabel(g.group, key.mid(prefix.size())));
    }
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
