#include "expr/types/type_rules.h"

#include <algorithm>
#include <charconv>

#include "expr/parse/printer.h"

namespace sw::expr {
namespace {

using model::FlinkType;
using model::TypeKind;

constexpr int kMaxPrecision = 38;
constexpr int kMinAdjustedScale = 6;

struct Decimal {
    int precision;
    int scale;
};

// Integers take part in decimal arithmetic as the narrowest DECIMAL holding all their values.
Decimal asDecimal(const FlinkType& t) {
    switch (t.kind()) {
    case TypeKind::TinyInt: return {3, 0};
    case TypeKind::SmallInt: return {5, 0};
    case TypeKind::Int: return {10, 0};
    case TypeKind::BigInt: return {19, 0};
    default: return {t.precision(), t.scale()};
    }
}

// Past 38 digits Flink keeps the integer digits and gives up scale, down to 6 (or the original).
FlinkType boundedDecimal(int precision, int scale) {
    if (precision <= kMaxPrecision) return FlinkType(TypeKind::Decimal, std::max(precision, 1), scale);
    int integerDigits = precision - scale;
    int adjustedScale = std::max(kMaxPrecision - integerDigits, std::min(scale, kMinAdjustedScale));
    return FlinkType(TypeKind::Decimal, kMaxPrecision, adjustedScale);
}

FlinkType decimalArithmetic(BinaryOp op, Decimal a, Decimal b) {
    switch (op) {
    case BinaryOp::Add:
    case BinaryOp::Subtract: {
        int scale = std::max(a.scale, b.scale);
        return boundedDecimal(std::max(a.precision - a.scale, b.precision - b.scale) + scale + 1, scale);
    }
    case BinaryOp::Multiply: return boundedDecimal(a.precision + b.precision + 1, a.scale + b.scale);
    case BinaryOp::Divide: {
        int scale = std::max(kMinAdjustedScale, a.scale + b.precision + 1);
        return boundedDecimal(a.precision - a.scale + b.scale + scale, scale);
    }
    default: {  // Modulo
        int scale = std::max(a.scale, b.scale);
        return boundedDecimal(std::min(a.precision - a.scale, b.precision - b.scale) + scale, scale);
    }
    }
}

bool bothOf(const FlinkType& a, const FlinkType& b, bool (FlinkType::*is)() const) { return (a.*is)() && (b.*is)(); }

// ROUND's digits when they are an integer literal, a negative one included; a left-out argument
// counts as 0. Flink types the call from the literal (FlinkReturnTypes.ROUND_FUNCTION).
std::optional<int> literalDigits(const Expr& call) {
    if (call.children().size() < 2) return 0;
    const Expr* digits = &call.child(1);
    bool negative = digits->kind() == ExprKind::Unary && digits->unaryOp() == UnaryOp::Negate;
    if (negative) digits = &digits->child(0);
    if (digits->kind() != ExprKind::Literal || digits->literalKind() != LiteralKind::Integer) return std::nullopt;
    int value = 0;
    const std::string& text = digits->text();
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return negative ? -value : value;
}

// ARRAY<INT> and ARRAY<DOUBLE> meet at ARRAY<DOUBLE>: the common type of the parts, part by part.
std::optional<FlinkType> commonCompositeType(const FlinkType& a, const FlinkType& b) {
    if (a.children().size() != b.children().size()) return std::nullopt;
    std::vector<FlinkType> parts;
    for (std::size_t i = 0; i < a.children().size(); ++i) {
        auto part = commonType(a.children()[i], b.children()[i]);
        if (!part) return std::nullopt;
        parts.push_back(*part);
    }
    bool nullable = a.nullable() || b.nullable();
    if (a.kind() == TypeKind::Array) return FlinkType::array(parts[0]).withNullable(nullable);
    if (a.kind() == TypeKind::Map) return FlinkType::map(parts[0], parts[1]).withNullable(nullable);
    return FlinkType::row(a.fieldNames(), std::move(parts)).withNullable(nullable);
}

}  // namespace

FlinkType roundType(const Expr& call, const FlinkType& value) {
    auto digits = literalDigits(call);
    if (value.kind() != TypeKind::Decimal || !digits || *digits >= value.scale()) return value;
    // LogicalTypeMerging.findRoundDecimalType: one more integer digit, for a carry out of rounding.
    int integerDigits = value.precision() - value.scale();
    int scale = std::max(*digits, 0);
    return FlinkType(TypeKind::Decimal, std::min(kMaxPrecision, 1 + integerDigits + scale), scale).withNullable(value.nullable());
}

FlinkType arithmeticType(BinaryOp op, const FlinkType& left, const FlinkType& right) {
    bool nullable = left.nullable() || right.nullable();
    bool decimal = left.kind() == TypeKind::Decimal || right.kind() == TypeKind::Decimal;
    if (decimal && bothOf(left, right, &FlinkType::isExactNumeric)) {
        return decimalArithmetic(op, asDecimal(left), asDecimal(right)).withNullable(nullable);
    }
    return model::commonNumericType(left, right);
}

std::optional<FlinkType> commonType(const FlinkType& a, const FlinkType& b) {
    bool nullable = a.nullable() || b.nullable();
    if (a.isNull()) return b.withNullable(true);
    if (b.isNull()) return a.withNullable(true);
    if (bothOf(a, b, &FlinkType::isNumeric)) return model::commonNumericType(a, b);
    if (bothOf(a, b, &FlinkType::isCharacterString) || bothOf(a, b, &FlinkType::isBinaryString)) {
        // Fixed-length strings stay fixed only at one length: Flink's type system turns ragged
        // CHAR unions into VARCHAR (FlinkTypeSystem.shouldConvertRaggedUnionTypesToVarying).
        TypeKind kind = a.kind() == b.kind() && a.precision() == b.precision() ? a.kind() : (a.isCharacterString() ? TypeKind::Varchar : TypeKind::Varbinary);
        return FlinkType(kind, std::max(a.precision(), b.precision())).withNullable(nullable);
    }
    if (a.kind() != b.kind()) return std::nullopt;
    if (a.kind() == TypeKind::Array || a.kind() == TypeKind::Map || a.kind() == TypeKind::Row) {
        return commonCompositeType(a, b);
    }
    if (a.isTemporal()) return FlinkType(a.kind(), std::max(a.precision(), b.precision())).withNullable(nullable);
    if (a.sameFamilyAs(b)) return a.withNullable(nullable);
    return std::nullopt;
}

namespace {

// ARRAY<INT> to ARRAY<STRING> and the like: the same shape, each part castable.
bool compositeCastAllowed(const FlinkType& from, const FlinkType& to) {
    if (from.kind() != to.kind() || from.children().size() != to.children().size()) return false;
    for (std::size_t i = 0; i < from.children().size(); ++i) {
        if (!castAllowed(from.children()[i], to.children()[i])) return false;
    }
    return true;
}

}  // namespace

bool castAllowed(const FlinkType& from, const FlinkType& to) {
    if (from.isNull() || from.sameFamilyAs(to)) return true;
    // Anything atomic prints to and parses from a character string.
    // So does a composite value (ARRAY '[1, 2]', MAP '{a=1}', ROW '(1, a)'), since Flink 1.15.
    if (to.isCharacterString()) return true;
    bool composite = from.kind() == TypeKind::Array || from.kind() == TypeKind::Map || from.kind() == TypeKind::Row;
    if (composite) return compositeCastAllowed(from, to);
    if (from.isCharacterString()) return !to.isInterval();
    bool numericOrBoolean = from.isNumeric() || from.kind() == TypeKind::Boolean;
    if (numericOrBoolean) return to.isNumeric() || to.kind() == TypeKind::Boolean;
    if (from.isTemporal() && to.isTemporal()) {
        // DATE has no time of day and TIME no date: they only convert to and from timestamps.
        bool dateTime = (from.kind() == TypeKind::Date && to.kind() == TypeKind::Time) ||
                        (from.kind() == TypeKind::Time && to.kind() == TypeKind::Date);
        return !dateTime;
    }
    return false;
}

std::string describeTyped(const Expr& expr, const FlinkType& type) {
    // The offset locates the operand; a long one (a chain of 30,000 terms) is shown by its start.
    constexpr std::size_t kShown = 80;
    std::string text = toSql(expr);
    if (text.size() > kShown) text = text.substr(0, kShown) + "...";
    return text + " (" + type.withNullable(true).toSql() + ")";
}

Error errorAt(const Expr& expr, std::string message) {
    return Error{std::move(message), "offset " + std::to_string(expr.offset())};
}

}  // namespace sw::expr
