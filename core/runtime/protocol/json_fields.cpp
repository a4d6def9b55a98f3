#include "runtime/protocol/json_fields.h"

#include <cmath>
#include <limits>

#include "model/json_text_parser.h"

namespace sw::runtime::protocol {

namespace {

const char* typeName(const Json& value) {
    if (value.is_null()) return "null";
    if (value.is_boolean()) return "a boolean";
    if (value.is_number()) return "a number";
    if (value.is_string()) return "a string";
    if (value.is_array()) return "an array";
    return "an object";
}

// The metrics writer prints doubles in shortest form, so a large whole count may arrive as "1e+15".
std::optional<double> wholeNumber(const Json& value) {
    if (!value.is_number()) return std::nullopt;
    if (value.is_number_unsigned()) return static_cast<double>(value.get<std::uint64_t>());
    if (value.is_number_integer()) return static_cast<double>(value.get<std::int64_t>());
    const double number = value.get<double>();
    if (!std::isfinite(number) || std::trunc(number) != number) return std::nullopt;
    return number;
}

}  // namespace

JsonFields::JsonFields(const Json& value, std::string location, bool isRoot, std::optional<Error>& problem)
    : value_(&value), location_(std::move(location)), isRoot_(isRoot), problem_(&problem) {
    if (!value_->is_object()) fail(std::string("must be a JSON object, not ") + typeName(*value_), location_);
}

void JsonFields::fail(std::string message, std::string location) {
    if (!*problem_) *problem_ = Error{std::move(message), std::move(location)};
}

std::string JsonFields::locationOf(const std::string& name) const {
    return location_ + (isRoot_ ? " / " : ".") + name;
}

bool JsonFields::has(const char* name) const {
    return value_->is_object() && value_->contains(name);
}

const Json* JsonFields::member(const char* name, bool required) {
    if (!value_->is_object()) return nullptr;
    const auto found = value_->find(name);
    if (found != value_->end()) return &*found;
    if (required) fail(std::string("'") + name + "' is missing", location_);
    return nullptr;
}

std::string JsonFields::text(const char* name) {
    const Json* value = member(name, true);
    if (!value) return {};
    if (!value->is_string()) {
        fail(std::string("must be a string, not ") + typeName(*value), locationOf(name));
        return {};
    }
    return value->get<std::string>();
}

std::string JsonFields::text(const char* name, const std::string& fallback) {
    if (!has(name)) return fallback;
    return text(name);
}

std::uint64_t JsonFields::count(const char* name) {
    const Json* value = member(name, true);
    if (!value) return 0;
    if (value->is_number_unsigned()) return value->get<std::uint64_t>();
    const auto whole = wholeNumber(*value);
    if (!whole || *whole < 0 || *whole >= 18446744073709551616.0) {
        fail(std::string("must be a whole number >= 0, not ") + (value->is_number() ? value->dump() : typeName(*value)),
             locationOf(name));
        return 0;
    }
    return static_cast<std::uint64_t>(*whole);
}

std::optional<std::uint64_t> JsonFields::optionalCount(const char* name) {
    if (!has(name)) return std::nullopt;
    return count(name);
}

std::int64_t JsonFields::integer(const char* name) {
    const Json* value = member(name, true);
    if (!value) return 0;
    if (value->is_number_integer() && !value->is_number_unsigned()) return value->get<std::int64_t>();
    if (value->is_number_unsigned() && value->get<std::uint64_t>() <= std::numeric_limits<std::int64_t>::max())
        return static_cast<std::int64_t>(value->get<std::uint64_t>());
    const auto whole = wholeNumber(*value);
    if (!whole || *whole < -9223372036854775808.0 || *whole >= 9223372036854775808.0) {
        fail(std::string("must be a whole number, not ") + (value->is_number() ? value->dump() : typeName(*value)),
             locationOf(name));
        return 0;
    }
    return static_cast<std::int64_t>(*whole);
}

double JsonFields::number(const char* name) {
    const Json* value = member(name, true);
    if (!value || value->is_null()) return 0;
    if (!value->is_number()) {
        fail(std::string("must be a number, not ") + typeName(*value), locationOf(name));
        return 0;
    }
    return value->get<double>();
}

bool JsonFields::flag(const char* name) {
    const Json* value = member(name, true);
    if (!value) return false;
    if (!value->is_boolean()) {
        fail(std::string("must be true or false, not ") + typeName(*value), locationOf(name));
        return false;
    }
    return value->get<bool>();
}

std::optional<JsonFields> JsonFields::object(const char* name, bool required) {
    const Json* value = member(name, required);
    if (!value) return std::nullopt;
    JsonFields fields(*value, locationOf(name), false, *problem_);
    if (!value->is_object()) return std::nullopt;
    return fields;
}

std::vector<JsonFields> JsonFields::objects(const char* name, bool required) {
    std::vector<JsonFields> elements;
    const Json* value = member(name, required);
    if (!value) return elements;
    if (!value->is_array()) {
        fail(std::string("must be an array, not ") + typeName(*value), locationOf(name));
        return elements;
    }
    for (std::size_t i = 0; i < value->size(); ++i)
        elements.push_back(JsonFields((*value)[i], locationOf(name) + "[" + std::to_string(i) + "]", false, *problem_));
    return elements;
}

std::vector<std::string> JsonFields::texts(const char* name) {
    std::vector<std::string> result;
    const Json* value = member(name, true);
    if (!value) return result;
    if (!value->is_array()) {
        fail(std::string("must be an array, not ") + typeName(*value), locationOf(name));
        return result;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        const Json& element = (*value)[i];
        if (!element.is_string()) {
            fail(std::string("must be a string, not ") + typeName(element),
                 locationOf(name) + "[" + std::to_string(i) + "]");
            return result;
        }
        result.push_back(element.get<std::string>());
    }
    return result;
}

std::vector<std::vector<std::optional<std::string>>> JsonFields::textRows(const char* name, bool required) {
    std::vector<std::vector<std::optional<std::string>>> rows;
    const Json* value = member(name, required);
    if (!value) return rows;
    if (!value->is_array()) {
        fail(std::string("must be an array, not ") + typeName(*value), locationOf(name));
        return rows;
    }
    for (std::size_t r = 0; r < value->size(); ++r) {
        const Json& row = (*value)[r];
        const std::string where = locationOf(name) + "[" + std::to_string(r) + "]";
        if (!row.is_array()) {
            fail(std::string("must be an array, not ") + typeName(row), where);
            return rows;
        }
        auto& out = rows.emplace_back();
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (row[i].is_null()) {
                out.emplace_back();
            } else if (row[i].is_string()) {
                out.emplace_back(row[i].get<std::string>());
            } else {
                fail(std::string("must be a string or null, not ") + typeName(row[i]),
                     where + "[" + std::to_string(i) + "]");
                return rows;
            }
        }
    }
    return rows;
}

Result<Json> parseJsonObject(std::string_view text, const std::string& location, bool quoteText) {
    Json document;
    if (const auto problem = model::parseJsonText(text, document)) {
        // The problem may quote the text it last read: fine for an event, not for secrets.
        const std::string detail =
            quoteText ? ": " + problem->message : " (error at byte " + std::to_string(problem->offset) + ")";
        return Error{"is not valid JSON" + detail, location};
    }
    if (!document.is_object()) return Error{std::string("must be a JSON object, not ") + typeName(document), location};
    return document;
}

std::string dumpLine(const Json& value) {
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace sw::runtime::protocol
