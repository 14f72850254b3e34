#include "Logging.h"

Q_LOGGING_CATEGORY(lcHub, "hubwatch.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMonitor, "hubwatch.monitor", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "hubwatch.app", QtInfoMsg)
