#include "expr/parse/parser.h"

#include <algorithm>
#include <array>

#include "expr/parse/expression_parser.h"
#include "expr/parse/literal_rules.h"

namespace sw::expr {
namespace {

struct ComparisonSymbol {
    std::string_view symbol;
    BinaryOp op;
};
constexpr std::array<ComparisonSymbol, 7> kComparisons = {{
    {"=", BinaryOp::Equal}, {"<>", BinaryOp::NotEqual}, {"!=", BinaryOp::NotEqual}, {"<", BinaryOp::Less},
    {"<=", BinaryOp::LessEqual}, {">", BinaryOp::Greater}, {">=", BinaryOp::GreaterEqual},
}};

}  // namespace

std::optional<Error> ExpressionParser::tooDeep() const {
    if (depth_ < kMaxExpressionDepth) return std::nullopt;
    return errorAtOffset(peek().offset,
                         "expression nested deeper than " + std::to_string(kMaxExpressionDepth) + " levels");
}

Result<ExprPtr> ExpressionParser::parseAll() {
    auto expr = parseOr();
    if (!expr) return expr;
    if (peek().type != TokenType::End) return expected("end of expression");
    return expr;
}

Result<ExprPtr> ExpressionParser::parseOr() {
    if (auto error = tooDeep()) return *error;
    const Nesting level(*this);
    return leftChain(&ExpressionParser::parseAnd, [](const ExpressionParser& p) -> std::optional<BinaryOp> {
        if (p.peek().isKeyword("OR")) return BinaryOp::Or;
        return std::nullopt;
    });
}

Result<ExprPtr> ExpressionParser::parseAnd() {
    return leftChain(&ExpressionParser::parseNot, [](const ExpressionParser& p) -> std::optional<BinaryOp> {
        if (p.peek().isKeyword("AND")) return BinaryOp::And;
        return std::nullopt;
    });
}

Result<ExprPtr> ExpressionParser::parseNot() {
    if (!peek().isKeyword("NOT")) return parsePredicate();
    if (auto error = tooDeep()) return *error;
    const Nesting level(*this);
    std::size_t offset = advance().offset;
    auto operand = parseNot();
    if (!operand) return operand;
    return Expr::unary(UnaryOp::Not, std::move(operand).value(), offset);
}

bool ExpressionParser::atComparison() const {
    return std::ranges::any_of(kComparisons, [&](const auto& c) { return peek().isSymbol(c.symbol); });
}

bool ExpressionParser::atPredicateOperator() const {
    auto startsTest = [](const Token& t) {
        return t.isKeyword("IN") || t.isKeyword("BETWEEN") || t.isKeyword("LIKE") || t.isKeyword("SIMILAR");
    };
    return atComparison() || peek().isKeyword("IS") || peek().isKeyword("OVERLAPS") || startsTest(peek()) ||
           (peek().isKeyword("NOT") && startsTest(peek(1)));
}

Result<ExprPtr> ExpressionParser::parsePredicate() {
    auto left = parseAdditive();
    // Each predicate wraps the ones before it: the later stages recurse through all of them.
    const std::size_t outerDepth = depth_;
    while (left && atPredicateOperator()) {
        if (auto error = tooDeep()) {
            left = *error;
            break;
        }
        ++depth_;
        left = parsePredicateTail(std::move(left).value());
    }
    depth_ = outerDepth;
    return left;
}

// Applies the comparison / IS / IN / BETWEEN / LIKE / SIMILAR TO at the current token to `left`.
Result<ExprPtr> ExpressionParser::parsePredicateTail(ExprPtr left) {
    if (atComparison()) {
        BinaryOp op = std::ranges::find_if(kComparisons, [&](const auto& c) { return peek().isSymbol(c.symbol); })->op;
        std::size_t offset = advance().offset;
        auto right = parseAdditive();
        if (!right) return right;
        return Expr::binary(op, std::move(left), std::move(right).value(), offset);
    }
    if (peek().isKeyword("IS")) return parseIs(std::move(left));
    if (peek().isKeyword("OVERLAPS")) return parseOverlapsTail(std::move(left));
    std::size_t offset = peek().offset;
    bool negated = acceptKeyword("NOT");
    if (acceptKeyword("IN")) return parseInList(std::move(left), negated, offset);
    if (acceptKeyword("BETWEEN")) {
        acceptKeyword("ASYMMETRIC");  // the default
        const bool symmetric = acceptKeyword("SYMMETRIC");
        auto low = parseAdditive();
        if (!low) return low;
        if (!acceptKeyword("AND")) return expected("AND");
        auto high = parseAdditive();
        if (!high) return high;
        return Expr::between(std::move(left), std::move(low).value(), std::move(high).value(), negated, symmetric, offset);
    }
    const bool similar = acceptKeyword("SIMILAR");
    if (similar && !acceptKeyword("TO")) return expected("TO after SIMILAR");
    if (!similar) advance();  // LIKE, as atPredicateOperator() established
    auto pattern = parseAdditive();
    if (!pattern) return pattern;
    ExprPtr escape;
    if (acceptKeyword("ESCAPE")) {
        auto parsed = parseAdditive();
        if (!parsed) return parsed;
        escape = std::move(parsed).value();
    }
    return Expr::like(std::move(left), std::move(pattern).value(), std::move(escape), negated, offset, similar);
}

Result<ExprPtr> ExpressionParser::parseIs(ExprPtr left) {
    std::size_t offset = advance().offset;
    bool negated = acceptKeyword("NOT");
    UnaryOp op;
    if (acceptKeyword("NULL")) {
        op = negated ? UnaryOp::IsNotNull : UnaryOp::IsNull;
    } else if (acceptKeyword("TRUE")) {
        op = negated ? UnaryOp::IsNotTrue : UnaryOp::IsTrue;
    } else if (acceptKeyword("FALSE")) {
        op = negated ? UnaryOp::IsNotFalse : UnaryOp::IsFalse;
    } else if (acceptKeyword("UNKNOWN")) {
        op = negated ? UnaryOp::IsNotUnknown : UnaryOp::IsUnknown;
    } else if (acceptKeyword("JSON")) {
        return parseIsJsonTail(std::move(left), negated, offset);
    } else if (acceptKeyword("DISTINCT")) {
        if (!acceptKeyword("FROM")) return expected("FROM after DISTINCT");
        auto right = parseAdditive();
        if (!right) return right;
        return Expr::binary(negated ? BinaryOp::IsNotDistinctFrom : BinaryOp::IsDistinctFrom, std::move(left),
                            std::move(right).value(), offset);
    } else {
        return expected("NULL, TRUE, FALSE, UNKNOWN, DISTINCT FROM or JSON");
    }
    return Expr::unary(op, std::move(left), offset);
}

// (start, end) OVERLAPS (start, end): each period a pair, its end a time point or an interval.
Result<ExprPtr> ExpressionParser::parseOverlapsTail(ExprPtr left) {
    auto isPeriod = [](const Expr& e) {
        return e.kind() == ExprKind::Constructor && e.constructorKind() == ConstructorKind::Row && e.children().size() == 2;
    };
    std::size_t offset = advance().offset;
    if (!isPeriod(*left)) return errorAtOffset(offset, "OVERLAPS needs a period (start, end) on its left");
    std::size_t rightOffset = peek().offset;
    auto right = parseAdditive();
    if (!right) return right;
    if (!isPeriod(**right)) return errorAtOffset(rightOffset, "OVERLAPS needs a period (start, end) on its right");
    return Expr::overlaps(std::move(left), std::move(right).value(), offset);
}

Result<ExprPtr> ExpressionParser::parseInList(ExprPtr left, bool negated, std::size_t offset) {
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

Result<ExprPtr> ExpressionParser::parseAdditive() {
    return leftChain(&ExpressionParser::parseMultiplicative, [](const ExpressionParser& p) -> std::optional<BinaryOp> {
        if (p.peek().isSymbol("+")) return BinaryOp::Add;
        if (p.peek().isSymbol("-")) return BinaryOp::Subtract;
        if (p.peek().isSymbol("||")) return BinaryOp::Concat;
        return std::nullopt;
    });
}

Result<ExprPtr> ExpressionParser::parseMultiplicative() {
    return leftChain(&ExpressionParser::parseUnary, [](const ExpressionParser& p) -> std::optional<BinaryOp> {
        if (p.peek().isSymbol("*")) return BinaryOp::Multiply;
        if (p.peek().isSymbol("/")) return BinaryOp::Divide;
        if (p.peek().isSymbol("%")) return BinaryOp::Modulo;
        return std::nullopt;
    });
}

Result<ExprPtr> ExpressionParser::parseUnary() {
    bool plus = peek().isSymbol("+");
    if (!plus && !peek().isSymbol("-")) return parsePostfix();
    if (auto error = tooDeep()) return *error;
    const Nesting level(*this);
    std::size_t offset = advance().offset;
    auto operand = parseUnary();
    if (!operand) return operand;
    if (plus) return Expr::unary(UnaryOp::Plus, std::move(operand).value(), offset);
    Expr& e = *operand.value();
    // A minus directly before a number is part of the literal, so -2147483648 is an INT.
    bool numeric = e.kind() == ExprKind::Literal &&
                   (e.literalKind() == LiteralKind::Integer || e.literalKind() == LiteralKind::Decimal ||
                    e.literalKind() == LiteralKind::Approximate);
    if (numeric && !e.text().starts_with('-')) return numberLiteral(e.literalKind(), "-" + e.text(), offset);
    return Expr::unary(UnaryOp::Negate, std::move(operand).value(), offset);
}

// A primary followed by any number of `[index]` and `.field`.
Result<ExprPtr> ExpressionParser::parsePostfix() {
    auto base = parsePrimary();
    // Each suffix wraps the expression before it, one level deeper.
    const std::size_t outerDepth = depth_;
    while (base && (peek().isSymbol("[") || peek().isSymbol("."))) {
        if (auto error = tooDeep()) {
            base = *error;
            break;
        }
        ++depth_;
        std::size_t offset = advance().offset;
        if (tokens_[pos_ - 1].isSymbol("[")) {
            auto key = parseOr();
            if (!key) {
                base = std::move(key);
                break;
            }
            if (!acceptSymbol("]")) {
                base = expected("']'");
                break;
            }
            base = Expr::item(std::move(base).value(), std::move(key).value(), offset);
            continue;
        }
        const Token& field = peek();
        if (field.type != TokenType::Identifier && field.type != TokenType::QuotedIdentifier) {
            base = expected("a field name after '.'");
            break;
        }
        advance();
        base = Expr::fieldAccess(std::move(base).value(), field.value, offset);
    }
    depth_ = outerDepth;
    return base;
}

Result<ExprPtr> ExpressionParser::numberLiteral(LiteralKind kind, std::string text, std::size_t offset) {
    if (auto type = literalType(kind, text); !type) return errorAtOffset(offset, type.error().message);
    return Expr::literal(kind, std::move(text), offset);
}

Result<ExprPtr> ExpressionParser::parsePrimary() {
    const Token& token = peek();
    switch (token.type) {
    case TokenType::Integer: advance(); return numberLiteral(LiteralKind::Integer, token.value, token.offset);
    case TokenType::Decimal: advance(); return numberLiteral(LiteralKind::Decimal, token.value, token.offset);
    case TokenType::Approximate: advance(); return numberLiteral(LiteralKind::Approximate, token.value, token.offset);
    case TokenType::String: advance(); return Expr::literal(LiteralKind::String, token.value, token.offset);
    case TokenType::BinaryString: advance(); return numberLiteral(LiteralKind::Binary, token.value, token.offset);
    case TokenType::UnicodeString: return parseUnicodeString();
    case TokenType::QuotedIdentifier:
        // `LEFT`(s, 2): quoting lets a built-in whose name is a reserved word be called.
        if (peek(1).isSymbol("(")) {
            if (const FunctionInfo* function = findFunction(token.value)) return parseCall(*function, advance().offset);
            return parseUserCall(token.value, advance().offset);
        }
        advance();
        return Expr::column(token.value, token.offset);
    case TokenType::Identifier: return parseKeywordPrimary();
    case TokenType::Symbol:
        if (peek().isSymbol("(")) {
            std::size_t offset = advance().offset;
            auto inner = parseOr();
            if (!inner) return inner;
            // (a, b, ...) is an implicit ROW.
            if (peek().isSymbol(",")) {
                std::vector<ExprPtr> items;
                items.push_back(std::move(inner).value());
                while (acceptSymbol(",")) {
                    auto item = parseOr();
                    if (!item) return item;
                    items.push_back(std::move(item).value());
                }
                if (!acceptSymbol(")")) return expected("',' or ')'");
                return Expr::constructor(ConstructorKind::Row, std::move(items), offset);
            }
            if (!acceptSymbol(")")) return expected("')'");
            return inner;
        }
        break;
    case TokenType::End: break;
    }
    return expected("an expression");
}

Result<ExprPtr> parseExpression(std::string_view text) {
    auto tokens = tokenize(text);
    if (!tokens) return tokens.error();
    return ExpressionParser(text, std::move(tokens).value()).parseAll();
}

}  // namespace sw::expr
