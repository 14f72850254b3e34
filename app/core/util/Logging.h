#pragma once

#include <QLoggingCategory>

// One category per area of the core; enable with QT_LOGGING_RULES="hubwatch.hub.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcHub)
Q_DECLARE_LOGGING_CATEGORY(lcMonitor)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
