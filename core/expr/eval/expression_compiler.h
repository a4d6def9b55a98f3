#pragma once
// ExpressionCompiler: Expr -> tree of eval nodes. Resolves columns to row indexes, folds constant
// sub-expressions, inserts the implicit numeric conversions Flink applies, and picks the
// type-specialised node for each operator from the type checker's result types.

#include <functional>
#include <vector>

#include "expr/parse/ast.h"
#include "expr/eval/eval_node.h"
#include "expr/types/type_checker.h"
#include "model/schema.h"
#include "util/result.h"

namespace sw::expr::eval {

// Turns an aggregate call (of result `type`) into the node that reads its result; set only when
// compiling an aggregate operator's output expressions.
using AggregateSlot = std::function<Result<NodePtr>(const Expr& call, const model::FlinkType& type)>;

class ExpressionCompiler {
public:
    // `typeColumns` give column references their types; `rowColumns` are the row's fields that
    // column references resolve to (the same list for scalar expressions).
    ExpressionCompiler(const std::vector<model::Column>& typeColumns, const std::vector<model::Column>& rowColumns,
                       AggregateSlot aggregateSlot = {});

    Result<NodePtr> compile(const Expr& expr);

private:
    struct Compiled {
        NodePtr node;
        bool constant = false;  // depends on neither the row nor the clock: may be folded
    };
    // Chains of binary operators longer than this evaluate in a loop (eval_chain.cpp), as deep
    // recursion would overflow the stack; shorter ones keep nested nodes, a call less per operator.
    static constexpr std::size_t kLongestNestedChain = 16;

    Result<Compiled> compileNode(const Expr& e);
    Result<Compiled> compileChain(const Expr& e);
    Result<NodePtr> build(const Expr& e, const model::FlinkType& type, std::vector<NodePtr> children);
    Result<NodePtr> buildCall(const Expr& e, const model::FlinkType& type, std::vector<NodePtr> children);
    Result<NodePtr> column(const Expr& e, const model::FlinkType& type) const;

    const std::vector<model::Column>& typeColumns_;
    const std::vector<model::Column>& rowColumns_;
    AggregateSlot aggregateSlot_;
    ExprTypes types_;  // of every node of the expression being compiled, from one type check
};

// `node` converted to `to` where the representation differs (INT -> DOUBLE, DECIMAL rescale).
NodePtr coerce(NodePtr node, const model::FlinkType& to);

}  // namespace sw::expr::eval

namespace sw::expr {
// A CompiledExpression over an already built node tree (aggregate outputs); defined in evaluator.cpp.
CompiledExpression makeCompiledExpression(eval::NodePtr root, std::string sql);
}  // namespace sw::expr
