// ProjectOperator: bare column outputs are taken over from the input row (moved on their last
// use), computed outputs still see every field, and reused row storage never leaks old values.
#include <gtest/gtest.h>

#include "job_builder.h"
#include "runtime/operators/project_operator.h"

namespace sw::runtime {
namespace {

using test::column;

std::unique_ptr<ProjectOperator> project(std::vector<model::NamedExpression> outputs) {
    model::Node node;
    node.id = node.name = "p";
    node.kind = "project";
    node.outputs = std::move(outputs);
    auto made = ProjectOperator::create(node, {column("id", "BIGINT"), column("name", "STRING"),
                                               column("price", "DECIMAL(10, 2)")});
    EXPECT_TRUE(made.ok()) << made.error().toString();
    return std::move(*made);
}

expr::Row input(std::int64_t id, std::string name, expr::Int128 cents) {
    return {expr::Value(id), expr::Value(std::move(name)), expr::Value(expr::Decimal{cents, 2})};
}

TEST(ProjectOperator, ColumnOutputsCopyOrMoveWithoutChangingResults) {
    // `name` is read by two bare outputs and two computed ones, before and after them.
    auto p = project({{"upper", "UPPER(name)"}, {"name", "name"}, {"id", "id"}, {"again", "name"},
                      {"price", "price"}, {"joined", "CONCAT(name, '!')"}, {"total", "price * id"}});
    const std::string longName = "a name longer than the small-string buffer";
    for (int round = 0; round < 3; ++round) {  // later rounds run on the swapped-in storage
        Batch batch;
        batch.append(input(2, longName, 150));
        batch.append(input(3, "b", -5));
        batch.append({expr::Value(std::int64_t{4}), expr::Value(), expr::Value()});
        ASSERT_TRUE(p->process(batch).ok());
        ASSERT_EQ(batch.size(), 3u);
        const expr::Row expectedFirst = {expr::Value("A NAME LONGER THAN THE SMALL-STRING BUFFER"), expr::Value(longName),
                                         expr::Value(std::int64_t{2}), expr::Value(longName),
                                         expr::Value(expr::Decimal{150, 2}), expr::Value(longName + "!"),
                                         expr::Value(expr::Decimal{300, 2})};
        EXPECT_EQ(batch.rows[0], expectedFirst) << "round " << round;
        const expr::Row expectedSecond = {expr::Value("B"), expr::Value("b"), expr::Value(std::int64_t{3}),
                                          expr::Value("b"), expr::Value(expr::Decimal{-5, 2}), expr::Value("b!"),
                                          expr::Value(expr::Decimal{-15, 2})};
        EXPECT_EQ(batch.rows[1], expectedSecond) << "round " << round;
        const expr::Row expectedNulls = {expr::Value(), expr::Value(), expr::Value(std::int64_t{4}), expr::Value(),
                                         expr::Value(), expr::Value(), expr::Value()};
        EXPECT_EQ(batch.rows[2], expectedNulls) << "round " << round;
    }
}

TEST(ProjectOperator, AShortRowIsAnErrorNotACrash) {
    auto p = project({{"price", "price"}});
    Batch batch;
    batch.append({expr::Value(std::int64_t{1})});
    const Status status = p->process(batch);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().location, "outputs[0]");
    EXPECT_NE(status.error().message.find("column index 2 is missing"), std::string::npos) << status.error().message;
}

}  // namespace
}  // namespace sw::runtime
