#pragma once
// Value text: Values printed as Flink prints them (CAST(x AS STRING)) and parsed from text for a
// given column type (JSON decoding, CAST(string AS type)).

#include <string>
#include <string_view>

#include "expr/eval/value.h"
#include "model/flink_type.h"
#include "util/result.h"

namespace sw::expr {

// Flink's text for `value` of `type`: TIMESTAMP(3) '2024-01-01 12:00:00.000', DECIMAL(10, 2)
// '1.50', BOOLEAN 'TRUE', DOUBLE as Java prints it ('1.5', '1.0E10'). NULL prints as "NULL".
// Composites recurse: ARRAY '[1, NULL]', MAP '{k=v, k2=v2}', ROW '(1, foo)'.
std::string formatValue(const Value& value, const model::FlinkType& type);
// Same text appended to `out`, for encoders that reuse one buffer.
void appendValue(std::string& out, const Value& value, const model::FlinkType& type);

// The type of item `index` of a composite value of `type`: an ARRAY's element type, a MAP's key
// type for even and value type for odd items, a ROW's field type.
const model::FlinkType& compositeItemType(const model::FlinkType& type, std::size_t index);

// `text` as a value of `type`, as CAST(text AS type) reads it: surrounding spaces ignored,
// DECIMAL rounded HALF_UP to the scale, timestamps as 'YYYY-MM-DD HH:MM:SS[.f...]' (also with
// ISO-8601 'T' and a trailing 'Z'). An out-of-range or malformed text is an Error.
Result<Value> parseValue(std::string_view text, const model::FlinkType& type);

}  // namespace sw::expr
