#include "editor/flink_sql_tokenizer.h"

#include <cctype>

namespace sw::ui {

namespace {

bool isWordByte(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

// End of a quoted run starting at `pos` (on the opening quote); doubled quotes stay inside.
std::size_t quotedEnd(std::string_view text, std::size_t pos, char quote) {
    for (std::size_t i = pos + 1; i < text.size(); ++i) {
        if (text[i] != quote) continue;
        if (i + 1 < text.size() && text[i + 1] == quote) { ++i; continue; }
        return i + 1;
    }
    return text.size();
}

}  // namespace

std::vector<SqlToken> FlinkSqlTokenizer::tokenize(std::string_view text) const {
    std::vector<SqlToken> tokens;
    std::size_t pos = 0;
    const auto push = [&](SqlTokenKind kind, std::size_t end) {
        tokens.push_back({kind, pos, end - pos});
        pos = end;
    };
    while (pos < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[pos]);
        const char next = pos + 1 < text.size() ? text[pos + 1] : '\0';
        if (c == '-' && next == '-') {
            const std::size_t eol = text.find('\n', pos);
            push(SqlTokenKind::Comment, eol == std::string_view::npos ? text.size() : eol);
        } else if (c == '/' && next == '*') {
            const std::size_t close = text.find("*/", pos + 2);
            push(SqlTokenKind::Comment, close == std::string_view::npos ? text.size() : close + 2);
        } else if (c == '\'') {
            const std::size_t end = quotedEnd(text, pos, '\'');
            addString(text, pos, end, tokens);
            pos = end;
        } else if (c == '`') {
            push(SqlTokenKind::QuotedIdentifier, quotedEnd(text, pos, '`'));
        } else if (c == '$' && next == '{') {
            const std::size_t close = text.find('}', pos);
            push(SqlTokenKind::Placeholder, close == std::string_view::npos ? text.size() : close + 1);
        } else if (std::isdigit(c)) {
            std::size_t end = pos;
            while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '.')) ++end;
            push(SqlTokenKind::Number, end);
        } else if (isWordByte(c)) {
            std::size_t end = pos;
            while (end < text.size() && isWordByte(static_cast<unsigned char>(text[end]))) ++end;
            std::string word(text.substr(pos, end - pos));
            for (char& ch : word) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            push(m_keywords.contains(word) ? SqlTokenKind::Keyword : SqlTokenKind::Identifier, end);
        } else if (std::isspace(c)) {
            std::size_t end = pos;
            while (end < text.size() && std::isspace(static_cast<unsigned char>(text[end]))) ++end;
            push(SqlTokenKind::Default, end);
        } else {
            push(SqlTokenKind::Operator, pos + 1);
        }
    }
    return tokens;
}

void FlinkSqlTokenizer::addString(std::string_view text, std::size_t start, std::size_t end,
                                  std::vector<SqlToken>& out) const {
    std::size_t pos = start;
    while (pos < end) {
        const std::size_t open = text.substr(0, end).find("${", pos);
        if (open == std::string_view::npos) break;
        const std::size_t close = text.substr(0, end).find('}', open);
        if (close == std::string_view::npos) break;
        if (open > pos) out.push_back({SqlTokenKind::String, pos, open - pos});
        out.push_back({SqlTokenKind::Placeholder, open, close + 1 - open});
        pos = close + 1;
    }
    if (pos < end) out.push_back({SqlTokenKind::String, pos, end - pos});
}

}  // namespace sw::ui
