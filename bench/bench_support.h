#pragma once
// Small helpers shared by the plain timed benchmark programs.

#include <sys/resource.h>

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

// User plus system CPU time of every thread of this process so far, in seconds.
inline double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace sw::bench
