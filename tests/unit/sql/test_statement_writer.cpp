// StatementWriter: exact line ranges (also across literals with line breaks) and comment safety.
#include <gtest/gtest.h>

#include "sql/statement_writer.h"

namespace sw::sql {
namespace {

struct CommentCase {
    std::string input;
    std::string expected;
};

class CommentSafe : public ::testing::TestWithParam<CommentCase> {};

TEST_P(CommentSafe, NoLineBreakSurvives) { EXPECT_EQ(commentSafe(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Inputs, CommentSafe,
                         ::testing::Values(CommentCase{"plain name", "plain name"},
                                           CommentCase{"a\nDROP TABLE x;", "a DROP TABLE x;"},
                                           CommentCase{"a\r\nb", "a  b"},
                                           CommentCase{"tab\there", "tab here"},
                                           CommentCase{"x\xe2\x80\xa8y\xe2\x80\xa9z", "x y z"},
                                           CommentCase{"n\xc2\x85l", "n l"},
                                           CommentCase{"\xe8\xae\xa2\xe5\x8d\x95 ok", "\xe8\xae\xa2\xe5\x8d\x95 ok"}));

TEST(StatementWriter, RecordsInclusiveZeroBasedLineRanges) {
    StatementWriter writer;
    writer.comment("header");
    writer.blankLine();
    writer.statement("a", {"CREATE ... (", "  x INT", ");"});
    writer.statement("", {"SET 'k' = 'v';"});
    ASSERT_EQ(writer.statements().size(), 2u);
    EXPECT_EQ(writer.statements()[0].nodeId, "a");
    EXPECT_EQ(writer.statements()[0].firstLine, 2);
    EXPECT_EQ(writer.statements()[0].lastLine, 4);
    EXPECT_EQ(writer.statements()[1].firstLine, 5);
    EXPECT_EQ(writer.statements()[1].lastLine, 5);
    EXPECT_EQ(writer.lineCount(), 6);
    EXPECT_EQ(writer.text(), "-- header\n\nCREATE ... (\n  x INT\n);\nSET 'k' = 'v';\n");
}

TEST(StatementWriter, CountsLineBreaksInsideALine) {
    StatementWriter writer;
    writer.statement("a", {"SET 'k' = 'multi", "line';"});
    writer.statement("b", {"SELECT 1;"});
    EXPECT_EQ(writer.statements()[0].lastLine, 1);
    writer.statement("c", {"SET 'x' = 'one\ntwo';"});
    EXPECT_EQ(writer.statements()[2].firstLine, 3);
    EXPECT_EQ(writer.statements()[2].lastLine, 4);
    EXPECT_EQ(writer.lineCount(), 5);
}

TEST(StatementWriter, AppendShiftsTheOtherStatements) {
    StatementWriter head;
    head.comment("one");
    head.comment("two");
    StatementWriter body;
    body.statement("n1", {"A;", "B;"});
    head.append(body);
    ASSERT_EQ(head.statements().size(), 1u);
    EXPECT_EQ(head.statements()[0].firstLine, 2);
    EXPECT_EQ(head.statements()[0].lastLine, 3);
    EXPECT_EQ(head.text(), "-- one\n-- two\nA;\nB;\n");
}

TEST(StatementWriter, CommentsInsideAStatementBelongToIt) {
    StatementWriter writer;
    writer.beginStatement("n1");
    writer.comment("ERROR: bad\nthing");
    writer.line("SELECT 1;");
    writer.endStatement();
    EXPECT_EQ(writer.text(), "-- ERROR: bad thing\nSELECT 1;\n");
    EXPECT_EQ(writer.statements()[0].firstLine, 0);
    EXPECT_EQ(writer.statements()[0].lastLine, 1);
}

}  // namespace
}  // namespace sw::sql
