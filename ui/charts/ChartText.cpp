#include "ChartText.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QXYSeries>

namespace hubwatch {

QString ChartText::markup(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    bool afterSpace = true; // HTML drops a leading space too
    for (QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case ' ':
            // HTML collapses a run of spaces into one: every space after the first is kept as
            // a no-break space (drawn, and read back by toPlainText(), as a space).
            out += afterSpace ? QStringLiteral("&nbsp;") : QStringLiteral(" ");
            break;
        default: out += c;
        }
        afterSpace = c == QLatin1Char(' ');
    }
    // A trailing space would be dropped as well.
    if (out.endsWith(QLatin1Char(' ')))
        out.replace(out.size() - 1, 1, QStringLiteral("&nbsp;"));
    return out;
}

void ChartText::setTitle(QChart *chart, const QString &text)
{
    chart->setTitle(markup(text));
}

void ChartText::setName(QAbstractSeries *series, const QString &text)
{
    series->setName(markup(text));
}

void ChartText::setAxisTitle(QAbstractAxis *axis, const QString &text)
{
    axis->setTitleText(markup(text));
}

void ChartText::appendCategory(QCategoryAxis *axis, const QString &label, double endValue)
{
    axis->append(markup(label), endValue);
}

void ChartText::setCategories(QBarCategoryAxis *axis, const QStringList &labels)
{
    QStringList escaped;
    escaped.reserve(labels.size());
    for (const QString &l : labels)
        escaped.append(markup(l));
    axis->setCategories(escaped);
}

void ChartText::setPointLabel(QXYSeries *series, const QString &text)
{
    // A word joiner after "@" (invisible) keeps "@yPoint" in the text from being a tag.
    QString format = text;
    format.replace(QLatin1Char('@'), QStringLiteral("@\u2060"));
    series->setPointLabelsFormat(format);
}

} // namespace hubwatch
