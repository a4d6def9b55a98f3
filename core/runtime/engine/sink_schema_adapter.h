#pragma once
// SinkSchemaAdapter: INSERT INTO sink SELECT <sink columns> — picks the sink's columns by name
// from the input row and casts where the sink's type is wider (Flink's implicit insert cast).

#include <vector>

#include "model/schema.h"
#include "runtime/engine/operator.h"

namespace sw::runtime {

class SinkSchemaAdapter : public Operator {
public:
    // Nothing when the sink takes the input as it is (no declared columns, or the same layout).
    static Result<std::unique_ptr<SinkSchemaAdapter>> createIfNeeded(const std::vector<model::Column>& input,
                                                                     const std::vector<model::Column>& sink);

    Status process(Batch& batch) override;

private:
    struct Slot {
        std::size_t inputIndex = 0;
        bool cast = false;
        model::FlinkType from;
        model::FlinkType to;
    };
    explicit SinkSchemaAdapter(std::vector<Slot> slots) : slots_(std::move(slots)) {}

    std::vector<Slot> slots_;
};

}  // namespace sw::runtime
