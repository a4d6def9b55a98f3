#pragma once
// Small helpers shared by the plain timed benchmark programs.

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "model/schema.h"
#include "util/result.h"

namespace sw::bench {

inline model::Column column(const char* name, const char* type) {
    return {name, model::FlinkType::parse(type).value(), {}};
}

// A benchmark has no one to report to: print what failed and stop.
template <typename T>
T orDie(Result<T> result, const char* what) {
    if (!result) {
        std::fprintf(stderr, "%s: %s\n", what, result.error().toString().c_str());
        std::exit(1);
    }
    return std::move(*result);
}

}  // namespace sw::bench
