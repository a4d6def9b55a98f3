#define PCRE2_CODE_UNIT_WIDTH 8
#include "expr/eval/java_regex.h"

#include <pcre2.h>

#include <array>
#include <cstdio>

namespace sw::expr::eval {
namespace {

// The value of a hexadecimal digit, or nullopt for any other character.
std::optional<unsigned> hexDigit(char c) {
    if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<unsigned>(c - 'A' + 10);
    return std::nullopt;
}

// The \uhhhh escape at `pos` (pointing at the backslash), or nullopt when there is none.
std::optional<unsigned> unicodeEscapeAt(std::string_view pattern, std::size_t pos) {
    if (pos + 6 > pattern.size() || pattern[pos] != '\\' || pattern[pos + 1] != 'u') return std::nullopt;
    unsigned value = 0;
    for (std::size_t i = pos + 2; i < pos + 6; ++i) {
        auto digit = hexDigit(pattern[i]);
        if (!digit) return std::nullopt;
        value = value * 16 + *digit;
    }
    return value;
}

// Java writes a code point as \uhhhh (a surrogate pair as two of them); PCRE2 knows only \x{h..},
// so those escapes are rewritten. Escaped backslashes and \Q...\E quotes are copied as they are.
std::string pcre2Pattern(std::string_view pattern) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t pos = 0; pos < pattern.size();) {
        if (pattern[pos] != '\\' || pos + 1 >= pattern.size()) {
            out += pattern[pos++];
            continue;
        }
        char next = pattern[pos + 1];
        if (next == 'Q') {
            std::size_t end = pattern.find("\\E", pos + 2);
            end = end == std::string_view::npos ? pattern.size() : end + 2;
            out.append(pattern.substr(pos, end - pos));
            pos = end;
            continue;
        }
        auto unit = unicodeEscapeAt(pattern, pos);
        if (!unit) {
            out.append(pattern.substr(pos, 2));
            pos += 2;
            continue;
        }
        unsigned codePoint = *unit;
        pos += 6;
        auto low = unicodeEscapeAt(pattern, pos);
        if (codePoint >= 0xD800 && codePoint <= 0xDBFF && low && *low >= 0xDC00 && *low <= 0xDFFF) {
            codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (*low - 0xDC00);
            pos += 6;
        }
        std::array<char, 16> hex{};
        std::snprintf(hex.data(), hex.size(), "\\x{%X}", codePoint);
        out += hex.data();
    }
    return out;
}

// Match data sized for `groups` ovector pairs, kept per thread so a search allocates nothing.
pcre2_match_data* matchDataFor(std::size_t groups) {
    struct Holder {
        pcre2_match_data* data = nullptr;
        std::size_t groups = 0;
        ~Holder() { pcre2_match_data_free(data); }
    };
    thread_local Holder holder;
    if (holder.groups < groups) {
        pcre2_match_data_free(holder.data);
        holder.data = pcre2_match_data_create(static_cast<std::uint32_t>(groups), nullptr);
        holder.groups = groups;
    }
    return holder.data;
}

// Byte length of the UTF-8 character starting at `pos`, at least 1.
std::size_t characterLength(std::string_view s, std::size_t pos) {
    std::size_t end = pos + 1;
    while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
    return end - pos;
}

}  // namespace

std::optional<std::string_view> JavaRegex::Match::group(std::int64_t index) const {
    if (index < 0 || static_cast<std::size_t>(index) >= groups_) return std::nullopt;
    std::size_t begin = ovector_[2 * index];
    if (begin == PCRE2_UNSET) return std::nullopt;
    return subject_.substr(begin, ovector_[2 * index + 1] - begin);
}

Result<JavaRegex> JavaRegex::compile(std::string_view pattern) {
    std::string translated = pcre2Pattern(pattern);
    std::unique_ptr<pcre2_compile_context, decltype(&pcre2_compile_context_free)> context(pcre2_compile_context_create(nullptr),
                                                                                          &pcre2_compile_context_free);
    // Java's `.` and `$` stop at any line terminator, not only at \n.
    pcre2_set_newline(context.get(), PCRE2_NEWLINE_ANY);
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    // No PCRE2_UCP: like Java without UNICODE_CHARACTER_CLASS, \d \w \s and \b are ASCII.
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated.data()), translated.size(),
                                     PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_NEVER_BACKSLASH_C, &errorCode, &errorOffset,
                                     context.get());
    if (code == nullptr) {
        std::array<PCRE2_UCHAR, 256> message{};
        pcre2_get_error_message(errorCode, message.data(), message.size());
        return Error{"invalid regular expression '" + std::string(pattern) + "': " + reinterpret_cast<const char*>(message.data()), ""};
    }
    // JIT when the platform has it; pcre2_match falls back to the interpreter otherwise.
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    std::uint32_t captures = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &captures);
    return JavaRegex(std::shared_ptr<pcre2_code>(code, &pcre2_code_free), captures + 1);
}

std::shared_ptr<const JavaRegex> JavaRegex::cached(std::string_view pattern) {
    // Flink keeps a per-thread cache of compiled patterns too (SqlFunctionUtils); a handful of
    // entries replaced in turn covers the usual few distinct patterns per column.
    struct Entry {
        std::string pattern;
        std::shared_ptr<const JavaRegex> regex;
    };
    thread_local std::array<Entry, 8> entries;
    thread_local std::size_t nextSlot = 0;
    for (const Entry& entry : entries) {
        if (entry.regex && entry.pattern == pattern) return entry.regex;
    }
    auto compiled = compile(pattern);
    if (!compiled) return nullptr;
    Entry& slot = entries[nextSlot];
    nextSlot = (nextSlot + 1) % entries.size();
    slot = Entry{std::string(pattern), std::make_shared<const JavaRegex>(std::move(compiled).value())};
    return slot.regex;
}

std::optional<JavaRegex::Match> JavaRegex::find(std::string_view subject, std::size_t from) const {
    pcre2_match_data* data = matchDataFor(groups_);
    int rc = pcre2_match(code_.get(), reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), from, 0, data, nullptr);
    if (rc < 0) return std::nullopt;
    return Match(subject, pcre2_get_ovector_pointer(data), groups_);
}

std::size_t JavaRegex::resumeAfter(std::string_view subject, const Match& match) {
    if (match.end() != match.begin()) return match.end();
    // Past the end after an empty match there, which ends the loop.
    return match.end() + (match.end() < subject.size() ? characterLength(subject, match.end()) : 1);
}

std::string JavaRegex::replaceAll(std::string_view subject, std::string_view replacement) const {
    std::string out;
    std::size_t copied = 0;
    forEachMatch(subject, [&](const Match& match) {
        out.append(subject.substr(copied, match.begin() - copied));
        out.append(replacement);
        copied = match.end();
    });
    out.append(subject.substr(copied));
    return out;
}

}  // namespace sw::expr::eval
