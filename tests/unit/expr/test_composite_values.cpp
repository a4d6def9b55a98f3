// ARRAY / MAP / ROW values: constructors, element and field access, printing (Flink's
// CAST(x AS STRING)), OVERLAPS and the collection functions. Expectations come from Flink's
// planner tests ("<File>.scala:line" / ".java:line", as ../shared/flink-oracle/cases.tsv records
// them) and from the descriptions in Flink's docs/data/sql_functions.yml ("docs").

#include <gtest/gtest.h>

#include "evaluator_fixture.h"
#include "expr/parse/printer.h"

namespace sw::expr::testing {
namespace {

class CompositeValue : public ::testing::TestWithParam<Case> {};

TEST_P(CompositeValue, GivesFlinksResult) { expectFlinksResult(GetParam()); }

const Case kConstructors[] = {
    {"ARRAY[1, cast(2.0 AS DOUBLE), cast(3.0 AS DOUBLE)]", "[1.0, 2.0, 3.0]"},  // ArrayTypeTest.scala:34
    {"ARRAY[1, 2, 3]", "[1, 2, 3]"},                                            // ArrayTypeTest.scala:43
    {"ARRAY[TRUE, TRUE, TRUE]", "[TRUE, TRUE, TRUE]"},                          // ArrayTypeTest.scala:45
    {"ARRAY[ARRAY[ARRAY[1], ARRAY[1]]]", "[[[1], [1]]]"},                       // ArrayTypeTest.scala:50
    {"ARRAY[1 + 1, 3 * 3]", "[2, 9]"},                                          // ArrayTypeTest.scala:55
    {"ARRAY[NULLIF(1,1), 1]", "[NULL, 1]"},                                     // ArrayTypeTest.scala:57
    {"ARRAY[DATE '1985-04-11', DATE '2018-07-26']", "[1985-04-11, 2018-07-26]"},  // ArrayTypeTest.scala:69
    {"ARRAY[TIME '14:15:16', TIME '17:18:19']", "[14:15:16, 17:18:19]"},        // ArrayTypeTest.scala:74
    {"ARRAY[TIMESTAMP '1985-04-11 14:15:16', TIMESTAMP '2018-07-26 17:18:19']",
     "[1985-04-11 14:15:16, 2018-07-26 17:18:19]"},                             // ArrayTypeTest.scala:85
    {"ARRAY[TIMESTAMP '1985-04-11 14:15:16.123456', TIMESTAMP '2018-07-26 17:18:19.123456']",
     "[1985-04-11 14:15:16.123456, 2018-07-26 17:18:19.123456]"},               // ArrayTypeTest.scala:129
    {"ARRAY[CAST(2.0002 AS DECIMAL(10,4)), CAST(2.0003 AS DECIMAL(10,4))]", "[2.0002, 2.0003]"},  // ArrayTypeTest.scala:137
    {"ARRAY[CAST(1 AS DOUBLE), CAST(2 AS FLOAT)]", "[1.0, 2.0]"},               // ArrayTypeTest.scala:150
    {"MAP[CAST(1 AS DOUBLE), 'ABC']", "{1.0=ABC}"},                             // MapTypeTest.scala:33
    {"map[TRUE, TRUE]", "{TRUE=TRUE}"},                                         // MapTypeTest.scala:51
    {"MAP[MAP[1, 2], MAP[3, 4]]", "{{1=2}={3=4}}"},                             // MapTypeTest.scala:56
    {"map[1, NULLIF(1,1)]", "{1=NULL}"},                                        // MapTypeTest.scala:58
    {"MAP[TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16.123']", "{14:15:16=1985-04-11 14:15:16.123}"},  // MapTypeTest.scala:77
    {"MAP['k1', CAST(1 AS DOUBLE)]", "{k1=1.0}"},                               // MapTypeTest.scala:101
    {"ROW(1, 'foo', true)", "(1, foo, TRUE)"},                                  // RowTypeTest.scala:33
    {"ROW(1 + 1, 2 * 3, NULLIF(1, 1))", "(2, 6, NULL)"},                        // RowTypeTest.scala:60
    {"ROW(DATE '1985-04-11', TIME '14:15:16', TIMESTAMP '1985-04-11 14:15:16', CAST(0.1 AS DECIMAL(2, 1)), "
     "ARRAY[1, 2, 3], MAP['foo', 'bar'], row(1, true))",
     "(1985-04-11, 14:15:16, 1985-04-11 14:15:16, 0.1, [1, 2, 3], {foo=bar}, (1, TRUE))"},  // RowTypeTest.scala
    {"ROW('hello world', 12)", "(hello world, 12)"},                            // SqlExpressionTest.scala:234
    {"('hello world', 12)", "(hello world, 12)"},                               // implicit row, docs
    {"ARRAY[i, n]", "[7, NULL]"},
    {"ARRAY[NULL, NULL]", "ERROR"},  // Calcite: an array of untyped NULLs has no element type
    {"MAP[1, 'a', 1, 'b']", "{1=b}"},  // docs: a later value replaces an equal key's
};
INSTANTIATE_TEST_SUITE_P(Constructors, CompositeValue, ::testing::ValuesIn(kConstructors));

const Case kAccess[] = {
    {"ARRAY[TRUE, FALSE][2]", "FALSE"},                                  // SqlExpressionTest.scala:237
    {"MAP['k1', 'v1', 'k2', 'v2']['k2']", "v2"},                         // SqlExpressionTest.scala:239
    {"MAP['k1', CAST(true AS VARCHAR(256)), 'k2', 'foo']['k1']", "TRUE"},  // SqlExpressionTest.scala:240
    {"STR_TO_MAP('k1=v1,k2=v2')['k1']", "v1"},                           // ScalarFunctionsTest.scala:2773
    {"STR_TO_MAP('k1:v1;k2:v2', ';', ':')['k2']", "v2"},                 // ScalarFunctionsTest.scala:2774
    {"STR_TO_MAP('k1=v1,k2=v2')['k3']", "NULL"},                         // ScalarFunctionsTest.scala:2777
    {"ARRAY[1, 2, 3][4]", "NULL"},  // index past the end: NULL (ScalarOperatorGens.generateArrayElementAt)
    {"ARRAY[1, 2, 3][i - 7]", "NULL"},
    {"ARRAY[1, 2][0]", "ERROR"},    // a literal index below 1 fails planning (same generator)
    {"ROW(1, 'a').EXPR$1", "a"},
    {"(ROW(1, ROW(2, 'b'))).EXPR$1.EXPR$1", "b"},
};
INSTANTIATE_TEST_SUITE_P(Access, CompositeValue, ::testing::ValuesIn(kAccess));

const Case kFunctions[] = {
    {"CARDINALITY(ARRAY[TRUE, TRUE, FALSE])", "3"},               // SqlExpressionTest.scala:260
    {"CARDINALITY(MAP['a', 1, 'b', 2])", "2"},                     // docs: number of entries
    {"ELEMENT(ARRAY['HELLO WORLD'])", "HELLO WORLD"},             // SqlExpressionTest.scala:261
    {"ELEMENT(ARRAY[1, 2])", "ERROR"},                             // docs: more than one element fails
    {"STR_TO_MAP('k1=v1,k2=v2')", "{k1=v1, k2=v2}"},              // ScalarFunctionsTest.scala:2762
    {"STR_TO_MAP('k1:v1;k2: v2', ';', ':')", "{k1=v1, k2= v2}"},   // ScalarFunctionsTest.scala:2763
    {"STR_TO_MAP('k1$$v1|k2$$ v2', '\\|', '\\$\\$')", "{k1=v1, k2= v2}"},  // ScalarFunctionsTest.scala:2767
    {"STR_TO_MAP('')", "{}"},                                      // ScalarFunctionsTest.scala:2770
    {"STR_TO_MAP(ns)", "NULL"},
    {"ARRAY_CONTAINS(ARRAY[1, 2, NULL], CAST(NULL AS INT))", "TRUE"},  // docs: NULL elements can be looked for
    {"ARRAY_CONTAINS(ARRAY[1, 2], 3)", "FALSE"},
    {"ARRAY_DISTINCT(ARRAY[1, 2, 1, NULL, NULL])", "[1, 2, NULL]"},  // docs: order kept
    {"ARRAY_POSITION(ARRAY[3, 2, 1], 1)", "3"},                    // FLINK-31602 description
    {"ARRAY_POSITION(ARRAY[3, 2, 1], 5)", "0"},                    // docs: 0 when absent
    {"ARRAY_REMOVE(ARRAY[1, 2, 1, NULL], 1)", "[2, NULL]"},        // docs: removes all equal elements
    {"ARRAY_REVERSE(ARRAY[1, 2, NULL])", "[NULL, 2, 1]"},          // docs
    {"ARRAY_SLICE(ARRAY[1, 2, 3, 4, 5], 2, 4)", "[2, 3, 4]"},      // docs: 1-based, inclusive
    {"ARRAY_SLICE(ARRAY[1, 2, 3, 4, 5], -2)", "[4, 5]"},           // docs: negative counts from the end
    {"ARRAY_SLICE(ARRAY[1, 2, 3], 0, 1)", "[1]"},                  // docs: 0 is the beginning
    {"ARRAY_SLICE(ARRAY[1, 2, 3], 3, 1)", "[]"},                   // docs: start after end is empty
    {"ARRAY_UNION(ARRAY[1, 2], ARRAY[2, 3])", "[1, 2, 3]"},        // docs: no duplicates
    {"ARRAY_CONCAT(ARRAY[1], ARRAY[2, 1])", "[1, 2, 1]"},          // docs
    {"ARRAY_CONCAT(ARRAY[1], CAST(NULL AS ARRAY<INT>))", "NULL"},  // docs: any NULL array is NULL
    {"ARRAY_JOIN(ARRAY['a', NULL, 'b'], '-')", "a-b"},             // docs: NULLs left out
    {"ARRAY_JOIN(ARRAY['a', NULL, 'b'], '-', '?')", "a-?-b"},      // docs: NULLs replaced
    {"ARRAY_MAX(ARRAY[1, 5, NULL, 3])", "5"},                      // docs
    {"ARRAY_MIN(ARRAY[4, 2, 8])", "2"},                            // docs
    {"ARRAY_APPEND(ARRAY[1, 2], 3)", "[1, 2, 3]"},                 // docs
    {"ARRAY_PREPEND(ARRAY[1, 2], 0)", "[0, 1, 2]"},                // docs
    {"ARRAY_SORT(ARRAY[3, NULL, 1])", "[NULL, 1, 3]"},             // docs: ascending, NULLs first
    {"ARRAY_SORT(ARRAY[3, NULL, 1], FALSE)", "[3, 1, NULL]"},      // docs: descending, NULLs last
    {"MAP_KEYS(MAP['a', 1, 'b', 2])", "[a, b]"},                   // docs
    {"MAP_VALUES(MAP['a', 1, 'b', 2])", "[1, 2]"},                 // docs
    {"MAP_ENTRIES(MAP['a', 1, 'b', 2])", "[(a, 1), (b, 2)]"},      // docs
    {"MAP_FROM_ARRAYS(ARRAY['a', 'b'], ARRAY[1, 2])", "{a=1, b=2}"},  // docs
    {"MAP_UNION(MAP['a', 1], MAP['a', 2, 'b', 3])", "{a=2, b=3}"},  // docs: later maps win
    {"CAST(ARRAY[1, 2] AS ARRAY<STRING>)", "[1, 2]"},
    {"CAST(ARRAY[1, NULL] AS STRING)", "[1, NULL]"},
    {"ARRAY[1, 2] = ARRAY[1, 2]", "TRUE"},
    {"JSON_STRING(ARRAY[1, 2])", "[1,2]"},                         // docs (JSON_STRING example)
    {"JSON_ARRAY(ARRAY['a', NULL])", "[[\"a\",null]]"},
};
INSTANTIATE_TEST_SUITE_P(Functions, CompositeValue, ::testing::ValuesIn(kFunctions));

const Case kOverlaps[] = {
    {"(TIME '2:55:00', INTERVAL '1' HOUR) OVERLAPS (TIME '3:30:00', INTERVAL '2' HOUR)", "TRUE"},  // ScalarFunctionsTest.scala:2101
    {"(TIME '9:00:00', TIME '9:30:00') OVERLAPS (TIME '9:29:00', TIME '9:31:00')", "TRUE"},        // ScalarFunctionsTest.scala:2107
    {"(TIME '9:00:00', TIME '10:00:00') OVERLAPS (TIME '10:15:00', INTERVAL '3' HOUR)", "FALSE"},  // ScalarFunctionsTest.scala:2113
    {"(DATE '2011-03-10', INTERVAL '10' DAY) OVERLAPS (DATE '2011-03-19', INTERVAL '10' DAY)", "TRUE"},  // ScalarFunctionsTest.scala:2119
    {"(TIMESTAMP '2011-03-10 05:02:02', INTERVAL '0' SECOND) OVERLAPS "
     "(TIMESTAMP '2011-03-10 05:02:02', TIMESTAMP '2011-03-10 05:02:01')", "TRUE"},               // ScalarFunctionsTest.scala:2125
    {"(TIMESTAMP '2011-03-10 02:02:02.001', INTERVAL '0' SECOND) OVERLAPS "
     "(TIMESTAMP '2011-03-10 02:02:02.002', TIMESTAMP '2011-03-10 02:02:02.002')", "FALSE"},      // ScalarFunctionsTest.scala:2136
    {"(ts, INTERVAL '1' HOUR) OVERLAPS (CAST(NULL AS TIMESTAMP(3)), ts)", "NULL"},
};
INSTANTIATE_TEST_SUITE_P(Overlaps, CompositeValue, ::testing::ValuesIn(kOverlaps));

TEST(CompositeValue, TypesFollowFlink) {
    struct { const char* expression; const char* type; } cases[] = {
        {"ARRAY[1, CAST(2 AS DOUBLE)]", "ARRAY<DOUBLE NOT NULL> NOT NULL"},  // least restrictive element type
        {"ARRAY[i, 1]", "ARRAY<INT> NOT NULL"},
        {"MAP['a', 1]", "MAP<CHAR(1) NOT NULL, INT NOT NULL> NOT NULL"},
        {"ROW(1, s)", "ROW<`EXPR$0` INT NOT NULL, `EXPR$1` STRING> NOT NULL"},
        {"ARRAY[1, 2][1]", "INT"},
    };
    for (const auto& c : cases) {
        auto parsed = parseExpression(c.expression);
        ASSERT_TRUE(parsed) << c.expression;
        auto compiled = compileExpression(**parsed, columns());
        ASSERT_TRUE(compiled) << c.expression << ": " << compiled.error().message;
        EXPECT_EQ(compiled->type().toSql(), c.type) << c.expression;
    }
}

TEST(CompositeValue, PrintsBackAsFlinkSql) {
    struct { const char* expression; const char* sql; } cases[] = {
        {"array[1, 2][1]", "ARRAY[1, 2][1]"},
        {"map['a', 1]['a']", "MAP['a', 1]['a']"},
        {"(1, 'a')", "ROW(1, 'a')"},
        {"(ts, ts) overlaps (ts, interval '1' hour)", "(`ts`, `ts`) OVERLAPS (`ts`, INTERVAL '1' HOUR)"},
        {"ROW(1, 2).EXPR$0", "(ROW(1, 2)).`EXPR$0`"},
        {"r.a.b", "`r`.`a`.`b`"},
    };
    for (const auto& c : cases) {
        auto parsed = parseExpression(c.expression);
        ASSERT_TRUE(parsed) << c.expression << ": " << parsed.error().message;
        EXPECT_EQ(toSql(**parsed), c.sql);
    }
}

TEST(CompositeValue, RefusesMalformedSyntaxWithOffset) {
    for (const char* text : {"ARRAY[1, 2", "MAP[1]", "ARRAY[1][", "ROW(1).", "(1, 2) OVERLAPS 3"}) {
        auto parsed = parseExpression(text);
        ASSERT_FALSE(parsed) << text;
        EXPECT_TRUE(parsed.error().location.starts_with("offset ")) << text;
    }
}

TEST(CompositeValue, KeepsValueSize) {
    // Composites hold a shared pointer: the scalar hot path copies no more bytes than before.
    EXPECT_EQ(sizeof(Value), 48u);
}

}  // namespace
}  // namespace sw::expr::testing
