#pragma once

namespace hubwatch {

// The ui library's resources (the app icon, the navigation's icons). A static library's
// resources are registered by an explicit call; this is the one place that makes it, once, for
// the app and for tests that build windows without the app's start-up.
class UiResources
{
public:
    static void ensureRegistered();
};

} // namespace hubwatch
