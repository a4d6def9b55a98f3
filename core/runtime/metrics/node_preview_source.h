#pragma once
// NodePreviewSource: what one node shows in Data Preview — its sampled output (OutputSample) or
// what its sink captured instead of writing (SinkCapture) — read by the PreviewRegistry.

#include <cstdint>
#include <vector>

#include "expr/eval/value.h"
#include "model/schema.h"
#include "runtime/protocol/run_protocol.h"

namespace sw::runtime {

class NodePreviewSource {
public:
    virtual ~NodePreviewSource() = default;
    // Grows whenever what preview() returns changed; safe from any thread.
    virtual std::uint64_t version() const = 0;
    // The node's preview as it is now; safe from any thread while the node's thread writes.
    virtual protocol::NodePreview preview() const = 0;
};

// `row` as text the way a print sink renders each value (Flink's CAST(x AS STRING)); SQL NULL
// as std::nullopt, so a STRING 'NULL' stays distinguishable from a null.
protocol::NodePreview::Row previewRow(const expr::Row& row, const std::vector<model::Column>& columns);

// The names of `columns`, in order.
std::vector<std::string> columnNames(const std::vector<model::Column>& columns);

}  // namespace sw::runtime
