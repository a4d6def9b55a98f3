#pragma once
// FlinkType: a Flink SQL data type (atomic, parameterised or nested), parsed from and printed as SQL.

#include <cstdint>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace sw::model {

enum class TypeKind {
    Null,  // the type of an untyped NULL literal; never declared by users
    Boolean,
    TinyInt,
    SmallInt,
    Int,
    BigInt,
    Float,
    Double,
    Decimal,    // precision, scale
    Char,       // length
    Varchar,    // length; STRING is VARCHAR(2147483647)
    Binary,     // length
    Varbinary,  // length; BYTES is VARBINARY(2147483647)
    Date,
    Time,          // precision
    Timestamp,     // precision (default 6)
    TimestampLtz,  // precision (default 6)
    Interval,           // INTERVAL DAY TO SECOND: a day-time interval, only produced by expressions
    IntervalYearMonth,  // INTERVAL YEAR TO MONTH: a count of months, only produced by expressions
    Array,         // children[0]
    Map,           // children[0] key, children[1] value
    Row,           // children + fieldNames
};

class FlinkType {
public:
    static constexpr int kMaxLength = 2147483647;
    // ARRAY, MAP and ROW nest at most this deep: parsing, printing and comparing types recurse,
    // and real schemas stay within a handful of levels.
    static constexpr int kMaxNesting = 32;

    FlinkType() = default;
    explicit FlinkType(TypeKind kind, int precision = -1, int scale = -1);

    static FlinkType string() { return FlinkType(TypeKind::Varchar, kMaxLength); }
    static FlinkType array(FlinkType element);
    static FlinkType map(FlinkType key, FlinkType value);
    static FlinkType row(std::vector<std::string> names, std::vector<FlinkType> types);

    // Parses "BIGINT", "DECIMAL(10, 2) NOT NULL", "ROW<a INT, b STRING>", "TIMESTAMP_LTZ(3)" ...
    // Refuses nesting deeper than kMaxNesting.
    static Result<FlinkType> parse(std::string_view text);

    // Canonical SQL spelling, e.g. "DECIMAL(10, 2) NOT NULL", "STRING", "TIMESTAMP(3)".
    std::string toSql() const;

    TypeKind kind() const { return kind_; }
    int precision() const { return precision_; }  // also the length of CHAR/VARCHAR/BINARY/VARBINARY
    int scale() const { return scale_; }
    bool nullable() const { return nullable_; }
    const std::vector<FlinkType>& children() const { return children_; }
    const std::vector<std::string>& fieldNames() const { return fieldNames_; }

    FlinkType withNullable(bool nullable) const;

    bool isNumeric() const;      // TINYINT .. DOUBLE, DECIMAL
    bool isExactNumeric() const; // TINYINT .. BIGINT, DECIMAL
    bool isInteger() const;      // TINYINT .. BIGINT
    bool isCharacterString() const;
    bool isBinaryString() const;
    bool isTemporal() const;     // DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ
    bool isTimestamp() const;    // TIMESTAMP, TIMESTAMP_LTZ
    bool isInterval() const;     // either interval kind
    bool isNull() const { return kind_ == TypeKind::Null; }

    // Same logical type ignoring nullability (and ignoring lengths of strings).
    bool sameFamilyAs(const FlinkType& other) const;
    // Values of `from` may be compared with / joined to values of this type without an explicit CAST.
    bool comparableWith(const FlinkType& other) const;
    // Values of `from` may be written into a column of this type (implicit widening as Flink allows).
    bool assignableFrom(const FlinkType& from) const;

    bool operator==(const FlinkType& other) const = default;

private:
    TypeKind kind_ = TypeKind::Null;
    int precision_ = -1;
    int scale_ = -1;
    bool nullable_ = true;
    std::vector<FlinkType> children_;
    std::vector<std::string> fieldNames_;
};

// Smallest and largest value of TINYINT / SMALLINT / INT / BIGINT (any other kind: BIGINT's).
std::pair<std::int64_t, std::int64_t> integerValueRange(TypeKind kind);

// Least common type of two numeric types for arithmetic/comparison (Flink's widening rules).
FlinkType commonNumericType(const FlinkType& a, const FlinkType& b);

}  // namespace sw::model
