#pragma once
// JsonValueShape: what the values at one place of many JSON documents looked like — how many were
// null, booleans, integers, fractions, strings (timestamps among them), objects (with their
// fields) and arrays (with their elements' shape). Schema inference reads a type off it.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace sw::runtime {

struct JsonFieldShape;

struct JsonValueShape {
    int nulls = 0;
    int booleans = 0;
    int integers = 0;     // within BIGINT
    int bigIntegers = 0;  // integers beyond BIGINT
    int fractions = 0;    // numbers with a fraction or an exponent
    int strings = 0;
    int objects = 0;
    int arrays = 0;

    int maxIntegerDigits = 0;  // of big integers
    int maxPrecision = 0;      // significant digits of a fraction written without exponent
    int maxScale = 0;          // its digits after the point
    bool exponents = false;    // a fraction was written with an exponent
    std::int64_t minInteger = 0;
    std::int64_t maxInteger = 0;

    // Strings that are timestamps: ISO-8601 ("2024-01-01T12:00:00"), SQL ("2024-01-01 12:00:00"),
    // and of those the ones ending in 'Z' (a UTC instant).
    int isoTimestamps = 0;
    int sqlTimestamps = 0;
    int zonedTimestamps = 0;

    std::vector<JsonFieldShape> fields;      // of objects, in the order first seen
    std::unique_ptr<JsonValueShape> element;  // of arrays; null until an element was seen

    // Shapes are merged into one another, never copied.
    JsonValueShape() = default;
    JsonValueShape(const JsonValueShape&) = delete;
    JsonValueShape& operator=(const JsonValueShape&) = delete;
    JsonValueShape(JsonValueShape&&) noexcept = default;
    JsonValueShape& operator=(JsonValueShape&&) noexcept = default;
    ~JsonValueShape();

    int nonNull() const { return booleans + integers + bigIntegers + fractions + strings + objects + arrays; }
    JsonFieldShape& field(std::string_view name);  // created when first seen
    void merge(const JsonValueShape& other);

    // The shape of one JSON text, or why it is not JSON (its syntax error, with the byte offset,
    // or nesting deeper than kMaxJsonNesting).
    static Result<JsonValueShape> parse(std::string_view text);
};

struct JsonFieldShape {
    std::string name;
    int present = 0;  // documents whose object had the key, null values included
    JsonValueShape value;
};

}  // namespace sw::runtime
