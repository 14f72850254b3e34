#pragma once

namespace hubwatch::DesktopStartup {

// The desktop's resources, window icon and desktop-file id (after the QApplication exists).
void prepareGui();

} // namespace hubwatch::DesktopStartup
