#pragma once
// Decimal math: exact DECIMAL arithmetic on 128-bit unscaled values, rounding HALF_UP as Flink's
// BigDecimal-based DecimalData does. nullopt means "does not fit", which Flink turns into NULL.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "expr/eval/value.h"

namespace sw::expr::decimal {

constexpr int kMaxPrecision = 38;

// Named so -Wpedantic accepts the GCC/Clang extension type once, here.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

Int128 pow10(int exponent);  // 0 <= exponent <= 38
// Whether `d` has at most `precision` digits.
bool fits(const Decimal& d, int precision);
// `d` at `scale`: HALF_UP when digits are dropped; nullopt when growing the scale overflows.
std::optional<Decimal> rescale(const Decimal& d, int scale);
// -1, 0 or 1, whatever the scales.
int compare(const Decimal& a, const Decimal& b);

// Results at `scale` (the type checker's result scale), HALF_UP.
std::optional<Decimal> add(const Decimal& a, const Decimal& b, int scale);
std::optional<Decimal> subtract(const Decimal& a, const Decimal& b, int scale);
std::optional<Decimal> multiply(const Decimal& a, const Decimal& b, int scale);
std::optional<Decimal> divide(const Decimal& a, const Decimal& b, int scale);     // b != 0
std::optional<Decimal> remainder(const Decimal& a, const Decimal& b, int scale);  // b != 0

std::optional<Decimal> fromInteger(std::int64_t value, int scale);
std::optional<Decimal> fromDouble(double value, int scale);  // via the shortest decimal text
double toDouble(const Decimal& d);
// The integral part (truncated toward zero); nullopt when it exceeds 64 bits.
std::optional<std::int64_t> toInteger(const Decimal& d);

// Plain notation with exactly d.scale fraction digits: "-1.50", "0.05", "12".
void append(std::string& out, const Decimal& d);
// "12.345", "-1e3", " 7 " rounded HALF_UP to `scale`; nullopt when malformed or too large.
// Tries parsePlain() first and falls back to parseGeneral().
std::optional<Decimal> parse(std::string_view text, int scale);
// The fast path of parse() for what JSON and CSV mostly carry: an optional sign, at most 18
// digits with an optional point, nothing else. Computes in 64 bits; false (out untouched) for
// any other text, which parseGeneral() reads.
bool parsePlain(std::string_view text, int scale, Decimal& out);
// The complete reader (spaces, exponents, any number of digits); same results as parse().
std::optional<Decimal> parseGeneral(std::string_view text, int scale);

}  // namespace sw::expr::decimal
