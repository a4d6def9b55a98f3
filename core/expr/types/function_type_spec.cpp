#include "expr/types/function_type_spec.h"

#include <array>
#include <string>
#include <utility>

namespace sw::expr {
namespace {

using model::FlinkType;
using model::TypeKind;

bool isString(const FlinkType& t) { return t.isNull() || t.isCharacterString(); }
bool isInteger(const FlinkType& t) { return t.isNull() || t.isInteger(); }
bool isNumber(const FlinkType& t) { return t.isNull() || t.isNumeric(); }
bool isBoolean(const FlinkType& t) { return t.isNull() || t.kind() == TypeKind::Boolean; }
bool isStringOrBinary(const FlinkType& t) { return isString(t) || t.isBinaryString(); }
bool isNumberOrString(const FlinkType& t) { return isNumber(t) || t.isCharacterString(); }
bool isTemporal(const FlinkType& t) { return t.isNull() || t.isTemporal(); }
bool isTimestampOrString(const FlinkType& t) { return isString(t) || t.isTimestamp() || t.kind() == TypeKind::Date; }
bool isArray(const FlinkType& t) { return t.isNull() || t.kind() == TypeKind::Array; }
bool isMap(const FlinkType& t) { return t.isNull() || t.kind() == TypeKind::Map; }
bool isCollection(const FlinkType& t) { return isArray(t) || isMap(t); }
bool isOrderable(const FlinkType& t) {
    return t.kind() != TypeKind::Array && t.kind() != TypeKind::Map && t.kind() != TypeKind::Row;
}
bool isAnything(const FlinkType&) { return true; }

constexpr std::array<std::pair<char, ArgumentClass>, 14> kClasses = {{
    {'s', {isString, "a character string"}},
    {'i', {isInteger, "an integer"}},
    {'n', {isNumber, "a number"}},
    {'b', {isBoolean, "a BOOLEAN"}},
    {'y', {isStringOrBinary, "a character or binary string"}},
    {'z', {isNumberOrString, "a number or a character string"}},
    {'t', {isTemporal, "a date, time or timestamp"}},
    {'T', {isTimestampOrString, "a date, a timestamp or a character string"}},
    {'k', {isOrderable, "a comparable value"}},
    {'a', {isArray, "an ARRAY"}},
    {'m', {isMap, "a MAP"}},
    {'c', {isCollection, "an ARRAY or a MAP"}},
    {'x', {isAnything, "any value"}},
    {'-', {isAnything, "any value"}},
}};

constexpr std::array<std::pair<std::string_view, ResultShape>, 9> kShapes = {{
    {"common", ResultShape::CommonOfArguments},
    {"elem0", ResultShape::ElementOfArgument},
    {"array0", ResultShape::ArrayOfArgument},
    {"keys0", ResultShape::KeysOfArgument},
    {"values0", ResultShape::ValuesOfArgument},
    {"entries0", ResultShape::EntriesOfArgument},
    {"mapof01", ResultShape::MapOfArguments},
    {"sum0", ResultShape::SumOfArgument},
    {"avg0", ResultShape::AverageOfArgument},
}};

}  // namespace

FunctionTypeSpec::FunctionTypeSpec(std::string_view spec) {
    auto arrow = spec.find("->");
    if (arrow == std::string_view::npos) {
        valid_ = false;
        return;
    }
    std::string_view args = spec.substr(0, arrow);
    std::string_view result = spec.substr(arrow + 2);
    for (std::size_t i = 0; i < args.size(); ++i) {
        char c = args[i];
        if (c == ',') continue;
        if (c == '*') {
            repeatsLast_ = true;
            continue;
        }
        bool known = false;
        for (const auto& entry : kClasses) known = known || entry.first == c;
        valid_ = valid_ && known;
        classes_.push_back(c);
    }
    if (result.ends_with('?')) result_.nullability = ResultNullability::Always;
    if (result.ends_with('!')) result_.nullability = ResultNullability::Never;
    if (result_.nullability != ResultNullability::FromArguments) result.remove_suffix(1);

    if (result.starts_with('=')) {
        result_.shape = ResultShape::SameAsArgument;
        result_.argument = static_cast<std::size_t>(result[1] - '0');
        return;
    }
    for (const auto& [name, shape] : kShapes) {
        if (!result.starts_with(name)) continue;
        result_.shape = shape;
        if (shape == ResultShape::CommonOfArguments && result.size() > name.size()) {
            result_.argument = static_cast<std::size_t>(result[name.size()] - '0');
        }
        return;
    }
    auto type = FlinkType::parse(result);
    valid_ = valid_ && type.ok();
    if (type) result_.fixed = *type;
}

ArgumentClass FunctionTypeSpec::argument(std::size_t index) const {
    char c = '-';
    if (index < classes_.size()) c = classes_[index];
    else if (repeatsLast_ && !classes_.empty()) c = classes_.back();
    for (const auto& entry : kClasses) {
        if (entry.first == c) return entry.second;
    }
    return kClasses.back().second;
}

}  // namespace sw::expr
