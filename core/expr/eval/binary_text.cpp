#include "expr/eval/binary_text.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <memory>

#include "expr/eval/utf8_text.h"

namespace sw::expr::binary {
namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The iconv name of one of Flink's charsets; Java's "UTF-16" is big-endian behind a byte order
// mark, which iconv's own "UTF-16" (host order) is not, so its BOM is handled here.
struct Charset {
    std::string_view iconvName;
    bool javaUtf16 = false;
};

std::optional<Charset> charsetNamed(std::string_view name) {
    static constexpr std::array<std::string_view, 6> kNames = {"US-ASCII", "ISO-8859-1", "UTF-8", "UTF-16BE", "UTF-16LE", "UTF-16"};
    for (std::string_view known : kNames) {
        bool same = std::ranges::equal(known, name, [](char a, char b) { return a == std::toupper(static_cast<unsigned char>(b)); });
        if (same) return Charset{known == "UTF-16" ? "UTF-16BE" : known, known == "UTF-16"};
    }
    return std::nullopt;
}

Error unknownCharset(std::string_view name) {
    return Error{"unsupported charset '" + std::string(name) + "' (use US-ASCII, ISO-8859-1, UTF-8, UTF-16BE, UTF-16LE or UTF-16)", ""};
}

using IconvHandle = std::unique_ptr<void, decltype([](iconv_t cd) { iconv_close(cd); })>;

// Converts `in` from `from` to `to`; at a sequence that cannot be converted `onInvalid` is written
// to the output as is and `skip` input bytes are passed over (at least one).
Result<std::string> convert(std::string_view in, const char* from, const char* to, std::string_view onInvalid, std::size_t skip) {
    iconv_t raw = iconv_open(to, from);
    if (raw == reinterpret_cast<iconv_t>(-1)) return Error{std::string("iconv cannot convert ") + from + " to " + to, ""};
    IconvHandle cd(raw);
    std::string out;
    char* source = const_cast<char*>(in.data());  // iconv's signature; it does not write the input
    std::size_t sourceLeft = in.size();
    std::array<char, 512> buffer{};
    while (sourceLeft > 0) {
        char* target = buffer.data();
        std::size_t targetLeft = buffer.size();
        std::size_t done = iconv(raw, &source, &sourceLeft, &target, &targetLeft);
        out.append(buffer.data(), buffer.size() - targetLeft);
        if (done != static_cast<std::size_t>(-1) || errno == E2BIG) continue;
        // EILSEQ (not representable / malformed) or EINVAL (cut short at the end).
        out += onInvalid;
        std::size_t step = std::min(sourceLeft, std::max<std::size_t>(skip, 1));
        if (from == std::string_view("UTF-8")) {  // a whole unmappable character, not one byte of it
            std::size_t pos = 0;
            utf8::next(std::string_view(source, sourceLeft), pos);
            step = std::max<std::size_t>(pos, 1);
        }
        source += step;
        sourceLeft -= step;
    }
    return out;
}

constexpr std::string_view kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

}  // namespace

std::string toBase64(std::string_view bytes) {
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        std::uint32_t v = (std::uint32_t(std::uint8_t(bytes[i])) << 16) | (std::uint32_t(std::uint8_t(bytes[i + 1])) << 8) |
                          std::uint8_t(bytes[i + 2]);
        for (int shift : {18, 12, 6, 0}) out += kBase64[(v >> shift) & 63];
    }
    if (std::size_t rest = bytes.size() - i; rest > 0) {
        std::uint32_t v = std::uint32_t(std::uint8_t(bytes[i])) << 16;
        if (rest == 2) v |= std::uint32_t(std::uint8_t(bytes[i + 1])) << 8;
        out += kBase64[(v >> 18) & 63];
        out += kBase64[(v >> 12) & 63];
        out += rest == 2 ? kBase64[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

// Java's Base64 basic decoder: the alphabet above, '=' padding only at the end.
std::optional<std::string> fromBase64(std::string_view text) {
    std::string out;
    std::uint32_t bits = 0;
    int count = 0;
    std::size_t end = text.size();
    while (end > 0 && text[end - 1] == '=' && text.size() - end < 2) --end;
    for (std::size_t i = 0; i < end; ++i) {
        std::size_t value = kBase64.find(text[i]);
        if (value == std::string_view::npos) return std::nullopt;
        bits = (bits << 6) | static_cast<std::uint32_t>(value);
        if (++count == 4) {
            out += static_cast<char>((bits >> 16) & 0xFF);
            out += static_cast<char>((bits >> 8) & 0xFF);
            out += static_cast<char>(bits & 0xFF);
            bits = 0;
            count = 0;
        }
    }
    if (count == 1) return std::nullopt;
    if (count == 2) out += static_cast<char>((bits >> 4) & 0xFF);
    if (count == 3) {
        out += static_cast<char>((bits >> 10) & 0xFF);
        out += static_cast<char>((bits >> 2) & 0xFF);
    }
    return out;
}

std::optional<std::string> fromHexPairs(std::string_view hex) {
    if (hex.size() % 2 != 0) return std::nullopt;
    std::string out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        int high = hexDigit(hex[i]);
        int low = hexDigit(hex[i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        out += static_cast<char>(high * 16 + low);
    }
    return out;
}

std::optional<std::string> unhex(std::string_view hex) {
    if (hex.size() % 2 == 0) return fromHexPairs(hex);
    if (hexDigit(hex.front()) < 0) return std::nullopt;
    auto rest = fromHexPairs(hex.substr(1));
    if (!rest) return std::nullopt;
    return std::string(1, '\0') + *rest;
}

void appendHex(std::string& out, std::string_view bytes, bool upperCase) {
    const char* digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
    for (char c : bytes) {
        auto b = static_cast<unsigned char>(c);
        out += digits[b >> 4];
        out += digits[b & 15];
    }
}

Result<std::string> encode(std::string_view utf8Text, std::string_view charsetName) {
    auto charset = charsetNamed(charsetName);
    if (!charset) return unknownCharset(charsetName);
    std::string name(charset->iconvName);
    if (name == "UTF-8") return std::string(utf8Text);
    auto bytes = convert(utf8Text, "UTF-8", name.c_str(), "?", 1);
    if (!bytes || !charset->javaUtf16) return bytes;
    return std::string("\xFE\xFF") + *bytes;
}

Result<std::string> decode(std::string_view bytes, std::string_view charsetName) {
    auto charset = charsetNamed(charsetName);
    if (!charset) return unknownCharset(charsetName);
    std::string name(charset->iconvName);
    if (charset->javaUtf16 && bytes.size() >= 2) {
        // Java's UTF-16 decoder reads a leading BOM for the byte order and drops it.
        if (bytes.starts_with("\xFF\xFE")) name = "UTF-16LE";
        if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) bytes.remove_prefix(2);
    }
    const std::size_t unit = name.starts_with("UTF-16") ? 2 : 1;
    return convert(bytes, name.c_str(), "UTF-8", "\xEF\xBF\xBD", unit);
}

void fitLength(std::string& bytes, const model::FlinkType& to) {
    if (to.precision() <= 0 || to.precision() == model::FlinkType::kMaxLength) return;
    const auto length = static_cast<std::size_t>(to.precision());
    if (bytes.size() > length || to.kind() == model::TypeKind::Binary) bytes.resize(length, '\0');
}

}  // namespace sw::expr::binary
