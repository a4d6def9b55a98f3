// URL_ENCODE / URL_DECODE as Flink 2.0's UrlEncodeFunction / UrlDecodeFunction: java.net.URLEncoder
// and URLDecoder with UTF-8 (application/x-www-form-urlencoded), NULL when Java throws.

#include <optional>
#include <string>
#include <string_view>

#include "expr/eval/eval_nodes.h"
#include "expr/eval/utf8_text.h"
#include "util/hex_digit.h"

namespace sw::expr::eval {
namespace {

// URLEncoder: letters, digits and . - * _ stay, a space is '+', every other byte of the UTF-8
// text is %XX with upper-case hex digits.
std::string urlEncode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (unsigned char b : text) {
        const bool kept = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '.' ||
                          b == '-' || b == '*' || b == '_';
        if (kept) out += static_cast<char>(b);
        else if (b == ' ') out += '+';
        else {
            out += '%';
            out += kHex[b >> 4];
            out += kHex[b & 0xF];
        }
    }
    return out;
}

// The byte of an escape's two characters as Integer.parseInt(s, 16) reads them (a sign may take
// the first place); nullopt where Java throws (not a number, or negative).
std::optional<unsigned char> escapeByte(char first, char second) {
    const int low = hexDigit(second);
    if (low < 0) return std::nullopt;
    if (first == '+' || (first == '-' && low == 0)) return static_cast<unsigned char>(low);
    const int high = hexDigit(first);
    if (high < 0) return std::nullopt;
    return static_cast<unsigned char>(high * 16 + low);
}

// How many bytes at `pos` form one well-formed UTF-8 sequence, or the length of its longest
// well-formed prefix as a negative number (Java replaces that maximal subpart by one U+FFFD).
int sequenceLength(std::string_view bytes, std::size_t pos) {
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = at(pos);
    if (lead < 0x80) return 1;
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return -1;
    }
    for (int k = 1; k < length; ++k) {
        if (pos + static_cast<std::size_t>(k) >= bytes.size()) return -k;
        const unsigned char b = at(pos + static_cast<std::size_t>(k));
        if (k == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF)) return -k;
    }
    return length;
}

// new String(bytes, UTF_8): malformed input becomes U+FFFD.
void appendJavaDecoded(std::string& out, std::string_view bytes) {
    for (std::size_t pos = 0; pos < bytes.size();) {
        const int length = sequenceLength(bytes, pos);
        if (length > 0) {
            out.append(bytes.substr(pos, static_cast<std::size_t>(length)));
            pos += static_cast<std::size_t>(length);
        } else {
            utf8::append(out, U'\uFFFD');
            pos += static_cast<std::size_t>(-length);
        }
    }
}

// URLDecoder: '+' is a space, runs of %XX are bytes decoded as UTF-8; an escape cut short or not
// hexadecimal makes Java throw, which Flink turns into NULL.
std::optional<std::string> urlDecode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '+') {
            out += ' ';
            ++i;
        } else if (text[i] == '%') {
            std::string bytes;
            while (i < text.size() && text[i] == '%') {
                if (i + 3 > text.size()) return std::nullopt;  // "Incomplete trailing escape"
                auto byte = escapeByte(text[i + 1], text[i + 2]);
                if (!byte) return std::nullopt;
                bytes += static_cast<char>(*byte);
                i += 3;
            }
            appendJavaDecoded(out, bytes);
        } else {
            out += text[i++];
        }
    }
    return out;
}

}  // namespace

NodePtr makeUrlFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    if (id == FunctionId::UrlEncode) {
        return makeStrict(std::move(type), offset, std::move(args), [](Call& c) { return c.result(urlEncode(c.arg<std::string>(0))); });
    }
    return makeStrict(std::move(type), offset, std::move(args), [](Call& c) -> const Value* {
        auto decoded = urlDecode(c.arg<std::string>(0));
        if (!decoded) return &nullValue();
        return c.result(std::move(*decoded));
    });
}

}  // namespace sw::expr::eval
