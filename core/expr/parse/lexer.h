#pragma once
// Lexer: splits expression text into tokens (identifiers, literals, operators) with byte offsets.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace sw::expr {

enum class TokenType {
    Identifier,        // plain word; may be a keyword or a function name
    QuotedIdentifier,  // `...` — always a column name
    Integer,
    Decimal,
    Approximate,  // has an exponent: 1.5e3
    String,
    BinaryString,   // X'0C': the hex digits between the quotes
    UnicodeString,  // U&'\263A': the text between the quotes, escapes still in it
    Symbol,  // operator or punctuation
    End,
};

struct Token {
    TokenType type = TokenType::End;
    std::string value;  // identifier/string with quotes removed and escapes undone; raw text otherwise
    std::size_t offset = 0;

    bool isSymbol(std::string_view s) const { return type == TokenType::Symbol && value == s; }
    // A plain identifier spelled like `keyword` in any letter case.
    bool isKeyword(std::string_view keyword) const;
    // How the token reads in an error message, e.g. "')'", "end of input".
    std::string describe() const;
};

// All tokens of `text`, ending with an End token; comments (-- and /* */) are skipped.
Result<std::vector<Token>> tokenize(std::string_view text);

}  // namespace sw::expr
