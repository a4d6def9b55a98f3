// PRINTF(format, args...): java.util.Formatter's %[index$][flags][width][.precision]conversion
// for the conversions b s c d o x e f g n % (and their upper-case forms). The arguments are the
// Java objects Flink hands to String.format: Integer/Long for exact integers, Double, BigDecimal,
// Boolean, String; a NULL argument is Java's null. A format Java rejects (a missing argument, a
// conversion that does not fit the argument) makes the result NULL, as in Flink.

#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>

#include "expr/eval/decimal_math.h"
#include "expr/eval/eval_nodes.h"
#include "expr/eval/utf8_text.h"
#include "expr/eval/value_text.h"

namespace sw::expr::eval {
namespace {

using model::TypeKind;

struct Argument {
    const Value* value;
    const model::FlinkType* type;
};

struct Spec {
    std::string flags;
    int width = -1;
    int precision = -1;
    char conversion = 's';
    bool has(char flag) const { return flags.find(flag) != std::string::npos; }
};

// Java's toString of the argument object.
std::string javaString(const Argument& a) {
    if (a.value->isNull()) return "null";
    if (const bool* b = std::get_if<bool>(&a.value->storage())) return *b ? "true" : "false";
    return formatValue(*a.value, *a.type);
}

// Groups of three digits in the integer part, as the ',' flag asks (Locale.US).
std::string grouped(std::string_view digits) {
    std::size_t end = digits.find('.');
    if (end == std::string_view::npos) end = digits.size();
    std::string out;
    for (std::size_t i = 0; i < end; ++i) {
        if (i > 0 && (end - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    out.append(digits.substr(end));
    return out;
}

// Sign, zero padding and grouping of a number whose magnitude is `digits`.
std::string signedNumber(bool negative, std::string digits, const Spec& spec) {
    if (spec.has(',')) digits = grouped(digits);
    std::string prefix = negative ? (spec.has('(') ? "(" : "-") : (spec.has('+') ? "+" : (spec.has(' ') ? " " : ""));
    std::string suffix = negative && spec.has('(') ? ")" : "";
    if (spec.has('0') && spec.width > 0) {
        auto used = prefix.size() + digits.size() + suffix.size();
        if (used < static_cast<std::size_t>(spec.width)) digits.insert(0, static_cast<std::size_t>(spec.width) - used, '0');
    }
    return prefix + digits + suffix;
}

std::optional<std::string> integral(const Argument& a, const Spec& spec) {
    const auto* i = std::get_if<std::int64_t>(&a.value->storage());
    if (!i) return std::nullopt;
    if (spec.conversion == 'd') {
        std::uint64_t magnitude = *i < 0 ? 0 - static_cast<std::uint64_t>(*i) : static_cast<std::uint64_t>(*i);
        return signedNumber(*i < 0, std::to_string(magnitude), spec);
    }
    // o and x print the two's complement of the Java type (Integer: 32 bits, Long: 64 bits).
    const bool wide = a.type->kind() == TypeKind::BigInt;
    std::uint64_t bits = wide ? static_cast<std::uint64_t>(*i) : static_cast<std::uint32_t>(static_cast<std::int32_t>(*i));
    char buffer[32];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, bits, spec.conversion == 'o' ? 8 : 16).ptr;
    std::string digits(buffer, end);
    if (spec.has('#')) digits.insert(0, spec.conversion == 'o' ? "0" : "0x");
    if (spec.has('0') && spec.width > static_cast<int>(digits.size())) digits.insert(0, static_cast<std::size_t>(spec.width) - digits.size(), '0');
    return digits;
}

std::optional<std::string> floating(const Argument& a, const Spec& spec) {
    const auto& storage = a.value->storage();
    const int precision = spec.precision < 0 ? 6 : spec.precision;
    if (spec.conversion == 'f') {
        // Java rounds the decimal value HALF_UP (BigDecimal), not the binary double.
        std::optional<Decimal> d;
        if (const auto* x = std::get_if<double>(&storage)) {
            if (!std::isfinite(*x)) return signedNumber(*x < 0, std::isnan(*x) ? "NaN" : "Infinity", Spec{});
            d = decimal::fromDouble(*x, precision);
        } else if (const auto* dec = std::get_if<Decimal>(&storage)) {
            d = decimal::rescale(*dec, precision);
        } else {
            return std::nullopt;
        }
        if (!d) return std::nullopt;
        std::string text;
        decimal::append(text, Decimal{d->unscaled < 0 ? -d->unscaled : d->unscaled, d->scale});
        return signedNumber(d->unscaled < 0, text, spec);
    }
    double x = 0;
    if (const auto* v = std::get_if<double>(&storage)) x = *v;
    else if (const auto* dec = std::get_if<Decimal>(&storage)) x = decimal::toDouble(*dec);
    else return std::nullopt;
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, spec.conversion == 'e' ? "%.*e" : "%.*g", precision, std::fabs(x));
    return signedNumber(std::signbit(x), buffer, spec);
}

std::optional<std::string> converted(const Argument* a, const Spec& spec) {
    switch (spec.conversion) {
    case 'b':
        if (!a || a->value->isNull()) return std::string("false");
        if (const bool* b = std::get_if<bool>(&a->value->storage())) return std::string(*b ? "true" : "false");
        return std::string("true");
    case 's': return a ? std::optional(javaString(*a)) : std::nullopt;
    case 'c': {
        if (!a) return std::nullopt;
        if (a->value->isNull()) return std::string("null");
        const auto* i = std::get_if<std::int64_t>(&a->value->storage());
        if (!i || *i < 0 || *i > 0x10FFFF) return std::nullopt;
        std::string out;
        utf8::append(out, static_cast<char32_t>(*i));
        return out;
    }
    case 'd':
    case 'o':
    case 'x':
        if (!a) return std::nullopt;
        if (a->value->isNull()) return std::string("null");
        return integral(*a, spec);
    case 'e':
    case 'f':
    case 'g':
        if (!a) return std::nullopt;
        if (a->value->isNull()) return std::string("null");
        return floating(*a, spec);
    default: return std::nullopt;
    }
}

// String.format(format, args); nullopt where Java throws an IllegalFormatException.
std::optional<std::string> javaFormat(std::string_view format, const std::vector<Argument>& args) {
    std::string out;
    std::size_t nextArgument = 0;
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%') {
            out += format[i];
            continue;
        }
        std::size_t pos = i + 1;
        auto readNumber = [&]() {
            int n = -1;
            while (pos < format.size() && format[pos] >= '0' && format[pos] <= '9') n = (n < 0 ? 0 : n * 10) + (format[pos++] - '0');
            return n;
        };
        Spec spec;
        int index = -1;
        std::size_t mark = pos;
        if (int n = readNumber(); n > 0 && pos < format.size() && format[pos] == '$') {
            index = n - 1;
            ++pos;
        } else {
            pos = mark;
        }
        while (pos < format.size() && std::string_view("-#+ 0,(<").find(format[pos]) != std::string_view::npos) spec.flags += format[pos++];
        spec.width = readNumber();
        if (pos < format.size() && format[pos] == '.') {
            ++pos;
            spec.precision = readNumber();
            if (spec.precision < 0) return std::nullopt;
        }
        if (pos >= format.size()) return std::nullopt;
        char conversion = format[pos];
        i = pos;
        if (conversion == '%') {
            out += '%';
            continue;
        }
        if (conversion == 'n') {
            out += '\n';
            continue;
        }
        const bool upper = conversion >= 'A' && conversion <= 'Z';
        spec.conversion = static_cast<char>(upper ? conversion - 'A' + 'a' : conversion);
        if (spec.has('<')) index = static_cast<int>(nextArgument) - 1;
        else if (index < 0) index = static_cast<int>(nextArgument++);
        const Argument* argument = index >= 0 && static_cast<std::size_t>(index) < args.size() ? &args[static_cast<std::size_t>(index)] : nullptr;
        if (!argument && spec.conversion != 'b') return std::nullopt;  // MissingFormatArgumentException
        auto text = converted(argument, spec);
        if (!text) return std::nullopt;
        if (spec.conversion == 's' && spec.precision >= 0) text = text->substr(0, utf8::offsetOf(*text, static_cast<std::size_t>(spec.precision)));
        if (upper) {
            std::string upperText;
            utf8::appendUpper(upperText, *text);
            text = std::move(upperText);
        }
        std::size_t length = utf8::length(*text);
        if (spec.width > 0 && length < static_cast<std::size_t>(spec.width)) {
            std::string padding(static_cast<std::size_t>(spec.width) - length, ' ');
            text = spec.has('-') ? *text + padding : padding + *text;
        }
        out += *text;
    }
    return out;
}

class PrintfNode final : public Node {
public:
    PrintfNode(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), args_(std::move(args)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        std::vector<Value> temps(args_.size());
        std::vector<Argument> values;
        for (std::size_t i = 0; i < args_.size(); ++i) {
            const Value* v = args_[i]->eval(row, context, temps[i], error);
            if (v == nullptr) return nullptr;
            if (i == 0 && v->isNull()) return &nullValue();
            values.push_back(Argument{v, &args_[i]->type()});
        }
        std::string_view format = get<std::string>(*values.front().value);
        values.erase(values.begin());
        auto text = javaFormat(format, values);
        if (!text) return &nullValue();
        return put(scratch, std::move(*text));
    }

private:
    std::vector<NodePtr> args_;
};

}  // namespace

NodePtr makePrintf(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    return std::make_unique<PrintfNode>(std::move(args), std::move(type), offset);
}

}  // namespace sw::expr::eval
