#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "model/flink_type.h"
#include "model/flink_type_names.h"

using sw::model::FlinkType;
using sw::model::TypeKind;

namespace {

struct PrintCase {
    const char* input;
    const char* canonical;
};

class FlinkTypePrint : public testing::TestWithParam<PrintCase> {};

TEST_P(FlinkTypePrint, ParsesToCanonicalSpellingAndBack) {
    const auto& [input, canonical] = GetParam();
    auto parsed = FlinkType::parse(input);
    ASSERT_TRUE(parsed) << parsed.error().toString();
    EXPECT_EQ(parsed->toSql(), canonical);
    auto again = FlinkType::parse(parsed->toSql());
    ASSERT_TRUE(again) << again.error().toString();
    EXPECT_EQ(*again, *parsed);
}

INSTANTIATE_TEST_SUITE_P(
    Types, FlinkTypePrint,
    testing::Values(PrintCase{"BIGINT", "BIGINT"}, PrintCase{"integer", "INT"}, PrintCase{"int not null", "INT NOT NULL"},
                    PrintCase{"STRING", "STRING"}, PrintCase{"VARCHAR(2147483647)", "STRING"},
                    PrintCase{"varchar(20)", "VARCHAR(20)"}, PrintCase{"CHAR", "CHAR(1)"},
                    PrintCase{"DECIMAL", "DECIMAL(10, 0)"}, PrintCase{"DECIMAL(10,2)", "DECIMAL(10, 2)"},
                    PrintCase{"numeric(38, 18) NOT NULL", "DECIMAL(38, 18) NOT NULL"},
                    PrintCase{"DOUBLE PRECISION", "DOUBLE"}, PrintCase{"TIMESTAMP(3)", "TIMESTAMP(3)"},
                    PrintCase{"TIMESTAMP", "TIMESTAMP"}, PrintCase{"TIMESTAMP_LTZ(3)", "TIMESTAMP_LTZ(3)"},
                    PrintCase{"TIMESTAMP(3) WITH LOCAL TIME ZONE", "TIMESTAMP_LTZ(3)"}, PrintCase{"DATE", "DATE"},
                    PrintCase{"BYTES", "BYTES"}, PrintCase{"ARRAY<STRING>", "ARRAY<STRING>"},
                    PrintCase{"MAP<STRING, INT NOT NULL>", "MAP<STRING, INT NOT NULL>"},
                    PrintCase{"ROW<a INT, `b c` STRING>", "ROW<`a` INT, `b c` STRING>"},
                    PrintCase{"ROW<`we``ird` ARRAY<DECIMAL(5, 1)>>", "ROW<`we``ird` ARRAY<DECIMAL(5, 1)>>"},
                    PrintCase{"ROW(a INT)", "ROW<`a` INT>"}));

struct ErrorCase {
    const char* input;
    const char* messagePart;
};

class FlinkTypeErrors : public testing::TestWithParam<ErrorCase> {};

TEST_P(FlinkTypeErrors, RejectsWithMessage) {
    const auto& [input, messagePart] = GetParam();
    auto parsed = FlinkType::parse(input);
    ASSERT_FALSE(parsed) << "accepted " << input;
    EXPECT_NE(parsed.error().message.find(messagePart), std::string::npos) << parsed.error().message;
    EXPECT_TRUE(parsed.error().location.starts_with("offset ")) << parsed.error().location;
}

INSTANTIATE_TEST_SUITE_P(Types, FlinkTypeErrors,
                         testing::Values(ErrorCase{"BIGGINT", "unknown type 'BIGGINT' (did you mean BIGINT?)"},
                                         ErrorCase{"dubble", "unknown type 'DUBBLE' (did you mean DOUBLE?)"},
                                         ErrorCase{"TIMESTMP_LTZ(3)", "(did you mean TIMESTAMP_LTZ?)"},
                                         ErrorCase{"ARRAY<STRNG>", "unknown type 'STRNG' (did you mean STRING?)"},
                                         ErrorCase{"", "expected a type name"},
                                         ErrorCase{"DECIMAL(40, 2)", "precision must be 1..38"},
                                         ErrorCase{"DECIMAL(5, 6)", "scale 0..precision"},
                                         ErrorCase{"ARRAY<INT", "expected '>'"},
                                         ErrorCase{"MAP<INT>", "expected ','"}, ErrorCase{"INT NOT", "NULL after NOT"},
                                         ErrorCase{"INT garbage", "unexpected text"},
                                         ErrorCase{"TIMESTAMP(12)", "precision must be 0..9"},
                                         ErrorCase{"VARCHAR(0)", "length must be at least 1"}));

std::string nested(const std::string& open, const std::string& close, int depth) {
    std::string text;
    for (int i = 0; i < depth; ++i) text += open;
    text += "INT";
    for (int i = 0; i < depth; ++i) text += close;
    return text;
}

TEST(FlinkType, AcceptsNestingUpToTheLimit) {
    // kMaxNesting types in all: kMaxNesting - 1 containers around the INT.
    for (const auto& [open, close] : {std::pair{"ARRAY<", ">"}, std::pair{"ROW<a ", ">"}, std::pair{"MAP<INT, ", ">"}}) {
        auto parsed = FlinkType::parse(nested(open, close, FlinkType::kMaxNesting - 1));
        ASSERT_TRUE(parsed) << open << ": " << parsed.error().toString();
        EXPECT_EQ(FlinkType::parse(parsed->toSql()).value(), *parsed);
    }
}

TEST(FlinkType, RefusesDeeperNestingWhereItGoesTooDeepAndKeepsTheMessageShort) {
    for (const int depth : {FlinkType::kMaxNesting, 10'000, 100'000}) {
        for (const auto& [open, close] : {std::pair{"ARRAY<", ">"}, std::pair{"ROW<a ", ">"}, std::pair{"ROW(a ", ")"}}) {
            const std::string text = nested(open, close, depth);
            auto parsed = FlinkType::parse(text);
            ASSERT_FALSE(parsed) << open << depth;
            EXPECT_NE(parsed.error().message.find("types nested deeper than 32 levels"), std::string::npos)
                << parsed.error().message.substr(0, 200);
            EXPECT_EQ(parsed.error().location, "offset " + std::to_string(std::string(open).size() * FlinkType::kMaxNesting));
            EXPECT_LT(parsed.error().message.size(), 200u);
        }
    }
    auto longName = FlinkType::parse(std::string(100'000, 'X'));
    ASSERT_FALSE(longName);
    EXPECT_LT(longName.error().message.size(), 200u) << longName.error().message.substr(0, 200);
}

TEST(FlinkType, ClassifiesFamilies) {
    EXPECT_TRUE(FlinkType(TypeKind::Decimal, 10, 2).isNumeric());
    EXPECT_TRUE(FlinkType(TypeKind::Decimal, 10, 2).isExactNumeric());
    EXPECT_FALSE(FlinkType(TypeKind::Double).isExactNumeric());
    EXPECT_TRUE(FlinkType::string().isCharacterString());
    EXPECT_TRUE(FlinkType(TypeKind::TimestampLtz, 3).isTimestamp());
    EXPECT_FALSE(FlinkType(TypeKind::Date).isTimestamp());
    EXPECT_TRUE(FlinkType(TypeKind::Date).isTemporal());
}

TEST(FlinkType, ComparesAndAssigns) {
    const FlinkType bigint(TypeKind::BigInt), integer(TypeKind::Int), str = FlinkType::string();
    EXPECT_TRUE(bigint.comparableWith(integer));
    EXPECT_FALSE(bigint.comparableWith(str));
    EXPECT_TRUE(FlinkType(TypeKind::Varchar, 10).comparableWith(str));
    EXPECT_TRUE(bigint.assignableFrom(integer));
    EXPECT_FALSE(integer.assignableFrom(bigint));
    EXPECT_FALSE(bigint.assignableFrom(FlinkType(TypeKind::Double)));
    EXPECT_TRUE(FlinkType(TypeKind::Decimal, 21, 2).assignableFrom(bigint));
    EXPECT_FALSE(FlinkType(TypeKind::Decimal, 20, 2).assignableFrom(bigint));
    EXPECT_TRUE(FlinkType(TypeKind::Decimal, 12, 4).assignableFrom(FlinkType(TypeKind::Decimal, 10, 2)));
    EXPECT_FALSE(FlinkType(TypeKind::Decimal, 10, 1).assignableFrom(FlinkType(TypeKind::Decimal, 10, 2)));
    EXPECT_FALSE(FlinkType(TypeKind::Timestamp, 3).assignableFrom(FlinkType(TypeKind::TimestampLtz, 3)));
    EXPECT_TRUE(str.assignableFrom(FlinkType(TypeKind::Null)));
    EXPECT_FALSE(str.withNullable(false).assignableFrom(FlinkType(TypeKind::Null)));
}

struct CommonCase {
    const char* a;
    const char* b;
    const char* common;
};

class CommonNumericType : public testing::TestWithParam<CommonCase> {};

TEST_P(CommonNumericType, Widens) {
    const auto& [a, b, common] = GetParam();
    EXPECT_EQ(sw::model::commonNumericType(*FlinkType::parse(a), *FlinkType::parse(b)).toSql(), common);
}

INSTANTIATE_TEST_SUITE_P(Types, CommonNumericType,
                         testing::Values(CommonCase{"INT NOT NULL", "BIGINT NOT NULL", "BIGINT NOT NULL"},
                                         CommonCase{"INT", "BIGINT NOT NULL", "BIGINT"},
                                         CommonCase{"TINYINT", "SMALLINT", "SMALLINT"},
                                         CommonCase{"DECIMAL(10, 2)", "INT", "DECIMAL(12, 2)"},
                                         CommonCase{"DECIMAL(5, 1)", "DECIMAL(10, 3)", "DECIMAL(10, 3)"},
                                         CommonCase{"DECIMAL(10, 2)", "DOUBLE", "DOUBLE"},
                                         CommonCase{"FLOAT", "BIGINT", "FLOAT"}));

}  // namespace

// A word far from every type name gets no guess, and every completion the designer offers parses.
TEST(FlinkType, SuggestsOnlyNearNamesAndEveryCompletionParses) {
    auto far = FlinkType::parse("GEOMETRY");
    ASSERT_FALSE(far);
    EXPECT_EQ(far.error().message.find("did you mean"), std::string::npos) << far.error().message;
    for (const std::string_view spelling : sw::model::typeCompletions())
        EXPECT_TRUE(FlinkType::parse(std::string(spelling))) << spelling;
    for (const std::string_view name : sw::model::declarableTypeNames()) {
        const std::string text = name == "ARRAY" ? "ARRAY<INT>" : name == "MAP" ? "MAP<INT, INT>" : name == "ROW" ? "ROW<a INT>" : std::string(name);
        EXPECT_TRUE(FlinkType::parse(text)) << text;
    }
}
