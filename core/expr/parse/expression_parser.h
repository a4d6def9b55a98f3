#pragma once
// ExpressionParser: recursive-descent parser over the lexer's tokens, one method per precedence level.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "expr/parse/ast.h"
#include "expr/parse/lexer.h"
#include "expr/parse/parser.h"
#include "util/result.h"

namespace sw::expr {

// An error at byte `offset` of the parsed text.
inline Error errorAtOffset(std::size_t offset, std::string message) {
    return Error{std::move(message), "offset " + std::to_string(offset)};
}

class ExpressionParser {
public:
    ExpressionParser(std::string_view text, std::vector<Token> tokens) : text_(text), tokens_(std::move(tokens)) {}

    // The whole token stream as one expression; anything left over is an error.
    Result<ExprPtr> parseAll();

private:
    // Counts one level of nesting for its lifetime; the parse fails past kMaxExpressionDepth.
    class Nesting {
    public:
        explicit Nesting(ExpressionParser& parser) : parser_(parser) { ++parser_.depth_; }
        ~Nesting() { --parser_.depth_; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;

    private:
        ExpressionParser& parser_;
    };
    // The error for the token that would open one level too many; nothing while within the limit.
    std::optional<Error> tooDeep() const;

    const Token& peek(std::size_t ahead = 0) const { return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)]; }
    const Token& advance() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }

    Error expected(std::string_view what) const {
        return errorAtOffset(peek().offset, "expected " + std::string(what) + ", found " + peek().describe());
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


    // Operators, loosest first (parser.cpp).
    Result<ExprPtr> parseOr();
    Result<ExprPtr> parseAnd();
    Result<ExprPtr> parseNot();
    bool atComparison() const;
    bool atPredicateOperator() const;
    Result<ExprPtr> parsePredicate();
    Result<ExprPtr> parsePredicateTail(ExprPtr left);
    Result<ExprPtr> parseIs(ExprPtr left);
    Result<ExprPtr> parseInList(ExprPtr left, bool negated, std::size_t offset);
    Result<ExprPtr> parseAdditive();
    Result<ExprPtr> parseMultiplicative();
    Result<ExprPtr> parseUnary();
    Result<ExprPtr> parsePostfix();
    Result<ExprPtr> parseOverlapsTail(ExprPtr left);
    Result<ExprPtr> numberLiteral(LiteralKind kind, std::string text, std::size_t offset);
    Result<ExprPtr> parsePrimary();

    // Keyword-led primaries and function calls (parser_special_forms.cpp).
    Result<ExprPtr> parseKeywordPrimary();
    Result<ExprPtr> parseTypedLiteral(LiteralKind kind);
    Result<ExprPtr> parseUnicodeString();
    Result<ExprPtr> parseInterval();
    Result<TimeUnit> parseIntervalField();
    Result<int> parsePrecision();
    Result<TimeUnit> parseUnitWord(std::span<const TimeUnit> allowed, bool jdbcSpelling);
    Result<ExprPtr> parseExtractTail(std::size_t offset);
    Result<ExprPtr> parseRoundToTail(FunctionId function, ExprPtr value, std::size_t offset);
    Result<ExprPtr> parseTimestampArithmeticTail(FunctionId function, std::size_t offset);
    Result<ExprPtr> parseCase();
    // The items of ARRAY[...], MAP[...] or ROW(...) up to `closing`, the opening bracket taken.
    Result<ExprPtr> parseConstructorTail(ConstructorKind kind, std::string_view closing, std::size_t offset);
    Result<ExprPtr> parseCast(bool tryCast);
    Result<ExprPtr> parseCall(const FunctionInfo& function, std::size_t offset);
    Result<ExprPtr> parseUserCall(std::string name, std::size_t offset);
    Result<ExprPtr> parseSubstringTail(std::size_t offset);
    Result<ExprPtr> parseTrimTail(std::size_t offset);
    Result<ExprPtr> parsePositionTail(std::size_t offset);
    Result<ExprPtr> parseOverlayTail(std::size_t offset);
    // parser_json_forms.cpp
    Result<ExprPtr> parseJsonPathCallTail(FunctionId function, std::size_t offset);
    Result<model::FlinkType> parseReturningType();
    Status parseJsonWrapper(JsonClauses& clauses);
    Result<JsonBehavior> parseJsonBehavior(FunctionId function, ExprPtr& defaultValue);
    Result<ExprPtr> parseJsonConstructorTail(FunctionId function, std::size_t offset);
    Result<ExprPtr> parseIsJsonTail(ExprPtr left, bool negated, std::size_t offset);
    Status checkArity(const FunctionInfo& function, std::size_t count, std::size_t offset) const;

    std::string_view text_;
    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
    std::size_t depth_ = 0;  // levels open around the current token
};

}  // namespace sw::expr
