#pragma once
// Skips that cannot hide in strict mode. scripts/test.sh (and so CI) sets
// HUBWATCH_STRICT_TESTS=1: its machine has every prerequisite (scripts/install-deps.sh test), so
// a test that would skip there is broken, and HUBWATCH_SKIP fails it instead. Without the
// variable (a plain ctest run on a developer's machine) it is an ordinary QSKIP.
// Shell tests do the same through tests/support/skip.sh.

#include <QTest>

namespace hubwatch::test {

inline bool strictTests()
{
    return qEnvironmentVariableIntValue("HUBWATCH_STRICT_TESTS") == 1;
}

} // namespace hubwatch::test

#define HUBWATCH_SKIP(reason)                                                                                                              \
    do {                                                                                                                                   \
        if (hubwatch::test::strictTests())                                                                                                 \
            QFAIL("strict mode (HUBWATCH_STRICT_TESTS=1) does not skip: " reason);                                                         \
        QSKIP(reason);                                                                                                                     \
    } while (false)
