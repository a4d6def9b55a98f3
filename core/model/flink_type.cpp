#include "model/flink_type.h"

#include <algorithm>
#include <array>
#include <limits>

#include "model/flink_type_parser.h"
#include "util/sql_text.h"

namespace sw::model {

namespace {

struct KindName {
    TypeKind kind;
    const char* name;
};

constexpr std::array kKindNames{
    KindName{TypeKind::Null, "NULL"},           KindName{TypeKind::Boolean, "BOOLEAN"},
    KindName{TypeKind::TinyInt, "TINYINT"},     KindName{TypeKind::SmallInt, "SMALLINT"},
    KindName{TypeKind::Int, "INT"},             KindName{TypeKind::BigInt, "BIGINT"},
    KindName{TypeKind::Float, "FLOAT"},         KindName{TypeKind::Double, "DOUBLE"},
    KindName{TypeKind::Decimal, "DECIMAL"},     KindName{TypeKind::Char, "CHAR"},
    KindName{TypeKind::Varchar, "VARCHAR"},     KindName{TypeKind::Binary, "BINARY"},
    KindName{TypeKind::Varbinary, "VARBINARY"}, KindName{TypeKind::Date, "DATE"},
    KindName{TypeKind::Time, "TIME"},           KindName{TypeKind::Timestamp, "TIMESTAMP"},
    KindName{TypeKind::TimestampLtz, "TIMESTAMP_LTZ"}, KindName{TypeKind::Interval, "INTERVAL DAY TO SECOND"},
    KindName{TypeKind::IntervalYearMonth, "INTERVAL YEAR TO MONTH"},
    KindName{TypeKind::Array, "ARRAY"},         KindName{TypeKind::Map, "MAP"},
    KindName{TypeKind::Row, "ROW"},
};

const char* kindName(TypeKind kind) {
    for (const auto& entry : kKindNames)
        if (entry.kind == kind) return entry.name;
    return "?";
}

// Rank in the numeric widening chain TINYINT < SMALLINT < INT < BIGINT < DECIMAL < FLOAT < DOUBLE.
int numericRank(TypeKind kind) {
    switch (kind) {
    case TypeKind::TinyInt: return 1;
    case TypeKind::SmallInt: return 2;
    case TypeKind::Int: return 3;
    case TypeKind::BigInt: return 4;
    case TypeKind::Decimal: return 5;
    case TypeKind::Float: return 6;
    case TypeKind::Double: return 7;
    default: return 0;
    }
}

// Decimal digits an integer type needs, for integer/decimal common types.
int integerDigits(TypeKind kind) {
    switch (kind) {
    case TypeKind::TinyInt: return 3;
    case TypeKind::SmallInt: return 5;
    case TypeKind::Int: return 10;
    case TypeKind::BigInt: return 19;
    default: return 0;
    }
}

}  // namespace

FlinkType::FlinkType(TypeKind kind, int precision, int scale)
    : kind_(kind), precision_(precision), scale_(scale) {}

FlinkType FlinkType::array(FlinkType element) {
    FlinkType type(TypeKind::Array);
    type.children_.push_back(std::move(element));
    return type;
}

FlinkType FlinkType::map(FlinkType key, FlinkType value) {
    FlinkType type(TypeKind::Map);
    type.children_.push_back(std::move(key));
    type.children_.push_back(std::move(value));
    return type;
}

FlinkType FlinkType::row(std::vector<std::string> names, std::vector<FlinkType> types) {
    FlinkType type(TypeKind::Row);
    type.fieldNames_ = std::move(names);
    type.children_ = std::move(types);
    return type;
}

Result<FlinkType> FlinkType::parse(std::string_view text) { return FlinkTypeParser(text).parse(); }

std::string FlinkType::toSql() const {
    std::string out;
    switch (kind_) {
    case TypeKind::Varchar:
        out = precision_ == kMaxLength ? "STRING" : "VARCHAR(" + std::to_string(precision_) + ")";
        break;
    case TypeKind::Varbinary:
        out = precision_ == kMaxLength ? "BYTES" : "VARBINARY(" + std::to_string(precision_) + ")";
        break;
    case TypeKind::Char:
    case TypeKind::Binary:
    case TypeKind::Time:
    case TypeKind::Timestamp:
    case TypeKind::TimestampLtz:
        out = kindName(kind_);
        if (precision_ >= 0) out += "(" + std::to_string(precision_) + ")";
        break;
    case TypeKind::Decimal:
        out = "DECIMAL(" + std::to_string(precision_) + ", " + std::to_string(scale_) + ")";
        break;
    case TypeKind::Array:
        out = "ARRAY<" + children_.at(0).toSql() + ">";
        break;
    case TypeKind::Map:
        out = "MAP<" + children_.at(0).toSql() + ", " + children_.at(1).toSql() + ">";
        break;
    case TypeKind::Row:
        out = "ROW<";
        for (std::size_t i = 0; i < children_.size(); ++i) {
            if (i) out += ", ";
            out += quoteIdentifier(fieldNames_.at(i)) + " " + children_[i].toSql();
        }
        out += ">";
        break;
    default:
        out = kindName(kind_);
    }
    if (!nullable_ && kind_ != TypeKind::Null) out += " NOT NULL";
    return out;
}

FlinkType FlinkType::withNullable(bool nullable) const {
    FlinkType copy = *this;
    copy.nullable_ = nullable;
    return copy;
}

bool FlinkType::isNumeric() const { return numericRank(kind_) > 0; }
bool FlinkType::isExactNumeric() const { return isInteger() || kind_ == TypeKind::Decimal; }
bool FlinkType::isInteger() const { return integerDigits(kind_) > 0; }
bool FlinkType::isCharacterString() const { return kind_ == TypeKind::Char || kind_ == TypeKind::Varchar; }
bool FlinkType::isBinaryString() const { return kind_ == TypeKind::Binary || kind_ == TypeKind::Varbinary; }
bool FlinkType::isTemporal() const {
    return kind_ == TypeKind::Date || kind_ == TypeKind::Time || isTimestamp();
}
bool FlinkType::isTimestamp() const {
    return kind_ == TypeKind::Timestamp || kind_ == TypeKind::TimestampLtz;
}
bool FlinkType::isInterval() const { return kind_ == TypeKind::Interval || kind_ == TypeKind::IntervalYearMonth; }

bool FlinkType::sameFamilyAs(const FlinkType& other) const {
    if (isCharacterString() && other.isCharacterString()) return true;
    if (isBinaryString() && other.isBinaryString()) return true;
    if (kind_ != other.kind_) return false;
    if (kind_ == TypeKind::Decimal) return precision_ == other.precision_ && scale_ == other.scale_;
    if (children_.size() != other.children_.size()) return false;
    for (std::size_t i = 0; i < children_.size(); ++i)
        if (!children_[i].sameFamilyAs(other.children_[i])) return false;
    return true;
}

bool FlinkType::comparableWith(const FlinkType& other) const {
    if (isNull() || other.isNull()) return true;
    if (isNumeric() && other.isNumeric()) return true;
    if (isTimestamp() && other.isTimestamp()) return true;
    return sameFamilyAs(other) || (kind_ == other.kind_ && kind_ != TypeKind::Row);
}

bool FlinkType::assignableFrom(const FlinkType& from) const {
    if (from.isNull()) return nullable_;
    if (isCharacterString() && from.isCharacterString()) return true;
    if (isBinaryString() && from.isBinaryString()) return true;
    if (isNumeric() && from.isNumeric()) {
        // Widening only: never a silent narrowing, never approximate into exact.
        if (kind_ == TypeKind::Decimal && from.kind_ == TypeKind::Decimal)
            return precision_ - scale_ >= from.precision_ - from.scale_ && scale_ >= from.scale_;
        if (kind_ == TypeKind::Decimal && from.isInteger())
            return precision_ - scale_ >= integerDigits(from.kind_);
        return numericRank(kind_) >= numericRank(from.kind_) && !(isExactNumeric() && !from.isExactNumeric());
    }
    if (isTimestamp() && from.isTimestamp()) return kind_ == from.kind_;
    return sameFamilyAs(from);
}

std::pair<std::int64_t, std::int64_t> integerValueRange(TypeKind kind) {
    switch (kind) {
    case TypeKind::TinyInt: return {std::numeric_limits<std::int8_t>::min(), std::numeric_limits<std::int8_t>::max()};
    case TypeKind::SmallInt: return {std::numeric_limits<std::int16_t>::min(), std::numeric_limits<std::int16_t>::max()};
    case TypeKind::Int: return {std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()};
    default: return {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
    }
}

FlinkType commonNumericType(const FlinkType& a, const FlinkType& b) {
    const bool nullable = a.nullable() || b.nullable();
    if (a.kind() == TypeKind::Double || b.kind() == TypeKind::Double)
        return FlinkType(TypeKind::Double).withNullable(nullable);
    if (a.kind() == TypeKind::Float || b.kind() == TypeKind::Float)
        return FlinkType(TypeKind::Float).withNullable(nullable);
    if (a.kind() == TypeKind::Decimal || b.kind() == TypeKind::Decimal) {
        auto digits = [](const FlinkType& t) {
            return t.kind() == TypeKind::Decimal ? t.precision() - t.scale() : integerDigits(t.kind());
        };
        const int scale = std::max(a.kind() == TypeKind::Decimal ? a.scale() : 0,
                                   b.kind() == TypeKind::Decimal ? b.scale() : 0);
        const int precision = std::min(38, std::max(digits(a), digits(b)) + scale);
        return FlinkType(TypeKind::Decimal, precision, scale).withNullable(nullable);
    }
    return FlinkType(numericRank(a.kind()) >= numericRank(b.kind()) ? a.kind() : b.kind())
        .withNullable(nullable);
}

}  // namespace sw::model
