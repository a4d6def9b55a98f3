// Flink's string built-ins beyond the core set in eval_string.cpp: padding, searching,
// splitting, case and character functions, base64 and the IS_ predicates. Positions and
// lengths count characters (code points); Flink counts Java chars, which differ only for
// characters outside the Basic Multilingual Plane (docs/functions.md).

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "expr/eval/binary_text.h"
#include "expr/eval/eval_nodes.h"
#include "expr/eval/utf8_text.h"

namespace sw::expr::eval {
namespace {

using model::FlinkType;

// Characters `from`.. (at most `count`) of `s`, by code point.
std::string_view characters(std::string_view s, std::size_t from, std::size_t count) {
    std::size_t begin = utf8::offsetOf(s, from);
    std::size_t end = begin;
    for (std::size_t i = 0; i < count && end < s.size(); ++i) utf8::next(s, end);
    return s.substr(begin, end - begin);
}

// 1-based character position of `needle` in `haystack` at or after character `from` (0-based),
// 0 when absent.
std::int64_t positionOf(std::string_view needle, std::string_view haystack, std::size_t from) {
    std::size_t start = utf8::offsetOf(haystack, from);
    if (start > haystack.size()) return 0;
    std::size_t found = haystack.find(needle, start);
    if (found == std::string_view::npos) return 0;
    return static_cast<std::int64_t>(utf8::length(haystack.substr(0, found))) + 1;
}

std::string reversed(std::string_view s) {
    std::vector<char32_t> points;
    for (std::size_t pos = 0; pos < s.size();) points.push_back(utf8::next(s, pos));
    std::string out;
    out.reserve(s.size());
    for (auto it = points.rbegin(); it != points.rend(); ++it) utf8::append(out, *it);
    return out;
}

// LPAD / RPAD (Flink's SqlFunctionUtils.lpad/rpad): NULL for a negative length or an empty
// pad; the text is cut to `length`, the pad repeated to fill what is missing.
const Value* pad(Call& c, bool left) {
    std::string_view base = c.arg<std::string>(0);
    std::int64_t length = c.arg<std::int64_t>(1);
    std::string_view padding = c.arg<std::string>(2);
    if (length < 0 || padding.empty()) return &nullValue();
    std::size_t wanted = static_cast<std::size_t>(length);
    std::size_t baseLength = utf8::length(base);
    std::string_view kept = characters(base, 0, wanted);
    std::string fill;
    std::size_t padLength = utf8::length(padding);
    for (std::size_t missing = wanted > baseLength ? wanted - baseLength : 0; missing > 0;) {
        std::size_t take = std::min(missing, padLength);
        fill += characters(padding, 0, take);
        missing -= take;
    }
    return c.result(left ? fill + std::string(kept) : std::string(kept) + fill);
}

// INSTR(s, sub[, start[, nth]]): the nth occurrence at or after `start`; a negative start
// counts from the end and searches backwards (Flink's SqlFunctionUtils.instr).
std::int64_t instr(std::string_view s, std::string_view sub, std::int64_t start, std::int64_t nth) {
    if (start == 0) return 0;
    if (start > 0) {
        std::int64_t index = 0;
        std::int64_t from = start;
        for (std::int64_t i = 0; i < nth; ++i) {
            index = positionOf(sub, s, static_cast<std::size_t>(from - 1));
            if (index == 0) return 0;
            from = index + 1;
        }
        return index;
    }
    std::int64_t found = instr(reversed(s), reversed(sub), -start, nth);
    if (found == 0) return 0;
    return static_cast<std::int64_t>(utf8::length(s)) + 2 - found - static_cast<std::int64_t>(utf8::length(sub));
}

// SPLIT_INDEX: commons-lang splitByWholeSeparatorPreserveAllTokens, as Flink uses it; an
// empty separator splits at each whitespace character.
// OVERLAY(s PLACING r FROM start [FOR length]) is Flink's (Calcite's) s.substring(0, start - 1) + r
// + s.substring(start - 1 + length), length defaulting to r's; positions outside s fail as Java's
// substring does.
const Value* overlay(Call& c) {
    const std::string& s = c.arg<std::string>(0);
    const std::string& r = c.arg<std::string>(1);
    const std::int64_t count = static_cast<std::int64_t>(utf8::length(s));
    const std::int64_t start = c.arg<std::int64_t>(2) - 1;
    const std::int64_t length = c.args[3] ? c.arg<std::int64_t>(3) : static_cast<std::int64_t>(utf8::length(r));
    const std::int64_t resume = start + length;
    if (start < 0 || start > count || resume < 0 || resume > count) {
        return c.fail("OVERLAY: position " + std::to_string(start + 1) + " with length " + std::to_string(length) +
                      " is outside the string of " + std::to_string(count) + " characters");
    }
    std::string out(characters(s, 0, static_cast<std::size_t>(start)));
    out += r;
    out += characters(s, static_cast<std::size_t>(resume), static_cast<std::size_t>(count - resume));
    return c.result(std::move(out));
}

const Value* splitIndex(Call& c) {
    std::string_view s = c.arg<std::string>(0);
    std::string_view separator = c.arg<std::string>(1);
    std::int64_t index = c.arg<std::int64_t>(2);
    if (index < 0 || s.empty()) return &nullValue();
    std::int64_t field = 0;
    std::size_t begin = 0;
    while (true) {
        std::size_t end = separator.empty() ? s.find_first_of(" \t\n\r\f\v", begin) : s.find(separator, begin);
        if (field == index) return c.result(std::string(s.substr(begin, end == std::string_view::npos ? end : end - begin)));
        if (end == std::string_view::npos) return &nullValue();
        begin = end + (separator.empty() ? 1 : separator.size());
        ++field;
    }
}

// INITCAP (Calcite's SqlFunctions.initcap, which Flink uses): ASCII letters and digits form
// words; the first letter of a word is upper-cased and the others lower-cased.
std::string initcap(std::string_view s) {
    std::string out(s);
    bool start = true;
    for (char& ch : out) {
        bool digit = ch >= '0' && ch <= '9';
        bool upper = ch >= 'A' && ch <= 'Z';
        bool lower = ch >= 'a' && ch <= 'z';
        if (start) {
            if (lower) ch = static_cast<char>(ch - 32);
            start = !(digit || upper || lower);
        } else if (upper) {
            ch = static_cast<char>(ch + 32);
        } else if (!digit && !lower) {
            start = true;
        }
    }
    return out;
}

std::string replaceAll(std::string_view s, std::string_view search, std::string_view replacement) {
    std::string out;
    if (search.empty()) {  // Java's String.replace puts the replacement around every character
        out += replacement;
        for (std::size_t pos = 0; pos < s.size();) {
            std::size_t start = pos;
            utf8::next(s, pos);
            out += s.substr(start, pos - start);
            out += replacement;
        }
        return out;
    }
    std::size_t from = 0;
    for (std::size_t at = s.find(search); at != std::string_view::npos; at = s.find(search, from)) {
        out += s.substr(from, at - from);
        out += replacement;
        from = at + search.size();
    }
    out += s.substr(from);
    return out;
}

// TRANSLATE: each character of `from` becomes the one at the same place in `to`, or is removed
// when `to` is shorter.
std::string translate(std::string_view s, std::string_view from, std::string_view to) {
    std::vector<char32_t> fromPoints, toPoints;
    for (std::size_t pos = 0; pos < from.size();) fromPoints.push_back(utf8::next(from, pos));
    for (std::size_t pos = 0; pos < to.size();) toPoints.push_back(utf8::next(to, pos));
    std::string out;
    for (std::size_t pos = 0; pos < s.size();) {
        char32_t cp = utf8::next(s, pos);
        auto it = std::ranges::find(fromPoints, cp);
        if (it == fromPoints.end()) utf8::append(out, cp);
        else if (auto at = static_cast<std::size_t>(it - fromPoints.begin()); at < toPoints.size()) utf8::append(out, toPoints[at]);
    }
    return out;
}

bool isAsciiLetter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

// IS_ALPHA / IS_DIGIT: a non-empty text of letters / of digits (commons-lang isAlpha /
// isNumeric). Letters beyond ASCII count when utf8 maps their case, which covers Latin, Greek
// and Cyrillic; digits are ASCII only.
bool allLetters(std::string_view s) {
    if (s.empty()) return false;
    for (std::size_t pos = 0; pos < s.size();) {
        char32_t cp = utf8::next(s, pos);
        if (!isAsciiLetter(cp) && (cp < 0x80 || utf8::toUpper(cp) == utf8::toLower(cp))) return false;
    }
    return true;
}

bool allDigits(std::string_view s) {
    return !s.empty() && std::ranges::all_of(s, [](char ch) { return ch >= '0' && ch <= '9'; });
}

// IS_DECIMAL: text Java reads as a number: [sign] digits [. digits] [e [sign] digits].
bool isDecimalText(std::string_view s) {
    std::size_t i = 0;
    auto digits = [&] {
        std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i - start;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t whole = digits();
    std::size_t fraction = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        fraction = digits();
    }
    if (whole + fraction == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == s.size();
}

// IS_ALPHA, IS_DIGIT, IS_DECIMAL: FALSE for NULL, never NULL.
class TextPredicateNode final : public Node {
public:
    TextPredicateNode(bool (*test)(std::string_view), NodePtr arg, FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), test_(test), arg_(std::move(arg)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value temp;
        const Value* v = arg_->eval(row, context, temp, error);
        if (v == nullptr) return nullptr;
        return put(scratch, !v->isNull() && test_(get<std::string>(*v)));
    }

private:
    bool (*test_)(std::string_view);
    NodePtr arg_;
};

// ELT(index, expr...): the index-th expression, NULL when the index is NULL or out of range.
class EltNode final : public Node {
public:
    EltNode(std::vector<NodePtr> args, FlinkType type, std::size_t offset) : Node(std::move(type), offset), args_(std::move(args)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value temp;
        const Value* index = args_[0]->eval(row, context, temp, error);
        if (index == nullptr) return nullptr;
        if (index->isNull()) return &nullValue();
        std::int64_t i = get<std::int64_t>(*index);
        if (i < 1 || i >= static_cast<std::int64_t>(args_.size())) return &nullValue();
        return args_[static_cast<std::size_t>(i)]->eval(row, context, scratch, error);
    }

private:
    std::vector<NodePtr> args_;
};

}  // namespace

Result<NodePtr> makeTextFunction(FunctionId id, std::vector<NodePtr> args, FlinkType type, std::size_t offset) {
    // Binary arguments are read as bytes only where Flink's signature takes them.
    const bool takesBinary = id == FunctionId::ToBase64 || id == FunctionId::FromBase64 || id == FunctionId::StartsWith ||
                             id == FunctionId::EndsWith || id == FunctionId::Elt;
    for (const auto& arg : args) {
        if (arg->type().isBinaryString() && !takesBinary) {
            return Error{std::string(functionInfo(id).name) + " of a binary string is not evaluated locally yet",
                         "offset " + std::to_string(offset)};
        }
    }
    auto strict = [&](auto fn) -> Result<NodePtr> { return makeStrict(std::move(type), offset, std::move(args), fn); };
    switch (id) {
    case FunctionId::LPad: return strict([](Call& c) { return pad(c, true); });
    case FunctionId::RPad: return strict([](Call& c) { return pad(c, false); });
    case FunctionId::Replace:
        return strict([](Call& c) {
            return c.result(replaceAll(c.arg<std::string>(0), c.arg<std::string>(1), c.arg<std::string>(2)));
        });
    case FunctionId::SplitIndex: return strict(splitIndex);
    case FunctionId::Overlay: return strict(overlay);
    case FunctionId::Position:
        return strict([](Call& c) { return c.result(positionOf(c.arg<std::string>(0), c.arg<std::string>(1), 0)); });
    case FunctionId::Locate:
        // LOCATE(needle, haystack[, start]): Calcite's position(seek, s, from).
        return strict([](Call& c) {
            std::int64_t from = c.args[2] ? c.arg<std::int64_t>(2) : 1;
            std::string_view haystack = c.arg<std::string>(1);
            if (from < 1 || static_cast<std::size_t>(from - 1) > utf8::length(haystack)) return c.result(std::int64_t{0});
            return c.result(positionOf(c.arg<std::string>(0), haystack, static_cast<std::size_t>(from - 1)));
        });
    case FunctionId::Instr:
        return strict([](Call& c) -> const Value* {
            std::int64_t start = c.args[2] ? c.arg<std::int64_t>(2) : 1;
            std::int64_t nth = c.args[3] ? c.arg<std::int64_t>(3) : 1;
            if (nth <= 0) return c.fail("INSTR's occurrence must be positive, got " + std::to_string(nth));
            return c.result(instr(c.arg<std::string>(0), c.arg<std::string>(1), start, nth));
        });
    case FunctionId::Left:
    case FunctionId::Right: {
        bool left = id == FunctionId::Left;
        return strict([left](Call& c) {
            std::string_view s = c.arg<std::string>(0);
            std::int64_t n = c.arg<std::int64_t>(1);
            if (n <= 0) return c.result(std::string());
            std::size_t length = utf8::length(s);
            std::size_t take = std::min(length, static_cast<std::size_t>(n));
            return c.result(std::string(characters(s, left ? 0 : length - take, take)));
        });
    }
    case FunctionId::InitCap: return strict([](Call& c) { return c.result(initcap(c.arg<std::string>(0))); });
    case FunctionId::Reverse: return strict([](Call& c) { return c.result(reversed(c.arg<std::string>(0))); });
    case FunctionId::Repeat:
        return strict([](Call& c) -> const Value* {
            std::string_view s = c.arg<std::string>(0);
            std::int64_t times = c.arg<std::int64_t>(1);
            std::string out;
            if (times > 0 && !s.empty() && static_cast<std::uint64_t>(times) > (std::uint64_t{1} << 30) / s.size()) {
                return c.fail("REPEAT would build a text of over 1 GiB");
            }
            for (std::int64_t i = 0; i < times; ++i) out += s;
            return c.result(std::move(out));
        });
    case FunctionId::Ascii:
        return strict([](Call& c) {
            std::string_view s = c.arg<std::string>(0);
            std::size_t pos = 0;
            return c.result(static_cast<std::int64_t>(s.empty() ? 0 : utf8::next(s, pos)));
        });
    case FunctionId::Chr:
        // Flink: the character (n mod 256) for n >= 0, "" for a negative n.
        return strict([](Call& c) {
            std::int64_t n = c.arg<std::int64_t>(0);
            std::string out;
            if (n >= 0) utf8::append(out, static_cast<char32_t>(n % 256));
            return c.result(std::move(out));
        });
    case FunctionId::ToBase64: return strict([](Call& c) { return c.result(binary::toBase64(c.octets(0))); });
    case FunctionId::FromBase64:
        return strict([](Call& c) -> const Value* {
            auto decoded = binary::fromBase64(c.octets(0));
            if (!decoded) return c.fail("FROM_BASE64 got text that is not base64");
            return c.result(std::move(*decoded));
        });
    case FunctionId::Translate:
        return strict([](Call& c) {
            return c.result(translate(c.arg<std::string>(0), c.arg<std::string>(1), c.arg<std::string>(2)));
        });
    case FunctionId::StartsWith:
        return strict([](Call& c) { return c.result(c.octets(0).starts_with(c.octets(1))); });
    case FunctionId::EndsWith:
        return strict([](Call& c) { return c.result(c.octets(0).ends_with(c.octets(1))); });
    case FunctionId::IsAlpha: return NodePtr(std::make_unique<TextPredicateNode>(allLetters, std::move(args[0]), std::move(type), offset));
    case FunctionId::IsDigit: return NodePtr(std::make_unique<TextPredicateNode>(allDigits, std::move(args[0]), std::move(type), offset));
    case FunctionId::IsDecimal:
        return NodePtr(std::make_unique<TextPredicateNode>(isDecimalText, std::move(args[0]), std::move(type), offset));
    case FunctionId::Elt: return NodePtr(std::make_unique<EltNode>(std::move(args), std::move(type), offset));
    default: break;
    }
    return Error{std::string(functionInfo(id).name) + " has no text evaluation", "offset " + std::to_string(offset)};
}

}  // namespace sw::expr::eval
