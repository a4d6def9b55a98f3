#include "expr/eval/eval_nodes.h"

namespace sw::expr::eval {
namespace {

// The left operand of a chain step: the chain's value so far, handed down in the context.
class ChainValueNode final : public Node {
public:
    using Node::Node;
    const Value* eval(const Row&, const EvaluationContext& context, Value&, Error&) const override {
        return context.chainValue;
    }
};

class ChainNode final : public Node {
public:
    ChainNode(NodePtr first, std::vector<NodePtr> steps)
        : Node(steps.back()->type(), steps.back()->offset()), first_(std::move(first)), steps_(std::move(steps)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value current;
        const Value* value = first_->eval(row, context, current, error);
        if (value == nullptr) return nullptr;
        if (value != &current) current = *value;
        // A copy per chain: a step's right operand may hold a chain of its own with its own value.
        EvaluationContext stepContext = context;
        stepContext.chainValue = &current;
        Value stepScratch;
        for (const NodePtr& step : steps_) {
            value = step->eval(row, stepContext, stepScratch, error);
            if (value == nullptr) return nullptr;
            // A step may return its left operand itself (AND short-circuits): then nothing changes.
            if (value == &stepScratch) current = std::move(stepScratch);
            else if (value != &current) current = *value;
        }
        scratch = std::move(current);
        return &scratch;
    }

private:
    NodePtr first_;
    std::vector<NodePtr> steps_;
};

}  // namespace

NodePtr makeChainValue(model::FlinkType type, std::size_t offset) {
    return std::make_unique<ChainValueNode>(std::move(type), offset);
}

NodePtr makeChain(NodePtr first, std::vector<NodePtr> steps) {
    return std::make_unique<ChainNode>(std::move(first), std::move(steps));
}

}  // namespace sw::expr::eval
