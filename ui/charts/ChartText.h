#pragma once

#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QXYSeries;
QT_END_NAMESPACE

namespace hubwatch {

// The one way text reaches Qt Charts. Qt Charts draws chart titles, legend labels, axis titles
// and axis labels with QGraphicsTextItem::setHtml, always (not only when Qt::mightBeRichText
// says so). A pipeline tag or repo name from the Hub such as "<img src=/some/file>" would be
// interpreted, and the file opened and drawn; a plain "a &amp; b" would read "a & b". Every
// setter here hands Qt Charts the markup that draws the given text literally, so callers pass
// the text as people should read it. tests/security/tst_chart_text checks that no other code
// in ui/ sets such text directly.
class ChartText
{
public:
    // The markup Qt Charts draws as exactly this text: &, <, > and " escaped, runs of spaces
    // kept, line breaks and tabs drawn as spaces (a legend label is one line). Plain names
    // ("model:org/name") come back unchanged.
    static QString markup(const QString &text);

    static void setTitle(QChart *chart, const QString &text);
    static void setName(QAbstractSeries *series, const QString &text); // legend label
    static void setAxisTitle(QAbstractAxis *axis, const QString &text);
    static void appendCategory(QCategoryAxis *axis, const QString &label, double endValue);
    static void setCategories(QBarCategoryAxis *axis, const QStringList &labels);
    // Point labels are painted as plain text (QPainter::drawText), so they are not escaped;
    // Qt's "@xPoint"/"@yPoint" tags in the text are kept from being replaced by coordinates.
    static void setPointLabel(QXYSeries *series, const QString &text);
};

} // namespace hubwatch
