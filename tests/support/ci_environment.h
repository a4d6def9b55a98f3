#pragma once
// CiEnvironment: whether this test run is a CI run, where tests only compare and never rewrite
// what they compare against.

namespace sw::testing {

class CiEnvironment {
public:
    // True when the environment variable CI has any non-empty value (CI services set CI=true).
    // Any value counts, "false" and "0" too: a doubtful setting makes the stricter run.
    static bool active();
};

}  // namespace sw::testing
