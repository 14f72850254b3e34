#pragma once
#include <QtGlobal>
namespace hubwatch {
struct SeriesPoint
{
    qint64 t;
    qint64 value;
};
} // namespace hubwatch
