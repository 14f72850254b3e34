#include "PlainToolTip.h"

namespace hubwatch {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text; // no tool tip at all
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
        + QStringLiteral("</p>");
}

} // namespace hubwatch
