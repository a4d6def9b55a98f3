#include "expr/parser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

#include "expr/lexer.h"
#include "expr/literal_rules.h"

namespace sw::expr {
namespace {

// Words that always have a grammatical role and so can only name a column when back-quoted.
constexpr std::array<std::string_view, 20> kReserved = {
    "AND", "OR", "NOT", "IS", "NULL", "TRUE", "FALSE", "IN", "BETWEEN", "LIKE",
    "ESCAPE", "CASE", "WHEN", "THEN", "ELSE", "END", "AS", "DISTINCT", "FROM", "FOR",
};

struct ComparisonSymbol {
    std::string_view symbol;
    BinaryOp op;
};
constexpr std::array<ComparisonSymbol, 7> kComparisons = {{
    {"=", BinaryOp::Equal}, {"<>", BinaryOp::NotEqual}, {"!=", BinaryOp::NotEqual}, {"<", BinaryOp::Less},
    {"<=", BinaryOp::LessEqual}, {">", BinaryOp::Greater}, {">=", BinaryOp::GreaterEqual},
}};

Error errorAt(std::size_t offset, std::string message) { return Error{std::move(message), "offset " + std::to_string(offset)}; }

// The N of an error located at "offset N" inside a sub-text, 0 when it has no such location.
std::size_t offsetWithin(const Error& error) {
    std::string_view location = error.location;
    std::size_t offset = 0;
    if (location.starts_with("offset ")) std::from_chars(location.data() + 7, location.data() + location.size(), offset);
    return offset;
}

std::string arityText(int count) { return std::to_string(count) + (count == 1 ? " argument" : " arguments"); }

class Parser {
public:
    Parser(std::string_view text, std::vector<Token> tokens) : text_(text), tokens_(std::move(tokens)) {}

    Result<ExprPtr> parseAll() {
        auto expr = parseOr();
        if (!expr) return expr;
        if (peek().type != TokenType::End) return expected("end of expression");
        return expr;
    }

private:
    const Token& peek(std::size_t ahead = 0) const { return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)]; }
    const Token& advance() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }

    Error expected(std::string_view what) const {
        return errorAt(peek().offset, "expected " + std::string(what) + ", found " + peek().describe());
    }

    bool acceptKeyword(std::string_view keyword) {
        if (!peek().isKeyword(keyword)) return false;
        advance();
        return true;
    }
    bool acceptSymbol(std::string_view symbol) {
        if (!peek().isSymbol(symbol)) return false;
        advance();
        return true;
    }

    // Left-associative chain of `next`-level operands joined by the operators `opFor` recognises.
    template <typename Next, typename OpFor>
    Result<ExprPtr> leftChain(Next next, OpFor opFor) {
        auto left = (this->*next)();
        if (!left) return left;
        while (std::optional<BinaryOp> op = opFor(*this)) {
            std::size_t offset = advance().offset;
            auto right = (this->*next)();
            if (!right) return right;
            left = Expr::binary(*op, std::move(left).value(), std::move(right).value(), offset);
        }
        return left;
    }

    Result<ExprPtr> parseOr() {
        return leftChain(&Parser::parseAnd, [](const Parser& p) -> std::optional<BinaryOp> {
            if (p.peek().isKeyword("OR")) return BinaryOp::Or;
            return std::nullopt;
        });
    }

    Result<ExprPtr> parseAnd() {
        return leftChain(&Parser::parseNot, [](const Parser& p) -> std::optional<BinaryOp> {
            if (p.peek().isKeyword("AND")) return BinaryOp::And;
            return std::nullopt;
        });
    }

    Result<ExprPtr> parseNot() {
        if (!peek().isKeyword("NOT")) return parsePredicate();
        std::size_t offset = advance().offset;
        auto operand = parseNot();
        if (!operand) return operand;
        return Expr::unary(UnaryOp::Not, std::move(operand).value(), offset);
    }

    bool atComparison() const {
        return std::ranges::any_of(kComparisons, [&](const auto& c) { return peek().isSymbol(c.symbol); });
    }

    bool atPredicateOperator() const {
        auto startsTest = [](const Token& t) { return t.isKeyword("IN") || t.isKeyword("BETWEEN") || t.isKeyword("LIKE"); };
        return atComparison() || peek().isKeyword("IS") || startsTest(peek()) ||
               (peek().isKeyword("NOT") && startsTest(peek(1)));
    }

    Result<ExprPtr> parsePredicate() {
        auto left = parseAdditive();
        while (left && atPredicateOperator()) left = parsePredicateTail(std::move(left).value());
        return left;
    }

    // Applies the comparison / IS / IN / BETWEEN / LIKE at the current token to `left`.
    Result<ExprPtr> parsePredicateTail(ExprPtr left) {
        if (atComparison()) {
            BinaryOp op = std::ranges::find_if(kComparisons, [&](const auto& c) { return peek().isSymbol(c.symbol); })->op;
            std::size_t offset = advance().offset;
            auto right = parseAdditive();
            if (!right) return right;
            return Expr::binary(op, std::move(left), std::move(right).value(), offset);
        }
        if (peek().isKeyword("IS")) return parseIs(std::move(left));
        std::size_t offset = peek().offset;
        bool negated = acceptKeyword("NOT");
        if (acceptKeyword("IN")) return parseInList(std::move(left), negated, offset);
        if (acceptKeyword("BETWEEN")) {
            auto low = parseAdditive();
            if (!low) return low;
            if (!acceptKeyword("AND")) return expected("AND");
            auto high = parseAdditive();
            if (!high) return high;
            return Expr::between(std::move(left), std::move(low).value(), std::move(high).value(), negated, offset);
        }
        advance();  // LIKE, as atPredicateOperator() established
        auto pattern = parseAdditive();
        if (!pattern) return pattern;
        ExprPtr escape;
        if (acceptKeyword("ESCAPE")) {
            auto parsed = parseAdditive();
            if (!parsed) return parsed;
            escape = std::move(parsed).value();
        }
        return Expr::like(std::move(left), std::move(pattern).value(), std::move(escape), negated, offset);
    }

    Result<ExprPtr> parseIs(ExprPtr left) {
        std::size_t offset = advance().offset;
        bool negated = acceptKeyword("NOT");
        UnaryOp op;
        if (acceptKeyword("NULL")) {
            op = negated ? UnaryOp::IsNotNull : UnaryOp::IsNull;
        } else if (acceptKeyword("TRUE")) {
            op = negated ? UnaryOp::IsNotTrue : UnaryOp::IsTrue;
        } else if (acceptKeyword("FALSE")) {
            op = negated ? UnaryOp::IsNotFalse : UnaryOp::IsFalse;
        } else {
            return expected("NULL, TRUE or FALSE");
        }
        return Expr::unary(op, std::move(left), offset);
    }

    Result<ExprPtr> parseInList(ExprPtr left, bool negated, std::size_t offset) {
        if (!acceptSymbol("(")) return expected("'(' after IN");
        std::vector<ExprPtr> list;
        do {
            auto item = parseOr();
            if (!item) return item;
            list.push_back(std::move(item).value());
        } while (acceptSymbol(","));
        if (!acceptSymbol(")")) return expected("',' or ')'");
        return Expr::in(std::move(left), std::move(list), negated, offset);
    }

    Result<ExprPtr> parseAdditive() {
        return leftChain(&Parser::parseMultiplicative, [](const Parser& p) -> std::optional<BinaryOp> {
            if (p.peek().isSymbol("+")) return BinaryOp::Add;
            if (p.peek().isSymbol("-")) return BinaryOp::Subtract;
            if (p.peek().isSymbol("||")) return BinaryOp::Concat;
            return std::nullopt;
        });
    }

    Result<ExprPtr> parseMultiplicative() {
        return leftChain(&Parser::parseUnary, [](const Parser& p) -> std::optional<BinaryOp> {
            if (p.peek().isSymbol("*")) return BinaryOp::Multiply;
            if (p.peek().isSymbol("/")) return BinaryOp::Divide;
            if (p.peek().isSymbol("%")) return BinaryOp::Modulo;
            return std::nullopt;
        });
    }

    Result<ExprPtr> parseUnary() {
        if (!peek().isSymbol("-")) return parsePrimary();
        std::size_t offset = advance().offset;
        auto operand = parseUnary();
        if (!operand) return operand;
        Expr& e = *operand.value();
        // A minus directly before a number is part of the literal, so -2147483648 is an INT.
        bool numeric = e.kind() == ExprKind::Literal &&
                       (e.literalKind() == LiteralKind::Integer || e.literalKind() == LiteralKind::Decimal ||
                        e.literalKind() == LiteralKind::Approximate);
        if (numeric && !e.text().starts_with('-')) return numberLiteral(e.literalKind(), "-" + e.text(), offset);
        return Expr::unary(UnaryOp::Negate, std::move(operand).value(), offset);
    }

    Result<ExprPtr> numberLiteral(LiteralKind kind, std::string text, std::size_t offset) {
        if (auto type = literalType(kind, text); !type) return errorAt(offset, type.error().message);
        return Expr::literal(kind, std::move(text), offset);
    }

    Result<ExprPtr> parsePrimary();
    Result<ExprPtr> parseKeywordPrimary();
    Result<ExprPtr> parseTypedLiteral(LiteralKind kind);
    Result<ExprPtr> parseInterval();
    Result<ExprPtr> parseCase();
    Result<ExprPtr> parseCast(bool tryCast);
    Result<ExprPtr> parseCall(const FunctionInfo& function, std::size_t offset);
    Result<ExprPtr> parseSubstringTail(std::size_t offset);
    Result<ExprPtr> parseTrimTail(std::size_t offset);
    Status checkArity(const FunctionInfo& function, std::size_t count, std::size_t offset) const;

    std::string_view text_;
    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
};

Result<ExprPtr> Parser::parsePrimary() {
    const Token& token = peek();
    switch (token.type) {
    case TokenType::Integer: advance(); return numberLiteral(LiteralKind::Integer, token.value, token.offset);
    case TokenType::Decimal: advance(); return numberLiteral(LiteralKind::Decimal, token.value, token.offset);
    case TokenType::Approximate: advance(); return numberLiteral(LiteralKind::Approximate, token.value, token.offset);
    case TokenType::String: advance(); return Expr::literal(LiteralKind::String, token.value, token.offset);
    case TokenType::QuotedIdentifier: advance(); return Expr::column(token.value, token.offset);
    case TokenType::Identifier: return parseKeywordPrimary();
    case TokenType::Symbol:
        if (acceptSymbol("(")) {
            auto inner = parseOr();
            if (inner && !acceptSymbol(")")) return expected("')'");
            return inner;
        }
        break;
    case TokenType::End: break;
    }
    return expected("an expression");
}

// A primary that starts with a plain word: keyword literal, CASE, CAST, function call or column.
Result<ExprPtr> Parser::parseKeywordPrimary() {
    const Token& token = peek();
    bool callSyntax = peek(1).isSymbol("(");
    bool stringFollows = peek(1).type == TokenType::String;
    if (token.isKeyword("NULL")) return Expr::literal(LiteralKind::Null, "NULL", advance().offset);
    if (token.isKeyword("TRUE")) return Expr::literal(LiteralKind::Boolean, "TRUE", advance().offset);
    if (token.isKeyword("FALSE")) return Expr::literal(LiteralKind::Boolean, "FALSE", advance().offset);
    if (token.isKeyword("CASE")) return parseCase();
    if (callSyntax && token.isKeyword("CAST")) return parseCast(false);
    if (callSyntax && token.isKeyword("TRY_CAST")) return parseCast(true);
    if (stringFollows && token.isKeyword("DATE")) return parseTypedLiteral(LiteralKind::Date);
    if (stringFollows && token.isKeyword("TIMESTAMP")) return parseTypedLiteral(LiteralKind::Timestamp);
    if (stringFollows && token.isKeyword("INTERVAL")) return parseInterval();
    if (std::ranges::any_of(kReserved, [&](std::string_view word) { return token.isKeyword(word); })) {
        return expected("an expression");
    }
    const FunctionInfo* function = findFunction(token.value);
    if (callSyntax) {
        if (!function) return errorAt(token.offset, "unknown function " + token.value);
        return parseCall(*function, advance().offset);
    }
    if (function && function->syntax == FunctionSyntax::Niladic) return Expr::call(function->id, {}, false, advance().offset);
    return Expr::column(token.value, advance().offset);
}

Result<ExprPtr> Parser::parseTypedLiteral(LiteralKind kind) {
    std::size_t offset = advance().offset;
    const Token& value = advance();
    if (auto type = literalType(kind, value.value); !type) return errorAt(value.offset, type.error().message);
    return Expr::literal(kind, value.value, offset);
}

Result<ExprPtr> Parser::parseInterval() {
    std::size_t offset = advance().offset;
    const Token& value = advance();
    static constexpr std::array<std::pair<std::string_view, IntervalUnit>, 4> kUnits = {{
        {"SECOND", IntervalUnit::Second}, {"MINUTE", IntervalUnit::Minute},
        {"HOUR", IntervalUnit::Hour}, {"DAY", IntervalUnit::Day},
    }};
    auto unit = std::ranges::find_if(kUnits, [&](const auto& u) { return peek().isKeyword(u.first); });
    if (unit == kUnits.end()) return expected("SECOND, MINUTE, HOUR or DAY");
    advance();
    if (auto type = literalType(LiteralKind::Interval, value.value, unit->second); !type) {
        return errorAt(value.offset, type.error().message);
    }
    return Expr::interval(value.value, unit->second, offset);
}

Result<ExprPtr> Parser::parseCase() {
    std::size_t offset = advance().offset;
    ExprPtr operand;
    if (!peek().isKeyword("WHEN") && !peek().isKeyword("ELSE") && !peek().isKeyword("END")) {
        auto parsed = parseOr();
        if (!parsed) return parsed;
        operand = std::move(parsed).value();
    }
    std::vector<ExprPtr> whenThen;
    while (acceptKeyword("WHEN")) {
        auto condition = parseOr();
        if (!condition) return condition;
        if (!acceptKeyword("THEN")) return expected("THEN");
        auto result = parseOr();
        if (!result) return result;
        whenThen.push_back(std::move(condition).value());
        whenThen.push_back(std::move(result).value());
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

Result<ExprPtr> Parser::parseCast(bool tryCast) {
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
    if (!type) return errorAt(typeStart + offsetWithin(type.error()), "invalid type in CAST: " + type.error().message);
    if (!type->nullable()) return errorAt(typeStart, "CAST cannot declare NOT NULL");
    advance();  // ')'
    return Expr::cast(std::move(operand).value(), std::move(type).value(), tryCast, offset);
}

Result<ExprPtr> Parser::parseCall(const FunctionInfo& function, std::size_t offset) {
    advance();  // '('
    if (function.id == FunctionId::Substring) return parseSubstringTail(offset);
    if (function.id == FunctionId::Trim) return parseTrimTail(offset);
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
        if (!acceptSymbol(")")) return expected("',' or ')'");
    }
    if (auto arity = checkArity(function, args.size(), offset); !arity) return arity.error();
    return Expr::call(function.id, std::move(args), distinct, offset);
}

// SUBSTRING(s FROM a [FOR b]) or SUBSTRING(s, a [, b]); both become the comma form.
Result<ExprPtr> Parser::parseSubstringTail(std::size_t offset) {
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
Result<ExprPtr> Parser::parseTrimTail(std::size_t offset) {
    std::optional<TrimSide> side;
    if (acceptKeyword("BOTH")) side = TrimSide::Both;
    else if (acceptKeyword("LEADING")) side = TrimSide::Leading;
    else if (acceptKeyword("TRAILING")) side = TrimSide::Trailing;
    ExprPtr chars;
    if (!acceptKeyword("FROM")) {
        auto first = parseOr();
        if (!first) return first;
        if (!acceptKeyword("FROM")) {
            if (side) return expected("FROM");
            if (!acceptSymbol(")")) return expected("FROM or ')'");
            return Expr::trim(TrimSide::Both, nullptr, std::move(first).value(), offset);
        }
        chars = std::move(first).value();
    }
    auto source = parseOr();
    if (!source) return source;
    if (!acceptSymbol(")")) return expected("')'");
    return Expr::trim(side.value_or(TrimSide::Both), std::move(chars), std::move(source).value(), offset);
}

Status Parser::checkArity(const FunctionInfo& function, std::size_t count, std::size_t offset) const {
    int n = static_cast<int>(count);
    if (n >= function.minArgs && (function.maxArgs < 0 || n <= function.maxArgs)) return Ok{};
    std::string expectation;
    if (function.maxArgs < 0) expectation = "at least " + arityText(function.minArgs);
    else if (function.minArgs == function.maxArgs) expectation = arityText(function.minArgs);
    else expectation = std::to_string(function.minArgs) + " to " + arityText(function.maxArgs);
    return errorAt(offset, std::string(function.name) + " takes " + expectation + ", got " + std::to_string(n));
}

}  // namespace

Result<ExprPtr> parseExpression(std::string_view text) {
    auto tokens = tokenize(text);
    if (!tokens) return tokens.error();
    return Parser(text, std::move(tokens).value()).parseAll();
}

}  // namespace sw::expr
