#include "expr/eval/local_functions.h"

#include <algorithm>
#include <array>

namespace sw::expr {
namespace {

using enum FunctionId;

// Kept next to the compiler's buildCall and makeAccumulator: a function listed here has a
// node or an accumulator there (test_local_functions compiles a call of each).
constexpr std::array kEvaluated = {
    Coalesce, If, NullIf, IfNull, Greatest, Least, IsAlpha, IsDecimal, IsDigit,
    Upper, Lower, Concat, ConcatWs, Substring, Substr, CharLength, Trim, LTrim, RTrim, BTrim, RegexpReplace,
    RegexpExtract, Regexp, RegexpCount, RegexpInstr, RegexpSubstr, Replace, Translate, InitCap, LPad, RPad, Repeat, Reverse, SplitIndex, Overlay, Left, Right, Locate,
    Instr, Position, Ascii, Chr, ToBase64, FromBase64, Encode, Decode, Unhex, StartsWith, EndsWith, Elt, Printf, ParseUrl,
    UrlEncode, UrlDecode,
    JsonValue, JsonQuery, JsonExists, JsonObject, JsonArray, IsJson, JsonString, JsonQuote, JsonUnquote,
    TypeOf, Md5, Sha1, Sha224, Sha256, Sha384, Sha512, Sha2, HashCode,
    Abs, Round, Truncate, Floor, Ceil, Mod, Power, Sqrt, Ln, Log10, Log2, Log, Exp, Sin, Sinh, Cos, Cosh, Tan,
    Tanh, Cot, Asin, Acos, Atan, Atan2, Degrees, Radians, Sign, Pi, E, Bin, Hex, BitAnd, BitOr, BitXor, BitNot,
    Extract, TimestampAdd, TimestampDiff, Year, Quarter, Month, Week, DayOfYear, DayOfMonth, DayOfWeek, Hour, Minute, Second, ToDate,
    DateFormat, ToTimestamp, ToTimestampLtz, FromUnixtime, UnixTimestamp, ConvertTz,
    Now, CurrentRowTimestamp, CurrentTimestamp, CurrentDate, CurrentTime, LocalTimestamp, LocalTime,
    Cardinality, Element, StrToMap, ArrayAppend, ArrayPrepend, ArrayContains, ArrayDistinct, ArrayPosition, ArrayRemove,
    ArrayReverse, ArraySlice, ArraySort, ArrayUnion, ArrayConcat, ArrayExcept, ArrayIntersect, ArrayMax, ArrayMin,
    ArrayJoin, MapKeys, MapValues, MapEntries, MapUnion, MapFromArrays,
    Count, Sum, Avg, Min, Max, StddevPop, StddevSamp, VarPop, VarSamp, Variance, FirstValue, LastValue, ListAgg,
};

}  // namespace

bool isEvaluatedLocally(FunctionId id) { return std::ranges::find(kEvaluated, id) != kEvaluated.end(); }

std::string notEvaluatedLocallyMessage(FunctionId id) {
    return std::string(functionInfo(id).name) + " is not evaluated locally yet";
}

}  // namespace sw::expr
