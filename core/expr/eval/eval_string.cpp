#include "expr/eval/eval_nodes.h"
#include "expr/eval/java_regex.h"
#include "expr/eval/utf8_text.h"

namespace sw::expr::eval {
namespace {

// The string in `out`, emptied but keeping its capacity when it already held one.
std::string& reuseString(Value& out) {
    if (auto* s = std::get_if<std::string>(&out.storage())) {
        s->clear();
        return *s;
    }
    return out.storage().emplace<std::string>();
}

// CONCAT / ||: NULL if any argument is NULL.
class ConcatNode final : public Node {
public:
    ConcatNode(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) : Node(std::move(type), offset), args_(std::move(args)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        std::string result;
        for (const auto& arg : args_) {
            Value temp;
            const Value* v = arg->eval(row, context, temp, error);
            if (v == nullptr) return nullptr;
            if (v->isNull()) return &nullValue();
            result += get<std::string>(*v);
        }
        return put(scratch, std::move(result));
    }

private:
    std::vector<NodePtr> args_;
};

// CONCAT_WS(separator, ...): NULL only when the separator is; NULL arguments are skipped.
class ConcatWsNode final : public Node {
public:
    ConcatWsNode(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) : Node(std::move(type), offset), args_(std::move(args)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        Value separatorTemp;
        const Value* separator = args_[0]->eval(row, context, separatorTemp, error);
        if (separator == nullptr) return nullptr;
        if (separator->isNull()) return &nullValue();
        std::string result;
        bool first = true;
        for (std::size_t i = 1; i < args_.size(); ++i) {
            Value temp;
            const Value* v = args_[i]->eval(row, context, temp, error);
            if (v == nullptr) return nullptr;
            if (v->isNull()) continue;
            if (!first) result += get<std::string>(*separator);
            result += get<std::string>(*v);
            first = false;
        }
        return put(scratch, std::move(result));
    }

private:
    std::vector<NodePtr> args_;
};

// Removes leading and/or trailing characters that occur in `chars` (code points, not bytes).
std::string_view trimmed(std::string_view s, std::string_view chars, bool leading, bool trailing) {
    auto contains = [&](char32_t cp) {
        for (std::size_t pos = 0; pos < chars.size();) {
            if (utf8::next(chars, pos) == cp) return true;
        }
        return false;
    };
    std::size_t begin = 0;
    while (leading && begin < s.size()) {
        std::size_t pos = begin;
        if (!contains(utf8::next(s, pos))) break;
        begin = pos;
    }
    std::size_t end = s.size();
    while (trailing && end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        std::size_t pos = start;
        if (!contains(utf8::next(s, pos))) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

// SUBSTRING(s, pos[, len]) by characters: pos counts from 1, a negative pos from the end.
const Value* substring(Call& c) {
    const std::string& s = c.arg<std::string>(0);
    std::int64_t pos = c.arg<std::int64_t>(1);
    std::int64_t count = static_cast<std::int64_t>(utf8::length(s));
    std::int64_t start = pos > 0 ? pos - 1 : (pos < 0 ? count + pos : 0);
    std::int64_t end = count;
    if (c.args[2]) {
        std::int64_t length = c.arg<std::int64_t>(2);
        if (length < 0) return &nullValue();
        end = std::min(count, start + length);
    }
    start = std::max<std::int64_t>(start, 0);
    if (start >= end) return c.result(std::string());
    std::size_t from = utf8::offsetOf(s, static_cast<std::size_t>(start));
    std::size_t to = from + utf8::offsetOf(std::string_view(s).substr(from), static_cast<std::size_t>(end - start));
    return c.result(s.substr(from, to - from));
}

using RegexPtr = std::shared_ptr<const JavaRegex>;

// The pattern argument of a REGEXP_* call, compiled once when it is a literal.
struct RegexArg {
    bool literal = false;
    RegexPtr compiled;  // null for a per-row pattern, and for a literal one that does not compile
};

RegexArg regexArg(const Node& patternNode) {
    const Value* pattern = patternNode.constant();
    if (pattern == nullptr) return {};
    if (pattern->isNull()) return {true, nullptr};
    auto regex = JavaRegex::compile(get<std::string>(*pattern));
    return {true, regex ? std::make_shared<const JavaRegex>(std::move(regex).value()) : nullptr};
}

// Calls `use(regex)` with the literal pattern or the row's (from a per-thread cache); an invalid
// pattern gives NULL, as Flink's REGEXP_EXTRACT / REGEXP_REPLACE return NULL for one.
template <typename Use>
const Value* withRegex(Call& c, const RegexArg& pattern, Use use) {
    if (pattern.compiled) return use(*pattern.compiled);
    if (pattern.literal) return &nullValue();
    RegexPtr regex = JavaRegex::cached(c.arg<std::string>(1));
    return regex ? use(*regex) : &nullValue();
}

}  // namespace

NodePtr makeConcat(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    return std::make_unique<ConcatNode>(std::move(args), std::move(type), offset);
}

NodePtr makeTrim(TrimSide side, NodePtr chars, NodePtr source, model::FlinkType type, std::size_t offset) {
    bool leading = side != TrimSide::Trailing;
    bool trailing = side != TrimSide::Leading;
    auto args = nodes(std::move(source));
    if (chars) args.push_back(std::move(chars));
    return makeStrict(std::move(type), offset, std::move(args), [leading, trailing](Call& c) {
        std::string_view chars = c.args[1] ? std::string_view(c.arg<std::string>(1)) : std::string_view(" ");
        return c.result(std::string(trimmed(c.arg<std::string>(0), chars, leading, trailing)));
    });
}

Result<NodePtr> makeStringFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    switch (id) {
    case FunctionId::Upper:
    case FunctionId::Lower: {
        bool upper = id == FunctionId::Upper;
        return makeStrict(std::move(type), offset, std::move(args), [upper](Call& c) {
            std::string& out = reuseString(c.out);
            if (upper) utf8::appendUpper(out, c.arg<std::string>(0));
            else utf8::appendLower(out, c.arg<std::string>(0));
            return &c.out;
        });
    }
    case FunctionId::CharLength:
        return makeStrict(std::move(type), offset, std::move(args),
                          [](Call& c) { return c.result(static_cast<std::int64_t>(utf8::length(c.arg<std::string>(0)))); });
    case FunctionId::Substring: return makeStrict(std::move(type), offset, std::move(args), substring);
    case FunctionId::LTrim:
    case FunctionId::RTrim:
        return makeTrim(id == FunctionId::LTrim ? TrimSide::Leading : TrimSide::Trailing, nullptr, std::move(args[0]), std::move(type), offset);
    case FunctionId::ConcatWs: return NodePtr(std::make_unique<ConcatWsNode>(std::move(args), std::move(type), offset));
    case FunctionId::RegexpReplace: {
        RegexArg pattern = regexArg(*args[1]);
        return makeStrict(std::move(type), offset, std::move(args), [pattern = std::move(pattern)](Call& c) {
            return withRegex(c, pattern, [&](const JavaRegex& r) {
                return c.result(r.replaceAll(c.arg<std::string>(0), c.arg<std::string>(2)));
            });
        });
    }
    case FunctionId::Regexp: {  // Flink's SqlFunctionUtils.regExp: an empty or invalid pattern is FALSE
        RegexArg pattern = regexArg(*args[1]);
        return makeStrict(std::move(type), offset, std::move(args), [pattern = std::move(pattern)](Call& c) {
            const std::string& regex = c.arg<std::string>(1);
            if (regex.empty()) return c.result(false);
            const Value* found = withRegex(c, pattern, [&](const JavaRegex& r) {
                return c.result(r.find(c.arg<std::string>(0)).has_value());
            });
            return found->isNull() ? c.result(false) : found;
        });
    }
    case FunctionId::RegexpCount: {
        RegexArg pattern = regexArg(*args[1]);
        return makeStrict(std::move(type), offset, std::move(args), [pattern = std::move(pattern)](Call& c) {
            return withRegex(c, pattern, [&](const JavaRegex& r) {
                std::int64_t count = 0;
                r.forEachMatch(c.arg<std::string>(0), [&](const JavaRegex::Match&) { ++count; });
                return c.result(count);
            });
        });
    }
    case FunctionId::RegexpInstr: {  // 1-based character position of the first match, 0 when none
        RegexArg pattern = regexArg(*args[1]);
        return makeStrict(std::move(type), offset, std::move(args), [pattern = std::move(pattern)](Call& c) {
            return withRegex(c, pattern, [&](const JavaRegex& r) {
                const std::string& s = c.arg<std::string>(0);
                auto match = r.find(s);
                const std::int64_t at = match ? static_cast<std::int64_t>(utf8::length(std::string_view(s).substr(0, match->begin()))) + 1 : 0;
                return c.result(at);
            });
        });
    }
    case FunctionId::RegexpSubstr: {
        RegexArg pattern = regexArg(*args[1]);
        return makeStrict(std::move(type), offset, std::move(args), [pattern = std::move(pattern)](Call& c) {
            return withRegex(c, pattern, [&](const JavaRegex& r) -> const Value* {
                const std::string& s = c.arg<std::string>(0);
                auto match = r.find(s);
                return match ? c.result(s.substr(match->begin(), match->end() - match->begin())) : &nullValue();
            });
        });
    }
    default: {  // RegexpExtract(s, regex[, group = 0]): Flink's default is the whole match
        RegexArg pattern = regexArg(*args[1]);
        return makeStrict(std::move(type), offset, std::move(args), [pattern = std::move(pattern)](Call& c) {
            return withRegex(c, pattern, [&](const JavaRegex& r) -> const Value* {
                auto match = r.find(c.arg<std::string>(0));
                auto group = match ? match->group(c.args[2] ? c.arg<std::int64_t>(2) : 0) : std::nullopt;
                return group ? c.result(std::string(*group)) : &nullValue();
            });
        });
    }
    }
}

}  // namespace sw::expr::eval
