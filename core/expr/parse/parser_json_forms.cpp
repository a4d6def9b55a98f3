// ExpressionParser, part three: the SQL/JSON functions, whose arguments end in keyword clauses
// (RETURNING, ON EMPTY / ON ERROR, wrappers, ON NULL, KEY ... VALUE), and IS [NOT] JSON.

#include <array>

#include "expr/parse/expression_parser.h"

namespace sw::expr {
namespace {

// The clauses a function starts with when it names none (Flink's defaults).
JsonClauses defaultClauses(FunctionId function) {
    JsonClauses clauses;
    if (function == FunctionId::JsonExists) clauses.onError = JsonBehavior::False;
    if (function == FunctionId::JsonArray) clauses.absentOnNull = true;
    return clauses;
}

}  // namespace

// JSON_VALUE / JSON_QUERY / JSON_EXISTS(json, path <clauses>), after the '('.
Result<ExprPtr> ExpressionParser::parseJsonPathCallTail(FunctionId function, std::size_t offset) {
    std::vector<ExprPtr> args;
    for (int i = 0; i < 2; ++i) {
        if (i == 1 && !acceptSymbol(",")) return expected("',' and a JSON path");
        auto arg = parseOr();
        if (!arg) return arg;
        args.push_back(std::move(arg).value());
    }
    JsonClauses clauses = defaultClauses(function);
    model::FlinkType returning;
    if (function != FunctionId::JsonExists && acceptKeyword("RETURNING")) {
        auto type = parseReturningType();
        if (!type) return type.error();
        returning = std::move(type).value();
        clauses.hasReturning = true;
    }
    if (function == FunctionId::JsonQuery) {
        if (auto wrapper = parseJsonWrapper(clauses); !wrapper) return wrapper.error();
    }
    ExprPtr onEmptyDefault;
    ExprPtr onErrorDefault;
    // At most one ON EMPTY clause and then one ON ERROR clause, as Flink's grammar orders them.
    bool sawEmpty = false;
    bool sawError = false;
    while (!peek().isSymbol(")")) {
        std::size_t at = peek().offset;
        ExprPtr defaultValue;
        auto behavior = parseJsonBehavior(function, defaultValue);
        if (!behavior) return behavior.error();
        if (!acceptKeyword("ON")) return expected("ON EMPTY or ON ERROR");
        if (function != FunctionId::JsonExists && !sawEmpty && !sawError && acceptKeyword("EMPTY")) {
            sawEmpty = true;
            clauses.onEmpty = *behavior;
            onEmptyDefault = std::move(defaultValue);
        } else if (!sawError && acceptKeyword("ERROR")) {
            sawError = true;
            clauses.onError = *behavior;
            onErrorDefault = std::move(defaultValue);
        } else {
            return errorAtOffset(at, sawError ? "nothing may follow the ON ERROR clause"
                                              : function == FunctionId::JsonExists ? "expected ON ERROR" : "expected ON EMPTY or ON ERROR");
        }
    }
    advance();  // ')'
    if (onEmptyDefault) args.push_back(std::move(onEmptyDefault));
    if (onErrorDefault) args.push_back(std::move(onErrorDefault));
    return Expr::jsonCall(function, std::move(args), clauses, std::move(returning), false, offset);
}

// The type after RETURNING runs to the next clause keyword or the closing ')'.
Result<model::FlinkType> ExpressionParser::parseReturningType() {
    static constexpr std::array<std::string_view, 7> kClauseWords = {"NULL", "ERROR", "DEFAULT", "WITH",
                                                                     "WITHOUT", "EMPTY", "ON"};
    std::size_t start = peek().offset;
    int depth = 0;
    while (true) {
        const Token& token = peek();
        if (token.type == TokenType::End) return expected("')'");
        if (depth == 0 && token.isSymbol(")")) break;
        bool clause = false;
        for (std::string_view word : kClauseWords) clause = clause || token.isKeyword(word);
        if (depth == 0 && clause) break;
        if (token.isSymbol("(") || token.isSymbol("<")) ++depth;
        if (token.isSymbol(")") || token.isSymbol(">")) --depth;
        advance();
    }
    std::string_view text = text_.substr(start, peek().offset - start);
    if (text.empty()) return expected("a type after RETURNING");
    auto type = model::FlinkType::parse(text);
    if (!type) return errorAtOffset(start, "invalid type after RETURNING: " + type.error().message);
    return std::move(type).value();
}

// WITHOUT [ARRAY] WRAPPER | WITH [CONDITIONAL | UNCONDITIONAL] [ARRAY] WRAPPER.
Status ExpressionParser::parseJsonWrapper(JsonClauses& clauses) {
    if (acceptKeyword("WITHOUT")) {
        clauses.wrapper = JsonWrapper::Without;
    } else if (acceptKeyword("WITH")) {
        clauses.wrapper = acceptKeyword("CONDITIONAL") ? JsonWrapper::Conditional : JsonWrapper::Unconditional;
        if (clauses.wrapper == JsonWrapper::Unconditional) acceptKeyword("UNCONDITIONAL");
    } else {
        return Ok{};
    }
    acceptKeyword("ARRAY");
    if (!acceptKeyword("WRAPPER")) return expected("WRAPPER");
    return Ok{};
}

// The behaviour before ON EMPTY / ON ERROR: which words a function takes, and DEFAULT's value.
Result<JsonBehavior> ExpressionParser::parseJsonBehavior(FunctionId function, ExprPtr& defaultValue) {
    if (function == FunctionId::JsonExists) {
        if (acceptKeyword("TRUE")) return JsonBehavior::True;
        if (acceptKeyword("FALSE")) return JsonBehavior::False;
        if (acceptKeyword("UNKNOWN")) return JsonBehavior::Unknown;
        if (acceptKeyword("ERROR")) return JsonBehavior::Error;
        return expected("TRUE, FALSE, UNKNOWN or ERROR");
    }
    if (acceptKeyword("NULL")) return JsonBehavior::Null;
    if (acceptKeyword("ERROR")) return JsonBehavior::Error;
    if (function == FunctionId::JsonValue) {
        if (!acceptKeyword("DEFAULT")) return expected("NULL, ERROR or DEFAULT");
        auto value = parseAdditive();
        if (!value) return value.error();
        defaultValue = std::move(value).value();
        return JsonBehavior::Default;
    }
    if (acceptKeyword("EMPTY")) {
        if (acceptKeyword("ARRAY")) return JsonBehavior::EmptyArray;
        if (acceptKeyword("OBJECT")) return JsonBehavior::EmptyObject;
        return expected("ARRAY or OBJECT");
    }
    return expected("NULL, ERROR, EMPTY ARRAY or EMPTY OBJECT");
}

// JSON_OBJECT([[KEY] key VALUE value, ...] [NULL | ABSENT ON NULL]) and
// JSON_ARRAY([value, ...] [NULL | ABSENT ON NULL]), after the '('.
Result<ExprPtr> ExpressionParser::parseJsonConstructorTail(FunctionId function, std::size_t offset) {
    JsonClauses clauses = defaultClauses(function);
    std::vector<ExprPtr> args;
    auto atNullClause = [&] { return (peek().isKeyword("NULL") || peek().isKeyword("ABSENT")) && peek(1).isKeyword("ON"); };
    while (!peek().isSymbol(")") && !atNullClause()) {
        if (!args.empty() && !acceptSymbol(",")) return expected("',', ON NULL or ')'");
        if (function == FunctionId::JsonObject) {
            acceptKeyword("KEY");
            auto key = parseOr();
            if (!key) return key;
            if (!acceptKeyword("VALUE")) return expected("VALUE");
            args.push_back(std::move(key).value());
        }
        auto value = parseOr();
        if (!value) return value;
        args.push_back(std::move(value).value());
    }
    if (atNullClause()) {
        clauses.absentOnNull = advance().isKeyword("ABSENT");
        advance();  // ON
        if (!acceptKeyword("NULL")) return expected("NULL");
    }
    if (!acceptSymbol(")")) return expected("')'");
    return Expr::jsonCall(function, std::move(args), clauses, model::FlinkType(), false, offset);
}

// `left IS [NOT] JSON [VALUE | SCALAR | ARRAY | OBJECT]`, after JSON.
Result<ExprPtr> ExpressionParser::parseIsJsonTail(ExprPtr left, bool negated, std::size_t offset) {
    JsonClauses clauses;
    if (acceptKeyword("VALUE")) clauses.kind = JsonKind::Value;
    else if (acceptKeyword("SCALAR")) clauses.kind = JsonKind::Scalar;
    else if (acceptKeyword("ARRAY")) clauses.kind = JsonKind::Array;
    else if (acceptKeyword("OBJECT")) clauses.kind = JsonKind::Object;
    std::vector<ExprPtr> args;
    args.push_back(std::move(left));
    return Expr::jsonCall(FunctionId::IsJson, std::move(args), clauses, model::FlinkType(), negated, offset);
}

}  // namespace sw::expr
