#pragma once
// LatencyHistogram: lock-free, fixed log-scale buckets of end-to-end latency, read as percentiles.

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>

namespace sw::runtime {

struct LatencySummary {
    std::uint64_t count = 0;
    double p50Millis = 0;
    double p95Millis = 0;
    double p99Millis = 0;
};

class LatencyHistogram {
public:
    // Four buckets per power of two of microseconds: a reported percentile is at most ~19 % high.
    static constexpr int kBucketsPerOctave = 4;
    static constexpr int kBuckets = 40 * kBucketsPerOctave;  // up to 2^40 µs (~12 days)

    // `count` records that all waited `latency` (a sink records one batch at a time).
    void record(std::chrono::nanoseconds latency, std::uint64_t count = 1);
    LatencySummary summary() const;

    // Upper bound of bucket `index`, in microseconds.
    static double bucketUpperMicros(int index);
    static int bucketFor(std::chrono::nanoseconds latency);

private:
    std::array<std::atomic<std::uint64_t>, kBuckets> buckets_{};
};

}  // namespace sw::runtime
