#include "expr/eval/strict_math.h"

#include <cmath>
#include <limits>

namespace sw::expr::eval::strict_math {
namespace {

// fdlibm's published constants for exp: ln 2 split into a high part exact in 32 bits and the
// rest, 1 / ln 2, and the coefficients of the remainder polynomial.
constexpr double kLn2High = 6.93147180369123816490e-01;
constexpr double kLn2Low = 1.90821492927058770002e-10;
constexpr double kInverseLn2 = 1.44269504088896338700e+00;
constexpr double kP1 = 1.66666666666666019037e-01;
constexpr double kP2 = -2.77777777770155933842e-03;
constexpr double kP3 = 6.61375632143793436117e-05;
constexpr double kP4 = -1.65339022054652515390e-06;
constexpr double kP5 = 4.13813679705723846039e-08;
constexpr double kOverflow = 7.09782712893383973096e+02;    // exp(x) is infinite above
constexpr double kUnderflow = -7.45133219101941108420e+02;  // and 0 below
constexpr double kHalfLn2 = 0.5 * 6.93147180559945286227e-01;
constexpr double kThreeHalvesLn2 = 1.5 * 6.93147180559945286227e-01;

}  // namespace

double exp(double x) {
    if (std::isnan(x)) return x;
    if (x > kOverflow) return std::numeric_limits<double>::infinity();
    if (x < kUnderflow) return 0.0;
    const double magnitude = std::fabs(x);
    if (magnitude < 0x1p-28) return 1.0 + x;
    // x = k ln2 + r with |r| <= ln2 / 2, r kept as high - low for precision.
    int k = 0;
    double high = 0;
    double low = 0;
    if (magnitude > kHalfLn2) {
        if (magnitude < kThreeHalvesLn2) {
            k = x < 0 ? -1 : 1;
            high = x - k * kLn2High;
            low = k * kLn2Low;
        } else {
            k = static_cast<int>(kInverseLn2 * x + (x < 0 ? -0.5 : 0.5));
            high = x - k * kLn2High;
            low = k * kLn2Low;
        }
        x = high - low;
    }
    const double t = x * x;
    const double c = x - t * (kP1 + t * (kP2 + t * (kP3 + t * (kP4 + t * kP5))));
    if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
    const double y = 1.0 - ((low - (x * c) / (2.0 - c)) - high);
    return std::ldexp(y, k);
}

double cosh(double x) {
    if (std::isnan(x)) return x;
    const double magnitude = std::fabs(x);
    if (magnitude < kHalfLn2) {
        if (magnitude < 0x1p-55) return 1.0;  // cosh(tiny) = 1
        const double t = std::expm1(magnitude);
        const double w = 1.0 + t;
        return 1.0 + (t * t) / (w + w);
    }
    if (magnitude < 22.0) {
        const double t = exp(magnitude);
        return 0.5 * t + 0.5 / t;
    }
    if (magnitude < kOverflow) return 0.5 * exp(magnitude);
    // Up to the overflow threshold of cosh itself, halve the exponent so exp does not overflow.
    if (magnitude <= 7.10475860073943863426e+02) {
        const double w = exp(0.5 * magnitude);
        return (0.5 * w) * w;
    }
    return std::numeric_limits<double>::infinity();
}

}  // namespace sw::expr::eval::strict_math
