#pragma once
// What the outage tests watch while a plan runs: its metrics, polled until a condition holds.

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <thread>

#include "runtime/engine/plan.h"

namespace sw::runtime::test {

// Records that reached node `nodeId` so far (0 before its first).
inline std::uint64_t recordsIn(Plan& plan, const std::string& nodeId) {
    for (const NodeMetrics& node : plan.metrics().snapshot().nodes)
        if (node.nodeId == nodeId) return node.recordsIn;
    return 0;
}

// Polls `done` every 50 ms for up to `limit`; false when it never held.
inline bool eventually(const std::function<bool()>& done, std::chrono::seconds limit = std::chrono::seconds(60)) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
}

}  // namespace sw::runtime::test
