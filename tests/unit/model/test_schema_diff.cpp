// SchemaDiff: columns added, removed and retyped by name, and the primary key.
#include <gtest/gtest.h>

#include "model/schema_diff.h"

namespace sw::model {
namespace {

Column column(const std::string& name, const std::string& type) {
    return {name, *FlinkType::parse(type), {}};
}

TEST(SchemaDiff, NamesAddedRemovedRetypedColumnsAndTheKey) {
    Schema current;
    current.columns = {column("id", "INT"), column("name", "STRING"), column("old", "DOUBLE")};
    current.primaryKey = {"id"};
    Schema proposed;
    proposed.columns = {column("id", "BIGINT NOT NULL"), column("name", "STRING"), column("region", "STRING NOT NULL")};
    proposed.primaryKey = {"id", "region"};
    const SchemaDiff diff = SchemaDiff::between(current, proposed);
    EXPECT_FALSE(diff.empty());
    EXPECT_EQ(diff.lines(), (std::vector<std::string>{"+ region STRING NOT NULL", "- old DOUBLE",
                                                      "~ id: INT -> BIGINT NOT NULL", "key: (id) -> (id, region)"}));
}

TEST(SchemaDiff, TheSameSchemaHasNoChange) {
    Schema schema;
    schema.columns = {column("id", "BIGINT")};
    EXPECT_TRUE(SchemaDiff::between(schema, schema).empty());
    EXPECT_TRUE(SchemaDiff::between(schema, schema).lines().empty());
}

}  // namespace
}  // namespace sw::model
