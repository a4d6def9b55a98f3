#include "runtime/metrics/latency_histogram.h"

#include <algorithm>
#include <cmath>

namespace sw::runtime {

int LatencyHistogram::bucketFor(std::chrono::nanoseconds latency) {
    const double micros = std::max(1.0, static_cast<double>(latency.count()) / 1000.0);
    const int index = static_cast<int>(std::ceil(std::log2(micros) * kBucketsPerOctave));
    return std::clamp(index, 0, kBuckets - 1);
}

double LatencyHistogram::bucketUpperMicros(int index) {
    return std::exp2(static_cast<double>(index) / kBucketsPerOctave);
}

void LatencyHistogram::record(std::chrono::nanoseconds latency, std::uint64_t count) {
    if (count == 0) return;
    buckets_[static_cast<std::size_t>(bucketFor(latency))].fetch_add(count, std::memory_order_relaxed);
}

LatencySummary LatencyHistogram::summary() const {
    std::array<std::uint64_t, kBuckets> counts{};
    LatencySummary result;
    for (int i = 0; i < kBuckets; ++i) {
        counts[static_cast<std::size_t>(i)] = buckets_[static_cast<std::size_t>(i)].load(std::memory_order_relaxed);
        result.count += counts[static_cast<std::size_t>(i)];
    }
    if (result.count == 0) return result;
    const auto percentile = [&](double fraction) {
        const auto rank = static_cast<std::uint64_t>(std::ceil(fraction * static_cast<double>(result.count)));
        std::uint64_t seen = 0;
        for (int i = 0; i < kBuckets; ++i) {
            seen += counts[static_cast<std::size_t>(i)];
            if (seen >= rank) return bucketUpperMicros(i) / 1000.0;
        }
        return bucketUpperMicros(kBuckets - 1) / 1000.0;
    };
    result.p50Millis = percentile(0.50);
    result.p95Millis = percentile(0.95);
    result.p99Millis = percentile(0.99);
    return result;
}

}  // namespace sw::runtime
