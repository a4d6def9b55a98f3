#include "expr/eval/eval_nodes.h"
#include "expr/eval/utf8_text.h"

namespace sw::expr::eval {
namespace {

// A LIKE pattern as tokens: literal text runs and the two wildcards.
struct LikePattern {
    enum class Kind { Literal, One, Any };
    struct Token {
        Kind kind;
        std::string literal;
    };
    std::vector<Token> tokens;
};

// Without an ESCAPE clause Flink escapes with a backslash (FLINK-36100, ScalarFunctionsTest#testLike).
constexpr std::string_view kDefaultEscape = "\\";

Result<LikePattern> compileLike(std::string_view pattern, std::string_view escape) {
    LikePattern compiled;
    std::size_t escapeEnd = 0;
    if (escape.empty()) return Error{"LIKE ESCAPE must be a single character", ""};
    char32_t escapeChar = utf8::next(escape, escapeEnd);
    if (escapeEnd != escape.size()) return Error{"LIKE ESCAPE must be a single character", ""};
    for (std::size_t pos = 0; pos < pattern.size();) {
        std::size_t start = pos;
        char32_t cp = utf8::next(pattern, pos);
        if (cp == escapeChar) {
            if (pos >= pattern.size()) return Error{"LIKE pattern ends with the escape character", ""};
            std::size_t escapedStart = pos;
            char32_t escaped = utf8::next(pattern, pos);
            if (escaped != '%' && escaped != '_' && escaped != escapeChar) return Error{"invalid escape sequence in LIKE pattern", ""};
            start = escapedStart;
        } else if (cp == '%') {
            if (compiled.tokens.empty() || compiled.tokens.back().kind != LikePattern::Kind::Any) compiled.tokens.push_back({LikePattern::Kind::Any, {}});
            continue;
        } else if (cp == '_') {
            compiled.tokens.push_back({LikePattern::Kind::One, {}});
            continue;
        }
        if (compiled.tokens.empty() || compiled.tokens.back().kind != LikePattern::Kind::Literal) compiled.tokens.push_back({LikePattern::Kind::Literal, {}});
        compiled.tokens.back().literal.append(pattern.substr(start, pos - start));
    }
    return compiled;
}

// Wildcard matching with backtracking to the last %, linear in practice.
bool matches(const LikePattern& p, std::string_view s) {
    std::size_t token = 0;
    std::size_t pos = 0;
    std::size_t starToken = SIZE_MAX;
    std::size_t starPos = 0;
    while (true) {
        if (token < p.tokens.size()) {
            const auto& t = p.tokens[token];
            if (t.kind == LikePattern::Kind::Any) {
                starToken = token++;
                starPos = pos;
                continue;
            }
            if (t.kind == LikePattern::Kind::One && pos < s.size()) {
                utf8::next(s, pos);
                ++token;
                continue;
            }
            if (t.kind == LikePattern::Kind::Literal && s.substr(pos, t.literal.size()) == t.literal) {
                pos += t.literal.size();
                ++token;
                continue;
            }
        } else if (pos == s.size()) {
            return true;
        }
        // Mismatch: let the last % swallow one more character, or fail without one.
        if (starToken == SIZE_MAX || starPos >= s.size()) return false;
        utf8::next(s, starPos);
        pos = starPos;
        token = starToken + 1;
    }
}

class LikeNode final : public Node {
public:
    LikeNode(std::vector<NodePtr> args, std::optional<LikePattern> literal, bool negated, model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), args_(std::move(args)), literal_(std::move(literal)), negated_(negated) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value temps[3];
        const Value* values[3] = {};
        for (std::size_t i = 0; i < args_.size(); ++i) {
            values[i] = args_[i]->eval(row, context, temps[i], error);
            if (values[i] == nullptr) return nullptr;
            if (values[i]->isNull()) return &nullValue();
        }
        if (literal_) return put(scratch, matches(*literal_, get<std::string>(*values[0])) != negated_);
        auto pattern = compileLike(get<std::string>(*values[1]), values[2] ? std::string_view(get<std::string>(*values[2])) : kDefaultEscape);
        if (!pattern) return fail(error, pattern.error().message);
        return put(scratch, matches(*pattern, get<std::string>(*values[0])) != negated_);
    }

private:
    std::vector<NodePtr> args_;
    std::optional<LikePattern> literal_;  // compiled once when pattern and escape are literals
    bool negated_;
};

}  // namespace

Result<NodePtr> makeLike(NodePtr value, NodePtr pattern, NodePtr escape, bool negated, model::FlinkType type, std::size_t offset) {
    std::optional<LikePattern> literal;
    const Value* patternValue = pattern->constant();
    const Value* escapeValue = escape ? escape->constant() : nullptr;
    bool constantEscape = !escape || (escapeValue && !escapeValue->isNull());
    if (patternValue && !patternValue->isNull() && constantEscape) {
        auto compiled = compileLike(get<std::string>(*patternValue), escapeValue ? std::string_view(get<std::string>(*escapeValue)) : kDefaultEscape);
        if (!compiled) return Error{compiled.error().message, "offset " + std::to_string(pattern->offset())};
        literal = std::move(compiled).value();
    }
    auto args = nodes(std::move(value), std::move(pattern));
    if (escape) args.push_back(std::move(escape));
    return NodePtr(std::make_unique<LikeNode>(std::move(args), std::move(literal), negated, std::move(type), offset));
}

}  // namespace sw::expr::eval
