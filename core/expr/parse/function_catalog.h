#pragma once
// FunctionCatalog: the built-in functions the expression language knows, with their call syntax.

#include <string_view>

namespace sw::expr {

enum class FunctionId {
    // conditional
    Coalesce,
    If,
    NullIf,
    // string
    Upper,
    Lower,
    Concat,
    ConcatWs,
    Substring,
    CharLength,
    Trim,
    LTrim,
    RTrim,
    RegexpReplace,
    RegexpExtract,
    // temporal
    DateFormat,
    ToTimestamp,
    ToTimestampLtz,
    FromUnixtime,
    UnixTimestamp,
    Now,
    CurrentTimestamp,
    CurrentDate,
    LocalTimestamp,
    // numeric
    Abs,
    Round,
    Floor,
    Ceil,
    Mod,
    Power,
    // aggregates
    Count,
    Sum,
    Avg,
    Min,
    Max,
};

enum class FunctionSyntax {
    Regular,    // NAME(arg, ...)
    Niladic,    // NAME, written without parentheses (CURRENT_TIMESTAMP)
    Aggregate,  // NAME([DISTINCT] arg); COUNT also takes *
};

struct FunctionInfo {
    FunctionId id;
    std::string_view name;  // canonical upper-case spelling
    int minArgs;
    int maxArgs;  // -1 = any number
    FunctionSyntax syntax;
};

// The function called `name` (case-insensitive), or nullptr when there is none.
const FunctionInfo* findFunction(std::string_view name);
const FunctionInfo& functionInfo(FunctionId id);

}  // namespace sw::expr
