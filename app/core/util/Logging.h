#pragma once

#include <QLoggingCategory>

// One category per area of the core; enable with QT_LOGGING_RULES="hubwatch.hub.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcHub)
Q_DECLARE_LOGGING_CATEGORY(lcMonitor)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)
// The layers above the core log under their own names too (declared here so that every layer
// shares one list, one prefix and one default level).
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
