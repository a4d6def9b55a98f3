// Datagen bounds: numeric random columns get explicit bounds the type can hold; columns that are
// sequences, not numeric, or already bounded are left as they are.
#include <gtest/gtest.h>

#include "kinds/builtin/datagen_bounds.h"

namespace sw::kinds {
namespace {

model::Column column(const std::string& name, const std::string& type) {
    return {name, model::FlinkType::parse(type).value(), {}};
}

TEST(DatagenBounds, NumericRandomColumnsGetBoundsTheTypeHolds) {
    model::Node node;
    node.kind = "datagen-source";
    node.schema.columns = {column("amount", "DOUBLE"), column("tiny", "TINYINT"), column("price", "DECIMAL(4, 2)"),
                           column("id", "BIGINT"), column("city", "STRING"), column("bounded", "INT"),
                           column("big", "DECIMAL(10, 2)")};
    node.options = {{"fields.id.kind", "sequence"}, {"fields.bounded.max", "5"}};
    EXPECT_TRUE(addDefaultDatagenBounds(node));
    EXPECT_EQ(node.options.at("fields.amount.min"), "0");
    EXPECT_EQ(node.options.at("fields.amount.max"), "1000");
    EXPECT_EQ(node.options.at("fields.tiny.max"), "100");
    EXPECT_EQ(node.options.at("fields.price.max"), "99");  // DECIMAL(4, 2) holds 99.99
    EXPECT_EQ(node.options.at("fields.big.max"), "1000");
    EXPECT_FALSE(node.options.contains("fields.id.min"));      // a sequence
    EXPECT_FALSE(node.options.contains("fields.city.min"));    // not numeric
    EXPECT_FALSE(node.options.contains("fields.bounded.min"));  // the user's bound stays alone
    EXPECT_FALSE(addDefaultDatagenBounds(node));  // nothing left to bound
}

TEST(DatagenBounds, OtherKindsAreLeftAlone) {
    model::Node node;
    node.kind = "kafka-source";
    node.schema.columns = {column("amount", "DOUBLE")};
    EXPECT_FALSE(addDefaultDatagenBounds(node));
    EXPECT_TRUE(node.options.empty());
}

}  // namespace
}  // namespace sw::kinds
