#pragma once
// Java's StrictMath where Flink's result depends on it. Math.cosh is not a HotSpot intrinsic: it
// runs StrictMath.cosh, fdlibm's algorithm over fdlibm's exp, whose last bit can differ from
// glibc's (COSH(-1) is 1.543080634815244 in Java, 1.5430806348152437 with glibc's cosh). Math.sin,
// cos, tan, exp, log and pow are intrinsics (Intel's libm stubs) with no portable
// definition to follow, so those stay glibc's; docs/functions.md lists the differences seen.

namespace sw::expr::eval::strict_math {

// fdlibm's e_exp: argument reduction by ln 2 in two parts, then a degree-5 rational remainder.
double exp(double x);
// fdlibm's e_cosh over exp() above (expm1 near 0, where glibc's expm1 is used).
double cosh(double x);

}  // namespace sw::expr::eval::strict_math
