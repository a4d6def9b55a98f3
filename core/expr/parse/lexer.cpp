#include "expr/parse/lexer.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace sw::expr {
namespace {

bool isIdentifierStart(char c) {
    // Bytes >= 0x80 belong to UTF-8 letters: non-ASCII names are allowed as in Flink.
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool isIdentifierPart(char c) { return isIdentifierStart(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '$'; }
bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

Error errorAt(std::size_t offset, std::string message) { return Error{std::move(message), "offset " + std::to_string(offset)}; }

// Longest symbols first so "<=" wins over "<".
constexpr std::array<std::string_view, 19> kSymbols = {"<>", "<=", ">=", "!=", "||", "(", ")", ",", "+", "-",
                                                        "*", "/", "%", "=", "<", ">", ".", "[", "]"};

class Lexer {
public:
    explicit Lexer(std::string_view text) : text_(text) {}

    Result<std::vector<Token>> run() {
        std::vector<Token> tokens;
        while (true) {
            if (auto skipped = skipSpaceAndComments(); !skipped) return skipped.error();
            if (pos_ >= text_.size()) break;
            auto token = next();
            if (!token) return token.error();
            tokens.push_back(std::move(token).value());
        }
        tokens.push_back(Token{TokenType::End, "", text_.size()});
        return tokens;
    }

private:
    char peek(std::size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }

    Status skipSpaceAndComments() {
        while (pos_ < text_.size()) {
            if (std::isspace(static_cast<unsigned char>(peek()))) {
                ++pos_;
            } else if (peek() == '-' && peek(1) == '-') {
                while (pos_ < text_.size() && peek() != '\n') ++pos_;
            } else if (peek() == '/' && peek(1) == '*') {
                std::size_t end = text_.find("*/", pos_ + 2);
                if (end == std::string_view::npos) return errorAt(pos_, "unterminated comment");
                pos_ = end + 2;
            } else {
                break;
            }
        }
        return Ok{};
    }

    Result<Token> next() {
        std::size_t start = pos_;
        char c = peek();
        if (c == '\'') return quoted('\'', TokenType::String, "string literal");
        if ((c == 'x' || c == 'X') && peek(1) == '\'') return prefixedString(1, TokenType::BinaryString, "binary literal");
        if ((c == 'u' || c == 'U') && peek(1) == '&' && peek(2) == '\'') {
            return prefixedString(2, TokenType::UnicodeString, "Unicode string literal");
        }
        if (c == '`') return quoted('`', TokenType::QuotedIdentifier, "quoted identifier");
        if (isDigit(c) || (c == '.' && isDigit(peek(1)))) return number();
        if (isIdentifierStart(c)) {
            while (pos_ < text_.size() && isIdentifierPart(peek())) ++pos_;
            return Token{TokenType::Identifier, std::string(text_.substr(start, pos_ - start)), start};
        }
        for (std::string_view symbol : kSymbols) {
            if (text_.substr(pos_).starts_with(symbol)) {
                pos_ += symbol.size();
                return Token{TokenType::Symbol, std::string(symbol), start};
            }
        }
        return errorAt(start, "unexpected character '" + std::string(1, c) + "'");
    }

    // A quote-delimited token in which a doubled quote stands for one quote character.
    Result<Token> quoted(char quote, TokenType type, std::string_view what) {
        std::size_t start = pos_++;
        std::string value;
        while (true) {
            if (pos_ >= text_.size()) return errorAt(start, "unterminated " + std::string(what));
            char c = text_[pos_++];
            if (c == quote) {
                if (peek() != quote) break;
                ++pos_;
            }
            value += c;
        }
        if (type == TokenType::QuotedIdentifier && value.empty()) return errorAt(start, "empty quoted identifier");
        return Token{type, std::move(value), start};
    }

    // X'...' and U&'...': a string literal behind a `prefixLength`-character prefix; the token
    // starts at the prefix.
    Result<Token> prefixedString(std::size_t prefixLength, TokenType type, std::string_view what) {
        std::size_t start = pos_;
        pos_ += prefixLength;
        auto token = quoted('\'', type, what);
        if (token) token->offset = start;
        return token;
    }

    Result<Token> number() {
        std::size_t start = pos_;
        TokenType type = TokenType::Integer;
        while (isDigit(peek())) ++pos_;
        if (peek() == '.') {
            type = TokenType::Decimal;
            ++pos_;
            while (isDigit(peek())) ++pos_;
        }
        if (peek() == 'e' || peek() == 'E') {
            std::size_t exponent = pos_ + 1;
            if (exponent < text_.size() && (text_[exponent] == '+' || text_[exponent] == '-')) ++exponent;
            if (exponent >= text_.size() || !isDigit(text_[exponent])) return errorAt(pos_, "malformed exponent in number");
            pos_ = exponent;
            while (isDigit(peek())) ++pos_;
            type = TokenType::Approximate;
        }
        if (isIdentifierStart(peek())) return errorAt(pos_, "unexpected character '" + std::string(1, peek()) + "' after number");
        return Token{type, std::string(text_.substr(start, pos_ - start)), start};
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace

bool Token::isKeyword(std::string_view keyword) const {
    return type == TokenType::Identifier &&
           std::ranges::equal(value, keyword, [](char a, char b) {
               return std::toupper(static_cast<unsigned char>(a)) == std::toupper(static_cast<unsigned char>(b));
           });
}

std::string Token::describe() const {
    switch (type) {
    case TokenType::End: return "end of input";
    case TokenType::String: return "string literal";
    case TokenType::BinaryString: return "binary literal";
    case TokenType::UnicodeString: return "Unicode string literal";
    case TokenType::QuotedIdentifier: return "identifier `" + value + "`";
    case TokenType::Identifier: return "'" + value + "'";
    case TokenType::Integer:
    case TokenType::Decimal:
    case TokenType::Approximate: return "number " + value;
    case TokenType::Symbol: return "'" + value + "'";
    }
    return value;
}

Result<std::vector<Token>> tokenize(std::string_view text) { return Lexer(text).run(); }

}  // namespace sw::expr
