#pragma once
// PreviewRegistry: the Data Preview of a run — every node's sampled output and every capture
// sink's capture — registered while the plan is built, read by the CLI as the previews that
// changed since its last look.

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/metrics/output_sample.h"
#include "runtime/metrics/sink_capture.h"
#include "runtime/protocol/run_protocol.h"

namespace sw::runtime {

class PreviewRegistry {
public:
    PreviewRegistry() = default;
    PreviewRegistry(const PreviewRegistry&) = delete;
    PreviewRegistry& operator=(const PreviewRegistry&) = delete;

    // Registration happens while the plan is built, before any thread runs; the references stay
    // valid for the registry's lifetime.
    OutputSample& addOutput(std::string nodeId, std::vector<model::Column> columns, std::size_t rows,
                            const NodeCounters& counters);
    SinkCapture& addCapture(std::string nodeId, std::vector<model::Column> columns, std::vector<std::size_t> keys);

    // The previews whose version changed since the previous call (the first call: every one that
    // holds anything), in the order the nodes were registered. One reader should own the calls.
    std::vector<protocol::NodePreview> takeChanged();
    // Every preview as it is now, changed or not.
    std::vector<protocol::NodePreview> all() const;

    bool empty() const { return entries_.empty(); }

private:
    struct Entry {
        const NodePreviewSource* source = nullptr;
        std::uint64_t reportedVersion = 0;  // version 0 holds nothing, so it is never reported
    };

    std::deque<OutputSample> outputs_;  // deque: stable addresses while growing
    std::deque<SinkCapture> captures_;
    std::vector<Entry> entries_;
    std::mutex takeMutex_;  // guards the reported versions
};

}  // namespace sw::runtime
