#include "runtime/engine/compiled_expressions.h"

#include <chrono>

#include "expr/parse/parser.h"

namespace sw::runtime {

std::string nodeLocation(const model::Node& node) { return node.location(); }

Result<expr::CompiledExpression> compileNodeExpression(const model::Node& node, const std::string& field,
                                                       const std::string& text,
                                                       const std::vector<model::Column>& input) {
    const std::string location = nodeLocation(node) + " / " + field;
    auto parsed = expr::parseExpression(text);
    if (!parsed) return Error{parsed.error().message, location};
    auto compiled = expr::compileExpression(**parsed, input);
    if (!compiled) return Error{compiled.error().message, location};
    return std::move(*compiled);
}

std::int64_t wallClockMicros() {
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace sw::runtime
