// Temporal syntax (issue 15): EXTRACT, FLOOR/CEIL(x TO unit), TIMESTAMPADD, TIMESTAMPDIFF, TIME
// literals, interval qualifiers, year-month intervals, unary plus and CONVERT_TZ. Parse and
// canonical print, Flink's types, local evaluation against Flink's results ("<File>:line" cases
// come from ../shared/flink-oracle/cases.tsv), and errors with their offsets. Column cases run over
// evaluator_fixture.h's row: ts = 2024-01-01 12:00:00.123 (TIMESTAMP(3)), dt = 2024-02-28,
// i = 7, n = NULL.

#include <gtest/gtest.h>

#include "evaluator_fixture.h"
#include "expr/parse/printer.h"
#include "expr/types/type_checker.h"

namespace sw::expr::testing {
namespace {

struct PrintCase {
    const char* input;
    const char* canonical;
};
void PrintTo(const PrintCase& c, std::ostream* os) { *os << c.input; }

class TemporalPrint : public ::testing::TestWithParam<PrintCase> {};

TEST_P(TemporalPrint, PrintsValidFlinkSqlThatReadsBackTheSame) {
    const PrintCase& c = GetParam();
    auto parsed = parseExpression(c.input);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
    std::string printed = toSql(**parsed);
    EXPECT_EQ(printed, c.canonical);
    auto again = parseExpression(printed);
    ASSERT_TRUE(again.ok()) << printed << ": " << again.error().toString();
    EXPECT_EQ(toSql(**again), printed);
}

const PrintCase kPrinted[] = {
    {"extract(doy from dt)", "EXTRACT(DOY FROM `dt`)"},
    {"EXTRACT(isodow FROM ts + INTERVAL '1' DAY)", "EXTRACT(ISODOW FROM `ts` + INTERVAL '1' DAY)"},
    {"floor(ts to hour)", "FLOOR(`ts` TO HOUR)"},
    {"CEILING(dt TO WEEK)", "CEIL(`dt` TO WEEK)"},
    {"timestampadd(sql_tsi_month, -1, dt)", "TIMESTAMPADD(MONTH, -1, `dt`)"},
    {"TIMESTAMPDIFF(SQL_TSI_SECOND, ts, ts)", "TIMESTAMPDIFF(SECOND, `ts`, `ts`)"},
    {"time '1:02:03.5'", "TIME '1:02:03.5'"},
    {"interval '2-10' year to month", "INTERVAL '2-10' YEAR TO MONTH"},
    {"interval '100' day(3)", "INTERVAL '100' DAY(3)"},
    {"interval '10 00:00:00.004' day to second(3)", "INTERVAL '10 00:00:00.004' DAY TO SECOND(3)"},
    {"interval '1.5' second(2, 3)", "INTERVAL '1.5' SECOND(2, 3)"},
    {"interval '90' second(3)", "INTERVAL '90' SECOND(3)"},
    {"-interval '2' year", "-INTERVAL '2' YEAR"},
    {"+i", "+`i`"},
    {"1 - +i", "1 - +`i`"},
    {"convert_tz('2018-03-14 11:00:00', 'UTC', 'Asia/Shanghai')", "CONVERT_TZ('2018-03-14 11:00:00', 'UTC', 'Asia/Shanghai')"},
};
INSTANTIATE_TEST_SUITE_P(Table, TemporalPrint, ::testing::ValuesIn(kPrinted));

struct TypeCase {
    const char* expression;
    const char* type;  // FlinkType::toSql()
};
void PrintTo(const TypeCase& c, std::ostream* os) { *os << c.expression; }

class TemporalType : public ::testing::TestWithParam<TypeCase> {};

TEST_P(TemporalType, FollowsFlink) {
    const TypeCase& c = GetParam();
    auto parsed = parseExpression(c.expression);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
    auto type = typeCheck(**parsed, columns(), AggregateUse::Forbidden);
    ASSERT_TRUE(type.ok()) << type.error().toString();
    EXPECT_EQ(type->toSql(), c.type);
}

const TypeCase kTypes[] = {
    {"EXTRACT(YEAR FROM ts)", "BIGINT"},
    {"EXTRACT(DAY FROM DATE '2024-01-01')", "BIGINT NOT NULL"},
    {"FLOOR(ts TO DAY)", "TIMESTAMP(3)"},
    {"CEIL(TIME '12:00:00' TO HOUR)", "TIME(0) NOT NULL"},
    {"TIMESTAMPADD(DAY, 1, dt)", "DATE"},
    {"TIMESTAMPADD(HOUR, 1, dt)", "TIMESTAMP(6)"},  // a DATE plus hours is a TIMESTAMP of default precision
    {"TIMESTAMPADD(MONTH, 1, ts)", "TIMESTAMP(3)"},
    {"TIMESTAMPADD(SECOND, 1, TIME '00:00:00')", "TIME(0) NOT NULL"},
    {"TIMESTAMPDIFF(DAY, ts, dt)", "INT"},
    {"TIME '19:01:02.123'", "TIME(0) NOT NULL"},
    {"INTERVAL '1' YEAR", "INTERVAL YEAR TO MONTH NOT NULL"},
    {"INTERVAL '1' MONTH + INTERVAL '1' YEAR", "INTERVAL YEAR TO MONTH NOT NULL"},
    {"INTERVAL '1' HOUR", "INTERVAL DAY TO SECOND NOT NULL"},
    {"dt + INTERVAL '1' MONTH", "DATE"},
    {"INTERVAL '1' MONTH + ts", "TIMESTAMP(3)"},
    {"+i", "INT"},
    {"CONVERT_TZ('2018-03-14 11:00:00', 'UTC', 'Asia/Shanghai')", "STRING"},
};
INSTANTIATE_TEST_SUITE_P(Table, TemporalType, ::testing::ValuesIn(kTypes));

class TemporalValue : public ::testing::TestWithParam<Case> {};

TEST_P(TemporalValue, GivesFlinksResult) { expectFlinksResult(GetParam()); }

const Case kExtract[] = {
    {"EXTRACT(DAY FROM DATE '1990-12-01')", "1"},                                       // ScalarFunctionsTest
    {"EXTRACT(DAY FROM INTERVAL '19 12:10:10.123' DAY TO SECOND(3))", "19"},           // ScalarFunctionsTest
    {"EXTRACT(HOUR FROM INTERVAL '19 12:10:10.123' DAY TO SECOND(3))", "12"},
    {"EXTRACT(MILLISECOND FROM INTERVAL '19 12:10:10.123' DAY TO SECOND(3))", "123"},
    {"EXTRACT(YEAR FROM INTERVAL '2-10' YEAR TO MONTH)", "2"},
    {"EXTRACT(MONTH FROM -INTERVAL '2-10' YEAR TO MONTH)", "-10"},
    {"EXTRACT(QUARTER FROM INTERVAL '2-10' YEAR TO MONTH)", "4"},
    {"EXTRACT(HOUR FROM TIME '06:07:08')", "6"},                                        // TemporalTypesTest
    {"EXTRACT(EPOCH FROM TO_DATE('2018-01-01'))", "1514764800"},                        // TemporalTypesTest
    {"EXTRACT(MILLISECOND FROM TIMESTAMP '1970-01-01 00:00:00.123456')", "123"},        // TemporalTypesTest
    {"EXTRACT(MICROSECOND FROM TIMESTAMP '1970-01-01 00:00:00.123456')", "123456"},     // TemporalTypesTest
    {"EXTRACT(NANOSECOND FROM TIMESTAMP '1970-01-01 00:00:00.123456')", "123456000"},
    {"EXTRACT(MILLENNIUM FROM DATE '2000-12-31')", "2"},
    {"EXTRACT(MILLENNIUM FROM DATE '2001-01-01')", "3"},
    {"EXTRACT(CENTURY FROM DATE '2000-06-01')", "20"},
    {"EXTRACT(DECADE FROM DATE '2019-06-01')", "201"},
    {"EXTRACT(DOY FROM DATE '2024-12-31')", "366"},                                     // leap year
    {"EXTRACT(DOY FROM DATE '2023-12-31')", "365"},
    {"EXTRACT(DOW FROM DATE '2024-03-03')", "1"},                                       // a Sunday
    {"EXTRACT(ISODOW FROM DATE '2024-03-03')", "7"},
    {"EXTRACT(WEEK FROM DATE '2021-01-03')", "53"},                                     // ISO week of 2020
    {"EXTRACT(ISOYEAR FROM DATE '2021-01-03')", "2020"},
    {"EXTRACT(ISOYEAR FROM DATE '2024-12-30')", "2025"},
    {"EXTRACT(EPOCH FROM ts)", "1704110400"},
    {"EXTRACT(SECOND FROM ts)", "0"},
    {"EXTRACT(MONTH FROM dt)", "2"},
    {"EXTRACT(YEAR FROM CAST(NULL AS DATE))", "NULL"},
    {"EXTRACT(HOUR FROM TIMESTAMP '1969-12-31 23:00:00')", "-1"},  // Java's remainder before 1970, as in Flink
    {"YEAR(TIMESTAMP '1969-12-31 12:00:00')", "1970"},             // Flink truncates towards the epoch's day
};
INSTANTIATE_TEST_SUITE_P(Extract, TemporalValue, ::testing::ValuesIn(kExtract));

const Case kRounding[] = {
    {"FLOOR(TIME '12:44:31' TO MINUTE)", "12:44:00"},                                  // ScalarFunctionsTest
    {"CEIL(TIME '12:44:31' TO HOUR)", "13:00:00"},
    {"FLOOR(DATE '2021-03-01' TO WEEK)", "2021-02-28"},                                // ScalarFunctionsTest
    {"CEIL(DATE '2021-02-27' TO DAY)", "2021-02-28"},
    {"CEIL(DATE '2018-01-02' TO MILLENNIUM)", "3001-01-01"},
    {"FLOOR(DATE '2018-04-02' TO CENTURY)", "2001-01-01"},
    {"FLOOR(TIMESTAMP '2021-03-21 00:00:00' TO QUARTER)", "2021-01-01 00:00:00"},
    {"CEIL(TIMESTAMP '2018-12-02 00:00:00' TO MONTH)", "2019-01-01 00:00:00"},
    {"CEIL(TIMESTAMP '2018-03-01 21:00:01' TO MONTH)", "2018-03-01 00:00:00"},        // Flink looks at the day only
    {"CEIL(TIMESTAMP '2018-03-31 00:00:01' TO DAY)", "2018-04-01 00:00:00"},
    {"CEIL(TIMESTAMP '2018-03-20 06:00:00' TO HOUR)", "2018-03-20 06:00:00"},
    {"FLOOR(ts TO MINUTE)", "2024-01-01 12:00:00.000"},
    {"CEIL(ts TO SECOND)", "2024-01-01 12:00:01.000"},
    {"FLOOR(CAST(NULL AS TIMESTAMP(3)) TO DAY)", "NULL"},
};
INSTANTIATE_TEST_SUITE_P(Rounding, TemporalValue, ::testing::ValuesIn(kRounding));

const Case kTimestampArithmetic[] = {
    {"timestampadd(MONTH, 1, date '2016-05-31')", "2016-06-30"},                       // month-end clamping
    {"timestampadd(MONTH, -1, date '2016-03-31')", "2016-02-29"},                      // leap year
    {"timestampadd(MONTH, 12, date '2016-02-29')", "2017-02-28"},
    {"timestampadd(HOUR, -1, date '2016-06-15')", "2016-06-14 23:00:00.000000"},
    {"timestampadd(SQL_TSI_SECOND, -1, date '2016-06-15')", "2016-06-14 23:59:59.000000"},
    {"TIMESTAMPADD(MINUTE, -1, time '00:00:00')", "23:59:00"},
    {"TIMESTAMPADD(MONTH, 6, time '23:59:59')", "23:59:59"},
    {"TIMESTAMPADD(QUARTER, CAST(-1 AS TINYINT), date '2021-10-30')", "2021-07-30"},
    {"TIMESTAMPADD(HOUR, +8, TIMESTAMP '2017-11-29 10:58:58.998')", "2017-11-29 18:58:58.998"},
    {"TIMESTAMPADD(YEAR, 1, ts)", "2025-01-01 12:00:00.123"},
    {"TIMESTAMPADD(HOUR, n, ts)", "NULL"},
    {"TIMESTAMPDIFF(MONTH, TIMESTAMP '2019-09-01 00:00:00', TIMESTAMP '2016-08-01 00:00:00')", "-37"},
    {"TIMESTAMPDIFF(MONTH, DATE '2020-01-04', TIMESTAMP '2021-02-04 12:00:00')", "13"},
    {"TIMESTAMPDIFF(MONTH, TIMESTAMP '2021-01-04 00:00:00', TIME '00:00:00')", "-612"},
    {"TIMESTAMPDIFF(MONTH, TIMESTAMP '2021-01-04 12:00:00', TIMESTAMP '2021-02-04 11:00:00')", "0"},
    {"TIMESTAMPDIFF(YEAR, DATE '2020-02-29', DATE '2024-02-28')", "3"},
    {"TIMESTAMPDIFF(DAY, TIMESTAMP '2024-03-02 00:00:00', DATE '2024-02-28')", "-3"},
    {"TIMESTAMPDIFF(SECOND, TIMESTAMP '2024-01-01 00:00:00.999', TIMESTAMP '2024-01-01 00:00:02')", "1"},
    {"TIMESTAMPDIFF(WEEK, DATE '2024-01-01', dt)", "8"},
    {"TIMESTAMPDIFF(DAY, CAST(NULL AS TIMESTAMP), TIMESTAMP '2016-02-24 12:42:25')", "NULL"},
};
INSTANTIATE_TEST_SUITE_P(TimestampArithmetic, TemporalValue, ::testing::ValuesIn(kTimestampArithmetic));

const Case kIntervals[] = {
    {"TIME '12:12:12'", "12:12:12"},
    {"TIME '19:01:02.123'", "19:01:02"},                                               // TIME(0)
    {"INTERVAL '2-10' YEAR TO MONTH", "+2-10"},
    {"INTERVAL '-2-10' YEAR TO MONTH", "-2-10"},
    {"INTERVAL '1' MONTH", "+0-01"},
    {"INTERVAL '10 00:12' DAY TO MINUTE", "+10 00:12:00.000"},
    {"INTERVAL '-1 02' DAY TO HOUR", "-1 02:00:00.000"},
    {"INTERVAL '1:30' HOUR TO MINUTE", "+0 01:30:00.000"},
    {"INTERVAL '100' DAY(3)", "+100 00:00:00.000"},
    {"INTERVAL '90' SECOND", "+0 00:01:30.000"},
    {"INTERVAL '150' SECOND(3)", "+0 00:02:30.000"},
    {"INTERVAL '0.003' SECOND", "+0 00:00:00.003"},
    {"INTERVAL '8' YEAR + INTERVAL '10' MONTH", "+8-10"},
    {"INTERVAL '2' YEAR - INTERVAL '12' MONTH", "+1-00"},
    {"-INTERVAL '2' YEAR", "-2-00"},
    {"INTERVAL '12' MONTH < INTERVAL '24' MONTH", "TRUE"},
    {"CAST(INTERVAL '2' YEAR AS VARCHAR(20))", "+2-00"},
    {"DATE '2024-01-31' + INTERVAL '1' MONTH", "2024-02-29"},
    {"DATE '2023-01-31' + INTERVAL '1' MONTH", "2023-02-28"},
    {"INTERVAL '1-1' YEAR TO MONTH + DATE '2023-01-31'", "2024-02-29"},
    {"dt - INTERVAL '1' YEAR", "2023-02-28"},
    {"ts - INTERVAL '1' MONTH", "2023-12-01 12:00:00.123"},
    {"ts + INTERVAL '-1 01:00:00' DAY TO SECOND", "2023-12-31 11:00:00.123"},
    {"TIME '23:00:00' + INTERVAL '2' HOUR", "01:00:00"},
    {"TIME '23:00:00' + INTERVAL '2' YEAR", "23:00:00"},
    {"+i", "7"},
    {"+n", "NULL"},
};
INSTANTIATE_TEST_SUITE_P(Intervals, TemporalValue, ::testing::ValuesIn(kIntervals));

const Case kConvertTz[] = {
    {"CONVERT_TZ('2018-03-14 11:00:00', 'UTC', 'Asia/Shanghai')", "2018-03-14 19:00:00"},  // TemporalTypesTest
    {"CONVERT_TZ('invalid value', 'UTC', 'Asia/Shanghai')", "NULL"},
    {"CONVERT_TZ(CAST(NULL AS VARCHAR), 'UTC', 'Asia/Shanghai')", "NULL"},
    {"CONVERT_TZ('2024-07-01 12:00:00', 'Europe/Berlin', 'America/New_York')", "2024-07-01 06:00:00"},
    {"CONVERT_TZ('2024-01-01 12:00:00', 'Europe/Berlin', 'America/New_York')", "2024-01-01 06:00:00"},
    {"CONVERT_TZ('2024-03-10 02:30:00', 'America/New_York', 'UTC')", "2024-03-10 07:30:00"},  // a gap: standard time
    {"CONVERT_TZ('2024-11-03 01:30:00', 'America/New_York', 'UTC')", "2024-11-03 06:30:00"},  // twice: standard time
    {"CONVERT_TZ('2024-07-01 12:00:00', 'GMT+08:00', 'GMT-0130')", "2024-07-01 02:30:00"},
    {"CONVERT_TZ('2024-07-01 12:00:00', 'No/Such_Zone', '../../etc/passwd')", "2024-07-01 12:00:00"},  // GMT
};
INSTANTIATE_TEST_SUITE_P(ConvertTz, TemporalValue, ::testing::ValuesIn(kConvertTz));

// The evaluation's processing time is 2023-11-14 22:13:20.123456 UTC (evaluator_fixture.h).
const Case kNow[] = {
    {"CURRENT_TIME", "22:13:20"},
    {"LOCALTIME", "22:13:20"},
    {"CURRENT_ROW_TIMESTAMP()", "2023-11-14 22:13:20.123"},
    {"EXTRACT(MILLISECOND FROM CAST(LOCALTIME AS TIMESTAMP(3)))", "123"},
};
INSTANTIATE_TEST_SUITE_P(Now, TemporalValue, ::testing::ValuesIn(kNow));

struct ErrorCase {
    const char* input;
    std::size_t offset;
    const char* messagePart;
};
void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.input; }

class TemporalRejects : public ::testing::TestWithParam<ErrorCase> {};

// Parse errors and type errors alike name the problem and point at its offset.
TEST_P(TemporalRejects, WithMessageAndOffset) {
    const ErrorCase& c = GetParam();
    auto parsed = parseExpression(c.input);
    Error error;
    if (!parsed) {
        error = parsed.error();
    } else {
        auto type = typeCheck(**parsed, columns(), AggregateUse::Forbidden);
        ASSERT_FALSE(type.ok()) << c.input << " typed as " << type->toSql();
        error = type.error();
    }
    EXPECT_EQ(error.location, "offset " + std::to_string(c.offset)) << c.input << ": " << error.message;
    EXPECT_NE(error.message.find(c.messagePart), std::string::npos) << c.input << ": " << error.message;
}

const ErrorCase kRejected[] = {
    {"EXTRACT(FORTNIGHT FROM dt)", 8, "expected a time unit (MILLENNIUM"},
    {"EXTRACT(YEAR dt)", 13, "expected FROM"},
    {"EXTRACT(YEAR FROM dt", 20, "expected ')'"},
    {"EXTRACT(DOY FROM TIME '01:00:00')", 0, "cannot extract DOY from TIME '01:00:00' (TIME(0))"},
    {"EXTRACT(NANOSECOND FROM dt)", 0, "cannot extract NANOSECOND"},
    {"EXTRACT(DAY FROM INTERVAL '1' YEAR)", 0, "cannot extract DAY"},
    {"EXTRACT(YEAR FROM i)", 0, "cannot extract YEAR"},
    {"FLOOR(ts TO DOW)", 12, "expected a time unit"},
    {"FLOOR(dt TO HOUR)", 0, "cannot round `dt` (DATE) to HOUR"},
    {"CEIL(TIME '01:00:00' TO DAY)", 0, "cannot round"},
    {"FLOOR(s TO DAY)", 6, "FLOOR needs a date, time or timestamp argument"},
    {"TIMESTAMPADD(MILLISECOND, 1, ts)", 13, "expected a time unit (YEAR, QUARTER"},
    {"TIMESTAMPADD(SQL_TSI_DOY, 1, ts)", 13, "expected a time unit"},
    {"TIMESTAMPADD(DAY, 1)", 19, "expected ','"},
    {"TIMESTAMPADD(DAY, 1.5, ts)", 18, "TIMESTAMPADD needs an integer argument"},
    {"TIMESTAMPDIFF(DAY, ts, s)", 23, "TIMESTAMPDIFF needs a date, time or timestamp argument"},
    {"TIME '25:00:00'", 5, "invalid TIME literal"},
    {"TIME '12:00'", 5, "invalid TIME literal"},
    {"INTERVAL '100' DAY", 9, "interval field value 100 exceeds precision of DAY(2) field"},
    {"INTERVAL '150' SECOND", 9, "exceeds precision of SECOND(2)"},
    {"INTERVAL '1-12' YEAR TO MONTH", 9, "interval field MONTH out of range: 12"},
    {"INTERVAL '1 24' DAY TO HOUR", 9, "interval field HOUR out of range: 24"},
    {"INTERVAL '1:2' DAY TO MINUTE", 9, "expected 'D HH:MM'"},
    {"INTERVAL '1' DAY TO YEAR", 20, "invalid interval qualifier DAY TO YEAR"},
    {"INTERVAL '1' SECOND TO MINUTE", 23, "invalid interval qualifier"},
    {"INTERVAL '1' DAY(7)", 9, "leading precision must be between 1 and 6"},
    {"INTERVAL '1' DAY(", 17, "expected a precision"},
    {"INTERVAL '1.1234567' SECOND", 9, "more than SECOND's precision 6"},
    {"INTERVAL '1' YEAR + INTERVAL '1' DAY", 18, "cannot apply + to INTERVAL '1' YEAR"},
    {"+s", 0, "cannot apply unary + to `s` (STRING)"},
};
INSTANTIATE_TEST_SUITE_P(Table, TemporalRejects, ::testing::ValuesIn(kRejected));

}  // namespace
}  // namespace sw::expr::testing
