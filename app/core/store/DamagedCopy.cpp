#include "DamagedCopy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hubwatch {

namespace {

QString suffix()
{
    return QStringLiteral(".damaged-");
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return QByteArray();
    return hash.result();
}

} // namespace

QString DamagedCopy::find(const QString &path)
{
    const QFileInfo original(path);
    const QString prefix = original.fileName() + suffix();
    QByteArray originalHash; // read only when a copy of the same size exists
    // Listed by hand rather than with a name filter: a file name may hold wildcard characters.
    const QFileInfoList entries = original.dir().entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &candidate : entries) {
        if (!candidate.fileName().startsWith(prefix) || candidate.size() != original.size())
            continue;
        if (originalHash.isEmpty())
            originalHash = sha256(path);
        if (!originalHash.isEmpty() && sha256(candidate.filePath()) == originalHash)
            return candidate.filePath();
    }
    return QString();
}

QString DamagedCopy::save(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString copy = path + suffix() + stamp;
    for (int i = 2; QFileInfo::exists(copy); ++i)
        copy = path + suffix() + stamp + QLatin1Char('-') + QString::number(i);
    // QFile::copy writes a temporary file and renames it: a copy cut short by a full disk never
    // appears under this name, so find() never takes a partial copy for a complete one.
    return QFile::copy(path, copy) ? copy : QString();
}

} // namespace hubwatch
