#include "runtime/formats/json_row_decoder.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <cctype>
#include <charconv>
#include <cstring>
#include <limits>
#include <optional>

#include "expr/eval/decimal_math.h"
#include "expr/eval/value_text.h"

namespace sw::runtime {

namespace {

using model::TypeKind;
namespace ondemand = simdjson::ondemand;

// std::isspace of the C locale, inline: it runs on every number token.
bool isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view trimRight(std::string_view text) {
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    return trimRight(text);
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    }
    return true;
}

// What a JSON value is, as far as the conversions into a column care.
enum class JsonTokenKind { Null, Boolean, Number, String, Object, Array };

struct JsonToken {
    JsonTokenKind kind = JsonTokenKind::Null;
    std::string_view text;  // a string's content, else the value as written
};

bool isComposite(const model::FlinkType& type) {
    return type.kind() == TypeKind::Array || type.kind() == TypeKind::Map || type.kind() == TypeKind::Row;
}

// Empty when the local format reads `type`, else why not. Composites nest the readable types;
// a MAP's keys are JSON object keys, so strings, as Flink's json format requires.
std::string undecodableReason(const model::FlinkType& type) {
    if (type.kind() == TypeKind::Map && !type.children().at(0).isCharacterString())
        return "Flink's json format reads MAP keys only as character strings, not " + type.children().at(0).toSql();
    if (isComposite(type)) {
        for (const model::FlinkType& child : type.children()) {
            if (std::string reason = undecodableReason(child); !reason.empty()) return reason;
        }
        return {};
    }
    if (type.kind() == TypeKind::Boolean || type.isNumeric() || type.isCharacterString() || type.isTemporal()) return {};
    return "the local JSON format cannot read " + type.toSql() + " yet";
}

// A nested JSON value as the token the scalar conversions take: strings by content, other
// scalars as JSON text.
JsonToken nestedToken(const nlohmann::ordered_json& json, std::string& text) {
    JsonToken token;
    if (json.is_null()) return token;
    if (json.is_string()) {
        token.kind = JsonTokenKind::String;
        token.text = json.get_ref<const std::string&>();
        return token;
    }
    token.kind = json.is_boolean() ? JsonTokenKind::Boolean : json.is_number() ? JsonTokenKind::Number
                 : json.is_object() ? JsonTokenKind::Object : JsonTokenKind::Array;
    text = json.dump();
    token.text = text;
    return token;
}

Error mismatch(const model::FlinkType& type, std::string_view token) {
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

// A string's content when it has no escapes: `text` follows the opening quote, and stage 1 has
// already checked that the string closes and holds no control characters or invalid UTF-8.
std::optional<std::string_view> unescapedContent(const char* text) {
    for (const char* p = text;; ++p) {
        if (*p == '"') return std::string_view(text, static_cast<std::size_t>(p - text));
        if (*p == '\\') return std::nullopt;
    }
}

// simdjson checks a number or literal only when it is converted; we read their text, so the
// grammar is checked here: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, or true/false.
bool isJsonNumber(std::string_view text) {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
        return i - start;
    };
    if (i < text.size() && text[i] == '-') ++i;
    if (i < text.size() && text[i] == '0') {
        ++i;
    } else if (digits() == 0) {
        return false;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (digits() == 0) return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == text.size();
}

// The kind and text of a value; strings without escapes are read in place, not copied.
Status readToken(ondemand::value& value, JsonToken& token) {
    ondemand::json_type jsonType;
    if (value.type().get(jsonType)) return Error{"malformed JSON value", ""};
    switch (jsonType) {
    case ondemand::json_type::null: {
        bool isNull = false;
        if (value.is_null().get(isNull) || !isNull) return Error{"malformed JSON value", ""};
        token.kind = JsonTokenKind::Null;
        return Ok{};
    }
    case ondemand::json_type::string:
        token.kind = JsonTokenKind::String;
        if (auto content = unescapedContent(value.raw_json_token().data() + 1)) {
            token.text = *content;
            return Ok{};
        }
        if (value.get_string().get(token.text)) return Error{"malformed JSON string", ""};
        return Ok{};
    case ondemand::json_type::object:
    case ondemand::json_type::array:
        token.kind = jsonType == ondemand::json_type::object ? JsonTokenKind::Object : JsonTokenKind::Array;
        if (rawJson(value, jsonType).get(token.text)) return Error{"malformed JSON value", ""};
        return Ok{};
    default:
        token.kind = jsonType == ondemand::json_type::boolean ? JsonTokenKind::Boolean : JsonTokenKind::Number;
        token.text = trimRight(value.raw_json_token());  // the token runs up to the next structural character
        if (token.kind == JsonTokenKind::Boolean ? token.text != "true" && token.text != "false"
                                                 : !isJsonNumber(token.text))
            return Error{"malformed JSON value " + std::string(token.text), ""};
        return Ok{};
    }
}

}  // namespace

class JsonRowDecoder::State {
public:
    std::vector<model::Column> columns;
    // Per column: its name has no quote or backslash, so a key's raw bytes can be compared with it.
    std::vector<bool> rawComparable;
    JsonFormatOptions options;
    ondemand::parser parser;
    std::string padded;  // the message followed by the padding simdjson reads ahead into
    std::vector<bool> seen;
    expr::Row row;

    // Decodes into `row`; `message` is followed in memory by at least kPadding readable bytes.
    Status parse(std::string_view message);

private:
    void startRow() {
        row.assign(columns.size(), expr::Value{});
        seen.assign(columns.size(), false);
    }
    Status finishRow() const;
    // Writes the value into `out` (a field of the fresh row, so no temporary is moved around).
    Status convert(JsonTokenKind token, std::string_view text, const model::FlinkType& type, expr::Value& out) const;
    // An ARRAY from a JSON array, a ROW (fields by name, missing ones NULL) or MAP from an object.
    Status convertComposite(const nlohmann::ordered_json& json, const model::FlinkType& type, expr::Value& out) const;
    Status convertNested(const nlohmann::ordered_json& json, const model::FlinkType& type, expr::Value& out) const;
    // Producers write fields in one order, mostly the schema's: parse() tries the column after
    // the last match on the raw key first, and searches only when that fails.
    std::size_t columnIndex(std::string_view name) const {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (columns[i].name == name) return i;
        }
        return columns.size();
    }
};

static_assert(JsonRowDecoder::kPadding >= simdjson::SIMDJSON_PADDING);

Status JsonRowDecoder::State::parse(std::string_view message) {
    ondemand::document document;
    if (parser.iterate(message.data(), message.size(), message.size() + kPadding).get(document))
        return Error{"malformed JSON", "message"};
    ondemand::object object;
    if (document.get_object().get(object)) return Error{"the message is not a JSON object", "message"};

    startRow();
    std::size_t expected = 0;
    for (auto member : object) {
        ondemand::field field;
        if (std::move(member).get(field)) return Error{"malformed JSON", "message"};
        std::size_t index = expected;
        if (expected >= columns.size() || !rawComparable[expected] || !field.key().unsafe_is_equal(columns[expected].name)) {
            std::string_view key;
            if (auto plain = unescapedContent(field.key().raw())) key = *plain;
            else if (field.unescaped_key().get(key)) return Error{"malformed JSON", "message"};
            index = columnIndex(key);
        }
        // Fields without a column are ignored, as in Flink: their values are never read.
        if (index == columns.size()) continue;
        expected = index + 1;
        const std::string_view name = columns[index].name;
        JsonToken token;
        if (auto read = readToken(field.value(), token); !read)
            return Error{read.error().message, "field '" + std::string(name) + "'"};
        if (auto converted = convert(token.kind, token.text, columns[index].type, row[index]); !converted)
            return Error{converted.error().message, "field '" + std::string(name) + "'"};
        seen[index] = true;
    }
    // Past the object there must be nothing left: a location there means trailing content.
    const char* trailing = nullptr;
    if (document.current_location().get(trailing) == simdjson::SUCCESS)
        return Error{"malformed JSON (content after the object)", "message"};
    return finishRow();
}

Status JsonRowDecoder::State::finishRow() const {
    if (options.failOnMissingField) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (!seen[i]) return Error{"field is missing (json.fail-on-missing-field is true)", "field '" + columns[i].name + "'"};
        }
    }
    return Ok{};
}

Status JsonRowDecoder::State::convert(JsonTokenKind token, std::string_view text, const model::FlinkType& type,
                                      expr::Value& out) const {
    auto& value = out.storage();
    if (token == JsonTokenKind::Null) {
        value.emplace<std::monostate>();
        return Ok{};
    }
    // Flink keeps strings as they are and any other JSON value as its JSON text.
    if (type.isCharacterString()) {
        value.emplace<std::string>(text);
        return Ok{};
    }
    if (isComposite(type) && (token == JsonTokenKind::Object || token == JsonTokenKind::Array)) {
        // Composite columns are rare: their raw text is parsed once more, as a tree.
        const nlohmann::ordered_json json = nlohmann::ordered_json::parse(text, nullptr, false);
        if (json.is_discarded()) return Error{"malformed JSON value", ""};
        return convertComposite(json, type, out);
    }
    if (token == JsonTokenKind::Object || token == JsonTokenKind::Array)
        return Error{"a JSON " + std::string(token == JsonTokenKind::Object ? "object" : "array") +
                         " cannot be read as " + type.toSql(), ""};
    // A string holding the value is also accepted, as by Flink's converters.
    if (token == JsonTokenKind::String) text = trim(text);

    const TypeKind kind = type.kind();
    if (kind == TypeKind::Boolean) {
        if (token == JsonTokenKind::Boolean && (text == "true" || text == "false")) {
            value.emplace<bool>(text == "true");
            return Ok{};
        }
        if (token == JsonTokenKind::String && (equalsIgnoreCase(text, "true") || equalsIgnoreCase(text, "false"))) {
            value.emplace<bool>(equalsIgnoreCase(text, "true"));
            return Ok{};
        }
        return mismatch(type, text);
    }
    if (token == JsonTokenKind::Boolean) return mismatch(type, text);

    if (type.isInteger()) {
        std::int64_t number = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
        const auto [lowest, highest] = model::integerValueRange(kind);
        if (ec != std::errc{} || end != text.data() + text.size() || number < lowest || number > highest)
            return mismatch(type, text);
        value.emplace<std::int64_t>(number);
        return Ok{};
    }
    if (kind == TypeKind::Float || kind == TypeKind::Double) {
        double number = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (ec != std::errc{} || end != text.data() + text.size()) return mismatch(type, text);
        value.emplace<double>(kind == TypeKind::Float ? static_cast<double>(static_cast<float>(number)) : number);
        return Ok{};
    }
    if (token == JsonTokenKind::Number && type.isTemporal()) return mismatch(type, text);
    if (kind == TypeKind::Decimal) {
        // Most decimals are short plain numbers: read them without the general CAST parser.
        expr::Decimal decimal;
        if (expr::decimal::parsePlain(text, type.scale(), decimal) && expr::decimal::fits(decimal, type.precision())) {
            value.emplace<expr::Decimal>(decimal);
            return Ok{};
        }
    }
    // DECIMAL (HALF_UP to the scale) and temporal text follow CAST(text AS type).
    auto parsed = expr::parseValue(text, type);
    if (!parsed) return Error{parsed.error().message, ""};
    out = std::move(*parsed);
    return Ok{};
}

Status JsonRowDecoder::State::convertNested(const nlohmann::ordered_json& json, const model::FlinkType& type, expr::Value& out) const {
    if (isComposite(type) && (json.is_array() || json.is_object())) return convertComposite(json, type, out);
    std::string text;
    const JsonToken token = nestedToken(json, text);
    return convert(token.kind, token.text, type, out);
}

Status JsonRowDecoder::State::convertComposite(const nlohmann::ordered_json& json, const model::FlinkType& type,
                                               expr::Value& out) const {
    std::vector<expr::Value> items;
    const auto item = [&](const nlohmann::ordered_json& value, const model::FlinkType& itemType, const std::string& where) -> Status {
        items.emplace_back();
        if (auto converted = convertNested(value, itemType, items.back()); !converted)
            return Error{where + ": " + converted.error().message, ""};
        return Ok{};
    };
    if (type.kind() == TypeKind::Array) {
        if (!json.is_array()) return mismatch(type, json.dump());
        for (std::size_t i = 0; i < json.size(); ++i) {
            if (auto s = item(json[i], type.children()[0], "element " + std::to_string(i + 1)); !s) return s;
        }
    } else if (type.kind() == TypeKind::Row) {
        if (!json.is_object()) return mismatch(type, json.dump());
        for (std::size_t f = 0; f < type.children().size(); ++f) {
            const std::string& name = type.fieldNames()[f];
            auto field = json.find(name);
            if (field == json.end()) {
                if (options.failOnMissingField) return Error{"field '" + name + "' is missing (json.fail-on-missing-field is true)", ""};
                items.emplace_back();
                continue;
            }
            if (auto s = item(*field, type.children()[f], "field '" + name + "'"); !s) return s;
        }
    } else {
        if (!json.is_object()) return mismatch(type, json.dump());
        for (const auto& [key, value] : json.items()) {
            items.emplace_back(std::string(key));
            if (auto s = item(value, type.children()[1], "key '" + key + "'"); !s) return s;
        }
    }
    out = expr::compositeValue(std::move(items));
    return Ok{};
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
        if (std::string reason = undecodableReason(column.type); !reason.empty())
            return Error{reason, "column '" + column.name + "'"};
    }
    auto state = std::make_unique<State>();
    for (const model::Column& column : columns)
        state->rawComparable.push_back(column.name.find_first_of("\"\\") == std::string::npos);
    state->columns = std::move(columns);
    state->options = options;
    return JsonRowDecoder(std::move(state));
}

JsonRowDecoder::JsonRowDecoder(std::unique_ptr<State> state) : state_(std::move(state)) {}
JsonRowDecoder::JsonRowDecoder(JsonRowDecoder&&) noexcept = default;
JsonRowDecoder& JsonRowDecoder::operator=(JsonRowDecoder&&) noexcept = default;
JsonRowDecoder::~JsonRowDecoder() = default;

Result<bool> JsonRowDecoder::decode(std::string_view message, Batch& batch) {
    std::string& padded = state_->padded;
    padded.resize(message.size() + kPadding);
    std::memcpy(padded.data(), message.data(), message.size());
    return finish(state_->parse({padded.data(), message.size()}), batch);
}

Result<bool> JsonRowDecoder::decodePadded(std::string_view message, Batch& batch) {
    return finish(state_->parse(message), batch);
}

Result<bool> JsonRowDecoder::finish(const Status& parsed, Batch& batch) {
    if (!parsed) {
        if (!state_->options.ignoreParseErrors) return parsed.error();
        ++skipped_;
        return false;
    }
    batch.append(std::move(state_->row));  // the next message sizes a fresh row
    return true;
}

}  // namespace sw::runtime
