#include "expr/eval/utf8_text.h"

namespace sw::expr::utf8 {
namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

template <typename Map>
void appendMapped(std::string& out, std::string_view s, Map map) {
    out.reserve(out.size() + s.size());
    for (std::size_t pos = 0; pos < s.size();) {
        auto c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80) {  // ASCII fast path
            out += static_cast<char>(map(c));
            ++pos;
            continue;
        }
        std::size_t start = pos;
        char32_t cp = next(s, pos);
        char32_t mapped = map(cp);
        if (mapped == cp) out.append(s.substr(start, pos - start));  // keeps malformed bytes as they were
        else append(out, mapped);
    }
}

}  // namespace

std::size_t length(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += isContinuation(static_cast<unsigned char>(c)) ? 0 : 1;
    return n;
}

std::size_t offsetOf(std::string_view s, std::size_t index) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < index && pos < s.size(); ++i) {
        ++pos;
        while (pos < s.size() && isContinuation(static_cast<unsigned char>(s[pos]))) ++pos;
    }
    return pos;
}

char32_t next(std::string_view s, std::size_t& pos) {
    auto c = static_cast<unsigned char>(s[pos++]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 0 ? c : (c & (0x3F >> extra));
    for (int i = 0; i < extra && pos < s.size() && isContinuation(static_cast<unsigned char>(s[pos])); ++i) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[pos++]) & 0x3F);
    }
    return cp;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

char32_t toUpper(char32_t cp) {
    if (cp >= 'a' && cp <= 'z') return cp - 32;
    if (cp == 0xB5) return 0x39C;                                                     // micro sign -> Greek MU
    if ((cp >= 0xE0 && cp <= 0xFE && cp != 0xF7)) return cp - 32;                    // Latin-1: à..þ except ÷
    if (cp == 0xFF) return 0x178;                                                     // ÿ
    if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 && cp != 0x17F) {
        // Latin Extended-A pairs: even/odd, except a stretch that pairs odd/even.
        bool oddPairs = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        bool lower = oddPairs ? cp % 2 == 0 : cp % 2 == 1;
        return lower ? cp - 1 : cp;
    }
    if (cp >= 0x3B1 && cp <= 0x3C9 && cp != 0x3C2) return cp - 32;                   // Greek
    if (cp >= 0x430 && cp <= 0x44F) return cp - 32;                                  // Cyrillic а..я
    if (cp >= 0x450 && cp <= 0x45F) return cp - 80;                                  // Cyrillic ѐ..џ
    return cp;
}

char32_t toLower(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;  // Latin-1: À..Þ except ×
    if (cp == 0x178) return 0xFF;
    if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 && cp != 0x17F) {
        bool oddPairs = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        bool upper = oddPairs ? cp % 2 == 1 : cp % 2 == 0;
        return upper ? cp + 1 : cp;
    }
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;
    if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
    return cp;
}

// Lambdas rather than function pointers, so the per-character mapping is inlined.
void appendUpper(std::string& out, std::string_view s) { appendMapped(out, s, [](char32_t cp) { return toUpper(cp); }); }
void appendLower(std::string& out, std::string_view s) { appendMapped(out, s, [](char32_t cp) { return toLower(cp); }); }

}  // namespace sw::expr::utf8
