#include "expr/parse/function_catalog.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace sw::expr {
namespace {

constexpr int kAny = -1;
using enum FunctionSyntax;

// Indexed by FunctionId, so it must list the functions in enum order (asserted below).
constexpr std::array kFunctions = {
    FunctionInfo{FunctionId::Coalesce, "COALESCE", 1, kAny, Regular},
    FunctionInfo{FunctionId::If, "IF", 3, 3, Regular},
    FunctionInfo{FunctionId::NullIf, "NULLIF", 2, 2, Regular},
    FunctionInfo{FunctionId::Upper, "UPPER", 1, 1, Regular},
    FunctionInfo{FunctionId::Lower, "LOWER", 1, 1, Regular},
    FunctionInfo{FunctionId::Concat, "CONCAT", 1, kAny, Regular},
    FunctionInfo{FunctionId::ConcatWs, "CONCAT_WS", 2, kAny, Regular},
    FunctionInfo{FunctionId::Substring, "SUBSTRING", 2, 3, Regular},
    FunctionInfo{FunctionId::CharLength, "CHAR_LENGTH", 1, 1, Regular},
    FunctionInfo{FunctionId::Trim, "TRIM", 1, 2, Regular},
    FunctionInfo{FunctionId::LTrim, "LTRIM", 1, 1, Regular},
    FunctionInfo{FunctionId::RTrim, "RTRIM", 1, 1, Regular},
    FunctionInfo{FunctionId::RegexpReplace, "REGEXP_REPLACE", 3, 3, Regular},
    FunctionInfo{FunctionId::RegexpExtract, "REGEXP_EXTRACT", 2, 3, Regular},
    FunctionInfo{FunctionId::DateFormat, "DATE_FORMAT", 2, 2, Regular},
    FunctionInfo{FunctionId::ToTimestamp, "TO_TIMESTAMP", 1, 2, Regular},
    FunctionInfo{FunctionId::ToTimestampLtz, "TO_TIMESTAMP_LTZ", 1, 2, Regular},
    FunctionInfo{FunctionId::FromUnixtime, "FROM_UNIXTIME", 1, 2, Regular},
    FunctionInfo{FunctionId::UnixTimestamp, "UNIX_TIMESTAMP", 0, 2, Regular},
    FunctionInfo{FunctionId::Now, "NOW", 0, 0, Regular},
    FunctionInfo{FunctionId::CurrentTimestamp, "CURRENT_TIMESTAMP", 0, 0, Niladic},
    FunctionInfo{FunctionId::CurrentDate, "CURRENT_DATE", 0, 0, Niladic},
    FunctionInfo{FunctionId::LocalTimestamp, "LOCALTIMESTAMP", 0, 0, Niladic},
    FunctionInfo{FunctionId::Abs, "ABS", 1, 1, Regular},
    FunctionInfo{FunctionId::Round, "ROUND", 1, 2, Regular},
    FunctionInfo{FunctionId::Floor, "FLOOR", 1, 1, Regular},
    FunctionInfo{FunctionId::Ceil, "CEIL", 1, 1, Regular},
    FunctionInfo{FunctionId::Mod, "MOD", 2, 2, Regular},
    FunctionInfo{FunctionId::Power, "POWER", 2, 2, Regular},
    FunctionInfo{FunctionId::Count, "COUNT", 1, 1, Aggregate},
    FunctionInfo{FunctionId::Sum, "SUM", 1, 1, Aggregate},
    FunctionInfo{FunctionId::Avg, "AVG", 1, 1, Aggregate},
    FunctionInfo{FunctionId::Min, "MIN", 1, 1, Aggregate},
    FunctionInfo{FunctionId::Max, "MAX", 1, 1, Aggregate},
};

constexpr bool inEnumOrder() {
    for (std::size_t i = 0; i < kFunctions.size(); ++i) {
        if (static_cast<std::size_t>(kFunctions[i].id) != i) return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kFunctions must be listed in FunctionId order");

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) {
        return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
    });
}

}  // namespace

const FunctionInfo* findFunction(std::string_view name) {
    auto it = std::ranges::find_if(kFunctions, [&](const FunctionInfo& f) { return equalsIgnoreCase(f.name, name); });
    return it == kFunctions.end() ? nullptr : &*it;
}

const FunctionInfo& functionInfo(FunctionId id) { return kFunctions[static_cast<std::size_t>(id)]; }

}  // namespace sw::expr
