#include "runtime/formats/json_row_encoder.h"

#include <charconv>

#include "expr/eval/binary_text.h"
#include "expr/eval/decimal_math.h"
#include "expr/eval/temporal.h"
#include "expr/eval/value_text.h"
#include "runtime/formats/json_text.h"

namespace sw::runtime {

namespace {

using model::TypeKind;

// Flink writes temporal values with java.time's ISO_LOCAL_TIME: no fraction when it is zero,
// else milliseconds, else microseconds, else nanoseconds.
int fractionDigits(std::int64_t micros, std::int32_t nanos) {
    if (nanos != 0) return 9;
    const std::int64_t fraction = micros % expr::temporal::kMicrosPerSecond;
    if (fraction == 0) return 0;
    return fraction % 1000 == 0 ? 3 : 6;
}

}  // namespace

JsonRowEncoder::JsonRowEncoder(std::vector<model::Column> columns) : columns_(std::move(columns)) {
    for (const model::Column& column : columns_) {
        std::string key;
        appendJsonString(key, column.name);
        key.push_back(':');
        keys_.push_back(std::move(key));
    }
}

void JsonRowEncoder::encode(const expr::Row& row, std::string& out) const {
    out.clear();
    out.push_back('{');
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (i) out.push_back(',');
        out += keys_[i];
        appendField(out, row[i], columns_[i].type);
    }
    out.push_back('}');
}

void JsonRowEncoder::appendField(std::string& out, const expr::Value& value, const model::FlinkType& type) const {
    if (value.isNull()) {
        out += "null";
        return;
    }
    switch (type.kind()) {
    case TypeKind::Boolean: out += value.as<bool>() ? "true" : "false"; return;
    case TypeKind::TinyInt:
    case TypeKind::SmallInt:
    case TypeKind::Int:
    case TypeKind::BigInt: {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value.as<std::int64_t>()).ptr;
        out.append(digits, end);
        return;
    }
    case TypeKind::Float:
    case TypeKind::Double: appendJsonNumber(out, value.as<double>()); return;
    case TypeKind::Decimal: {  // plain digits: a JSON number
        const auto& decimal = value.as<expr::Decimal>();
        if (decimal.scale == type.scale()) expr::decimal::append(out, decimal);
        else expr::appendValue(out, value, type);  // rescales first
        return;
    }
    case TypeKind::Timestamp:
    case TypeKind::TimestampLtz: {
        const expr::Timestamp& ts = value.as<expr::Timestamp>();
        out.push_back('"');
        expr::temporal::appendTimestamp(out, ts, fractionDigits(ts.micros, ts.nanos));
        if (type.kind() == TypeKind::TimestampLtz) out.push_back('Z');
        out.push_back('"');
        return;
    }
    case TypeKind::Date:
        out.push_back('"');
        expr::temporal::appendDate(out, value.as<expr::Date>().days);
        out.push_back('"');
        return;
    case TypeKind::Time: {
        const std::int32_t millis = value.as<expr::TimeOfDay>().millis;
        out.push_back('"');
        expr::temporal::appendTime(out, millis, millis % 1000 ? 3 : 0);
        out.push_back('"');
        return;
    }
    case TypeKind::Array:
    case TypeKind::Map:
    case TypeKind::Row: appendComposite(out, value.as<expr::Composite>(), type); return;
    default: break;
    }
    if (value.is<std::string>()) {
        appendJsonString(out, value.as<std::string>());
        return;
    }
    if (value.is<expr::Bytes>()) {  // Flink's JSON format writes BYTES as a base64 string
        appendJsonString(out, expr::binary::toBase64(value.as<expr::Bytes>().octets));
        return;
    }
    // Remaining kinds (intervals ...) travel as their SQL text.
    std::string text;
    expr::appendValue(text, value, type);
    appendJsonString(out, text);
}

// ARRAY as a JSON array, ROW as an object keyed by field name, MAP as an object keyed by the
// key's text (Flink's json format takes string keys only; validation refuses others).
void JsonRowEncoder::appendComposite(std::string& out, const expr::Composite& composite, const model::FlinkType& type) const {
    const std::vector<expr::Value>& items = *composite.items;
    const bool array = type.kind() == TypeKind::Array;
    const bool map = type.kind() == TypeKind::Map;
    out.push_back(array ? '[' : '{');
    std::string key;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const model::FlinkType& itemType = expr::compositeItemType(type, i);
        if (i > 0) out.push_back(map && i % 2 == 1 ? ':' : ',');
        if (map && i % 2 == 0) {
            key.clear();
            expr::appendValue(key, items[i], itemType);
            appendJsonString(out, key);
            continue;
        }
        if (type.kind() == TypeKind::Row) {
            appendJsonString(out, type.fieldNames().at(i));
            out.push_back(':');
        }
        appendField(out, items[i], itemType);
    }
    out.push_back(array ? ']' : '}');
}

}  // namespace sw::runtime
