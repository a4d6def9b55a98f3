// ExpressionParser, part two: keyword-led primaries (typed literals, CASE, CAST) and function calls.

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <span>
#include <string>

#include "expr/parse/expression_parser.h"
#include "expr/parse/function_catalog.h"
#include "expr/parse/literal_rules.h"

namespace sw::expr {
namespace {

// Words that always have a grammatical role and so can only name a column when back-quoted.
constexpr std::array<std::string_view, 20> kReserved = {
    "AND", "OR", "NOT", "IS", "NULL", "TRUE", "FALSE", "IN", "BETWEEN", "LIKE",
    "ESCAPE", "CASE", "WHEN", "THEN", "ELSE", "END", "AS", "DISTINCT", "FROM", "FOR",
};

// The N of an error located at "offset N" inside a sub-text, 0 when it has no such location.
std::size_t offsetWithin(const Error& error) {
    std::string_view location = error.location;
    std::size_t offset = 0;
    if (location.starts_with("offset ")) std::from_chars(location.data() + 7, location.data() + location.size(), offset);
    return offset;
}

std::vector<ExprPtr> nodeList(ExprPtr only) {
    std::vector<ExprPtr> list;
    list.push_back(std::move(only));
    return list;
}

std::string arityText(int count) { return std::to_string(count) + (count == 1 ? " argument" : " arguments"); }

}  // namespace

// A primary that starts with a plain word: keyword literal, CASE, CAST, function call or column.
Result<ExprPtr> ExpressionParser::parseKeywordPrimary() {
    const Token& token = peek();
    bool callSyntax = peek(1).isSymbol("(");
    bool stringFollows = peek(1).type == TokenType::String;
    if (token.isKeyword("NULL")) return Expr::literal(LiteralKind::Null, "NULL", advance().offset);
    if (token.isKeyword("TRUE")) return Expr::literal(LiteralKind::Boolean, "TRUE", advance().offset);
    if (token.isKeyword("FALSE")) return Expr::literal(LiteralKind::Boolean, "FALSE", advance().offset);
    if (token.isKeyword("CASE")) return parseCase();
    if (callSyntax && token.isKeyword("CAST")) return parseCast(false);
    if (callSyntax && token.isKeyword("TRY_CAST")) return parseCast(true);
    if (peek(1).isSymbol("[") && token.isKeyword("ARRAY")) return parseConstructorTail(ConstructorKind::Array, "]", advance().offset);
    if (peek(1).isSymbol("[") && token.isKeyword("MAP")) return parseConstructorTail(ConstructorKind::Map, "]", advance().offset);
    if (callSyntax && token.isKeyword("ROW")) return parseConstructorTail(ConstructorKind::Row, ")", advance().offset);
    if (stringFollows && token.isKeyword("DATE")) return parseTypedLiteral(LiteralKind::Date);
    if (stringFollows && token.isKeyword("TIME")) return parseTypedLiteral(LiteralKind::Time);
    if (stringFollows && token.isKeyword("TIMESTAMP")) return parseTypedLiteral(LiteralKind::Timestamp);
    if (stringFollows && token.isKeyword("INTERVAL")) return parseInterval();
    if (std::ranges::any_of(kReserved, [&](std::string_view word) { return token.isKeyword(word); })) {
        return expected("an expression");
    }
    const FunctionInfo* function = findFunction(token.value);
    if (callSyntax) {
        if (!function) return parseUserCall(token.value, advance().offset);
        return parseCall(*function, advance().offset);
    }
    if (function && function->syntax == FunctionSyntax::Niladic) return Expr::call(function->id, {}, false, advance().offset);
    return Expr::column(token.value, advance().offset);
}

// U&'...' [UESCAPE 'c']: a string literal spelling characters as escape + 4 or + 6 hex digits.
Result<ExprPtr> ExpressionParser::parseUnicodeString() {
    const Token& literal = advance();
    char escape = '\\';
    if (peek().isKeyword("UESCAPE")) {
        advance();
        const Token& given = advance();
        if (given.type != TokenType::String || given.value.size() != 1) {
            return errorAtOffset(given.offset, "UESCAPE needs a one-character string literal");
        }
        escape = given.value[0];
    }
    auto text = unicodeLiteralText(literal.value, escape);
    if (!text) return errorAtOffset(literal.offset, text.error().message);
    return Expr::literal(LiteralKind::String, std::move(text).value(), literal.offset);
}

Result<ExprPtr> ExpressionParser::parseConstructorTail(ConstructorKind kind, std::string_view closing, std::size_t offset) {
    advance();  // '[' or '('
    std::vector<ExprPtr> items;
    // ROW() is an empty row; ARRAY and MAP need items (Calcite's grammar).
    if (kind != ConstructorKind::Row || !peek().isSymbol(closing)) {
        do {
            auto item = parseOr();
            if (!item) return item;
            items.push_back(std::move(item).value());
        } while (acceptSymbol(","));
    }
    if (!acceptSymbol(closing)) return expected("',' or '" + std::string(closing) + "'");
    if (kind == ConstructorKind::Map && items.size() % 2 != 0) {
        return errorAtOffset(offset, "MAP[...] needs keys and values in pairs, got " + std::to_string(items.size()) + " items");
    }
    return Expr::constructor(kind, std::move(items), offset);
}

Result<ExprPtr> ExpressionParser::parseTypedLiteral(LiteralKind kind) {
    std::size_t offset = advance().offset;
    const Token& value = advance();
    if (auto type = literalType(kind, value.value); !type) return errorAtOffset(value.offset, type.error().message);
    return Expr::literal(kind, value.value, offset);
}

// INTERVAL 'text' qualifier, the qualifier being start[(p)] [TO end] with SECOND(p[, f]) as start
// and SECOND[(f)] as end.
Result<ExprPtr> ExpressionParser::parseInterval() {
    std::size_t offset = advance().offset;
    const Token& value = advance();
    IntervalQualifier qualifier;
    auto field = parseIntervalField();
    if (!field) return field.error();
    qualifier.start = qualifier.end = *field;
    if (acceptSymbol("(")) {
        auto precision = parsePrecision();
        if (!precision) return precision.error();
        qualifier.leadingPrecision = *precision;
        if (qualifier.start == TimeUnit::Second && acceptSymbol(",")) {
            auto fraction = parsePrecision();
            if (!fraction) return fraction.error();
            qualifier.fractionPrecision = *fraction;
        }
        if (!acceptSymbol(")")) return expected("')'");
    }
    if (acceptKeyword("TO")) {
        std::size_t endOffset = peek().offset;
        auto end = parseIntervalField();
        if (!end) return end.error();
        qualifier.end = *end;
        if (qualifier.end == TimeUnit::Second && acceptSymbol("(")) {
            auto fraction = parsePrecision();
            if (!fraction) return fraction.error();
            qualifier.fractionPrecision = *fraction;
            if (!acceptSymbol(")")) return expected("')'");
        }
        // YEAR TO MONTH, DAY TO HOUR .. MINUTE TO SECOND: a smaller field of the same kind.
        bool yearMonthEnd = qualifier.end == TimeUnit::Month;
        if (qualifier.end <= qualifier.start || yearMonthEnd != (qualifier.start == TimeUnit::Year)) {
            return errorAtOffset(endOffset, "invalid interval qualifier " + std::string(timeUnitName(qualifier.start)) +
                                                " TO " + std::string(timeUnitName(qualifier.end)));
        }
    }
    if (auto type = literalType(LiteralKind::Interval, value.value, qualifier); !type) {
        return errorAtOffset(value.offset, type.error().message);
    }
    return Expr::interval(value.value, qualifier, offset);
}

Result<TimeUnit> ExpressionParser::parseIntervalField() {
    static constexpr std::array kFields = {
        TimeUnit::Year, TimeUnit::Month, TimeUnit::Day, TimeUnit::Hour, TimeUnit::Minute, TimeUnit::Second,
    };
    return parseUnitWord(kFields, false);
}

Result<int> ExpressionParser::parsePrecision() {
    if (peek().type != TokenType::Integer || peek().value.size() > 2) return expected("a precision");
    return std::stoi(advance().value);
}

// The unit word of EXTRACT, FLOOR/CEIL .. TO, TIMESTAMPADD and TIMESTAMPDIFF, one of `allowed`.
Result<TimeUnit> ExpressionParser::parseUnitWord(std::span<const TimeUnit> allowed, bool jdbcSpelling) {
    auto unit = parseTimeUnit(peek().type == TokenType::Identifier ? std::string_view(peek().value) : "", jdbcSpelling);
    if (!unit || std::ranges::find(allowed, *unit) == allowed.end()) {
        std::string names;
        for (TimeUnit u : allowed) names += (names.empty() ? "" : ", ") + std::string(timeUnitName(u));
        return expected("a time unit (" + names + ")");
    }
    advance();
    return *unit;
}

Result<ExprPtr> ExpressionParser::parseCase() {
    std::size_t offset = advance().offset;
    ExprPtr operand;
    if (!peek().isKeyword("WHEN") && !peek().isKeyword("ELSE") && !peek().isKeyword("END")) {
        auto parsed = parseOr();
        if (!parsed) return parsed;
        operand = std::move(parsed).value();
    }
    std::vector<ExprPtr> whenThen;
    while (acceptKeyword("WHEN")) {
        // A simple CASE may list values: WHEN 1, 2 THEN r is WHEN 1 THEN r WHEN 2 THEN r.
        std::vector<ExprPtr> values;
        do {
            auto value = parseOr();
            if (!value) return value;
            values.push_back(std::move(value).value());
        } while (operand && acceptSymbol(","));
        if (!acceptKeyword("THEN")) return expected(operand ? "',' or THEN" : "THEN");
        const std::size_t resultStart = pos_;
        for (ExprPtr& value : values) {
            pos_ = resultStart;  // each listed value gets its own copy of the result, read again
            auto result = parseOr();
            if (!result) return result;
            whenThen.push_back(std::move(value));
            whenThen.push_back(std::move(result).value());
        }
    }
    if (whenThen.empty()) return expected("WHEN");
    ExprPtr elseResult;
    if (acceptKeyword("ELSE")) {
        auto parsed = parseOr();
        if (!parsed) return parsed;
        elseResult = std::move(parsed).value();
    }
    if (!acceptKeyword("END")) return expected(elseResult ? "END" : "WHEN, ELSE or END");
    return Expr::caseWhen(std::move(operand), std::move(whenThen), std::move(elseResult), offset);
}

Result<ExprPtr> ExpressionParser::parseCast(bool tryCast) {
    std::size_t offset = advance().offset;
    advance();  // '('
    auto operand = parseOr();
    if (!operand) return operand;
    if (!acceptKeyword("AS")) return expected("AS");
    // The type runs to the ')' that closes the CAST; FlinkType::parse reads its spelling.
    std::size_t typeStart = peek().offset;
    for (int depth = 0; depth > 0 || !peek().isSymbol(")"); advance()) {
        if (peek().type == TokenType::End) return expected("')'");
        if (peek().isSymbol("(")) ++depth;
        if (peek().isSymbol(")")) --depth;
    }
    std::string_view typeText = text_.substr(typeStart, peek().offset - typeStart);
    if (typeText.empty()) return expected("a type");
    auto type = model::FlinkType::parse(typeText);
    if (!type) return errorAtOffset(typeStart + offsetWithin(type.error()), "invalid type in CAST: " + type.error().message);
    if (!type->nullable()) return errorAtOffset(typeStart, "CAST cannot declare NOT NULL");
    // Flink's SQL type system gives VARCHAR and VARBINARY without a length the longest one
    // (FlinkTypeSystem.getDefaultPrecision), so CAST(b AS VARBINARY) cuts nothing.
    const bool variableLength = type->kind() == model::TypeKind::Varchar || type->kind() == model::TypeKind::Varbinary;
    if (variableLength && typeText.find('(') == std::string_view::npos) type = model::FlinkType(type->kind(), model::FlinkType::kMaxLength);
    advance();  // ')'
    return Expr::cast(std::move(operand).value(), std::move(type).value(), tryCast, offset);
}

Result<ExprPtr> ExpressionParser::parseCall(const FunctionInfo& function, std::size_t offset) {
    advance();  // '('
    if (function.id == FunctionId::Substring) return parseSubstringTail(offset);
    if (function.id == FunctionId::Trim) return parseTrimTail(offset);
    if (function.id == FunctionId::Position) return parsePositionTail(offset);
    if (function.id == FunctionId::Overlay) return parseOverlayTail(offset);
    if (function.id == FunctionId::Extract) return parseExtractTail(offset);
    if (function.id == FunctionId::TimestampAdd || function.id == FunctionId::TimestampDiff) {
        return parseTimestampArithmeticTail(function.id, offset);
    }
    if (function.id == FunctionId::JsonValue || function.id == FunctionId::JsonQuery || function.id == FunctionId::JsonExists) {
        return parseJsonPathCallTail(function.id, offset);
    }
    if (function.id == FunctionId::JsonObject || function.id == FunctionId::JsonArray) {
        return parseJsonConstructorTail(function.id, offset);
    }
    bool distinct = function.syntax == FunctionSyntax::Aggregate && acceptKeyword("DISTINCT");
    if (function.id == FunctionId::Count && !distinct && acceptSymbol("*")) {
        if (!acceptSymbol(")")) return expected("')'");
        return Expr::call(FunctionId::Count, {}, false, offset);
    }
    std::vector<ExprPtr> args;
    if (distinct || !acceptSymbol(")")) {
        do {
            auto arg = parseOr();
            if (!arg) return arg;
            args.push_back(std::move(arg).value());
        } while (acceptSymbol(","));
        bool rounds = function.id == FunctionId::Floor || function.id == FunctionId::Ceil;
        if (rounds && args.size() == 1 && acceptKeyword("TO")) return parseRoundToTail(function.id, std::move(args[0]), offset);
        if (!acceptSymbol(")")) return expected("',' or ')'");
    }
    if (auto arity = checkArity(function, args.size(), offset); !arity) return arity.error();
    return Expr::call(function.id, std::move(args), distinct, offset);
}

// NAME(args) of a name that is no built-in: whether the job declares such a function is for the
// type checker to say.
Result<ExprPtr> ExpressionParser::parseUserCall(std::string name, std::size_t offset) {
    advance();  // '('
    std::vector<ExprPtr> args;
    if (!acceptSymbol(")")) {
        do {
            auto arg = parseOr();
            if (!arg) return arg;
            args.push_back(std::move(arg).value());
        } while (acceptSymbol(","));
        if (!acceptSymbol(")")) return expected("',' or ')'");
    }
    return Expr::userCall(std::move(name), std::move(args), offset);
}

// SUBSTRING(s FROM a [FOR b]) or SUBSTRING(s, a [, b]); both become the comma form.
Result<ExprPtr> ExpressionParser::parseSubstringTail(std::size_t offset) {
    std::vector<ExprPtr> args;
    auto addArg = [&]() -> Status {
        auto arg = parseOr();
        if (!arg) return arg.error();
        args.push_back(std::move(arg).value());
        return Ok{};
    };
    if (auto s = addArg(); !s) return s.error();
    if (acceptKeyword("FROM")) {
        if (auto s = addArg(); !s) return s.error();
        if (acceptKeyword("FOR")) {
            if (auto s = addArg(); !s) return s.error();
        }
    } else {
        while (acceptSymbol(",")) {
            if (auto s = addArg(); !s) return s.error();
        }
    }
    if (!acceptSymbol(")")) return expected(args.size() == 1 ? "FROM or ','" : "')'");
    if (auto arity = checkArity(functionInfo(FunctionId::Substring), args.size(), offset); !arity) return arity.error();
    return Expr::call(FunctionId::Substring, std::move(args), false, offset);
}

// TRIM([BOTH | LEADING | TRAILING] [chars] FROM source) or TRIM(source).
Result<ExprPtr> ExpressionParser::parseTrimTail(std::size_t offset) {
    std::optional<TrimSide> side;
    if (acceptKeyword("BOTH")) side = TrimSide::Both;
    else if (acceptKeyword("LEADING")) side = TrimSide::Leading;
    else if (acceptKeyword("TRAILING")) side = TrimSide::Trailing;
    ExprPtr chars;
    if (!acceptKeyword("FROM")) {
        auto first = parseOr();
        if (!first) return first;
        if (!acceptKeyword("FROM")) {
            // TRIM([side] s): spaces from the given side (both by default), as Calcite reads it.
            if (!acceptSymbol(")")) return expected("FROM or ')'");
            return Expr::trim(side.value_or(TrimSide::Both), nullptr, std::move(first).value(), offset);
        }
        chars = std::move(first).value();
    }
    auto source = parseOr();
    if (!source) return source;
    if (!acceptSymbol(")")) return expected("')'");
    return Expr::trim(side.value_or(TrimSide::Both), std::move(chars), std::move(source).value(), offset);
}

// POSITION(needle IN text): the needle stops before IN, so it is an additive expression.
Result<ExprPtr> ExpressionParser::parsePositionTail(std::size_t offset) {
    auto needle = parseAdditive();
    if (!needle) return needle;
    if (!acceptKeyword("IN")) return expected("IN");
    auto text = parseOr();
    if (!text) return text;
    if (!acceptSymbol(")")) return expected("')'");
    std::vector<ExprPtr> args;
    args.push_back(std::move(needle).value());
    args.push_back(std::move(text).value());
    return Expr::call(FunctionId::Position, std::move(args), false, offset);
}

// OVERLAY(s PLACING r FROM start [FOR length]): Flink's only spelling; s, r and start stop before
// the keyword that follows them, so they are additive expressions.
Result<ExprPtr> ExpressionParser::parseOverlayTail(std::size_t offset) {
    std::vector<ExprPtr> args;
    for (std::string_view keyword : {"PLACING", "FROM", "FOR"}) {
        auto arg = parseAdditive();
        if (!arg) return arg;
        args.push_back(std::move(arg).value());
        if (acceptSymbol(")")) {
            if (keyword == "FOR") return Expr::call(FunctionId::Overlay, std::move(args), false, offset);
            return expected(std::string(keyword));
        }
        if (!acceptKeyword(keyword)) return expected(keyword == "FOR" ? "FOR or ')'" : std::string(keyword));
    }
    auto length = parseOr();
    if (!length) return length;
    args.push_back(std::move(length).value());
    if (!acceptSymbol(")")) return expected("')'");
    return Expr::call(FunctionId::Overlay, std::move(args), false, offset);
}

// EXTRACT(unit FROM value).
Result<ExprPtr> ExpressionParser::parseExtractTail(std::size_t offset) {
    static constexpr std::array kUnits = {
        TimeUnit::Millennium, TimeUnit::Century, TimeUnit::Decade, TimeUnit::Year, TimeUnit::Quarter,
        TimeUnit::Month, TimeUnit::Week, TimeUnit::Day, TimeUnit::Hour, TimeUnit::Minute, TimeUnit::Second,
        TimeUnit::Millisecond, TimeUnit::Microsecond, TimeUnit::Nanosecond, TimeUnit::DayOfYear,
        TimeUnit::DayOfWeek, TimeUnit::IsoDayOfWeek, TimeUnit::IsoYear, TimeUnit::Epoch,
    };
    auto unit = parseUnitWord(kUnits, false);
    if (!unit) return unit.error();
    if (!acceptKeyword("FROM")) return expected("FROM");
    auto value = parseOr();
    if (!value) return value;
    if (!acceptSymbol(")")) return expected("')'");
    return Expr::unitCall(FunctionId::Extract, *unit, nodeList(std::move(value).value()), offset);
}

// FLOOR(value TO unit) / CEIL(value TO unit), after the TO.
Result<ExprPtr> ExpressionParser::parseRoundToTail(FunctionId function, ExprPtr value, std::size_t offset) {
    static constexpr std::array kUnits = {
        TimeUnit::Millennium, TimeUnit::Century, TimeUnit::Decade, TimeUnit::Year, TimeUnit::Quarter,
        TimeUnit::Month, TimeUnit::Week, TimeUnit::Day, TimeUnit::Hour, TimeUnit::Minute, TimeUnit::Second,
        TimeUnit::Millisecond,
    };
    auto unit = parseUnitWord(kUnits, false);
    if (!unit) return unit.error();
    if (!acceptSymbol(")")) return expected("')'");
    return Expr::unitCall(function, *unit, nodeList(std::move(value)), offset);
}

// TIMESTAMPADD(unit, count, value) / TIMESTAMPDIFF(unit, from, to).
Result<ExprPtr> ExpressionParser::parseTimestampArithmeticTail(FunctionId function, std::size_t offset) {
    static constexpr std::array kUnits = {
        TimeUnit::Year, TimeUnit::Quarter, TimeUnit::Month, TimeUnit::Week,
        TimeUnit::Day, TimeUnit::Hour, TimeUnit::Minute, TimeUnit::Second,
    };
    auto unit = parseUnitWord(kUnits, true);
    if (!unit) return unit.error();
    std::vector<ExprPtr> args;
    for (int i = 0; i < 2; ++i) {
        if (!acceptSymbol(",")) return expected("','");
        auto arg = parseOr();
        if (!arg) return arg;
        args.push_back(std::move(arg).value());
    }
    if (!acceptSymbol(")")) return expected("')'");
    return Expr::unitCall(function, *unit, std::move(args), offset);
}

Status ExpressionParser::checkArity(const FunctionInfo& function, std::size_t count, std::size_t offset) const {
    int n = static_cast<int>(count);
    if (n >= function.minArgs && (function.maxArgs < 0 || n <= function.maxArgs)) return Ok{};
    std::string expectation;
    if (function.maxArgs < 0) expectation = "at least " + arityText(function.minArgs);
    else if (function.minArgs == function.maxArgs) expectation = arityText(function.minArgs);
    else expectation = std::to_string(function.minArgs) + " to " + arityText(function.maxArgs);
    return errorAtOffset(offset, std::string(function.name) + " takes " + expectation + ", got " + std::to_string(n));
}

}  // namespace sw::expr
