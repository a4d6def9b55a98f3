#include "expr/eval/decimal_math.h"

#include <array>
#include <charconv>
#include <cstdlib>

namespace sw::expr::decimal {
namespace {

using U128 = UInt128;

U128 magnitude(Int128 v) { return v < 0 ? U128(0) - U128(v) : U128(v); }

// Signed value of a magnitude, nullopt past 38 digits (the largest DECIMAL).
std::optional<Decimal> signedResult(U128 mag, bool negative, int scale) {
    if (mag >= U128(pow10(kMaxPrecision))) return std::nullopt;
    Int128 v = static_cast<Int128>(mag);
    return Decimal{negative ? -v : v, scale};
}

// mag / 10^drop rounded HALF_UP (on magnitudes, so ties go away from zero).
U128 dropDigits(U128 mag, int drop) {
    if (drop > kMaxPrecision) return 0;
    U128 divisor = U128(pow10(drop));
    U128 q = mag / divisor;
    U128 r = mag % divisor;
    if (r * 2 >= divisor) ++q;
    return q;
}

std::optional<U128> scaleUp(U128 mag, int grow) {
    if (grow > kMaxPrecision) return mag == 0 ? std::optional<U128>(0) : std::nullopt;
    U128 out = 0;
    if (__builtin_mul_overflow(mag, U128(pow10(grow)), &out)) return std::nullopt;
    return out;
}

// a +- b at the larger scale, then rounded to `scale`.
std::optional<Decimal> addSigned(const Decimal& a, const Decimal& b, bool negateB, int scale) {
    int common = std::max(a.scale, b.scale);
    auto x = rescale(a, common);
    auto y = rescale(b, common);
    if (!x || !y) return std::nullopt;
    Int128 sum = 0;
    Int128 rhs = negateB ? -y->unscaled : y->unscaled;
    if (__builtin_add_overflow(x->unscaled, rhs, &sum)) return std::nullopt;
    auto result = rescale(Decimal{sum, common}, scale);
    if (!result || !fits(*result, kMaxPrecision)) return std::nullopt;
    return result;
}

}  // namespace

namespace {

// 10^0 .. 10^38, looked up on every rescale and precision check of the per-row paths.
constexpr auto kPowersOfTen = [] {
    std::array<Int128, kMaxPrecision + 1> powers{};
    powers[0] = 1;
    for (std::size_t i = 1; i < powers.size(); ++i) powers[i] = powers[i - 1] * 10;
    return powers;
}();

}  // namespace

Int128 pow10(int exponent) { return kPowersOfTen[static_cast<std::size_t>(exponent)]; }

bool fits(const Decimal& d, int precision) { return magnitude(d.unscaled) < U128(pow10(std::min(precision, kMaxPrecision))); }

std::optional<Decimal> rescale(const Decimal& d, int scale) {
    if (scale == d.scale) return d;
    bool negative = d.unscaled < 0;
    U128 mag = magnitude(d.unscaled);
    if (scale < d.scale) return signedResult(dropDigits(mag, d.scale - scale), negative, scale);
    auto grown = scaleUp(mag, scale - d.scale);
    if (!grown) return std::nullopt;
    return signedResult(*grown, negative, scale);
}

int compare(const Decimal& a, const Decimal& b) {
    if (a.scale == b.scale) return a.unscaled < b.unscaled ? -1 : (a.unscaled > b.unscaled ? 1 : 0);
    int common = std::max(a.scale, b.scale);
    auto x = rescale(a, common);
    auto y = rescale(b, common);
    if (x && y) return compare(*x, *y);
    // Growing overflowed: the one that overflowed has the larger magnitude.
    return toDouble(a) < toDouble(b) ? -1 : 1;
}

std::optional<Decimal> add(const Decimal& a, const Decimal& b, int scale) { return addSigned(a, b, false, scale); }
std::optional<Decimal> subtract(const Decimal& a, const Decimal& b, int scale) { return addSigned(a, b, true, scale); }

std::optional<Decimal> multiply(const Decimal& a, const Decimal& b, int scale) {
    U128 product = 0;
    if (__builtin_mul_overflow(magnitude(a.unscaled), magnitude(b.unscaled), &product)) return std::nullopt;
    bool negative = (a.unscaled < 0) != (b.unscaled < 0);
    int productScale = a.scale + b.scale;
    if (scale <= productScale) return signedResult(dropDigits(product, productScale - scale), negative, scale);
    auto grown = scaleUp(product, scale - productScale);
    if (!grown) return std::nullopt;
    return signedResult(*grown, negative, scale);
}

std::optional<Decimal> divide(const Decimal& a, const Decimal& b, int scale) {
    // Long division, one decimal digit at a time, so a large result scale cannot overflow the dividend.
    U128 divisor = magnitude(b.unscaled);
    U128 dividend = magnitude(a.unscaled);
    int digits = scale - a.scale + b.scale;  // extra digits the quotient needs
    U128 q = 0;
    U128 r = 0;
    if (digits >= 0) {
        q = dividend / divisor;
        r = dividend % divisor;
    } else {
        // Dropping digits of the dividend first would round twice: shift the divisor instead.
        auto wider = scaleUp(divisor, -digits);
        if (!wider) return Decimal{0, scale};
        divisor = *wider;
        q = dividend / divisor;
        r = dividend % divisor;
        digits = 0;
    }
    for (int i = 0; i < digits; ++i) {
        if (r > (~U128(0)) / 10 || q > (~U128(0)) / 10) return std::nullopt;
        r *= 10;
        q = q * 10 + r / divisor;
        r %= divisor;
    }
    if (r >= divisor - r) ++q;  // r * 2 >= divisor without overflow
    return signedResult(q, (a.unscaled < 0) != (b.unscaled < 0), scale);
}

std::optional<Decimal> remainder(const Decimal& a, const Decimal& b, int scale) {
    int common = std::max(a.scale, b.scale);
    auto x = rescale(a, common);
    auto y = rescale(b, common);
    if (!x || !y) return std::nullopt;
    return rescale(Decimal{x->unscaled % y->unscaled, common}, scale);  // sign follows the dividend, as in Java
}

std::optional<Decimal> fromInteger(std::int64_t value, int scale) { return rescale(Decimal{value, 0}, scale); }

std::optional<Decimal> fromDouble(double value, int scale) {
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc()) return std::nullopt;
    return parse(std::string_view(buffer, static_cast<std::size_t>(end - buffer)), scale);
}

double toDouble(const Decimal& d) {
    std::string text;
    append(text, d);
    return std::strtod(text.c_str(), nullptr);  // correctly rounded, unlike dividing by 10^scale
}

std::optional<std::int64_t> toInteger(const Decimal& d) {
    Int128 whole = d.unscaled / pow10(std::min(d.scale, kMaxPrecision));
    if (whole > INT64_MAX || whole < INT64_MIN) return std::nullopt;
    return static_cast<std::int64_t>(whole);
}

void append(std::string& out, const Decimal& d) {
    // Written right to left into a buffer (digits, point, sign), then appended at once.
    char text[128];  // scales up to 38 need 41 characters; intermediate results may carry more
    char* const end = text + sizeof text;
    char* p = end;
    int n = 0;
    const auto putDigit = [&](unsigned digit) {
        if (n == d.scale && n != 0) *--p = '.';
        *--p = static_cast<char>('0' + digit);
        ++n;
    };
    U128 mag = magnitude(d.unscaled);
    // 128-bit division is a library call: peel digits in 64 bits once the rest fits there.
    while (mag > U128(UINT64_MAX)) {
        putDigit(static_cast<unsigned>(mag % 10));
        mag /= 10;
    }
    std::uint64_t low = static_cast<std::uint64_t>(mag);
    do {
        putDigit(static_cast<unsigned>(low % 10));
        low /= 10;
    } while (low != 0);
    while (n <= d.scale) putDigit(0);  // at least one digit before the point
    if (d.unscaled < 0) *--p = '-';
    out.append(p, end);
}

bool parsePlain(std::string_view text, int scale, Decimal& out) {
    constexpr int kMaxDigits = 18;  // below 10^18: any HALF_UP step stays inside 64 bits
    constexpr int kMaxGrow = kMaxPrecision - kMaxDigits;  // 10^18 * 10^20 is still below 10^38
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) i = 1;
    std::uint64_t mag = 0;
    int digits = 0;
    int fractionDigits = -1;  // -1 until the point
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (++digits > kMaxDigits) return false;
            mag = mag * 10 + static_cast<unsigned>(c - '0');
            if (fractionDigits >= 0) ++fractionDigits;
        } else if (c == '.' && fractionDigits < 0) {
            fractionDigits = 0;
        } else {
            return false;
        }
    }
    if (digits == 0 || scale < 0 || scale > kMaxPrecision) return false;
    const int valueScale = std::max(fractionDigits, 0);
    Int128 unscaled = 0;
    if (scale >= valueScale) {
        if (scale - valueScale > kMaxGrow) return false;
        unscaled = static_cast<Int128>(mag) * pow10(scale - valueScale);
    } else {
        const auto divisor = static_cast<std::uint64_t>(pow10(valueScale - scale));
        std::uint64_t quotient = mag / divisor;
        if ((mag % divisor) * 2 >= divisor) ++quotient;  // HALF_UP on the magnitude: ties away from zero
        unscaled = quotient;
    }
    out = Decimal{negative ? -unscaled : unscaled, scale};
    return true;
}

std::optional<Decimal> parse(std::string_view text, int scale) {
    Decimal plain;
    if (parsePlain(text, scale, plain)) return plain;
    return parseGeneral(text, scale);
}

std::optional<Decimal> parseGeneral(std::string_view text, int scale) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    bool negative = false;
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    U128 mag = 0;
    int fractionDigits = 0;
    int digitCount = 0;
    bool seenPoint = false;
    int exponent = 0;
    std::size_t i = 0;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else if (c >= '0' && c <= '9') {
            ++digitCount;
            if (mag == 0 && c == '0' && !seenPoint) continue;
            if (mag > (~U128(0) - 9) / 10) {
                if (seenPoint) continue;  // fraction digits far beyond 38 significant ones cannot matter
                return std::nullopt;
            }
            mag = mag * 10 + static_cast<unsigned>(c - '0');
            if (seenPoint) ++fractionDigits;
        } else {
            break;
        }
    }
    if (digitCount == 0) return std::nullopt;
    if (i < text.size()) {
        if (text[i] != 'e' && text[i] != 'E') return std::nullopt;
        std::string_view rest = text.substr(i + 1);
        if (!rest.empty() && rest[0] == '+') rest.remove_prefix(1);
        auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), exponent);
        if (ec != std::errc() || end != rest.data() + rest.size() || rest.empty()) return std::nullopt;
    }
    int valueScale = fractionDigits - exponent;
    if (valueScale < -kMaxPrecision || valueScale > 2 * kMaxPrecision + 2) {
        if (mag == 0) return Decimal{0, scale};
        if (valueScale > 0) return Decimal{0, scale};  // a tiny number rounds to zero
        return std::nullopt;
    }
    if (valueScale < 0) {
        auto grown = scaleUp(mag, -valueScale);
        if (!grown) return std::nullopt;
        mag = *grown;
        valueScale = 0;
    }
    if (scale < valueScale) return signedResult(dropDigits(mag, valueScale - scale), negative, scale);
    auto grown = scaleUp(mag, scale - valueScale);
    if (!grown) return std::nullopt;
    return signedResult(*grown, negative, scale);
}

}  // namespace sw::expr::decimal
