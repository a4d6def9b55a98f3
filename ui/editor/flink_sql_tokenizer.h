#pragma once
// FlinkSqlTokenizer: splits Flink SQL text (UTF-8 bytes) into highlightable tokens.

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sw::ui {

enum class SqlTokenKind {
    Default,
    Keyword,
    Identifier,        // plain word that is not a keyword
    QuotedIdentifier,  // `back-quoted`
    String,            // 'literal'
    Placeholder,       // ${...} (also inside string literals)
    Number,
    Comment,           // -- line and /* block */
    Operator,
};

struct SqlToken {
    SqlTokenKind kind;
    std::size_t start;   // byte offset
    std::size_t length;  // bytes
};

class FlinkSqlTokenizer {
public:
    explicit FlinkSqlTokenizer(std::set<std::string> keywords) : m_keywords(std::move(keywords)) {}

    // Tokens covering `text` completely, in order; a string holding "${...}" is split so the
    // placeholder gets its own token.
    std::vector<SqlToken> tokenize(std::string_view text) const;

private:
    void addString(std::string_view text, std::size_t start, std::size_t end, std::vector<SqlToken>& out) const;

    std::set<std::string> m_keywords;
};

}  // namespace sw::ui
