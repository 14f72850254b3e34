#pragma once

#include "store/AlertStore.h"

namespace hubwatch {

// Where raised alerts go: the tray on the desktop, standard output for `hubwatch poll`, a
// recorder in tests. The core raises and logs alerts; sinks only present them.
class AlertSink
{
public:
    virtual ~AlertSink() = default;
    virtual void deliver(const AlertRecord &alert) = 0;
};

} // namespace hubwatch
