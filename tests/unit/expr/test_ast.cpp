// AST helper tests: column references, aggregate detection, bare-column check, node walking.

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "expr/parse/ast.h"
#include "expr/parse/parser.h"

namespace sw::expr {
namespace {

struct ColumnsCase {
    const char* expr;
    std::vector<std::string> columns;
};

void PrintTo(const ColumnsCase& c, std::ostream* os) { *os << c.expr; }

const ColumnsCase kColumns[] = {
    {"1 + 2", {}},
    {"b + a * b", {"b", "a"}},
    {"`x``y` = x", {"x`y", "x"}},
    {"CASE WHEN c THEN a ELSE b END", {"c", "a", "b"}},
    {"TRIM(LEADING z FROM y)", {"z", "y"}},
    {"COUNT(*) + SUM(v)", {"v"}},
    {"Name = name", {"Name", "name"}},
};

class ReferencedColumns : public testing::TestWithParam<ColumnsCase> {};

TEST_P(ReferencedColumns, AreDistinctInFirstUseOrder) {
    auto e = parseExpression(GetParam().expr);
    ASSERT_TRUE(e.ok()) << e.error().toString();
    EXPECT_EQ(referencedColumns(**e), GetParam().columns);
}

INSTANTIATE_TEST_SUITE_P(Table, ReferencedColumns, testing::ValuesIn(kColumns));

TEST(Ast, ContainsAggregateFindsNestedCalls) {
    const std::pair<const char*, bool> cases[] = {
        {"a + 1", false}, {"COUNT(*)", true}, {"1 + coalesce(sum(a), 0)", true}, {"UPPER(a)", false}, {"NOW()", false},
    };
    for (const auto& [text, expected] : cases) {
        auto e = parseExpression(text);
        ASSERT_TRUE(e.ok()) << text;
        EXPECT_EQ(containsAggregate(**e), expected) << text;
    }
}

TEST(Ast, IsColumnReferenceOnlyForBareColumns) {
    std::string name;
    auto bare = parseExpression("`a b`");
    ASSERT_TRUE(bare.ok());
    EXPECT_TRUE(isColumnReference(**bare, &name));
    EXPECT_EQ(name, "a b");
    EXPECT_TRUE(isColumnReference(**bare));
    for (const char* text : {"(a)", "-a", "a + 0", "'a'"}) {
        auto e = parseExpression(text);
        ASSERT_TRUE(e.ok()) << text;
        EXPECT_EQ(isColumnReference(**e), std::string(text) == "(a)") << text;
    }
}

TEST(Ast, CaseAccessorsSplitOperandBranchesAndElse) {
    auto e = parseExpression("CASE k WHEN 1 THEN 'a' WHEN 2 THEN 'b' ELSE 'c' END");
    ASSERT_TRUE(e.ok());
    const Expr& c = **e;
    ASSERT_NE(c.caseOperand(), nullptr);
    EXPECT_EQ(c.caseOperand()->text(), "k");
    ASSERT_EQ(c.whenCount(), 2u);
    EXPECT_EQ(c.whenCondition(1).text(), "2");
    EXPECT_EQ(c.thenResult(0).text(), "a");
    ASSERT_NE(c.elseResult(), nullptr);
    EXPECT_EQ(c.elseResult()->text(), "c");
}

TEST(Ast, ColumnIndexCanBeResolvedInPlace) {
    auto e = parseExpression("a + b");
    ASSERT_TRUE(e.ok());
    Expr& root = **e;
    EXPECT_EQ(root.child(1).columnIndex(), -1);
    root.child(1).setColumnIndex(4);
    EXPECT_EQ(root.child(1).columnIndex(), 4);
}

}  // namespace
}  // namespace sw::expr
