// Flink's numeric built-ins beyond ABS/ROUND/FLOOR/CEIL/POWER: java.lang.Math functions on
// DOUBLE (NaN and Infinity included, as Java gives them), SIGN, TRUNCATE, BIN, HEX and VVR's
// BITAND / BITOR / BITXOR / BITNOT.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <string>

#include "expr/eval/binary_text.h"
#include "expr/eval/decimal_math.h"
#include "expr/eval/eval_nodes.h"
#include "expr/eval/strict_math.h"

namespace sw::expr::eval {
namespace {

using model::FlinkType;

double unary(FunctionId id, double x) {
    switch (id) {
    case FunctionId::Sqrt: return std::sqrt(x);
    case FunctionId::Exp: return std::exp(x);
    case FunctionId::Ln: return std::log(x);
    case FunctionId::Log10: return std::log10(x);
    case FunctionId::Log2: return std::log(x) / std::log(2.0);  // Flink divides by ln 2 too
    case FunctionId::Sin: return std::sin(x);
    case FunctionId::Sinh: return std::sinh(x);
    case FunctionId::Cos: return std::cos(x);
    case FunctionId::Cosh: return strict_math::cosh(x);  // Math.cosh is StrictMath.cosh
    case FunctionId::Tan: return std::tan(x);
    case FunctionId::Tanh: return std::tanh(x);
    case FunctionId::Cot: return 1.0 / std::tan(x);
    case FunctionId::Asin: return std::asin(x);
    case FunctionId::Acos: return std::acos(x);
    case FunctionId::Atan: return std::atan(x);
    case FunctionId::Degrees: return x * 180.0 / std::numbers::pi;  // Math.toDegrees
    case FunctionId::Radians: return x / 180.0 * std::numbers::pi;  // Math.toRadians
    default: return std::nan("");
    }
}

// Long.toBinaryString / Long.toHexString (upper-cased as Flink's HEX is): a negative value is
// written as its 64-bit two's complement.
std::string digitsOf(std::int64_t value, int bitsPerDigit) {
    auto bits = static_cast<std::uint64_t>(value);
    std::string out;
    do {
        out.insert(out.begin(), "0123456789ABCDEF"[bits & ((1u << bitsPerDigit) - 1)]);
        bits >>= bitsPerDigit;
    } while (bits != 0);
    return out;
}

std::string hexOfBytes(std::string_view bytes) {
    std::string out;
    binary::appendHex(out, bytes, true);
    return out;
}

// TRUNCATE(x, n): drops digits after the n-th decimal place (left of the point for negative n);
// a DECIMAL result has `scale` digits.
const Value* truncateNumber(Call& c, int scale) {
    const Value& v = *c.args[0];
    std::int64_t digits = c.args[1] ? c.arg<std::int64_t>(1) : 0;
    if (auto* dec = std::get_if<Decimal>(&v.storage())) {
        int kept = static_cast<int>(std::clamp<std::int64_t>(digits, -38, 38));
        Decimal cut = *dec;
        if (kept < dec->scale) {
            int drop = dec->scale - kept;
            decimal::Int128 units = drop > 38 ? 0 : dec->unscaled / decimal::pow10(drop);  // toward zero
            int keptScale = std::max(kept, 0);
            cut = Decimal{units * decimal::pow10(keptScale - kept), keptScale};
        }
        auto back = decimal::rescale(cut, scale);
        return back ? c.result(*back) : &nullValue();
    }
    if (auto* i = std::get_if<std::int64_t>(&v.storage())) {
        if (digits >= 0) return c.result(*i);
        if (digits <= -19) return c.result(std::int64_t{0});
        std::int64_t unit = 1;
        for (std::int64_t k = 0; k < -digits; ++k) unit *= 10;
        return c.result(*i / unit * unit);
    }
    double d = get<double>(v);
    if (!std::isfinite(d)) return c.result(d);
    double unit = std::pow(10.0, static_cast<double>(digits));
    return c.result(std::trunc(d * unit) / unit);
}

}  // namespace

Result<NodePtr> makeMathFunction(FunctionId id, std::vector<NodePtr> args, FlinkType type, std::size_t offset) {
    auto strict = [&](auto fn) -> Result<NodePtr> { return makeStrict(std::move(type), offset, std::move(args), fn); };
    switch (id) {
    case FunctionId::Pi: return makeLiteral(Value(std::numbers::pi), std::move(type), offset);
    case FunctionId::E: return makeLiteral(Value(std::numbers::e), std::move(type), offset);
    case FunctionId::Log:
        // LOG(x) is ln x; LOG(b, x) is ln x / ln b (Flink's SqlFunctionUtils.log).
        return strict([](Call& c) {
            if (!c.args[1]) return c.result(std::log(c.arg<double>(0)));
            return c.result(std::log(c.arg<double>(1)) / std::log(c.arg<double>(0)));
        });
    case FunctionId::Atan2: return strict([](Call& c) { return c.result(std::atan2(c.arg<double>(0), c.arg<double>(1))); });
    case FunctionId::Sign:
        return strict([](Call& c) -> const Value* {
            const Value& v = *c.args[0];
            if (auto* i = std::get_if<std::int64_t>(&v.storage())) return c.result(std::int64_t{(*i > 0) - (*i < 0)});
            if (auto* d = std::get_if<double>(&v.storage())) {
                if (std::isnan(*d)) return c.result(*d);
                return c.result(static_cast<double>((*d > 0) - (*d < 0)));
            }
            const Decimal& dec = get<Decimal>(v);
            decimal::Int128 sign = (dec.unscaled > 0) - (dec.unscaled < 0);
            return c.result(Decimal{sign * decimal::pow10(dec.scale), dec.scale});
        });
    case FunctionId::Truncate: {
        int scale = type.scale();
        return strict([scale](Call& c) { return truncateNumber(c, scale); });
    }
    case FunctionId::Bin: return strict([](Call& c) { return c.result(digitsOf(c.arg<std::int64_t>(0), 1)); });
    // VVR's bitwise functions on integers of one width: sign-extended in 64 bits, the result of
    // AND / OR / XOR / NOT stays in that width.
    case FunctionId::BitAnd: return strict([](Call& c) { return c.result(c.arg<std::int64_t>(0) & c.arg<std::int64_t>(1)); });
    case FunctionId::BitOr: return strict([](Call& c) { return c.result(c.arg<std::int64_t>(0) | c.arg<std::int64_t>(1)); });
    case FunctionId::BitXor: return strict([](Call& c) { return c.result(c.arg<std::int64_t>(0) ^ c.arg<std::int64_t>(1)); });
    case FunctionId::BitNot: return strict([](Call& c) { return c.result(~c.arg<std::int64_t>(0)); });
    case FunctionId::Hex:
        if (!args[0]->type().isNumeric()) return strict([](Call& c) { return c.result(hexOfBytes(c.octets(0))); });
        return strict([](Call& c) { return c.result(digitsOf(c.arg<std::int64_t>(0), 4)); });
    default: return strict([id](Call& c) { return c.result(unary(id, c.arg<double>(0))); });
    }
}

}  // namespace sw::expr::eval
