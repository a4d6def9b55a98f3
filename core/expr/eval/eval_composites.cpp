// Eval nodes of composite values: ARRAY / MAP / ROW constructors, element and field access, and
// OVERLAPS over two (start, end) periods.

#include "expr/eval/eval_nodes.h"
#include "expr/eval/flink_calendar.h"
#include "expr/eval/temporal.h"

namespace sw::expr::eval {
namespace {

// Not strict: a NULL item is kept as a NULL element, field or value.
class ConstructorNode final : public Node {
public:
    ConstructorNode(ConstructorKind kind, std::vector<NodePtr> items, model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), kind_(kind), items_(std::move(items)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        std::vector<Value> values;
        values.reserve(items_.size());
        for (std::size_t i = 0; i < items_.size(); ++i) {
            Value temp;
            const Value* v = items_[i]->eval(row, context, temp, error);
            if (v == nullptr) return nullptr;
            if (kind_ == ConstructorKind::Map && i % 2 == 1 && replacesEarlierKey(values, *v)) continue;
            values.push_back(v == &temp ? std::move(temp) : *v);
        }
        scratch = compositeValue(std::move(values));
        return &scratch;
    }

private:
    // MAP['a', 1, 'a', 2] is {a=2}: the value of a key seen before replaces that key's value,
    // and the duplicate key (the last item of `values`) is dropped.
    static bool replacesEarlierKey(std::vector<Value>& values, const Value& value) {
        const Value& key = values.back();
        for (std::size_t k = 0; k + 1 < values.size(); k += 2) {
            bool same = key.isNull() ? values[k].isNull() : !values[k].isNull() && compareValues(values[k], key) == 0;
            if (!same) continue;
            values[k + 1] = value;
            values.pop_back();
            return true;
        }
        return false;
    }

    ConstructorKind kind_;
    std::vector<NodePtr> items_;
};

// An item of a composite argument: copied, as the argument dies when the node returns.
const Value* copied(Call& c, const Value& item) {
    c.out = item;
    return &c.out;
}

const Value* arrayElement(Call& c) {
    const std::vector<Value>& items = *c.arg<Composite>(0).items;
    std::int64_t index = c.arg<std::int64_t>(1);
    if (index < 1 || index > static_cast<std::int64_t>(items.size())) return &nullValue();
    return copied(c, items[static_cast<std::size_t>(index - 1)]);
}

const Value* mapValue(Call& c) {
    const std::vector<Value>& items = *c.arg<Composite>(0).items;
    for (std::size_t k = 0; k + 1 < items.size(); k += 2) {
        if (!items[k].isNull() && compareValues(items[k], *c.args[1]) == 0) return copied(c, items[k + 1]);
    }
    return &nullValue();
}

// A time point on one line of microseconds: DATE at midnight, TIME since midnight.
std::int64_t pointMicros(const Value& v) {
    if (auto* date = std::get_if<Date>(&v.storage())) return std::int64_t{date->days} * temporal::kMicrosPerDay;
    if (auto* time = std::get_if<TimeOfDay>(&v.storage())) return std::int64_t{time->millis} * temporal::kMicrosPerMilli;
    return get<Timestamp>(v).micros;
}

// A period's end: a time point, or its start plus a length (a TIME wraps at midnight as TIME
// arithmetic does; months keep the day of month where it exists, as DATE + months does).
std::int64_t endMicros(const Value& start, const Value& end) {
    std::int64_t from = pointMicros(start);
    if (auto* interval = std::get_if<Interval>(&end.storage())) {
        std::int64_t to = from + interval->millis * temporal::kMicrosPerMilli;
        if (!start.is<TimeOfDay>()) return to;
        std::int64_t day = temporal::kMicrosPerDay;
        return ((to % day) + day) % day;
    }
    if (auto* months = std::get_if<MonthInterval>(&end.storage())) {
        std::int64_t days = temporal::floorDiv(from, temporal::kMicrosPerDay);
        std::int64_t inDay = from - days * temporal::kMicrosPerDay;
        return temporal::addMonths(days, months->months) * temporal::kMicrosPerDay + inDay;
    }
    return pointMicros(end);
}

// SQL:2011's OVERLAPS as Calcite expands it: each period ordered so it starts first, then
// s1 <= e2 AND s2 <= e1 (periods that only touch overlap). NULL when a bound is NULL.
const Value* overlaps(Call& c) {
    std::int64_t bounds[2][2];
    for (std::size_t p = 0; p < 2; ++p) {
        const std::vector<Value>& period = *c.arg<Composite>(p).items;
        if (period[0].isNull() || period[1].isNull()) return &nullValue();
        std::int64_t start = pointMicros(period[0]);
        std::int64_t end = endMicros(period[0], period[1]);
        bounds[p][0] = std::min(start, end);
        bounds[p][1] = std::max(start, end);
    }
    return c.result(bounds[0][0] <= bounds[1][1] && bounds[1][0] <= bounds[0][1]);
}

}  // namespace

NodePtr makeConstructor(ConstructorKind kind, std::vector<NodePtr> items, model::FlinkType type, std::size_t offset) {
    return std::make_unique<ConstructorNode>(kind, std::move(items), std::move(type), offset);
}

NodePtr makeItem(NodePtr container, NodePtr key, model::FlinkType type, std::size_t offset) {
    bool array = container->type().kind() == model::TypeKind::Array;
    if (array) return makeStrict(std::move(type), offset, nodes(std::move(container), std::move(key)), arrayElement);
    return makeStrict(std::move(type), offset, nodes(std::move(container), std::move(key)), mapValue);
}

NodePtr makeFieldAccess(NodePtr row, std::size_t field, model::FlinkType type, std::size_t offset) {
    return makeStrict(std::move(type), offset, nodes(std::move(row)),
                      [field](Call& c) { return copied(c, (*c.arg<Composite>(0).items)[field]); });
}

NodePtr makeOverlaps(NodePtr left, NodePtr right, model::FlinkType type, std::size_t offset) {
    return makeStrict(std::move(type), offset, nodes(std::move(left), std::move(right)), overlaps);
}

}  // namespace sw::expr::eval
