#pragma once

#include "store/AlertStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace hubwatch {

// An alert in words, written when it is read: the log stores what happened (kind, series,
// threshold, times, figures), and each reader — the tray, the dashboard, the alert log,
// `hubwatch alerts` — words it in their own language and number format.
class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)
public:
    static QString title(const AlertRecord &alert, const QLocale &locale = QLocale());
    static QString body(const AlertRecord &alert, const QLocale &locale = QLocale());
    // A point in time with its zone, as alerts give it: "2026-11-26 12:05 UTC".
    static QString when(const QDateTime &t, const QLocale &locale = QLocale());
};

} // namespace hubwatch
