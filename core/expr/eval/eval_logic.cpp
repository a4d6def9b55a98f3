#include "expr/eval/eval_nodes.h"

namespace sw::expr::eval {
namespace {

// Three-valued truth of a BOOLEAN value.
Truth truthOf(const Value& v) { return v.isNull() ? Truth::Unknown : (get<bool>(v) ? Truth::True : Truth::False); }

// AND / OR with short-circuit on the deciding value: FALSE AND x = FALSE, TRUE OR x = TRUE,
// even when x is NULL; otherwise NULL if either side is NULL.
class AndOrNode final : public Node {
public:
    AndOrNode(bool isAnd, NodePtr left, NodePtr right, model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), deciding_(isAnd ? Truth::False : Truth::True), left_(std::move(left)), right_(std::move(right)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value temp;
        const Value* l = left_->eval(row, context, temp, error);
        if (l == nullptr) return nullptr;
        Truth left = truthOf(*l);
        if (left == deciding_) return put(scratch, deciding_ == Truth::True);
        const Value* r = right_->eval(row, context, temp, error);
        if (r == nullptr) return nullptr;
        Truth right = truthOf(*r);
        if (right == deciding_) return put(scratch, deciding_ == Truth::True);
        if (left == Truth::Unknown || right == Truth::Unknown) return &nullValue();
        return put(scratch, deciding_ != Truth::True);
    }

private:
    Truth deciding_;
    NodePtr left_, right_;
};

// IS [NOT] NULL / TRUE / FALSE: never NULL itself.
class TruthTestNode final : public Node {
public:
    TruthTestNode(UnaryOp op, NodePtr operand, std::size_t offset)
        : Node(model::FlinkType(model::TypeKind::Boolean).withNullable(false), offset), op_(op), operand_(std::move(operand)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value temp;
        const Value* v = operand_->eval(row, context, temp, error);
        if (v == nullptr) return nullptr;
        bool result = false;
        switch (op_) {
        case UnaryOp::IsNull:
        case UnaryOp::IsUnknown: result = v->isNull(); break;
        case UnaryOp::IsNotNull:
        case UnaryOp::IsNotUnknown: result = !v->isNull(); break;
        case UnaryOp::IsTrue: result = truthOf(*v) == Truth::True; break;
        case UnaryOp::IsNotTrue: result = truthOf(*v) != Truth::True; break;
        case UnaryOp::IsFalse: result = truthOf(*v) == Truth::False; break;
        default: result = truthOf(*v) != Truth::False; break;  // IS NOT FALSE
        }
        return put(scratch, result);
    }

private:
    UnaryOp op_;
    NodePtr operand_;
};

// CASE: the first branch whose test holds gives the result; no branch and no ELSE gives NULL.
// A simple CASE tests operand = WHEN value (a NULL on either side never matches).
class CaseNode final : public Node {
public:
    CaseNode(NodePtr operand, std::vector<NodePtr> tests, std::vector<NodePtr> results, NodePtr elseResult,
             model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), operand_(std::move(operand)), tests_(std::move(tests)),
          results_(std::move(results)), else_(std::move(elseResult)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value operandTemp;
        const Value* operand = nullptr;
        if (operand_) {
            operand = operand_->eval(row, context, operandTemp, error);
            if (operand == nullptr) return nullptr;
        }
        for (std::size_t i = 0; i < tests_.size(); ++i) {
            Value temp;
            const Value* test = tests_[i]->eval(row, context, temp, error);
            if (test == nullptr) return nullptr;
            bool holds = operand ? (!operand->isNull() && !test->isNull() && compareValues(*operand, *test) == 0)
                                 : truthOf(*test) == Truth::True;
            if (holds) return results_[i]->eval(row, context, scratch, error);
        }
        if (else_) return else_->eval(row, context, scratch, error);
        return &nullValue();
    }

private:
    NodePtr operand_;
    std::vector<NodePtr> tests_;
    std::vector<NodePtr> results_;
    NodePtr else_;
};

class CoalesceNode final : public Node {
public:
    CoalesceNode(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), args_(std::move(args)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        for (const auto& arg : args_) {
            const Value* v = arg->eval(row, context, scratch, error);
            if (v == nullptr || !v->isNull()) return v;
        }
        return &nullValue();
    }

private:
    std::vector<NodePtr> args_;
};

// NULLIF(a, b): NULL when a = b, else a (also when b is NULL).
class NullIfNode final : public Node {
public:
    NullIfNode(NodePtr value, NodePtr other, model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), value_(std::move(value)), other_(std::move(other)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        const Value* v = value_->eval(row, context, scratch, error);
        if (v == nullptr || v->isNull()) return v;
        Value temp;
        const Value* other = other_->eval(row, context, temp, error);
        if (other == nullptr) return nullptr;
        if (!other->isNull() && compareValues(*v, *other) == 0) return &nullValue();
        return v;
    }

private:
    NodePtr value_, other_;
};

}  // namespace

NodePtr makeAndOr(BinaryOp op, NodePtr left, NodePtr right, model::FlinkType type, std::size_t offset) {
    return std::make_unique<AndOrNode>(op == BinaryOp::And, std::move(left), std::move(right), std::move(type), offset);
}

NodePtr makeNot(NodePtr operand, model::FlinkType type, std::size_t offset) {
    return makeStrict(std::move(type), offset, nodes(std::move(operand)), [](Call& c) { return c.result(!c.arg<bool>(0)); });
}

NodePtr makeTruthTest(UnaryOp op, NodePtr operand, std::size_t offset) {
    return std::make_unique<TruthTestNode>(op, std::move(operand), offset);
}

NodePtr makeCase(std::vector<NodePtr> conditions, std::vector<NodePtr> results, NodePtr elseResult, model::FlinkType type,
                 std::size_t offset) {
    return std::make_unique<CaseNode>(nullptr, std::move(conditions), std::move(results), std::move(elseResult), std::move(type), offset);
}

NodePtr makeSimpleCase(NodePtr operand, std::vector<NodePtr> whenValues, std::vector<NodePtr> results, NodePtr elseResult,
                       model::FlinkType type, std::size_t offset) {
    return std::make_unique<CaseNode>(std::move(operand), std::move(whenValues), std::move(results), std::move(elseResult),
                                      std::move(type), offset);
}

NodePtr makeCoalesce(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    return std::make_unique<CoalesceNode>(std::move(args), std::move(type), offset);
}

NodePtr makeNullIf(NodePtr value, NodePtr other, model::FlinkType type, std::size_t offset) {
    return std::make_unique<NullIfNode>(std::move(value), std::move(other), std::move(type), offset);
}

}  // namespace sw::expr::eval
