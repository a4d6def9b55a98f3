#include "runtime/engine/sink_schema_adapter.h"

#include "expr/eval/evaluator.h"

namespace sw::runtime {

Result<std::unique_ptr<SinkSchemaAdapter>> SinkSchemaAdapter::createIfNeeded(
    const std::vector<model::Column>& input, const std::vector<model::Column>& sink) {
    if (sink.empty()) return std::unique_ptr<SinkSchemaAdapter>{};
    std::vector<Slot> slots;
    bool identity = sink.size() == input.size();
    for (std::size_t s = 0; s < sink.size(); ++s) {
        std::size_t found = input.size();
        for (std::size_t i = 0; i < input.size(); ++i) {
            if (input[i].name == sink[s].name) found = i;
        }
        if (found == input.size())
            return Error{"sink column '" + sink[s].name + "' is not a column of the input", "schema"};
        Slot slot{found, !sink[s].type.sameFamilyAs(input[found].type), input[found].type, sink[s].type};
        identity = identity && found == s && !slot.cast;
        slots.push_back(std::move(slot));
    }
    if (identity) return std::unique_ptr<SinkSchemaAdapter>{};
    return std::unique_ptr<SinkSchemaAdapter>(new SinkSchemaAdapter(std::move(slots)));
}

Status SinkSchemaAdapter::process(Batch& batch) {
    for (expr::Row& row : batch.rows) {
        expr::Row out;
        out.reserve(slots_.size());
        for (const Slot& slot : slots_) {
            if (!slot.cast) {
                out.push_back(row[slot.inputIndex]);
                continue;
            }
            auto cast = expr::castValue(row[slot.inputIndex], slot.from, slot.to);
            if (!cast) return Error{cast.error().message, "schema"};
            out.push_back(std::move(*cast));
        }
        row = std::move(out);
    }
    return Ok{};
}

}  // namespace sw::runtime
