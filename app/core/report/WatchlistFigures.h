#pragma once

#include "monitor/PollScope.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace hubwatch {

class HistoryStore;

// The watchlist's stored figures, one set per WatchItem: what the watchlist table shows.
// Computed on the store thread (ReportService::watchlistFigures); the table never reads the store.
struct WatchlistFigures
{
    // The stored figures of one watch item; -1 / perDayKnown false when unknown. An author's
    // figures are the sums over its stored repos (models and datasets).
    struct Figures
    {
        qint64 allTime = -1;
        qint64 downloads30d = -1;
        double perDay = 0;
        bool perDayKnown = false;
        int repos = 0;  // repos summed (1 for a single repo that is stored)
        QDateTime asOf; // the latest poll the figures come from
    };

    QHash<QString, Figures> byItem; // keyed by WatchItem::toString()
    QString error;                  // empty when the store answered

    // Growth per day: the all-time delta between the newest snapshot and the one a day before
    // it (unknown with less than a day of history); for an author, the sum over its repos present
    // in both snapshots. Synchronous: run it on the store's thread.
    static WatchlistFigures compute(HistoryStore &store, const QList<WatchItem> &items, const QDateTime &now);
};

} // namespace hubwatch

Q_DECLARE_METATYPE(hubwatch::WatchlistFigures)
