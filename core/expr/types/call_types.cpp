#include "expr/types/call_types.h"

#include <algorithm>

#include "expr/types/function_type_spec.h"
#include "expr/types/type_rules.h"

namespace sw::expr {
namespace {

using model::FlinkType;
using model::TypeKind;

// Argument predicates: an untyped NULL satisfies every one of them.
bool isString(const FlinkType& t) { return t.isNull() || t.isCharacterString(); }
bool isNumber(const FlinkType& t) { return t.isNull() || t.isNumeric(); }
bool isInteger(const FlinkType& t) { return t.isNull() || t.isInteger(); }
bool isExactNumber(const FlinkType& t) { return t.isNull() || t.isExactNumeric(); }
bool isBoolean(const FlinkType& t) { return t.isNull() || t.kind() == TypeKind::Boolean; }
bool isTimestampOrString(const FlinkType& t) { return isString(t) || t.isTimestamp(); }
bool isNumberOrString(const FlinkType& t) { return isNumber(t) || t.isCharacterString(); }
bool isJsonScalarOrString(const FlinkType& t) { return isNumberOrString(t) || isBoolean(t); }
bool isTimePoint(const FlinkType& t) { return t.isNull() || t.isTemporal(); }
bool isOrderable(const FlinkType& t) {
    return t.kind() != TypeKind::Array && t.kind() != TypeKind::Map && t.kind() != TypeKind::Row;
}

class CallTyper {
public:
    CallTyper(const Expr& call, const std::vector<FlinkType>& args)
        : call_(call), args_(args), name_(functionInfo(call.function()).name) {}

    Result<FlinkType> type() {
        switch (call_.function()) {
        case FunctionId::Coalesce: return merged(0, std::ranges::all_of(args_, &FlinkType::nullable));
        case FunctionId::If:
            if (auto s = require(0, isBoolean, "a BOOLEAN"); !s) return s.error();
            return merged(1, args_[1].nullable() || args_[2].nullable());
        case FunctionId::NullIf:
            if (!args_[0].comparableWith(args_[1])) {
                return errorAt(call_, "cannot compare " + describeTyped(call_.child(0), args_[0]) + " with " +
                                          describeTyped(call_.child(1), args_[1]));
            }
            return args_[0].withNullable(true);
        case FunctionId::Upper:
        case FunctionId::Lower:
        case FunctionId::Concat:
        case FunctionId::ConcatWs:
        case FunctionId::Trim:
        case FunctionId::LTrim:
        case FunctionId::RTrim:
        case FunctionId::RegexpReplace: return allStrings(string(anyNullable()));
        case FunctionId::CharLength: return allStrings(FlinkType(TypeKind::Int).withNullable(anyNullable()));
        case FunctionId::Substring:
            return checked({{0, isString, "a character string"}, {1, isInteger, "an integer"}, {2, isInteger, "an integer"}},
                           string(anyNullable()));
        // No match / unparsable input yields NULL, so these results are nullable whatever the input.
        case FunctionId::RegexpExtract:
            return checked({{0, isString, "a character string"}, {1, isString, "a character string"}, {2, isInteger, "an integer"}},
                           string(true));
        case FunctionId::ToTimestamp: return allStrings(FlinkType(TypeKind::Timestamp, 3).withNullable(true));
        case FunctionId::DateFormat:
            return checked({{0, isTimestampOrString, "a timestamp or a character string"}, {1, isString, "a character string"}},
                           string(anyNullable()));
        case FunctionId::ToTimestampLtz:
            return checked({{0, isNumberOrString, "a number or a character string"}, {1, isInteger, "an integer"}},
                           FlinkType(TypeKind::TimestampLtz, 3).withNullable(anyNullable()));
        case FunctionId::FromUnixtime:
            return checked({{0, isInteger, "an integer"}, {1, isString, "a character string"}}, string(anyNullable()));
        case FunctionId::UnixTimestamp: return allStrings(FlinkType(TypeKind::BigInt).withNullable(anyNullable()));
        case FunctionId::Now:
        case FunctionId::CurrentTimestamp: return FlinkType(TypeKind::TimestampLtz, 3).withNullable(false);
        case FunctionId::CurrentDate: return FlinkType(TypeKind::Date).withNullable(false);
        case FunctionId::LocalTimestamp: return FlinkType(TypeKind::Timestamp, 3).withNullable(false);
        case FunctionId::Abs: return checked({{0, isNumber, "a number"}}, args_[0]);
        case FunctionId::Floor:
        case FunctionId::Ceil:
            if (call_.timeUnit()) return roundToUnitType();
            // A DECIMAL loses its fraction and keeps a digit for the carry (findRoundDecimalType(p, s, 0)).
            return checked({{0, isNumber, "a number"}}, wholeNumberType(args_[0]));
        case FunctionId::Extract: return extractType();
        case FunctionId::TimestampAdd: return timestampAddType();
        case FunctionId::TimestampDiff:
            return checked({{0, isTimePoint, "a date, time or timestamp"}, {1, isTimePoint, "a date, time or timestamp"}},
                           FlinkType(TypeKind::Int).withNullable(anyNullable()));
        case FunctionId::Round:
        case FunctionId::Truncate:
            return checked({{0, isNumber, "a number"}, {1, isInteger, "an integer"}}, roundType(call_, args_[0]));
        case FunctionId::Mod:
            return checked({{0, isExactNumber, "an exact number"}, {1, isExactNumber, "an exact number"}},
                           arithmeticType(BinaryOp::Modulo, args_[0], args_[1]));
        case FunctionId::Power:
            return checked({{0, isNumber, "a number"}, {1, isNumber, "a number"}},
                           FlinkType(TypeKind::Double).withNullable(anyNullable()));
        case FunctionId::Count: return FlinkType(TypeKind::BigInt).withNullable(false);
        case FunctionId::Sum: return checked({{0, isNumber, "a number"}}, sumType(args_[0]));
        case FunctionId::Avg: return checked({{0, isNumber, "a number"}}, avgType(args_[0]));
        case FunctionId::Min:
        case FunctionId::Max: return checked({{0, isOrderable, "a comparable value"}}, args_[0].withNullable(true));
        case FunctionId::JsonValue:
        case FunctionId::JsonQuery: return jsonPathCallType();
        case FunctionId::JsonObject:
            for (std::size_t key = 0; key < args_.size(); key += 2) {
                if (auto s = require(key, isString, "a character string key"); !s) return s.error();
            }
            return string(false);
        default: return fromSpec();
        }
    }

private:
    // The catalog's "classes->result" rule for every function without a rule of its own above.
    Result<FlinkType> fromSpec() const {
        FunctionTypeSpec spec(functionInfo(call_.function()).types);
        for (std::size_t i = 0; i < args_.size(); ++i) {
            ArgumentClass argClass = spec.argument(i);
            if (auto s = require(i, argClass.accepts, argClass.what); !s) return s.error();
        }
        const ResultRule& rule = spec.result();
        bool nullable = rule.nullability == ResultNullability::Always ||
                        (rule.nullability == ResultNullability::FromArguments && anyNullable());
        switch (rule.shape) {
        case ResultShape::Fixed: return rule.fixed.withNullable(nullable);
        case ResultShape::SameAsArgument: return args_.at(rule.argument).withNullable(nullable);
        case ResultShape::CommonOfArguments: return merged(rule.argument, nullable);
        case ResultShape::ElementOfArgument:
            if (args_[0].isNull()) return FlinkType(TypeKind::Null);
            return args_[0].children().at(0).withNullable(true);
        case ResultShape::ArrayOfArgument: return FlinkType::array(args_[0]).withNullable(nullable);
        case ResultShape::KeysOfArgument:
        case ResultShape::ValuesOfArgument: {
            if (args_[0].isNull()) return FlinkType(TypeKind::Null);
            std::size_t child = rule.shape == ResultShape::KeysOfArgument ? 0 : 1;
            return FlinkType::array(args_[0].children().at(child)).withNullable(nullable);
        }
        case ResultShape::EntriesOfArgument: {
            if (args_[0].isNull()) return FlinkType(TypeKind::Null);
            auto entry = FlinkType::row({"key", "value"}, {args_[0].children().at(0), args_[0].children().at(1)});
            return FlinkType::array(entry).withNullable(nullable);
        }
        case ResultShape::MapOfArguments: {
            if (args_[0].isNull() || args_[1].isNull()) return FlinkType(TypeKind::Null);
            return FlinkType::map(args_[0].children().at(0), args_[1].children().at(0)).withNullable(nullable);
        }
        case ResultShape::SumOfArgument: return sumType(args_[0]);
        case ResultShape::AverageOfArgument: return avgType(args_[0]);
        }
        return errorAt(call_, "no type rule for " + std::string(name_));
    }

    // EXTRACT(unit FROM x) is BIGINT for the units Flink's code generator has for x's type.
    Result<FlinkType> extractType() const {
        const FlinkType& arg = args_[0];
        TimeUnit unit = *call_.timeUnit();
        bool clockUnit = unit == TimeUnit::Hour || unit == TimeUnit::Minute || unit == TimeUnit::Second || unit == TimeUnit::Millisecond;
        bool subMilli = unit == TimeUnit::Microsecond || unit == TimeUnit::Nanosecond;
        bool allowed = false;
        switch (arg.kind()) {
        case TypeKind::Null:
        case TypeKind::Timestamp:
        case TypeKind::TimestampLtz: allowed = true; break;
        case TypeKind::Date: allowed = !subMilli; break;
        case TypeKind::Time: allowed = clockUnit; break;
        case TypeKind::Interval: allowed = clockUnit || unit == TimeUnit::Day || unit == TimeUnit::Epoch; break;
        case TypeKind::IntervalYearMonth:
            allowed = unit == TimeUnit::Year || unit == TimeUnit::Quarter || unit == TimeUnit::Month ||
                      unit == TimeUnit::Century || unit == TimeUnit::Millennium;
            break;
        default: break;
        }
        if (!allowed) {
            return errorAt(call_, "cannot extract " + std::string(timeUnitName(unit)) + " from " + describeTyped(call_.child(0), arg));
        }
        return FlinkType(TypeKind::BigInt).withNullable(arg.nullable());
    }

    // TIMESTAMPADD keeps the time point's type, except that a DATE plus hours, minutes or
    // seconds becomes a TIMESTAMP of Flink's default precision 6.
    Result<FlinkType> timestampAddType() const {
        if (auto s = require(0, isInteger, "an integer"); !s) return s.error();
        if (auto s = require(1, isTimePoint, "a date, time or timestamp"); !s) return s.error();
        TimeUnit unit = *call_.timeUnit();
        bool clockUnit = unit == TimeUnit::Hour || unit == TimeUnit::Minute || unit == TimeUnit::Second;
        if (args_[1].kind() == TypeKind::Date && clockUnit) return FlinkType(TypeKind::Timestamp, 6).withNullable(anyNullable());
        return args_[1].withNullable(anyNullable());
    }

    // FLOOR / CEIL(x TO unit): a date rounds to a day or longer, a time to an hour or shorter.
    Result<FlinkType> roundToUnitType() const {
        const FlinkType& arg = args_[0];
        if (auto s = require(0, isTimePoint, "a date, time or timestamp"); !s) return s.error();
        TimeUnit unit = *call_.timeUnit();
        bool dayOrLonger = unit <= TimeUnit::Day;
        bool allowed = arg.kind() == TypeKind::Date ? dayOrLonger : arg.kind() == TypeKind::Time ? unit >= TimeUnit::Hour : true;
        if (!allowed) {
            return errorAt(call_, "cannot round " + describeTyped(call_.child(0), arg) + " to " + std::string(timeUnitName(unit)));
        }
        return arg;
    }

    // JSON_VALUE / JSON_QUERY: the RETURNING type (STRING without one); JSON_VALUE's DEFAULT
    // values must cast to it.
    Result<FlinkType> jsonPathCallType() const {
        // JSON_QUERY(1, '$' WITH CONDITIONAL ARRAY WRAPPER) is '[1]' in Flink's docs.
        bool (*document)(const FlinkType&) = call_.function() == FunctionId::JsonQuery ? isJsonScalarOrString : isString;
        if (auto s = require(0, document, "a character string"); !s) return s.error();
        if (auto s = require(1, isString, "a character string"); !s) return s.error();
        const JsonClauses& clauses = call_.jsonClauses();
        FlinkType result = clauses.hasReturning ? call_.castType() : FlinkType::string();
        if (call_.function() == FunctionId::JsonQuery && clauses.hasReturning && !result.isCharacterString() &&
            !(result.kind() == TypeKind::Array && result.children().at(0).isCharacterString())) {
            return errorAt(call_, "JSON_QUERY returns a character string or ARRAY<STRING>, not " + result.toSql());
        }
        for (std::size_t i = 2; i < args_.size(); ++i) {
            if (!args_[i].isNull() && !castAllowed(args_[i], result)) {
                return errorAt(call_.child(i), "JSON_VALUE's DEFAULT " + describeTyped(call_.child(i), args_[i]) +
                                                   " cannot become " + result.withNullable(true).toSql());
            }
        }
        return result.withNullable(true);
    }

    struct Requirement {
        std::size_t arg;
        bool (*accepts)(const FlinkType&);
        std::string_view what;
    };

    Status require(std::size_t arg, bool (*accepts)(const FlinkType&), std::string_view what) const {
        if (arg >= args_.size() || accepts(args_[arg])) return Ok{};
        return errorAt(call_.child(arg), std::string(name_) + " needs " + std::string(what) + " argument, got " +
                                             describeTyped(call_.child(arg), args_[arg]));
    }

    // `result` once every present argument meets its requirement.
    Result<FlinkType> checked(std::initializer_list<Requirement> requirements, FlinkType result) const {
        for (const auto& r : requirements) {
            if (auto s = require(r.arg, r.accepts, r.what); !s) return s.error();
        }
        return result;
    }

    Result<FlinkType> allStrings(FlinkType result) const {
        for (std::size_t i = 0; i < args_.size(); ++i) {
            if (auto s = require(i, isString, "a character string"); !s) return s.error();
        }
        return result;
    }

    // The common type of arguments `first`.. (COALESCE, IF branches).
    Result<FlinkType> merged(std::size_t first, bool nullable) const {
        FlinkType result = args_[first];
        for (std::size_t i = first + 1; i < args_.size(); ++i) {
            auto common = commonType(result, args_[i]);
            if (!common) {
                return errorAt(call_.child(i), std::string(name_) + " argument " + describeTyped(call_.child(i), args_[i]) +
                                                   " is incompatible with " + result.withNullable(true).toSql());
            }
            result = *common;
        }
        return result.withNullable(nullable);
    }

    bool anyNullable() const { return std::ranges::any_of(args_, &FlinkType::nullable); }
    static FlinkType string(bool nullable) { return FlinkType::string().withNullable(nullable); }

    static FlinkType wholeNumberType(const FlinkType& arg) {
        if (arg.kind() != TypeKind::Decimal || arg.scale() == 0) return arg;
        return FlinkType(TypeKind::Decimal, std::min(38, 1 + arg.precision() - arg.scale()), 0).withNullable(arg.nullable());
    }

    // Flink's SUM keeps integer and floating types and widens DECIMAL to 38 digits.
    static FlinkType sumType(const FlinkType& arg) {
        if (arg.kind() == TypeKind::Decimal) return FlinkType(TypeKind::Decimal, 38, arg.scale());
        return arg.withNullable(true);
    }

    // Flink's AVG keeps the argument type; a DECIMAL average is DECIMAL(38, max(6, s)).
    static FlinkType avgType(const FlinkType& arg) {
        if (arg.kind() == TypeKind::Decimal) return FlinkType(TypeKind::Decimal, 38, std::max(6, arg.scale()));
        return arg.withNullable(true);
    }

    const Expr& call_;
    const std::vector<FlinkType>& args_;
    std::string_view name_;
};

}  // namespace

Result<FlinkType> callType(const Expr& call, const std::vector<FlinkType>& argTypes) {
    return CallTyper(call, argTypes).type();
}

}  // namespace sw::expr
