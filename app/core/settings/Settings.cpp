#include "Settings.h"

#include "SettingKeys.h"

#include <QSettings>

#include <algorithm>

namespace hubwatch {

namespace {
// One place for the key names, so a typo cannot split a setting in two.
const QString kTopModels = QStringLiteral("scope/topModels");
const QString kTopDatasets = QStringLiteral("scope/topDatasets");
const QString kWatch = QStringLiteral("scope/watch");
const QString kInterval = QStringLiteral("poll/intervalMinutes");
const QString kEndpoint = QStringLiteral("hub/endpoint");
const QString kDatabase = QStringLiteral("store/database");
const QString kNotifications = QStringLiteral("alerts/notifications");
const QString kHotPoints = QStringLiteral("alerts/hotCategoryPoints");
const QString kStartMinimized = QStringLiteral("ui/startMinimized");
const QString kTrayExplained = QStringLiteral("ui/trayExplained");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kLastView = QStringLiteral("ui/lastView");
const QString kExportFolder = QStringLiteral("ui/exportFolder");
const QString kRetentionDays = QStringLiteral("history/retentionDays");
const QString kRetentionDaily = QStringLiteral("history/retentionDaily");
const QString kCensusEveryHours = QStringLiteral("census/everyHours");
const QString kChecklist = QStringLiteral("guidance/checklistDone");
} // namespace

Settings::Settings(std::unique_ptr<QSettings> backing) : m_settings(backing ? std::move(backing) : std::make_unique<QSettings>())
{}

Settings::~Settings() = default;

PollScope Settings::scope() const
{
    PollScope s;
    s.topModels = std::clamp(m_settings->value(kTopModels, s.topModels).toInt(), 0, 100000);
    s.topDatasets = std::clamp(m_settings->value(kTopDatasets, s.topDatasets).toInt(), 0, 100000);
    // A hand-edited or damaged entry is dropped, never trusted.
    for (const QString &text : m_settings->value(kWatch).toStringList()) {
        WatchItem item;
        QString error;
        if (WatchItem::parse(text, &item, &error) && !s.watch.contains(item))
            s.watch.append(item);
    }
    return s;
}

void Settings::setScope(const PollScope &scope)
{
    m_settings->setValue(kTopModels, scope.topModels);
    m_settings->setValue(kTopDatasets, scope.topDatasets);
    QStringList watch;
    for (const WatchItem &w : scope.watch)
        watch << w.toString();
    m_settings->setValue(kWatch, watch);
}

std::chrono::minutes Settings::pollInterval() const
{
    return std::chrono::minutes(std::clamp(m_settings->value(kInterval, 15).toInt(), 1, 7 * 24 * 60));
}

void Settings::setPollInterval(std::chrono::minutes interval)
{
    m_settings->setValue(kInterval, int(std::max<qint64>(1, interval.count())));
}

QString Settings::endpoint() const
{
    return m_settings->value(kEndpoint).toString();
}
void Settings::setEndpoint(const QString &url)
{
    m_settings->setValue(kEndpoint, url.trimmed());
}
QString Settings::database() const
{
    return m_settings->value(kDatabase).toString();
}
void Settings::setDatabase(const QString &location)
{
    m_settings->setValue(kDatabase, location.trimmed());
}
bool Settings::notifications() const
{
    return m_settings->value(kNotifications, true).toBool();
}
void Settings::setNotifications(bool on)
{
    m_settings->setValue(kNotifications, on);
}
bool Settings::startMinimized() const
{
    return m_settings->value(kStartMinimized, false).toBool();
}
void Settings::setStartMinimized(bool on)
{
    m_settings->setValue(kStartMinimized, on);
}

bool Settings::trayExplained() const
{
    return m_settings->value(kTrayExplained, false).toBool();
}

void Settings::setTrayExplained(bool told)
{
    m_settings->setValue(kTrayExplained, told);
}
QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}
void Settings::setLanguage(const QString &code)
{
    m_settings->setValue(kLanguage, code);
}

double Settings::hotCategoryPoints() const
{
    return std::clamp(m_settings->value(kHotPoints, 5.0).toDouble(), 0.5, 100.0);
}

void Settings::setHotCategoryPoints(double points)
{
    m_settings->setValue(kHotPoints, points);
}
int Settings::retentionDays() const
{
    return std::max(-1, m_settings->value(kRetentionDays, -1).toInt());
}
void Settings::setRetentionDays(int days)
{
    m_settings->setValue(kRetentionDays, days);
}
bool Settings::retentionDaily() const
{
    return m_settings->value(kRetentionDaily, false).toBool();
}
void Settings::setRetentionDaily(bool daily)
{
    m_settings->setValue(kRetentionDaily, daily);
}

int Settings::censusEveryHours() const
{
    bool ok = false;
    const int hours = m_settings->value(kCensusEveryHours, 24).toInt(&ok);
    // A hand-edited file with nonsense gets the default, not a census every minute.
    return ok && hours >= 0 && hours <= SettingKeys::kMaxCensusHours ? hours : 24;
}

void Settings::setCensusEveryHours(int hours)
{
    m_settings->setValue(kCensusEveryHours, hours);
}

QSet<QString> Settings::checklistDone() const
{
    const QStringList done = m_settings->value(kChecklist).toStringList();
    return QSet<QString>(done.begin(), done.end());
}

void Settings::setChecklistItem(const QString &id, bool done)
{
    QSet<QString> items = checklistDone();
    done ? (void)items.insert(id) : (void)items.remove(id);
    QStringList list(items.begin(), items.end());
    list.sort();
    m_settings->setValue(kChecklist, list);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}
QString Settings::lastView() const
{
    return m_settings->value(kLastView).toString();
}
void Settings::setLastView(const QString &id)
{
    m_settings->setValue(kLastView, id);
}
QString Settings::exportFolder() const
{
    return m_settings->value(kExportFolder).toString();
}
void Settings::setExportFolder(const QString &path)
{
    m_settings->setValue(kExportFolder, path);
}
bool Settings::isSet(const QString &key) const
{
    return m_settings->contains(key);
}
void Settings::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}
void Settings::remove(const QString &key)
{
    m_settings->remove(key);
}
QString Settings::fileName() const
{
    return m_settings->fileName();
}
void Settings::sync()
{
    m_settings->sync();
}

} // namespace hubwatch
