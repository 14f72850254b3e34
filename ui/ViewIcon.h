#pragma once

#include <QIcon>
#include <QString>

class QPalette;

namespace hubwatch {

// The navigation's icon of a view: a line drawing from the resources, drawn in the palette's
// text colour, so it reads on light and dark themes alike. Null for a view without one.
class ViewIcon
{
public:
    static QIcon forView(const QString &id, const QPalette &palette);
};

} // namespace hubwatch
