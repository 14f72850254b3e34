#include "RunConfig.h"

#include "Settings.h"

#include <QStandardPaths>

namespace hubwatch {

QString RunConfig::defaultDatabaseFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/hubwatch.sqlite");
}

QString RunConfig::chooseDatabase(const QString &override, const Settings &settings, Source *source)
{
    Source chosen = Source::CommandLine;
    QString location = override;
    if (location.isEmpty()) {
        // A team member sets the shared database once instead of passing --db to every command.
        location = settings.database();
        chosen = Source::Settings;
    }
    if (location.isEmpty()) {
        location = defaultDatabaseFile();
        chosen = Source::Default;
    }
    if (source)
        *source = chosen;
    return location;
}

RunConfig RunConfig::resolve(const RunOverrides &overrides, const QProcessEnvironment &env, const Settings &settings)
{
    RunConfig c;
    // An unusable endpoint leaves the default in c.hub; the caller shows endpointError.
    HubConfig::resolve(env, overrides.endpoint, settings.endpoint(), overrides.offline, &c.hub, &c.endpointError);
    c.database = chooseDatabase(overrides.database, settings, &c.databaseSource);

    // The scope's parts each come from the command line when given there, else the settings.
    const PollScope saved = settings.scope();
    c.scope = saved;
    const bool scopeGiven = overrides.topModels || overrides.topDatasets || overrides.watch;
    c.scope.topModels = overrides.topModels.value_or(saved.topModels);
    c.scope.topDatasets = overrides.topDatasets.value_or(saved.topDatasets);
    c.scope.watch = overrides.watch.value_or(saved.watch);
    c.scopeSource =
        scopeGiven ? Source::CommandLine : (settings.isSet(QStringLiteral("scope/topModels")) ? Source::Settings : Source::Default);

    c.interval = overrides.interval.value_or(settings.pollInterval());
    c.intervalSource = overrides.interval ? Source::CommandLine
                                          : (settings.isSet(QStringLiteral("poll/intervalMinutes")) ? Source::Settings : Source::Default);
    c.alerts.hotCategoryPoints = settings.hotCategoryPoints();
    c.alerts.followInterval(std::chrono::milliseconds(c.interval).count());
    c.retentionDays = settings.retentionDays();
    c.retentionDaily = settings.retentionDaily();
    c.censusEveryHours = settings.censusEveryHours();
    c.notifications = settings.notifications();
    return c;
}

} // namespace hubwatch
