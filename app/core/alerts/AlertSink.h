#pragma once

#include "store/AlertStore.h"

namespace hubwatch {

// Where alerts go to be seen: the tray on the desktop, standard output or the journal for
// `hubwatch poll`, a recorder in tests. The core raises and logs alerts; sinks only present them.
class AlertSink
{
public:
    virtual ~AlertSink() = default;
    virtual void deliver(const AlertRecord &alert) = 0;
    // A sink with a name keeps a ledger in the history: it is handed every alert it has not
    // shown yet (raised while it was away too), once. A sink without one is handed what the
    // current poll raised.
    virtual QString consumer() const { return QString(); }
};

} // namespace hubwatch
