#pragma once
// FunctionCatalog: every built-in function of Flink SQL (and Alibaba VVR) the expression language
// knows: call syntax, types, the Flink version that added it, and a line for the user.
// docs/functions.md says which of them the local runtime evaluates.

#include <optional>
#include <span>
#include <string_view>

namespace sw::expr {

// Listed in catalog order (function_catalog.cpp asserts it): conditional, string, hash,
// numeric, temporal, other scalars, collections, aggregates, then Alibaba VVR's own.
enum class FunctionId {
    Coalesce,
    If,
    NullIf,
    IfNull,
    Greatest,
    Least,
    IsAlpha,
    IsDecimal,
    IsDigit,
    Upper,
    Lower,
    Concat,
    ConcatWs,
    Substring,
    Substr,
    CharLength,
    Trim,
    LTrim,
    RTrim,
    BTrim,
    RegexpReplace,
    RegexpExtract,
    RegexpExtractAll,
    RegexpCount,
    RegexpInstr,
    RegexpSubstr,
    Regexp,
    Replace,
    Translate,
    InitCap,
    LPad,
    RPad,
    Repeat,
    Reverse,
    SplitIndex,
    Left,
    Right,
    Locate,
    Instr,
    Position,
    Overlay,
    Ascii,
    Chr,
    ToBase64,
    FromBase64,
    Encode,
    Decode,
    StartsWith,
    EndsWith,
    UrlDecode,
    UrlEncode,
    InetAton,
    InetNtoa,
    ParseUrl,
    StrToMap,
    JsonQuote,
    JsonUnquote,
    Elt,
    Printf,
    Split,
    Uuid,
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha2,
    Abs,
    Round,
    Truncate,
    Floor,
    Ceil,
    Mod,
    Power,
    Sqrt,
    Ln,
    Log10,
    Log2,
    Log,
    Exp,
    Sin,
    Sinh,
    Cos,
    Cosh,
    Tan,
    Tanh,
    Cot,
    Asin,
    Acos,
    Atan,
    Atan2,
    Degrees,
    Radians,
    Sign,
    Pi,
    E,
    Rand,
    RandInteger,
    Bin,
    Hex,
    Unhex,
    DateFormat,
    ToTimestamp,
    ToTimestampLtz,
    ToDate,
    FromUnixtime,
    UnixTimestamp,
    ConvertTz,
    Now,
    CurrentRowTimestamp,
    CurrentTimestamp,
    CurrentDate,
    CurrentTime,
    LocalTimestamp,
    LocalTime,
    Extract,
    TimestampAdd,
    TimestampDiff,
    Year,
    Quarter,
    Month,
    Week,
    DayOfYear,
    DayOfMonth,
    DayOfWeek,
    Hour,
    Minute,
    Second,
    CurrentWatermark,
    TypeOf,
    HashCode,
    CurrentDatabase,
    JsonString,
    JsonValue,
    JsonQuery,
    JsonExists,
    JsonObject,
    JsonArray,
    IsJson,
    Cardinality,
    Element,
    ArrayAppend,
    ArrayPrepend,
    ArrayContains,
    ArrayDistinct,
    ArrayPosition,
    ArrayRemove,
    ArrayReverse,
    ArraySlice,
    ArraySort,
    ArrayUnion,
    ArrayConcat,
    ArrayExcept,
    ArrayIntersect,
    ArrayMax,
    ArrayMin,
    ArrayJoin,
    MapKeys,
    MapValues,
    MapEntries,
    MapUnion,
    MapFromArrays,
    Count,
    Sum,
    Avg,
    Min,
    Max,
    StddevPop,
    StddevSamp,
    VarPop,
    VarSamp,
    Variance,
    FirstValue,
    LastValue,
    ListAgg,
    ArrayAgg,
    Percentile,
    BitAnd,
    BitNot,
    BitOr,
    BitXor,
    Conv,
    DateDiff,
    DateAdd,
    DateSub,
    DateFormatTz,
    IsNan,
    KeyValue,
    MurmurHash,
    MurmurHash64,
    ToTimestampTz,
    ApproxCountDistinct,
};

enum class FunctionSyntax {
    Regular,    // NAME(arg, ...)
    Niladic,    // NAME, written without parentheses (CURRENT_TIMESTAMP)
    Aggregate,  // NAME([DISTINCT] arg, ...); COUNT also takes *
};

// Apache Flink releases, in order; a function is available from its `since` onwards.
enum class FlinkVersion { V1_17, V1_18, V1_19, V1_20, V2_0, V2_1, V2_2, V2_3 };
std::string_view toString(FlinkVersion version);  // "1.17"
std::optional<FlinkVersion> parseFlinkVersion(std::string_view text);

// Where a built-in comes from: Apache Flink, or only Alibaba Cloud's VVR engine.
enum class FunctionOrigin { Apache, VvrOnly };

struct FunctionInfo {
    FunctionId id;
    std::string_view name;  // canonical upper-case spelling
    int minArgs;
    int maxArgs;  // -1 = any number
    FunctionSyntax syntax;
    // Argument classes and result, read by call_types.cpp: "s,i,s->STRING?" (see there).
    std::string_view types;
    FlinkVersion since;
    FunctionOrigin origin;
    std::string_view signature;    // as Flink documents it, overloads separated by " | "
    std::string_view description;  // one line, for completion and docs
};

// The function called `name` (case-insensitive, aliases such as CEILING included), or nullptr.
const FunctionInfo* findFunction(std::string_view name);
const FunctionInfo& functionInfo(FunctionId id);
// Every function, in FunctionId order.
std::span<const FunctionInfo> allFunctions();

}  // namespace sw::expr
