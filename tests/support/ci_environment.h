#pragma once
// CiEnvironment: whether this test run is a CI run, where every skip must fail instead, since
// ctest and QtTest count a skipped test as passed.

namespace sw::testing {

class CiEnvironment {
public:
    // True when the environment variable CI has any non-empty value (CI services set CI=true).
    // Any value counts, "false" and "0" too: a doubtful setting fails loudly rather than skips.
    static bool active();
};

}  // namespace sw::testing

// Skips the current GoogleTest test outside CI; in CI fails it with the same reason.
// `reason` is anything `<<` accepts.
#define SW_GTEST_SKIP_OUTSIDE_CI(reason)                                                       \
    do {                                                                                       \
        if (::sw::testing::CiEnvironment::active())                                            \
            FAIL() << reason << " [CI is set: this skip fails, as every skip does in CI]";     \
        GTEST_SKIP() << reason;                                                                \
    } while (false)

// Skips the current QtTest function outside CI; in CI fails it. `reason` is a string literal.
#define SW_QSKIP_OUTSIDE_CI(reason)                                                            \
    do {                                                                                       \
        if (::sw::testing::CiEnvironment::active())                                            \
            QFAIL(reason " [CI is set: this skip fails, as every skip does in CI]");           \
        QSKIP(reason);                                                                         \
    } while (false)
