#pragma once

#include <QString>

namespace hubwatch {

// A damaged history is copied aside once, so that nothing is lost whatever the user does with it
// next; not once per open: a collector restarted by systemd every 5 minutes would fill the disk
// with copies of the same bytes. One copy per damaged content: a file damaged further gets another.
class DamagedCopy
{
public:
    // An existing `<path>.damaged-*` that holds exactly what `path` holds now (same size, same
    // SHA-256); the oldest such if several. Empty if there is none.
    static QString find(const QString &path);
    // Copies `path` to `<path>.damaged-<UTC time>`, never over an earlier copy. Empty on failure.
    static QString save(const QString &path);
};

} // namespace hubwatch
