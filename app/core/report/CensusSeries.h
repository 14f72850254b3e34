#pragma once

#include "report/ChartData.h"

namespace hubwatch {

class HistoryStore;

// The whole Hub on a chart: the total as one point per complete census ("hub"), and a
// breakdown ("hub-by:pipeline", "hub-by:library", "hub-by:licence") as its top labels, each a
// series over the censuses. Partial censuses are never part of them.
namespace CensusSeries {

constexpr int TopLabels = 5; // a breakdown's labels drawn: the most downloaded in the latest census

// The keys a chart can offer: the total and the breakdowns, once a census is complete.
StoreResult<QStringList> keys(HistoryStore &store);
// Appends the series `key` stands for to data->series (a breakdown: several). first: the chart's
// first key, which gets the projection to its next milestone.
void load(HistoryStore &store, const QString &key, bool first, const QDateTime &now, ChartData *data);

} // namespace CensusSeries

} // namespace hubwatch
