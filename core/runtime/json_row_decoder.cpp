#include "runtime/json_row_decoder.h"

#include <simdjson.h>

#include <cctype>
#include <charconv>
#include <cstring>
#include <limits>

#include "expr/decimal_math.h"
#include "expr/value_text.h"

namespace sw::runtime {

namespace {

using model::TypeKind;
namespace ondemand = simdjson::ondemand;

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    }
    return true;
}

bool decodable(const model::FlinkType& type) {
    return type.kind() == TypeKind::Boolean || type.isNumeric() || type.isCharacterString() || type.isTemporal();
}

Result<expr::Value> mismatch(const model::FlinkType& type, std::string_view token) {
    return Error{"cannot read " + std::string(trim(token)) + " as " + type.toSql(), ""};
}

// The JSON text of an object or array value, which a STRING column keeps as it is.
simdjson::simdjson_result<std::string_view> rawJson(ondemand::value& value, ondemand::json_type type) {
    if (type == ondemand::json_type::object) {
        ondemand::object object;
        if (auto error = value.get_object().get(object)) return error;
        return object.raw_json();
    }
    ondemand::array array;
    if (auto error = value.get_array().get(array)) return error;
    return array.raw_json();
}

}  // namespace

class JsonRowDecoder::State {
public:
    std::vector<model::Column> columns;
    JsonFormatOptions options;
    ondemand::parser parser;
    std::string padded;  // the message followed by the padding simdjson reads ahead into
    std::vector<bool> seen;
    expr::Row row;

    Status parse(std::string_view message);
    Result<expr::Value> convert(ondemand::value& value, const model::FlinkType& type);
    // Producers write fields in one order, mostly the schema's: try the column after the last
    // match first, then search.
    std::size_t columnIndex(std::string_view name, std::size_t expected) const {
        if (expected < columns.size() && columns[expected].name == name) return expected;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (columns[i].name == name) return i;
        }
        return columns.size();
    }
};

Status JsonRowDecoder::State::parse(std::string_view message) {
    padded.resize(message.size() + simdjson::SIMDJSON_PADDING);
    std::memcpy(padded.data(), message.data(), message.size());
    ondemand::document document;
    if (parser.iterate(padded.data(), message.size(), padded.size()).get(document))
        return Error{"malformed JSON", "message"};
    ondemand::object object;
    if (document.get_object().get(object)) return Error{"the message is not a JSON object", "message"};

    row.assign(columns.size(), expr::Value{});
    seen.assign(columns.size(), false);
    std::size_t expected = 0;
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key)) return Error{"malformed JSON", "message"};
        const std::size_t index = columnIndex(key, expected);
        if (index == columns.size()) continue;  // fields without a column are ignored, as in Flink
        expected = index + 1;
        ondemand::value value;
        if (field.value().get(value)) return Error{"malformed JSON", "field '" + std::string(key) + "'"};
        auto converted = convert(value, columns[index].type);
        if (!converted) return Error{converted.error().message, "field '" + columns[index].name + "'"};
        row[index] = std::move(*converted);
        seen[index] = true;
    }
    // Past the object there must be nothing left: a location there means trailing content.
    const char* trailing = nullptr;
    if (document.current_location().get(trailing) == simdjson::SUCCESS)
        return Error{"malformed JSON (content after the object)", "message"};
    if (options.failOnMissingField) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (!seen[i]) return Error{"field is missing (json.fail-on-missing-field is true)", "field '" + columns[i].name + "'"};
        }
    }
    return Ok{};
}

Result<expr::Value> JsonRowDecoder::State::convert(ondemand::value& value, const model::FlinkType& type) {
    ondemand::json_type jsonType;
    if (value.type().get(jsonType)) return Error{"malformed JSON value", ""};
    if (jsonType == ondemand::json_type::null) {
        bool isNull = false;
        if (value.is_null().get(isNull) || !isNull) return Error{"malformed JSON value", ""};
        return expr::Value{};
    }
    const TypeKind kind = type.kind();
    if (type.isCharacterString()) {
        // Flink keeps strings as they are and any other JSON value as its JSON text.
        std::string_view text;
        if (jsonType == ondemand::json_type::string) {
            if (value.get_string().get(text)) return Error{"malformed JSON string", ""};
        } else if (jsonType == ondemand::json_type::object || jsonType == ondemand::json_type::array) {
            if (rawJson(value, jsonType).get(text)) return Error{"malformed JSON value", ""};
        } else {
            text = trim(value.raw_json_token());
        }
        return expr::Value(std::string(text));
    }
    std::string_view text;  // a string holding the value, which Flink's converters also accept
    if (jsonType == ondemand::json_type::string) {
        if (value.get_string().get(text)) return Error{"malformed JSON string", ""};
        text = trim(text);
    } else if (jsonType == ondemand::json_type::object || jsonType == ondemand::json_type::array) {
        return Error{"a JSON " + std::string(jsonType == ondemand::json_type::object ? "object" : "array") +
                         " cannot be read as " + type.toSql(), ""};
    }

    if (kind == TypeKind::Boolean) {
        if (jsonType == ondemand::json_type::boolean) {
            bool flag = false;
            if (value.get_bool().get(flag)) return mismatch(type, value.raw_json_token());
            return expr::Value(flag);
        }
        if (jsonType == ondemand::json_type::string && (equalsIgnoreCase(text, "true") || equalsIgnoreCase(text, "false")))
            return expr::Value(equalsIgnoreCase(text, "true"));
        return mismatch(type, jsonType == ondemand::json_type::string ? text : value.raw_json_token());
    }
    if (jsonType == ondemand::json_type::boolean) return mismatch(type, value.raw_json_token());
    if (jsonType == ondemand::json_type::number) text = trim(value.raw_json_token());

    if (type.isInteger()) {
        std::int64_t number = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
        const auto [lowest, highest] = model::integerValueRange(kind);
        if (ec != std::errc{} || end != text.data() + text.size() || number < lowest || number > highest)
            return mismatch(type, text);
        return expr::Value(number);
    }
    if (kind == TypeKind::Float || kind == TypeKind::Double) {
        double number = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (ec != std::errc{} || end != text.data() + text.size()) return mismatch(type, text);
        return expr::Value(kind == TypeKind::Float ? static_cast<double>(static_cast<float>(number)) : number);
    }
    if (jsonType == ondemand::json_type::number && type.isTemporal()) return mismatch(type, text);
    if (kind == TypeKind::Decimal) {
        // Most decimals are short plain numbers: read them without the general CAST parser.
        expr::Decimal decimal;
        if (expr::decimal::parsePlain(text, type.scale(), decimal) && expr::decimal::fits(decimal, type.precision()))
            return expr::Value(decimal);
    }
    // DECIMAL (HALF_UP to the scale) and temporal text follow CAST(text AS type).
    auto parsed = expr::parseValue(text, type);
    if (!parsed) return Error{parsed.error().message, ""};
    return parsed;
}

Result<JsonFormatOptions> JsonFormatOptions::fromNode(const model::Node& node) {
    JsonFormatOptions options;
    const auto flag = [&](const char* key, bool& out) -> Status {
        const std::string text = node.option(key);
        if (text.empty()) return Ok{};
        if (text != "true" && text != "false") return Error{"expected true or false, not '" + text + "'", std::string("option ") + key};
        out = text == "true";
        return Ok{};
    };
    if (auto read = flag("json.fail-on-missing-field", options.failOnMissingField); !read) return read.error();
    if (auto read = flag("json.ignore-parse-errors", options.ignoreParseErrors); !read) return read.error();
    if (options.failOnMissingField && options.ignoreParseErrors)
        return Error{"json.fail-on-missing-field and json.ignore-parse-errors cannot both be true",
                     "option json.ignore-parse-errors"};
    return options;
}

Result<JsonRowDecoder> JsonRowDecoder::create(std::vector<model::Column> columns, JsonFormatOptions options) {
    for (const model::Column& column : columns) {
        if (!decodable(column.type))
            return Error{"the local JSON format cannot read " + column.type.toSql() + " yet",
                         "column '" + column.name + "'"};
    }
    auto state = std::make_unique<State>();
    state->columns = std::move(columns);
    state->options = options;
    return JsonRowDecoder(std::move(state));
}

JsonRowDecoder::JsonRowDecoder(std::unique_ptr<State> state) : state_(std::move(state)) {}
JsonRowDecoder::JsonRowDecoder(JsonRowDecoder&&) noexcept = default;
JsonRowDecoder& JsonRowDecoder::operator=(JsonRowDecoder&&) noexcept = default;
JsonRowDecoder::~JsonRowDecoder() = default;

Result<bool> JsonRowDecoder::decode(std::string_view message, Batch& batch) {
    if (auto parsed = state_->parse(message); !parsed) {
        if (!state_->options.ignoreParseErrors) return parsed.error();
        ++skipped_;
        return false;
    }
    batch.append(std::move(state_->row));  // parse() sizes a fresh row for the next message
    return true;
}

}  // namespace sw::runtime
