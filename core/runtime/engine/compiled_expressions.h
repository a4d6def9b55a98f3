#pragma once
// Compiling a node's expression text with core/expr, with errors pinned to the node and field.

#include <string>
#include <vector>

#include "expr/eval/evaluator.h"
#include "model/node.h"
#include "util/result.h"

namespace sw::runtime {

// Parses and compiles `text` over `input`; an error's location is "node '<name>' / <field>".
Result<expr::CompiledExpression> compileNodeExpression(const model::Node& node, const std::string& field,
                                                       const std::string& text,
                                                       const std::vector<model::Column>& input);

// "node 'orders'": how runtime errors name a node.
std::string nodeLocation(const model::Node& node);

// Processing time for NOW() and PROCTIME(): the wall clock in microseconds (the runtime runs in UTC).
std::int64_t wallClockMicros();

}  // namespace sw::runtime
