#include "SettingKeys.h"

#include "Settings.h"
#include "hub/HubConfig.h"
#include "store/StoreLocation.h"
#include "util/Translations.h"

#include <QFileInfo>

namespace hubwatch {

namespace {

bool parseInt(const QString &text, int *out)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (ok)
        *out = v;
    return ok;
}

QString yesNo(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

// Builds the table's parse function from a typed validator.
template <typename T>
std::function<bool(const QString &, QVariant *, QString *)> through(bool (*validator)(const QString &, T *, QString *))
{
    return [validator](const QString &text, QVariant *value, QString *error) {
        T v{};
        if (!validator(text, &v, error))
            return false;
        *value = QVariant::fromValue(v);
        return true;
    };
}

} // namespace

bool SettingKeys::parseInterval(const QString &text, int *minutes, QString *error)
{
    int v = 0;
    if (!parseInt(text, &v)) {
        *error = tr("The poll interval is a whole number of minutes, not \"%1\".").arg(text);
        return false;
    }
    if (v < 1) {
        *error = tr("The poll interval must be at least 1 minute.");
        return false;
    }
    if (v > kMaxIntervalMinutes) {
        *error = tr("The poll interval can be at most %1 minutes (a week).").arg(kMaxIntervalMinutes);
        return false;
    }
    *minutes = v;
    return true;
}

bool SettingKeys::parseTopN(const QString &text, int *count, QString *error)
{
    int v = 0;
    if (!parseInt(text, &v) || v < 0 || v > kMaxTopN) {
        *error = tr("Expected a whole number from 0 to %1, not \"%2\".").arg(kMaxTopN).arg(text);
        return false;
    }
    *count = v;
    return true;
}

bool SettingKeys::parseEndpoint(const QString &text, QString *normalised, QString *error)
{
    if (text.trimmed().isEmpty()) { // the default (or HF_ENDPOINT)
        normalised->clear();
        return true;
    }
    QUrl url;
    if (!HubConfig::parseEndpoint(text, &url, error))
        return false;
    *normalised = url.toString();
    return true;
}

bool SettingKeys::parseDatabase(const QString &text, QString *normalised, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) { // the default file
        normalised->clear();
        return true;
    }
    const StoreLocation location = StoreLocation::parse(t);
    if (!location.isValid()) {
        *error = location.error();
        return false;
    }
    if (location.kind() == StoreLocation::Kind::Sqlite && QFileInfo(location.path()).isDir()) {
        *error = tr("%1 is a folder; the history is a file, such as %1/hubwatch.sqlite.").arg(location.path());
        return false;
    }
    *normalised = t;
    return true;
}

bool SettingKeys::parseHotPoints(const QString &text, double *points, QString *error)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !(v >= 0.5 && v <= 100.0)) {
        *error = tr("The hot-category threshold is a number of percentage points from 0.5 to 100, not \"%1\".").arg(text);
        return false;
    }
    *points = v;
    return true;
}

bool SettingKeys::parseRetentionDays(const QString &text, int *days, QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("keep") || t == QLatin1String("forever") || t == QLatin1String("-1")) {
        *days = -1;
        return true;
    }
    int v = 0;
    if (!parseInt(t, &v) || v < 1 || v > 100 * 365) {
        *error = tr("Retention is \"forever\" or a number of days from 1 to %1, not \"%2\".").arg(100 * 365).arg(text);
        return false;
    }
    *days = v;
    return true;
}

bool SettingKeys::parseCensusHours(const QString &text, int *hours, QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("off") || t == QLatin1String("never") || t == QLatin1String("0")) {
        *hours = 0;
        return true;
    }
    int v = 0;
    if (!parseInt(t, &v) || v < 1 || v > kMaxCensusHours) {
        *error = tr("The census interval is \"off\" or a number of hours from 1 to %1, not \"%2\".").arg(kMaxCensusHours).arg(text);
        return false;
    }
    *hours = v;
    return true;
}

bool SettingKeys::parseLanguage(const QString &text, QString *code, QString *error)
{
    const QString t = text.trimmed();
    const QStringList known = Translations::available(); // "en" included
    if (t.isEmpty() || known.contains(t)) {
        *code = t;
        return true;
    }
    *error = tr("HubWatch speaks %1; \"%2\" is not one of them.").arg(known.join(QStringLiteral(", ")), t);
    return false;
}

bool SettingKeys::parseBool(const QString &text, bool *on, QString *error)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("on")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("off")};
    if (yes.contains(t) || no.contains(t)) {
        *on = yes.contains(t);
        return true;
    }
    *error = tr("Expected true or false, not \"%1\".").arg(text);
    return false;
}

bool SettingKeys::parseWatchlist(const QString &text, QStringList *items, QString *error)
{
    items->clear();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        WatchItem item;
        if (!WatchItem::parse(part.trimmed(), &item, error))
            return false;
        if (!items->contains(item.toString()))
            items->append(item.toString());
    }
    return true;
}

const QList<SettingKey> &SettingKeys::all()
{
    static const QList<SettingKey> keys{
        {QStringLiteral("scope/topModels"), QStringLiteral("0-100000"), tr("How many of the most downloaded models to track."),
         through<int>(parseTopN), [](const Settings &s) { return QString::number(s.scope().topModels); }},
        {QStringLiteral("scope/topDatasets"), QStringLiteral("0-100000"), tr("How many of the most downloaded datasets to track."),
         through<int>(parseTopN), [](const Settings &s) { return QString::number(s.scope().topDatasets); }},
        {QStringLiteral("scope/watch"), QStringLiteral("model:ORG/NAME,dataset:ORG/NAME,author:ORG"),
         tr("The watchlist: repos and authors tracked besides the top N."), through<QStringList>(parseWatchlist),
         [](const Settings &s) {
             QStringList items;
             for (const WatchItem &w : s.scope().watch)
                 items << w.toString();
             return items.join(QLatin1Char(','));
         }},
        {QStringLiteral("poll/intervalMinutes"), QStringLiteral("1-10080"), tr("Minutes between polls."), through<int>(parseInterval),
         [](const Settings &s) { return QString::number(s.pollInterval().count()); }},
        {QStringLiteral("hub/endpoint"), QStringLiteral("URL"), tr("The Hub endpoint, when neither --endpoint nor HF_ENDPOINT gives one."),
         through<QString>(parseEndpoint), [](const Settings &s) { return s.endpoint(); }},
        {QStringLiteral("store/database"), QStringLiteral("PATH|postgresql://USER@HOST:PORT/DBNAME"),
         tr("The history, when --db does not give one."), through<QString>(parseDatabase), [](const Settings &s) { return s.database(); }},
        {QStringLiteral("alerts/notifications"), QStringLiteral("true|false"), tr("Show alerts as desktop notifications."),
         through<bool>(parseBool), [](const Settings &s) { return yesNo(s.notifications()); }},
        {QStringLiteral("alerts/hotCategoryPoints"), QStringLiteral("0.5-100"),
         tr("A category is hot when its share of the top-50 velocity rises this many points in 7 days."), through<double>(parseHotPoints),
         [](const Settings &s) { return QString::number(s.hotCategoryPoints()); }},
        {QStringLiteral("history/retentionDays"), QStringLiteral("forever|DAYS"),
         tr("Thin samples older than this many days after polls; forever keeps every sample."), through<int>(parseRetentionDays),
         [](const Settings &s) { return s.retentionDays() < 0 ? QStringLiteral("forever") : QString::number(s.retentionDays()); }},
        {QStringLiteral("history/retentionDaily"), QStringLiteral("true|false"),
         tr("Thin old samples to one a day (true) or one an hour (false)."), through<bool>(parseBool),
         [](const Settings &s) { return yesNo(s.retentionDaily()); }},
        {QStringLiteral("census/everyHours"), QStringLiteral("off|HOURS"),
         tr("Hours between the collector's censuses of the whole Hub (24: daily); off takes none."), through<int>(parseCensusHours),
         [](const Settings &s) { return s.censusEveryHours() == 0 ? QStringLiteral("off") : QString::number(s.censusEveryHours()); }},
        {QStringLiteral("ui/language"), QStringLiteral("LOCALE"), tr("The language; empty for the system's."),
         through<QString>(parseLanguage), [](const Settings &s) { return s.language(); }},
        {QStringLiteral("ui/startMinimized"), QStringLiteral("true|false"), tr("Start in the system tray."), through<bool>(parseBool),
         [](const Settings &s) { return yesNo(s.startMinimized()); }},
    };
    return keys;
}

const SettingKey *SettingKeys::find(const QString &key)
{
    for (const SettingKey &k : all())
        if (k.key == key)
            return &k;
    return nullptr;
}

} // namespace hubwatch
