// NodeKind helpers and the enum <-> text conversions used by job files and the CLI.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "kinds/node_kind.h"
#include "kinds/option_builder.h"

namespace sw::kinds {
namespace {

NodeKind twoConnectorKind() {
    NodeKind kind;
    kind.id = "test-lookup";
    kind.ports = {{"probe", "Probe", true, false}, {"out", "Out", false, false}};
    kind.options = {OptionBuilder("a", "A", ValueType::String),
                    OptionBuilder("b", "B", ValueType::Int)};
    kind.connectors = {{Dialect::AliyunVvr, {"mysql", "rds"}}, {Dialect::ApacheFlink, {"jdbc"}}};
    return kind;
}

TEST(NodeKind, DialectNamesRoundTrip) {
    EXPECT_STREQ(toString(Dialect::AliyunVvr), "aliyun-vvr");
    EXPECT_STREQ(toString(Dialect::ApacheFlink), "apache-flink");
    for (Dialect dialect : {Dialect::AliyunVvr, Dialect::ApacheFlink}) {
        EXPECT_EQ(parseDialect(toString(dialect)), dialect);
    }
}

TEST(NodeKind, ParseDialectIgnoresCaseAndRejectsOtherText) {
    EXPECT_EQ(parseDialect("Aliyun-VVR"), Dialect::AliyunVvr);
    EXPECT_EQ(parseDialect("APACHE-FLINK"), Dialect::ApacheFlink);
    for (const char* text : {"", "vvr", "flink", "aliyun-vvr ", "aliyun_vvr", "apache-flink-1"}) {
        EXPECT_FALSE(parseDialect(text).has_value()) << '"' << text << '"';
    }
}

TEST(NodeKind, RoleNamesAreDistinct) {
    const std::string names[] = {toString(NodeRole::Source), toString(NodeRole::Lookup),
                                 toString(NodeRole::Transform), toString(NodeRole::Sink)};
    EXPECT_EQ(names[0], "source");
    EXPECT_EQ(names[1], "lookup");
    EXPECT_EQ(names[2], "transform");
    EXPECT_EQ(names[3], "sink");
}

TEST(NodeKind, ValueTypeNamesAreDistinct) {
    const ValueType all[] = {ValueType::String,     ValueType::Int,    ValueType::Float,
                             ValueType::Bool,       ValueType::Duration, ValueType::MemorySize,
                             ValueType::Enum,       ValueType::Secret, ValueType::Expression,
                             ValueType::Column,     ValueType::Path};
    std::set<std::string> names;
    for (ValueType type : all) names.insert(toString(type));
    EXPECT_EQ(names.size(), std::size(all));
    EXPECT_FALSE(names.contains("unknown"));
}

TEST(NodeKind, FindsOptionsAndPortsById) {
    const NodeKind kind = twoConnectorKind();
    ASSERT_NE(kind.option("b"), nullptr);
    EXPECT_EQ(kind.option("b")->type, ValueType::Int);
    EXPECT_EQ(kind.option("c"), nullptr);
    ASSERT_NE(kind.port("probe"), nullptr);
    EXPECT_TRUE(kind.port("probe")->isInput);
    EXPECT_EQ(kind.port("in"), nullptr);
}

struct ConnectorCase {
    Dialect dialect;
    const char* chosen;
    const char* expected;
};

class ConnectorForTest : public ::testing::TestWithParam<ConnectorCase> {};

TEST_P(ConnectorForTest, PicksTheChosenNameOrTheDialectDefault) {
    const ConnectorCase& c = GetParam();
    EXPECT_EQ(twoConnectorKind().connectorFor(c.dialect, c.chosen), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Choices, ConnectorForTest,
    ::testing::Values(ConnectorCase{Dialect::AliyunVvr, "", "mysql"},
                      ConnectorCase{Dialect::AliyunVvr, "mysql", "mysql"},
                      ConnectorCase{Dialect::AliyunVvr, "rds", "rds"},
                      ConnectorCase{Dialect::AliyunVvr, "jdbc", "mysql"},
                      ConnectorCase{Dialect::ApacheFlink, "", "jdbc"},
                      ConnectorCase{Dialect::ApacheFlink, "rds", "jdbc"},
                      ConnectorCase{Dialect::ApacheFlink, "mysql", "jdbc"}));

TEST(NodeKind, TransformHasNoConnector) {
    NodeKind kind;
    kind.role = NodeRole::Transform;
    EXPECT_FALSE(kind.isConnector());
    EXPECT_EQ(kind.connectorFor(Dialect::AliyunVvr, "mysql"), "");
    EXPECT_EQ(kind.connectorFor(Dialect::ApacheFlink, ""), "");
}

TEST(OptionBuilder, SetsEveryField) {
    const OptionDescriptor option =
        OptionBuilder("x.y", "X", ValueType::Duration)
            .defaultValue("1 s")
            .required()
            .range(1, 9)
            .group("G")
            .help("H")
            .sqlKey({"one", "two"}, "k")
            .sqlValue("one", "a", "b")
            .durationAsMillisFor("two")
            .alwaysEmit()
            .visibleWhen("mode", {"on"});
    EXPECT_EQ(option.id, "x.y");
    EXPECT_EQ(option.label, "X");
    EXPECT_EQ(option.type, ValueType::Duration);
    EXPECT_EQ(option.defaultValue, "1 s");
    EXPECT_TRUE(option.required);
    EXPECT_EQ(option.minimum, 1);
    EXPECT_EQ(option.maximum, 9);
    EXPECT_EQ(option.group, "G");
    EXPECT_EQ(option.help, "H");
    EXPECT_EQ(option.sqlKeys.at("one"), "k");
    EXPECT_EQ(option.sqlKeys.at("two"), "k");
    EXPECT_EQ(option.sqlValues.at("one").at("a"), "b");
    EXPECT_EQ(option.durationAsMillisFor, std::vector<std::string>{"two"});
    EXPECT_TRUE(option.alwaysEmit);
    EXPECT_FALSE(option.perColumn);
    EXPECT_EQ(option.visibleWhenOption, "mode");
    EXPECT_EQ(option.visibleWhenValues, std::vector<std::string>{"on"});
}

}  // namespace
}  // namespace sw::kinds
