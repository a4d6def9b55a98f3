#include "expr/types/composite_types.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

#include "expr/types/type_rules.h"

namespace sw::expr {
namespace {

using model::FlinkType;
using model::TypeKind;

// The common type of items first, first + step, ... (every item, or every key / every value).
Result<FlinkType> commonOfItems(const Expr& e, const std::vector<FlinkType>& items, std::size_t first, std::size_t step,
                                std::string_view what) {
    std::optional<FlinkType> common;
    bool nullItem = false;  // an untyped NULL item makes the element nullable without typing it
    for (std::size_t i = first; i < items.size(); i += step) {
        if (items[i].isNull()) {
            nullItem = true;
            continue;
        }
        auto merged = common ? commonType(*common, items[i]) : std::optional<FlinkType>(items[i]);
        if (!merged) {
            return errorAt(e.child(i), std::string(what) + " " + describeTyped(e.child(i), items[i]) +
                                           " has no common type with " + common->withNullable(true).toSql());
        }
        common = merged;
    }
    if (!common) return errorAt(e, std::string(what) + "s are all untyped NULL: CAST one to its type");
    return nullItem ? common->withNullable(true) : *common;
}

// The value of an integer literal index (a negative one included), nullopt for any other index.
std::optional<long long> literalIndex(const Expr& index) {
    const Expr* literal = &index;
    bool negative = literal->kind() == ExprKind::Unary && literal->unaryOp() == UnaryOp::Negate;
    if (negative) literal = &literal->child(0);
    if (literal->kind() != ExprKind::Literal || literal->literalKind() != LiteralKind::Integer) return std::nullopt;
    long long value = std::strtoll(literal->text().c_str(), nullptr, 10);
    return negative ? -value : value;
}

}  // namespace

Result<FlinkType> constructorType(const Expr& e, const std::vector<FlinkType>& items) {
    switch (e.constructorKind()) {
    case ConstructorKind::Array: {
        auto element = commonOfItems(e, items, 0, 1, "ARRAY element");
        if (!element) return element;
        return FlinkType::array(*element).withNullable(false);
    }
    case ConstructorKind::Map: {
        auto key = commonOfItems(e, items, 0, 2, "MAP key");
        if (!key) return key;
        auto value = commonOfItems(e, items, 1, 2, "MAP value");
        if (!value) return value;
        return FlinkType::map(*key, *value).withNullable(false);
    }
    case ConstructorKind::Row: {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < items.size(); ++i) names.push_back("EXPR$" + std::to_string(i));
        return FlinkType::row(std::move(names), items).withNullable(false);
    }
    }
    return errorAt(e, "unexpected constructor");
}

Result<FlinkType> itemType(const Expr& e, const FlinkType& container, const FlinkType& key) {
    if (container.kind() == TypeKind::Array) {
        if (!key.isNull() && !key.isInteger()) {
            return errorAt(e.child(1), "an ARRAY index must be an integer, got " + describeTyped(e.child(1), key));
        }
        // Flink refuses a constant index that can never address an element when planning.
        if (auto index = literalIndex(e.child(1)); index && *index < 1) {
            return errorAt(e.child(1), "array element access needs an index starting at 1, but was " + std::to_string(*index));
        }
        return container.children().at(0).withNullable(true);
    }
    if (container.kind() == TypeKind::Map) {
        const FlinkType& keyType = container.children().at(0);
        if (!keyType.comparableWith(key)) {
            return errorAt(e.child(1), "a key of " + container.withNullable(true).toSql() + " cannot be " +
                                           describeTyped(e.child(1), key));
        }
        return container.children().at(1).withNullable(true);
    }
    return errorAt(e, "[...] needs an ARRAY or a MAP, got " + describeTyped(e.child(0), container));
}

int fieldIndex(const FlinkType& row, const std::string& field) {
    const auto& names = row.fieldNames();
    auto it = std::ranges::find(names, field);
    return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

Result<FlinkType> fieldAccessType(const Expr& e, const FlinkType& row) {
    if (row.kind() != TypeKind::Row) {
        return errorAt(e, "." + e.text() + " needs a ROW, got " + describeTyped(e.child(0), row));
    }
    int index = fieldIndex(row, e.text());
    if (index < 0) return errorAt(e, row.withNullable(true).toSql() + " has no field " + e.text());
    const FlinkType& field = row.children().at(static_cast<std::size_t>(index));
    return field.withNullable(field.nullable() || row.nullable());
}

Result<FlinkType> overlapsType(const Expr& e, const std::vector<FlinkType>& periods) {
    bool nullable = false;
    const FlinkType* firstStart = nullptr;
    for (std::size_t p = 0; p < 2; ++p) {
        const Expr& period = e.child(p);
        const FlinkType& start = periods[p].children().at(0);
        const FlinkType& end = periods[p].children().at(1);
        nullable = nullable || start.nullable() || end.nullable();
        if (!start.isNull() && !start.isTemporal()) {
            return errorAt(period.child(0), "a period starts at a date, time or timestamp, not " +
                                                describeTyped(period.child(0), start));
        }
        // The end is a time point of the start's type or a length: day-time for any point,
        // year-month for dates and timestamps.
        bool endsAtPoint = end.isNull() || (end.isTemporal() && start.comparableWith(end));
        bool endsAfterLength = end.kind() == TypeKind::Interval ||
                               (end.kind() == TypeKind::IntervalYearMonth && start.kind() != TypeKind::Time);
        if (!endsAtPoint && !endsAfterLength) {
            return errorAt(period.child(1), "a period starting at " + describeTyped(period.child(0), start) +
                                                " cannot end at " + describeTyped(period.child(1), end));
        }
        if (firstStart && !firstStart->comparableWith(start)) {
            return errorAt(e, "cannot compare periods of " + firstStart->withNullable(true).toSql() + " and " +
                                  start.withNullable(true).toSql());
        }
        firstStart = &start;
    }
    return FlinkType(TypeKind::Boolean).withNullable(nullable);
}

}  // namespace sw::expr
