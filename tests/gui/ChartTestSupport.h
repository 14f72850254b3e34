#pragma once

#include "charts/HistoryChartView.h"
#include "report/ReportService.h"

#include <QChart>
#include <QLineSeries>

#include <memory>

// What the chart tests share: a shown chart view over a store, and its line series by name.
namespace hubwatch::test {

inline std::unique_ptr<HistoryChartView> openChartView(ReportService *reports, const QStringList &keys)
{
    auto view = std::make_unique<HistoryChartView>(reports);
    view->resize(900, 600);
    view->show();
    view->setSeries(keys);
    return view;
}

inline QList<QLineSeries *> lineSeriesNamed(QChart *chart, const QString &name)
{
    QList<QLineSeries *> out;
    const auto all = chart->series();
    for (QAbstractSeries *s : all)
        if (s->objectName() == name)
            if (auto *l = qobject_cast<QLineSeries *>(s))
                out.append(l);
    return out;
}

} // namespace hubwatch::test

// The view has finished a load started after `before` loads.
#define WAIT_LOADED(view, before) QTRY_VERIFY(!(view)->isLoading() && (view)->loadCount() > (before))
