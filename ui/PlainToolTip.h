#pragma once

#include <QString>

namespace hubwatch {

// A tool tip that shows text exactly as it is. Qt renders any tool tip that looks like markup as
// rich text, so a repo name or licence from the network ("<img src=…>") would be interpreted;
// escaped inside an explicit paragraph, it is displayed literally, line breaks kept.
QString plainToolTip(const QString &text);

} // namespace hubwatch
