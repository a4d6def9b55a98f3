#pragma once
// Value: one field of a runtime row, with Flink SQL semantics (NULL, exact decimals, timestamps).

#include <compare>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace sw::expr {

// A GCC/Clang extension type; __extension__ keeps -Wpedantic quiet where it is named.
__extension__ typedef __int128 Int128;

// Exact decimal: unscaled * 10^-scale (precision comes from the column type).
struct Decimal {
    Int128 unscaled = 0;
    int scale = 0;
    bool operator==(const Decimal&) const = default;
};

// Epoch-based temporal values; which one a column holds follows its FlinkType.
struct Date { std::int32_t days = 0; bool operator==(const Date&) const = default; };             // since 1970-01-01
struct TimeOfDay { std::int32_t millis = 0; bool operator==(const TimeOfDay&) const = default; };  // since midnight
// Since epoch (UTC wall clock for TIMESTAMP, instant for TIMESTAMP_LTZ); `nanos` (0..999) is the part
// below the microsecond that TIMESTAMP(7..9) keeps.
struct Timestamp {
    std::int64_t micros = 0;
    std::int32_t nanos = 0;
    bool operator==(const Timestamp&) const = default;
    auto operator<=>(const Timestamp&) const = default;
};
struct Interval { std::int64_t millis = 0; bool operator==(const Interval&) const = default; };            // day-time
struct MonthInterval { std::int32_t months = 0; bool operator==(const MonthInterval&) const = default; };  // year-month
// A BINARY / VARBINARY / BYTES value: its own type so that bytes never pass for UTF-8 text.
// std::string orders by unsigned bytes, which is Flink's order of binary strings.
struct Bytes {
    std::string octets;
    bool operator==(const Bytes&) const = default;
    auto operator<=>(const Bytes&) const = default;
};

class Value;

// An ARRAY's elements, a ROW's fields, or a MAP's keys and values alternating (k0, v0, k1, v1 ...);
// which one follows the column's FlinkType. Shared and immutable, so copying a Value stays cheap
// and sizeof(Value) does not grow.
struct Composite {
    std::shared_ptr<const std::vector<Value>> items;
    bool operator==(const Composite& other) const;  // by content, defined below Value
};

class Value {
public:
    using Storage = std::variant<std::monostate, bool, std::int64_t, double, Decimal, std::string, Date,
                                 TimeOfDay, Timestamp, Interval, MonthInterval, Bytes, Composite>;

    Value() = default;
    Value(bool v) : v_(v) {}
    Value(std::int64_t v) : v_(v) {}
    Value(int v) : v_(std::int64_t{v}) {}
    Value(double v) : v_(v) {}
    Value(Decimal v) : v_(v) {}
    Value(std::string v) : v_(std::move(v)) {}
    Value(const char* v) : v_(std::string(v)) {}
    Value(Date v) : v_(v) {}
    Value(TimeOfDay v) : v_(v) {}
    Value(Timestamp v) : v_(v) {}
    Value(Interval v) : v_(v) {}
    Value(MonthInterval v) : v_(v) {}
    Value(Bytes v) : v_(std::move(v)) {}
    Value(Composite v) : v_(std::move(v)) {}

    bool isNull() const { return std::holds_alternative<std::monostate>(v_); }
    template <typename T> bool is() const { return std::holds_alternative<T>(v_); }
    template <typename T> const T& as() const { return std::get<T>(v_); }
    const Storage& storage() const { return v_; }
    // Writable access so hot paths can overwrite a reused Value without reallocating its string.
    Storage& storage() { return v_; }

    bool operator==(const Value&) const = default;

private:
    Storage v_;
};

// Rows are copied and moved on the hot path: a new alternative must not make a Value bigger.
static_assert(sizeof(Value) == sizeof(std::variant<std::monostate, Decimal, std::string>), "Value grew");

using Row = std::vector<Value>;

inline bool Composite::operator==(const Composite& other) const {
    return items == other.items || (items && other.items && *items == *other.items);
}

// A composite value holding `items`.
inline Value compositeValue(std::vector<Value> items) {
    return Value(Composite{std::make_shared<const std::vector<Value>>(std::move(items))});
}

}  // namespace sw::expr
