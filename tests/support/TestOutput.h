#pragma once
// Where widget tests save images for a look: HUBWATCH_TEST_OUT=DIR keeps them there; by default
// they go to a temporary directory of this process, removed when it exits (never a fixed /tmp
// path, which parallel runs and other users would share).

#include <QDir>
#include <QTemporaryDir>

namespace hubwatch::test {

inline QString testOutputPath(const QString &fileName)
{
    static QTemporaryDir scratch;
    const QString keep = qEnvironmentVariable("HUBWATCH_TEST_OUT");
    return QDir(keep.isEmpty() ? scratch.path() : keep).filePath(fileName);
}

} // namespace hubwatch::test
