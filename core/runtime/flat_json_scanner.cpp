#include "runtime/flat_json_scanner.h"

namespace sw::runtime {

namespace {

class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}

    bool atEnd() const { return pos_ == text_.size(); }
    char peek() const { return atEnd() ? '\0' : text_[pos_]; }
    bool take(char c) {
        if (peek() != c || atEnd()) return false;
        ++pos_;
        return true;
    }
    void skipSpace() {
        while (!atEnd() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t')) ++pos_;
    }
    // A string's content after its opening quote: printable ASCII up to the closing quote.
    bool plainString(std::string_view& content) {
        const char* const begin = text_.data() + pos_;
        const char* const end = text_.data() + text_.size();
        for (const char* p = begin; p != end; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"') {
                content = std::string_view(begin, static_cast<std::size_t>(p - begin));
                pos_ += content.size() + 1;
                return true;
            }
            // Escapes, control characters and UTF-8 (0x20 <= c < 0x80 is printable ASCII) go to the full parser.
            if (c == '\\' || static_cast<unsigned char>(c - 0x20) >= 0x60) return false;
        }
        return false;
    }
    // RFC 8259 number: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
    bool number(std::string_view& token) {
        const std::size_t begin = pos_;
        take('-');
        if (!take('0')) {
            if (!isDigit(peek())) return false;
            skipDigits();
        }
        if (take('.')) {
            if (!isDigit(peek())) return false;
            skipDigits();
        }
        if (take('e') || take('E')) {
            if (!take('+')) take('-');
            if (!isDigit(peek())) return false;
            skipDigits();
        }
        token = text_.substr(begin, pos_ - begin);
        return true;
    }
    bool literal(std::string_view word, std::string_view& token) {
        if (text_.substr(pos_, word.size()) != word) return false;
        token = text_.substr(pos_, word.size());
        pos_ += word.size();
        return true;
    }

private:
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    void skipDigits() {
        while (isDigit(peek())) ++pos_;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

bool value(Cursor& cursor, JsonField& field) {
    switch (cursor.peek()) {
    case '"':
        cursor.take('"');
        field.kind = JsonTokenKind::String;
        return cursor.plainString(field.text);
    case 't': field.kind = JsonTokenKind::Boolean; return cursor.literal("true", field.text);
    case 'f': field.kind = JsonTokenKind::Boolean; return cursor.literal("false", field.text);
    case 'n': field.kind = JsonTokenKind::Null; return cursor.literal("null", field.text);
    default: field.kind = JsonTokenKind::Number; return cursor.number(field.text);  // also rejects { and [
    }
}

}  // namespace

bool FlatJsonScanner::scan(std::string_view message, std::vector<JsonField>& fields) {
    fields.clear();
    Cursor cursor(message);
    cursor.skipSpace();
    if (!cursor.take('{')) return false;
    cursor.skipSpace();
    if (!cursor.take('}')) {
        while (true) {
            JsonField& field = fields.emplace_back();
            if (!cursor.take('"') || !cursor.plainString(field.key)) return false;
            cursor.skipSpace();
            if (!cursor.take(':')) return false;
            cursor.skipSpace();
            if (!value(cursor, field)) return false;
            cursor.skipSpace();
            if (cursor.take('}')) break;
            if (!cursor.take(',')) return false;
            cursor.skipSpace();
        }
    }
    cursor.skipSpace();
    return cursor.atEnd();
}

}  // namespace sw::runtime
