#include "StoreError.h"

namespace hubwatch {

QString StoreError::message() const
{
    QString head;
    switch (m_kind) {
    case Kind::None: return QString();
    case Kind::Locked: head = tr("The history database is in use by another process."); break;
    case Kind::ReadOnly: head = tr("The history database cannot be written (read-only file or folder)."); break;
    case Kind::DiskFull: head = tr("The disk is full: the poll was not stored, and nothing stored before was changed."); break;
    case Kind::Corrupt: head = tr("The history database is damaged. It was not changed or replaced."); break;
    case Kind::TooNew: head = tr("The history database was written by a newer HubWatch; this version will not change it."); break;
    case Kind::Io: head = tr("The history database could not be opened."); break;
    case Kind::Sql: head = tr("A history database operation failed."); break;
    case Kind::InvalidInput: head = tr("The input could not be used."); break;
    case Kind::Unreachable: head = tr("The shared history database cannot be reached."); break;
    }
    return m_detail.isEmpty() ? head : head + QLatin1Char(' ') + m_detail;
}

} // namespace hubwatch
