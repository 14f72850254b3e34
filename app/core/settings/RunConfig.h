#pragma once

#include "alerts/AlertEngine.h"
#include "hub/HubConfig.h"
#include "monitor/PollScope.h"

#include <QProcessEnvironment>

#include <chrono>
#include <optional>

namespace hubwatch {

class Settings;

// What the command line says, before any setting is read. Unset fields leave the choice to the
// environment, the settings and the defaults.
struct RunOverrides
{
    QString endpoint;                             // --endpoint
    QString database;                             // --db
    bool offline = false;                         // --offline
    std::optional<int> topModels;                 // --top-models
    std::optional<int> topDatasets;               // --top-datasets
    std::optional<QList<WatchItem>> watch;        // --watch, repeatable
    std::optional<std::chrono::minutes> interval; // --interval
};

// Every setting the runtime reads, resolved once with one precedence each:
// command line > environment > settings file > default. The desktop and every command build
// their work from this, so a setting chosen in the dialog or with `hubwatch config` is the one
// that takes effect.
struct RunConfig
{
    enum class Source { CommandLine, Environment, Settings, Default };

    HubConfig hub;         // endpoint (with its source), token, offline
    QString endpointError; // the chosen endpoint was unusable: hub holds the default
    QString database;      // a path or postgresql:// URL
    Source databaseSource = Source::Default;
    PollScope scope;
    Source scopeSource = Source::Default;
    std::chrono::minutes interval{15};
    Source intervalSource = Source::Default;
    AlertSettings alerts;   // the hot-category threshold from the settings
    int retentionDays = -1; // -1: keep every sample
    bool retentionDaily = false;
    int censusEveryHours = 24; // 0: the collector takes no census of the whole Hub
    bool notifications = true;

    static RunConfig resolve(const RunOverrides &overrides, const QProcessEnvironment &env, const Settings &settings);
    // The history's location alone (commands that only read need no more): --db, else the
    // store/database setting, else the default file.
    static QString chooseDatabase(const QString &override, const Settings &settings, Source *source = nullptr);
    static QString defaultDatabaseFile();
};

} // namespace hubwatch
