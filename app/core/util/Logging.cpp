#include "Logging.h"

Q_LOGGING_CATEGORY(lcHub, "hubwatch.hub", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMonitor, "hubwatch.monitor", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "hubwatch.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "hubwatch.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAlerts, "hubwatch.alerts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "hubwatch.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "hubwatch.ui", QtWarningMsg)
