#include "expr/eval/eval_nodes.h"

namespace sw::expr::eval {
namespace {

using model::TypeKind;

class LiteralNode final : public Node {
public:
    LiteralNode(Value value, model::FlinkType type, std::size_t offset) : Node(std::move(type), offset), value_(std::move(value)) {}
    const Value* eval(const Row&, const EvaluationContext&, Value&, Error&) const override { return &value_; }
    const Value* constant() const override { return &value_; }

private:
    Value value_;
};

// Hands out the row's own field: no copy, so string columns cost nothing to read.
class ColumnNode final : public Node {
public:
    ColumnNode(int index, model::FlinkType type, std::size_t offset) : Node(std::move(type), offset), index_(static_cast<std::size_t>(index)) {}
    const Value* eval(const Row& row, const EvaluationContext&, Value&, Error& error) const override {
        if (index_ >= row.size()) return fail(error, "row has " + std::to_string(row.size()) + " fields, column index " + std::to_string(index_) + " is missing");
        return &row[index_];
    }
    std::optional<std::size_t> columnIndex() const override { return index_; }

private:
    std::size_t index_;
};

}  // namespace

Rep repOf(const model::FlinkType& type) {
    switch (type.kind()) {
    case TypeKind::Null: return Rep::Null;
    case TypeKind::Boolean: return Rep::Bool;
    case TypeKind::TinyInt:
    case TypeKind::SmallInt:
    case TypeKind::Int:
    case TypeKind::BigInt: return Rep::Int;
    case TypeKind::Float:
    case TypeKind::Double: return Rep::Double;
    case TypeKind::Decimal: return Rep::Decimal;
    case TypeKind::Char:
    case TypeKind::Varchar: return Rep::String;
    case TypeKind::Date: return Rep::Date;
    case TypeKind::Time: return Rep::Time;
    case TypeKind::Timestamp:
    case TypeKind::TimestampLtz: return Rep::Timestamp;
    case TypeKind::Interval: return Rep::Interval;
    case TypeKind::IntervalYearMonth: return Rep::MonthInterval;
    case TypeKind::Binary:
    case TypeKind::Varbinary: return Rep::Bytes;
    default: return Rep::Other;
    }
}

const Value* Node::fail(Error& error, std::string message) const {
    error = Error{std::move(message), "offset " + std::to_string(offset_)};
    return nullptr;
}

const Value& nullValue() {
    static const Value null;
    return null;
}

NodePtr makeLiteral(Value value, model::FlinkType type, std::size_t offset) {
    return std::make_unique<LiteralNode>(std::move(value), std::move(type), offset);
}

NodePtr makeColumn(int index, model::FlinkType type, std::size_t offset) {
    return std::make_unique<ColumnNode>(index, std::move(type), offset);
}

}  // namespace sw::expr::eval
