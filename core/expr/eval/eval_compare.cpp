#include <cmath>

#include "expr/eval/decimal_math.h"
#include "expr/eval/eval_nodes.h"

namespace sw::expr::eval {
namespace {

template <typename T>
int order(const T& a, const T& b) { return a < b ? -1 : (b < a ? 1 : 0); }

// Numbers of different representations compare by widening: an INT against a DECIMAL exactly,
// anything against a DOUBLE as doubles (Flink's common type for that pair).
double asDouble(const Value& v) {
    if (auto* i = std::get_if<std::int64_t>(&v.storage())) return static_cast<double>(*i);
    if (auto* d = std::get_if<Decimal>(&v.storage())) return decimal::toDouble(*d);
    return get<double>(v);
}

Decimal asDecimal(const Value& v) {
    if (auto* i = std::get_if<std::int64_t>(&v.storage())) return Decimal{*i, 0};
    return get<Decimal>(v);
}

bool decides(BinaryOp op, int c) {
    switch (op) {
    case BinaryOp::Equal: return c == 0;
    case BinaryOp::NotEqual: return c != 0;
    case BinaryOp::Less: return c < 0;
    case BinaryOp::LessEqual: return c <= 0;
    case BinaryOp::Greater: return c > 0;
    default: return c >= 0;
    }
}

// The hot comparison: both sides of one primitive representation, operator fixed at compile time.
template <typename T, BinaryOp Op>
struct PrimitiveCompare {
    const Value* operator()(Call& c) const {
        const T& a = c.arg<T>(0);
        const T& b = c.arg<T>(1);
        bool r = false;
        if constexpr (Op == BinaryOp::Equal) r = a == b;
        else if constexpr (Op == BinaryOp::NotEqual) r = a != b;
        else if constexpr (Op == BinaryOp::Less) r = a < b;
        else if constexpr (Op == BinaryOp::LessEqual) r = a <= b;
        else if constexpr (Op == BinaryOp::Greater) r = a > b;
        else r = a >= b;
        return c.result(r);
    }
};

template <typename T>
NodePtr primitiveComparison(BinaryOp op, NodePtr l, NodePtr r, model::FlinkType type, std::size_t offset) {
    auto args = nodes(std::move(l), std::move(r));
    switch (op) {
    case BinaryOp::Equal: return makeStrict(std::move(type), offset, std::move(args), PrimitiveCompare<T, BinaryOp::Equal>{});
    case BinaryOp::NotEqual: return makeStrict(std::move(type), offset, std::move(args), PrimitiveCompare<T, BinaryOp::NotEqual>{});
    case BinaryOp::Less: return makeStrict(std::move(type), offset, std::move(args), PrimitiveCompare<T, BinaryOp::Less>{});
    case BinaryOp::LessEqual: return makeStrict(std::move(type), offset, std::move(args), PrimitiveCompare<T, BinaryOp::LessEqual>{});
    case BinaryOp::Greater: return makeStrict(std::move(type), offset, std::move(args), PrimitiveCompare<T, BinaryOp::Greater>{});
    default: return makeStrict(std::move(type), offset, std::move(args), PrimitiveCompare<T, BinaryOp::GreaterEqual>{});
    }
}

// x IN (a, b, ...): TRUE on a match, else NULL if x or any item is NULL, else FALSE.
class InNode final : public Node {
public:
    InNode(NodePtr value, std::vector<NodePtr> list, bool negated, model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), value_(std::move(value)), list_(std::move(list)), negated_(negated) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value valueTemp;
        const Value* v = value_->eval(row, context, valueTemp, error);
        if (v == nullptr) return nullptr;
        if (v->isNull()) return &nullValue();
        bool sawNull = false;
        for (const auto& item : list_) {
            Value temp;
            const Value* candidate = item->eval(row, context, temp, error);
            if (candidate == nullptr) return nullptr;
            if (candidate->isNull()) sawNull = true;
            else if (compareValues(*v, *candidate) == 0) return put(scratch, !negated_);
        }
        if (sawNull) return &nullValue();
        return put(scratch, negated_);
    }

private:
    NodePtr value_;
    std::vector<NodePtr> list_;
    bool negated_;
};

// x BETWEEN low AND high is (x >= low AND x <= high) in three-valued logic, so a NULL bound still
// gives FALSE when the other bound already excludes x; NOT BETWEEN is its negation. SYMMETRIC is
// Calcite's rewrite: (x BETWEEN low AND high) OR (x BETWEEN high AND low).
class BetweenNode final : public Node {
public:
    BetweenNode(NodePtr value, NodePtr low, NodePtr high, bool negated, bool symmetric, model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), value_(std::move(value)), low_(std::move(low)), high_(std::move(high)),
          negated_(negated), symmetric_(symmetric) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value temps[3];
        const Value* v = value_->eval(row, context, temps[0], error);
        if (v == nullptr) return nullptr;
        if (v->isNull()) return &nullValue();
        const Value* low = low_->eval(row, context, temps[1], error);
        if (low == nullptr) return nullptr;
        const Value* high = high_->eval(row, context, temps[2], error);
        if (high == nullptr) return nullptr;
        Truth within = between(*v, *low, *high);
        if (symmetric_ && within != Truth::True) {  // OR: TRUE wins, then UNKNOWN, then FALSE
            const Truth swapped = between(*v, *high, *low);
            if (swapped != Truth::False) within = swapped;
        }
        if (within == Truth::Unknown) return &nullValue();
        return put(scratch, (within == Truth::True) != negated_);
    }

private:
    static Truth between(const Value& v, const Value& low, const Value& high) {
        const bool aboveLowKnown = !low.isNull();
        const bool belowHighKnown = !high.isNull();
        if (aboveLowKnown && compareValues(v, low) < 0) return Truth::False;
        if (belowHighKnown && compareValues(v, high) > 0) return Truth::False;
        return aboveLowKnown && belowHighKnown ? Truth::True : Truth::Unknown;
    }

private:
    NodePtr value_, low_, high_;
    bool negated_, symmetric_;
};

// a IS [NOT] DISTINCT FROM b: two NULLs are not distinct, a NULL and a value are.
class DistinctTestNode final : public Node {
public:
    DistinctTestNode(bool distinct, NodePtr left, NodePtr right, std::size_t offset)
        : Node(model::FlinkType(model::TypeKind::Boolean).withNullable(false), offset), distinct_(distinct),
          left_(std::move(left)), right_(std::move(right)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value temps[2];
        const Value* a = left_->eval(row, context, temps[0], error);
        if (a == nullptr) return nullptr;
        const Value* b = right_->eval(row, context, temps[1], error);
        if (b == nullptr) return nullptr;
        const bool same = a->isNull() || b->isNull() ? a->isNull() && b->isNull() : compareValues(*a, *b) == 0;
        return put(scratch, same != distinct_);
    }

private:
    bool distinct_;
    NodePtr left_, right_;
};

// Item by item, NULL first, a prefix before the longer value: a total order for DISTINCT and
// sorting; = and <> only need it to be 0 exactly for equal values.
int compareComposites(const Composite& a, const Composite& b) {
    const std::vector<Value>& x = *a.items;
    const std::vector<Value>& y = *b.items;
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
        if (x[i].isNull() != y[i].isNull()) return x[i].isNull() ? -1 : 1;
        if (x[i].isNull()) continue;
        if (int c = compareValues(x[i], y[i]); c != 0) return c;
    }
    return order(x.size(), y.size());
}

}  // namespace

int compareValues(const Value& a, const Value& b) {
    const auto& x = a.storage();
    const auto& y = b.storage();
    if (x.index() == y.index()) {
        return std::visit(
            [&](const auto& left) -> int {
                using T = std::decay_t<decltype(left)>;
                const T& right = *std::get_if<T>(&y);
                if constexpr (std::is_same_v<T, std::monostate>) return 0;
                else if constexpr (std::is_same_v<T, Decimal>) return decimal::compare(left, right);
                else if constexpr (std::is_same_v<T, Date>) return order(left.days, right.days);
                else if constexpr (std::is_same_v<T, TimeOfDay>) return order(left.millis, right.millis);
                else if constexpr (std::is_same_v<T, Interval>) return order(left.millis, right.millis);
                else if constexpr (std::is_same_v<T, MonthInterval>) return order(left.months, right.months);
                else if constexpr (std::is_same_v<T, Composite>) return compareComposites(left, right);
                else return order(left, right);  // bool, int64, double, string (bytewise = code point order), bytes, timestamp (micros, then nanos)
            },
            x);
    }
    bool doubles = std::holds_alternative<double>(x) || std::holds_alternative<double>(y);
    if (doubles) return order(asDouble(a), asDouble(b));
    return decimal::compare(asDecimal(a), asDecimal(b));
}

NodePtr makeComparison(BinaryOp op, NodePtr l, NodePtr r, model::FlinkType type, std::size_t offset) {
    if (l->rep() == r->rep() && l->rep() == Rep::Int) return primitiveComparison<std::int64_t>(op, std::move(l), std::move(r), std::move(type), offset);
    if (l->rep() == r->rep() && l->rep() == Rep::Double) return primitiveComparison<double>(op, std::move(l), std::move(r), std::move(type), offset);
    return makeStrict(std::move(type), offset, nodes(std::move(l), std::move(r)),
                      [op](Call& c) { return c.result(decides(op, compareValues(*c.args[0], *c.args[1]))); });
}

NodePtr makeDistinctTest(bool distinct, NodePtr l, NodePtr r, std::size_t offset) {
    return std::make_unique<DistinctTestNode>(distinct, std::move(l), std::move(r), offset);
}

NodePtr makeIn(NodePtr value, std::vector<NodePtr> list, bool negated, model::FlinkType type, std::size_t offset) {
    return std::make_unique<InNode>(std::move(value), std::move(list), negated, std::move(type), offset);
}

NodePtr makeBetween(NodePtr value, NodePtr low, NodePtr high, bool negated, bool symmetric, model::FlinkType type,
                    std::size_t offset) {
    return std::make_unique<BetweenNode>(std::move(value), std::move(low), std::move(high), negated, symmetric, std::move(type),
                                         offset);
}

// GREATEST / LEAST: NULL when any argument is NULL (Flink's documented behaviour); the
// arguments arrive coerced to the result type. makeStrict takes at most four, so this loops.
class ExtremumNode final : public Node {
public:
    ExtremumNode(bool greatest, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), greatest_(greatest), args_(std::move(args)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value best;
        for (const auto& arg : args_) {
            Value temp;
            const Value* v = arg->eval(row, context, temp, error);
            if (v == nullptr) return nullptr;
            if (v->isNull()) return &nullValue();
            if (best.isNull() || compareValues(*v, best) * (greatest_ ? 1 : -1) > 0) best = *v;
        }
        scratch = std::move(best);
        return &scratch;
    }

private:
    bool greatest_;
    std::vector<NodePtr> args_;
};

NodePtr makeExtremum(bool greatest, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    return std::make_unique<ExtremumNode>(greatest, std::move(args), std::move(type), offset);
}

}  // namespace sw::expr::eval
