#pragma once

class QString;

namespace hubwatch::DesktopStartup {

// The desktop's resources, window icon and desktop-file id (after the QApplication exists).
void prepareGui();
// --theme dark: the window in a dark palette (Fusion draws every role of it) whatever the
// desktop's theme is; anything else leaves the desktop's own palette.
void applyTheme(const QString &theme);

} // namespace hubwatch::DesktopStartup
