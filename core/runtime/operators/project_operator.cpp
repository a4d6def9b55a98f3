#include "runtime/operators/project_operator.h"

#include "runtime/engine/compiled_expressions.h"

namespace sw::runtime {

Result<std::unique_ptr<ProjectOperator>> ProjectOperator::create(const model::Node& node,
                                                                 const std::vector<model::Column>& input) {
    std::vector<expr::CompiledExpression> outputs;
    for (std::size_t i = 0; i < node.outputs.size(); ++i) {
        auto compiled = compileNodeExpression(node, "outputs[" + std::to_string(i) + "]",
                                              node.outputs[i].expression, input);
        if (!compiled) return compiled.error();
        outputs.push_back(std::move(*compiled));
    }
    return std::make_unique<ProjectOperator>(std::move(outputs));
}

ProjectOperator::ProjectOperator(std::vector<expr::CompiledExpression> outputs) : outputs_(std::move(outputs)) {
    for (std::size_t c = 0; c < outputs_.size(); ++c) {
        const auto field = outputs_[c].columnIndex();
        if (!field) {
            computed_.push_back(c);
            continue;
        }
        // The last reader of a field moves it; earlier readers copy.
        for (ColumnOutput& earlier : columns_) {
            if (earlier.field == *field) earlier.moves = false;
        }
        columns_.push_back({c, *field, true});
    }
}

Status ProjectOperator::evaluate(std::size_t output, const expr::Row& row, const expr::EvaluationContext& context) {
    Error error;
    if (!outputs_[output].evaluate(row, context, scratch_[output], error))
        return Error{error.message + " (in " + outputs_[output].sql() + ")", "outputs[" + std::to_string(output) + "]"};
    return Ok{};
}

Status ProjectOperator::process(Batch& batch) {
    const expr::EvaluationContext context{wallClockMicros()};
    for (expr::Row& row : batch.rows) {
        scratch_.resize(outputs_.size());
        for (const std::size_t c : computed_) {
            if (auto evaluated = evaluate(c, row, context); !evaluated) return evaluated;
        }
        // After every computed output has read the row, its fields can be moved out.
        for (const ColumnOutput& column : columns_) {
            if (column.field >= row.size()) return evaluate(column.output, row, context);  // reports the short row
            if (column.moves) scratch_[column.output] = std::move(row[column.field]);
            else scratch_[column.output] = row[column.field];
        }
        // The old row's storage becomes the next scratch row, so steady state allocates little.
        row.swap(scratch_);
    }
    return Ok{};
}

}  // namespace sw::runtime
