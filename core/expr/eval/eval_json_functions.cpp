// Flink's JSON built-ins: JSON_VALUE, JSON_QUERY and JSON_EXISTS (with Calcite's empty and error
// handling, see json_path.h), IS JSON, JSON_OBJECT, JSON_ARRAY, JSON_STRING, JSON_QUOTE and
// JSON_UNQUOTE. JSON text is written compactly, as Jackson writes it (docs/functions.md).

#include <cctype>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "expr/eval/eval_nodes.h"
#include "expr/eval/json_path.h"
#include "expr/eval/utf8_text.h"
#include "expr/eval/value_text.h"

namespace sw::expr::eval {
namespace {

using model::FlinkType;
using model::TypeKind;
using Json = nlohmann::json;

const FlinkType& doubleType() {
    static const FlinkType type(TypeKind::Double);
    return type;
}

// A JSON string literal: quotes, backslashes and control characters escaped.
void appendJsonString(std::string& out, std::string_view s) {
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[12];
                std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// A parsed JSON value written back: numbers as Java writes them (a double 1e10 is 1.0E10).
void appendJson(std::string& out, const Json& json) {
    switch (json.type()) {
    case Json::value_t::object: {
        out += '{';
        bool first = true;
        for (const auto& item : json.items()) {
            if (!first) out += ',';
            first = false;
            appendJsonString(out, item.key());
            out += ':';
            appendJson(out, item.value());
        }
        out += '}';
        return;
    }
    case Json::value_t::array: {
        out += '[';
        for (std::size_t i = 0; i < json.size(); ++i) {
            if (i) out += ',';
            appendJson(out, json[i]);
        }
        out += ']';
        return;
    }
    case Json::value_t::string: appendJsonString(out, json.get_ref<const std::string&>()); return;
    case Json::value_t::number_float: appendValue(out, Value(json.get<double>()), doubleType()); return;
    default: out += json.dump(); return;  // integers, booleans, null
    }
}

void appendSqlValue(std::string& out, const Value& value, const FlinkType& type, bool raw);

// ARRAY[1, 2] as [1,2] (JSON_STRING's doc example); ROW as an object keyed by field name and MAP
// by the key's text.
void appendCompositeJson(std::string& out, const Composite& composite, const FlinkType& type) {
    const std::vector<Value>& items = *composite.items;
    const bool array = type.kind() == TypeKind::Array;
    const bool map = type.kind() == TypeKind::Map;
    out += array ? '[' : '{';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += map && i % 2 == 1 ? ':' : ',';
        if (map && i % 2 == 0) {
            appendJsonString(out, formatValue(items[i], compositeItemType(type, i)));
            continue;
        }
        if (type.kind() == TypeKind::Row) {
            appendJsonString(out, type.fieldNames().at(i));
            out += ':';
        }
        appendSqlValue(out, items[i], compositeItemType(type, i), false);
    }
    out += array ? ']' : '}';
}

// A SQL value inside JSON_OBJECT / JSON_ARRAY / JSON_STRING: strings quoted, numbers and
// booleans bare, composites as JSON arrays and objects, other values as their quoted text;
// `raw` values are JSON already.
void appendSqlValue(std::string& out, const Value& value, const FlinkType& type, bool raw) {
    if (value.isNull()) {
        out += "null";
    } else if (const auto* composite = std::get_if<Composite>(&value.storage())) {
        appendCompositeJson(out, *composite, type);
    } else if (raw) {
        out += get<std::string>(value);
    } else if (type.isCharacterString()) {
        appendJsonString(out, get<std::string>(value));
    } else if (type.isNumeric() || type.kind() == TypeKind::Boolean) {
        std::string text = formatValue(value, type);
        if (type.kind() == TypeKind::Boolean) text = get<bool>(value) ? "true" : "false";
        out += text;
    } else {
        appendJsonString(out, formatValue(value, type));
    }
}

// The text JSON_VALUE gives a scalar: strings as they are, numbers as Java prints them.
std::optional<std::string> scalarText(const Json& json) {
    switch (json.type()) {
    case Json::value_t::string: return json.get<std::string>();
    case Json::value_t::boolean: return json.get<bool>() ? "true" : "false";
    case Json::value_t::number_float: return formatValue(Value(json.get<double>()), doubleType());
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return json.dump();
    default: return std::nullopt;  // object, array
    }
}

// What a path call reads from one row: the document's value at the path, or the error that
// Calcite reports (strict mode), or nothing.
struct PathRead {
    std::optional<Json> value;
    std::string error;
};

PathRead readPath(std::string_view text, const JsonPath& path) {
    Json document = Json::parse(text, nullptr, false);
    if (document.is_discarded()) {
        if (path.mode() == JsonPath::Mode::Lax) return {};
        return {std::nullopt, "the input is not JSON"};
    }
    JsonPath::Outcome outcome = path.read(document);
    return {std::move(outcome.value), std::move(outcome.error)};
}

// The path of a call: compiled once when it is a literal, else per row.
class PathSource {
public:
    explicit PathSource(const Node& pathNode) {
        if (const Value* constant = pathNode.constant(); constant && !constant->isNull()) {
            auto parsed = JsonPath::parse(get<std::string>(*constant));
            if (parsed) constant_ = std::move(parsed).value();
            else constantError_ = parsed.error().message;
        }
    }

    // The error a constant path has; such a call is refused before any row.
    const std::string& constantError() const { return constantError_; }

    Result<JsonPath> forRow(const Value& path) const {
        if (constant_) return *constant_;
        return JsonPath::parse(get<std::string>(path));
    }

private:
    std::optional<JsonPath> constant_;
    std::string constantError_;
};

// JSON_VALUE / JSON_QUERY / JSON_EXISTS share their argument handling.
class JsonPathCallNode final : public Node {
public:
    JsonPathCallNode(FunctionId function, JsonClauses clauses, std::vector<NodePtr> args, FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), function_(function), clauses_(clauses), path_(*args[1]) {
        json_ = std::move(args[0]);
        pathNode_ = std::move(args[1]);
        std::size_t next = 2;
        if (clauses_.onEmpty == JsonBehavior::Default) defaultOnEmpty_ = std::move(args[next++]);
        if (clauses_.onError == JsonBehavior::Default) defaultOnError_ = std::move(args[next]);
    }

    const std::string& pathError() const { return path_.constantError(); }

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value jsonTemp, pathTemp;
        const Value* json = json_->eval(row, context, jsonTemp, error);
        if (json == nullptr) return nullptr;
        const Value* pathText = pathNode_->eval(row, context, pathTemp, error);
        if (pathText == nullptr) return nullptr;
        if (json->isNull() || pathText->isNull()) return &nullValue();
        auto path = path_.forRow(*pathText);
        if (!path) return fail(error, path.error().message);
        std::string numberText;  // JSON_QUERY also reads a number or a BOOLEAN as JSON
        if (!json_->type().isCharacterString()) appendSqlValue(numberText, *json, json_->type(), false);
        PathRead read = readPath(json_->type().isCharacterString() ? std::string_view(get<std::string>(*json)) : numberText, *path);
        if (function_ == FunctionId::JsonExists) return exists(read, scratch, error);
        if (function_ == FunctionId::JsonQuery) return query(read, path->mode(), scratch, error, row, context);
        return value(read, path->mode(), scratch, error, row, context);
    }

private:
    const Value* exists(const PathRead& read, Value& scratch, Error& error) const {
        if (read.error.empty()) return put(scratch, read.value.has_value());
        switch (clauses_.onError) {
        case JsonBehavior::True: return put(scratch, true);
        case JsonBehavior::Unknown: return &nullValue();
        case JsonBehavior::Error: return fail(error, "JSON_EXISTS: " + read.error);
        default: return put(scratch, false);
        }
    }

    const Value* value(const PathRead& read, JsonPath::Mode mode, Value& scratch, Error& error, const Row& row,
                       const EvaluationContext& context) const {
        std::string problem = read.error;
        if (problem.empty()) {
            std::optional<std::string> text = read.value ? scalarText(*read.value) : std::nullopt;
            if (!text && (!read.value || mode == JsonPath::Mode::Lax)) {
                return behave(clauses_.onEmpty, defaultOnEmpty_.get(), "the path found nothing", scratch, error, row, context);
            }
            if (!text) {
                problem = "the path found " + read.value->dump() + ", not a scalar";
            } else {
                if (type().isCharacterString()) return put(scratch, std::move(*text));
                auto converted = parseValue(*text, type());
                if (converted) {
                    scratch = std::move(converted).value();
                    return &scratch;
                }
                problem = converted.error().message;
            }
        }
        return behave(clauses_.onError, defaultOnError_.get(), problem, scratch, error, row, context);
    }

    const Value* query(const PathRead& read, JsonPath::Mode mode, Value& scratch, Error& error, const Row& row,
                       const EvaluationContext& context) const {
        std::string problem = read.error;
        if (problem.empty()) {
            std::optional<Json> wrapped = read.value;
            if (wrapped && (clauses_.wrapper == JsonWrapper::Unconditional ||
                            (clauses_.wrapper == JsonWrapper::Conditional && !wrapped->is_array()))) {
                wrapped = Json::array({*wrapped});
            }
            bool scalar = wrapped && !wrapped->is_array() && !wrapped->is_object();
            if (!wrapped || (mode == JsonPath::Mode::Lax && scalar)) {
                return behave(clauses_.onEmpty, nullptr, "the path found nothing", scratch, error, row, context);
            }
            if (!scalar) {
                std::string out;
                appendJson(out, *wrapped);
                return put(scratch, std::move(out));
            }
            problem = "the path found " + wrapped->dump() + ", not an object or array";
        }
        return behave(clauses_.onError, nullptr, problem, scratch, error, row, context);
    }

    const Value* behave(JsonBehavior behavior, const Node* defaultValue, const std::string& problem, Value& scratch,
                        Error& error, const Row& row, const EvaluationContext& context) const {
        switch (behavior) {
        case JsonBehavior::Error:
            return fail(error, std::string(functionInfo(function_).name) + ": " + problem);
        case JsonBehavior::Default: {
            const Value* v = defaultValue->eval(row, context, scratch, error);
            // Calcite hands the DEFAULT value over as a Java object, so a BOOLEAN reads 'true'.
            if (v && !v->isNull() && defaultValue->rep() == Rep::Bool && type().isCharacterString()) {
                return put(scratch, std::string(get<bool>(*v) ? "true" : "false"));
            }
            return v;
        }
        case JsonBehavior::EmptyArray: return put(scratch, std::string("[]"));
        case JsonBehavior::EmptyObject: return put(scratch, std::string("{}"));
        default: return &nullValue();
        }
    }

    FunctionId function_;
    JsonClauses clauses_;
    PathSource path_;
    NodePtr json_;
    NodePtr pathNode_;
    NodePtr defaultOnEmpty_;
    NodePtr defaultOnError_;
};

// JSON_OBJECT(KEY k VALUE v, ...) / JSON_ARRAY(v, ...): never NULL; a NULL key is an error.
class JsonConstructorNode final : public Node {
public:
    JsonConstructorNode(bool object, bool absentOnNull, std::vector<NodePtr> args, std::vector<bool> raw, FlinkType type,
                        std::size_t offset)
        : Node(std::move(type), offset), object_(object), absentOnNull_(absentOnNull), args_(std::move(args)), raw_(std::move(raw)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        std::string out(1, object_ ? '{' : '[');
        bool first = true;
        std::size_t stride = object_ ? 2 : 1;
        for (std::size_t i = 0; i < args_.size(); i += stride) {
            Value keyTemp, valueTemp;
            const Value* key = nullptr;
            if (object_) {
                key = args_[i]->eval(row, context, keyTemp, error);
                if (key == nullptr) return nullptr;
                if (key->isNull()) return fail(error, "JSON_OBJECT cannot have a NULL key");
            }
            std::size_t at = i + stride - 1;
            const Value* value = args_[at]->eval(row, context, valueTemp, error);
            if (value == nullptr) return nullptr;
            if (value->isNull() && absentOnNull_) continue;
            if (!first) out += ',';
            first = false;
            if (key) {
                appendJsonString(out, get<std::string>(*key));
                out += ':';
            }
            appendSqlValue(out, *value, args_[at]->type(), raw_[at]);
        }
        out += object_ ? '}' : ']';
        return put(scratch, std::move(out));
    }

private:
    bool object_;
    bool absentOnNull_;
    std::vector<NodePtr> args_;
    std::vector<bool> raw_;
};

// IS [NOT] JSON [kind]: FALSE (TRUE when negated) for NULL, as Flink's IS JSON is never NULL.
class IsJsonNode final : public Node {
public:
    IsJsonNode(JsonKind kind, bool negated, NodePtr arg, FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), kind_(kind), negated_(negated), arg_(std::move(arg)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value temp;
        const Value* v = arg_->eval(row, context, temp, error);
        if (v == nullptr) return nullptr;
        bool matches = false;
        if (!v->isNull()) {
            Json json = Json::parse(get<std::string>(*v), nullptr, false);
            matches = !json.is_discarded() &&
                      (kind_ == JsonKind::Value || (kind_ == JsonKind::Array && json.is_array()) ||
                       (kind_ == JsonKind::Object && json.is_object()) ||
                       (kind_ == JsonKind::Scalar && !json.is_array() && !json.is_object()));
        }
        return put(scratch, matches != negated_);
    }

private:
    JsonKind kind_;
    bool negated_;
    NodePtr arg_;
};

// JSON_QUOTE (Flink's JsonQuoteFunction): quotes, backslash, '/' and \b \f \n \r \t escaped,
// every character beyond ASCII written as \uXXXX per Java char (a surrogate pair beyond U+FFFF).
std::string jsonQuote(std::string_view s) {
    std::string out = "\"";
    for (std::size_t pos = 0; pos < s.size();) {
        char32_t cp = utf8::next(s, pos);
        switch (cp) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '/': out += "\\/"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (cp < 128) {
                out += static_cast<char>(cp);
                break;
            }
            const auto escape = [&out](unsigned unit) {
                char escaped[12];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unit);
                out += escaped;
            };
            if (cp < 0x10000) {
                escape(static_cast<unsigned>(cp));
            } else {
                escape(0xD800 + ((static_cast<unsigned>(cp) - 0x10000) >> 10));
                escape(0xDC00 + ((static_cast<unsigned>(cp) - 0x10000) & 0x3FF));
            }
        }
    }
    return out + "\"";
}

// JSON_UNQUOTE, as Flink's JsonUnquoteFunction: text between double quotes has its JSON escapes
// decoded (a bare '"' inside is kept, so '"""' gives '"'); an invalid escape, or text that is
// not quoted, comes back unchanged.
std::string jsonUnquote(const std::string& s) {
    if (s.size() < 2 || s.front() != '"' || s.back() != '"') return s;
    std::string out;
    const std::string_view inner = std::string_view(s).substr(1, s.size() - 2);
    for (std::size_t i = 0; i < inner.size(); ++i) {
        if (inner[i] != '\\') {
            out += inner[i];
            continue;
        }
        if (++i == inner.size()) return s;
        switch (inner[i]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            // \uXXXX, a surrogate pair written as two of them
            auto hex = [&](std::size_t at) -> std::optional<std::uint32_t> {
                if (at + 4 > inner.size()) return std::nullopt;
                std::uint32_t v = 0;
                for (std::size_t k = at; k < at + 4; ++k) {
                    const char c = inner[k];
                    const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                                      : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                                      : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
                    if (digit < 0) return std::nullopt;
                    v = v * 16 + static_cast<std::uint32_t>(digit);
                }
                return v;
            };
            auto unit = hex(i + 1);
            if (!unit) return s;
            i += 4;
            std::uint32_t cp = *unit;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 2 < inner.size() && inner[i + 1] == '\\' && inner[i + 2] == 'u') {
                if (auto low = hex(i + 3); low && *low >= 0xDC00 && *low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (*low - 0xDC00);
                    i += 6;
                }
            }
            utf8::append(out, cp);
            break;
        }
        default: return s;
        }
    }
    return out;
}

// A JSON_OBJECT or JSON_ARRAY value inside another is nested as JSON, not as a string.
bool producesJson(const Expr& source) {
    return source.kind() == ExprKind::Call &&
           (source.function() == FunctionId::JsonObject || source.function() == FunctionId::JsonArray);
}

}  // namespace

Result<NodePtr> makeJsonFunction(const Expr& call, std::vector<NodePtr> args, FlinkType type, std::size_t offset) {
    const FunctionId id = call.function();
    const JsonClauses& clauses = call.jsonClauses();
    switch (id) {
    case FunctionId::JsonValue:
    case FunctionId::JsonQuery:
    case FunctionId::JsonExists: {
        if (!type.isCharacterString() && id == FunctionId::JsonQuery) {
            return Error{"JSON_QUERY RETURNING " + type.toSql() + " is not evaluated locally yet", "offset " + std::to_string(offset)};
        }
        auto node = std::make_unique<JsonPathCallNode>(id, clauses, std::move(args), std::move(type), offset);
        if (!node->pathError().empty()) return Error{node->pathError(), "offset " + std::to_string(offset)};
        return NodePtr(std::move(node));
    }
    case FunctionId::JsonObject:
    case FunctionId::JsonArray: {
        std::vector<bool> raw;
        for (std::size_t i = 0; i < args.size(); ++i) raw.push_back(producesJson(call.child(i)));
        return NodePtr(std::make_unique<JsonConstructorNode>(id == FunctionId::JsonObject, clauses.absentOnNull,
                                                             std::move(args), std::move(raw), std::move(type), offset));
    }
    case FunctionId::IsJson:
        return NodePtr(std::make_unique<IsJsonNode>(clauses.kind, call.negated(), std::move(args[0]), std::move(type), offset));
    case FunctionId::JsonString: {
        FlinkType argType = args[0]->type();
        return makeStrict(std::move(type), offset, std::move(args), [argType](Call& c) {
            std::string out;
            appendSqlValue(out, *c.args[0], argType, false);
            return c.result(std::move(out));
        });
    }
    case FunctionId::JsonQuote:
        return makeStrict(std::move(type), offset, std::move(args), [](Call& c) { return c.result(jsonQuote(c.arg<std::string>(0))); });
    case FunctionId::JsonUnquote:
        return makeStrict(std::move(type), offset, std::move(args),
                          [](Call& c) { return c.result(jsonUnquote(c.arg<std::string>(0))); });
    default: break;
    }
    return Error{std::string(functionInfo(id).name) + " has no JSON evaluation", "offset " + std::to_string(offset)};
}

}  // namespace sw::expr::eval
