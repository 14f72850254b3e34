#pragma once
// Whether any process opened or read a file while this watch was on: inotify (Linux) on the file,
// for IN_OPEN and IN_ACCESS. Used by the tests that feed a file's path to the app inside hostile
// markup ("<img src=FILE>") and must show the app never loaded it, in this process or a child.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cerrno>
#include <fcntl.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace hubwatch::test {

class FileOpenWatch
{
public:
    explicit FileOpenWatch(const QString &path)
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0)
            m_wd = inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS);
    }
    ~FileOpenWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileOpenWatch(const FileOpenWatch &) = delete;
    FileOpenWatch &operator=(const FileOpenWatch &) = delete;

    bool isValid() const { return m_fd >= 0 && m_wd >= 0; }

    // The open and access events queued since the last call (reads them all).
    int takeEvents()
    {
        int n = 0;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t got = ::read(m_fd, buffer, sizeof buffer);
            if (got <= 0)
                return n; // EAGAIN: nothing more queued
            for (ssize_t off = 0; off < got;) {
                const auto *e = reinterpret_cast<const inotify_event *>(buffer + off);
                if (e->mask & (IN_OPEN | IN_ACCESS))
                    ++n;
                off += ssize_t(sizeof(inotify_event) + e->len);
            }
        }
    }

private:
    int m_fd = -1;
    int m_wd = -1;
};

} // namespace hubwatch::test
