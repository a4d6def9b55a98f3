#include "runtime/metrics/preview_registry.h"

namespace sw::runtime {

OutputSample& PreviewRegistry::addOutput(std::string nodeId, std::vector<model::Column> columns, std::size_t rows,
                                         const NodeCounters& counters) {
    OutputSample& sample = outputs_.emplace_back(std::move(nodeId), std::move(columns), rows, counters);
    entries_.push_back({&sample, 0});
    return sample;
}

SinkCapture& PreviewRegistry::addCapture(std::string nodeId, std::vector<model::Column> columns,
                                         std::vector<std::size_t> keys) {
    SinkCapture& capture = captures_.emplace_back(std::move(nodeId), std::move(columns), std::move(keys));
    entries_.push_back({&capture, 0});
    return capture;
}

std::vector<protocol::NodePreview> PreviewRegistry::takeChanged() {
    std::lock_guard lock(takeMutex_);
    std::vector<protocol::NodePreview> changed;
    for (Entry& entry : entries_) {
        // The version is read before the preview: a change in between shows now and once more.
        const std::uint64_t version = entry.source->version();
        if (version == entry.reportedVersion) continue;
        entry.reportedVersion = version;
        changed.push_back(entry.source->preview());
    }
    return changed;
}

std::vector<protocol::NodePreview> PreviewRegistry::all() const {
    std::vector<protocol::NodePreview> previews;
    previews.reserve(entries_.size());
    for (const Entry& entry : entries_) previews.push_back(entry.source->preview());
    return previews;
}

}  // namespace sw::runtime
