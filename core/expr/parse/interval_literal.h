#pragma once
// IntervalQualifier and the values of INTERVAL literals: INTERVAL '1-6' YEAR TO MONTH,
// INTERVAL '10 00:12' DAY TO MINUTE, INTERVAL '123' SECOND(3), read as Calcite (Flink) reads them.

#include <cstdint>
#include <string>
#include <string_view>

#include "expr/parse/time_unit.h"
#include "util/result.h"

namespace sw::expr {

// The qualifier after an interval literal: a start field, an optional end field (the same as
// the start when there is none) and the precisions written; -1 where one is not written.
struct IntervalQualifier {
    static constexpr int kDefaultLeadingPrecision = 2;
    static constexpr int kDefaultFractionPrecision = 6;

    TimeUnit start = TimeUnit::Second;
    TimeUnit end = TimeUnit::Second;
    int leadingPrecision = -1;   // digits the start field may have
    int fractionPrecision = -1;  // digits of a fraction of the second (SECOND only)

    // YEAR, YEAR TO MONTH and MONTH: a count of months; every other qualifier counts time.
    bool isYearMonth() const { return start == TimeUnit::Year || start == TimeUnit::Month; }
    bool operator==(const IntervalQualifier&) const = default;
};

// The qualifier as SQL: "DAY", "DAY(3) TO SECOND(3)", "SECOND(3, 6)" (precisions as written).
std::string toSql(const IntervalQualifier& qualifier);

// The value of an interval literal: months for a year-month qualifier, else milliseconds.
struct IntervalAmount {
    bool yearMonth = false;
    std::int64_t value = 0;
};

// Reads `text` ('[+|-]fields') for `qualifier`: every field a number, the leading one within its
// precision, the others within their range (MONTH 0..11, HOUR 0..23, MINUTE and SECOND 0..59).
// An error without location when the text or the qualifier is not valid.
Result<IntervalAmount> parseIntervalLiteral(std::string_view text, const IntervalQualifier& qualifier);

}  // namespace sw::expr
