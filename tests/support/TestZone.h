#pragma once
// The time zone a GUI test runs in, so that expected local times can be literals. ctest sets
// TZ=UTC for every test (cmake/HubWatchHelpers.cmake) and TZ=Asia/Shanghai (UTC+8, no daylight
// saving) for the _shanghai entries, where showing UTC as local time, or local as UTC, fails.

#include <QByteArray>
#include <QDateTime>
#include <QTest>

#include <ctime>

namespace hubwatch::test {

enum class TestZone { Utc, Shanghai, Other };

// Call before anything converts to local time. A run without TZ (straight from a shell) is UTC.
inline TestZone testZone()
{
    if (qEnvironmentVariableIsEmpty("TZ")) {
        qputenv("TZ", "UTC");
        ::tzset();
    }
    const QByteArray tz = qgetenv("TZ");
    const TestZone zone = tz == "UTC" ? TestZone::Utc : tz == "Asia/Shanghai" ? TestZone::Shanghai : TestZone::Other;
    // A zone name the C library does not know (no tzdata) silently means UTC: say so.
    const int offset = QDateTime(QDate(2026, 3, 3), QTime(0, 0), Qt::UTC).toLocalTime().offsetFromUtc();
    if (zone == TestZone::Shanghai && offset != 8 * 3600)
        qFatal("TZ=Asia/Shanghai is not in effect (offset %d s): is tzdata installed?", offset);
    return zone;
}

// The literal for the zone in use; fails the test in any other zone.
inline QString inZone(const QString &utc, const QString &shanghai)
{
    switch (testZone()) {
    case TestZone::Utc: return utc;
    case TestZone::Shanghai: return shanghai;
    case TestZone::Other: break;
    }
    QTest::qFail("expected times are known for TZ=UTC and TZ=Asia/Shanghai only (ctest sets TZ)", __FILE__, __LINE__);
    return QString();
}

} // namespace hubwatch::test
