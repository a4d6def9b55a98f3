// x [NOT] SIMILAR TO pattern [ESCAPE c]: the SQL regular expression becomes a Java one as
// Calcite's Like.sqlToRegexSimilar writes it (% and _ are the wildcards outside [...], the
// escape character quotes the next one, the rest keeps its java.util.regex meaning) and must
// match the whole value.

#include "expr/eval/eval_nodes.h"
#include "expr/eval/java_regex.h"
#include "expr/eval/utf8_text.h"

namespace sw::expr::eval {
namespace {

Result<std::string> similarToRegex(std::string_view pattern, const Value* escape) {
    std::optional<char32_t> escapeChar;
    if (escape) {
        std::string_view text = get<std::string>(*escape);
        std::size_t end = 0;
        if (!text.empty()) escapeChar = utf8::next(text, end);
        if (text.empty() || end != text.size()) return Error{"SIMILAR TO ESCAPE must be a single character", ""};
    }
    std::string regex = "\\A(?:";
    int bracketDepth = 0;
    for (std::size_t pos = 0; pos < pattern.size();) {
        std::size_t start = pos;
        char32_t cp = utf8::next(pattern, pos);
        if (escapeChar && cp == *escapeChar) {
            if (pos >= pattern.size()) return Error{"SIMILAR TO pattern ends with the escape character", ""};
            std::size_t quotedStart = pos;
            utf8::next(pattern, pos);
            regex += "\\Q";
            regex.append(pattern.substr(quotedStart, pos - quotedStart));
            regex += "\\E";
            continue;
        }
        if (cp == '[') ++bracketDepth;
        if (cp == ']' && bracketDepth > 0) --bracketDepth;
        if (bracketDepth == 0 && cp == '%') regex += "(?s:.*)";
        else if (bracketDepth == 0 && cp == '_') regex += "(?s:.)";
        else regex.append(pattern.substr(start, pos - start));
    }
    regex += ")\\z";
    return regex;
}

}  // namespace

Result<NodePtr> makeSimilarTo(NodePtr value, NodePtr pattern, NodePtr escape, bool negated, model::FlinkType type, std::size_t offset) {
    auto args = nodes(std::move(value), std::move(pattern));
    if (escape) args.push_back(std::move(escape));
    // Strict: a NULL value, pattern or escape makes the test NULL, as in Flink.
    const bool hasEscape = args.size() == 3;
    return makeStrict(std::move(type), offset, std::move(args), [negated, hasEscape](Call& c) -> const Value* {
        auto regex = similarToRegex(c.arg<std::string>(1), hasEscape ? c.args[2] : nullptr);
        if (!regex) return c.fail(regex.error().message);
        auto compiled = JavaRegex::cached(*regex);
        if (!compiled) return c.fail("SIMILAR TO pattern is not a valid regular expression: " + c.arg<std::string>(1));
        return c.result(compiled->find(c.arg<std::string>(0)).has_value() != negated);
    });
}

}  // namespace sw::expr::eval
