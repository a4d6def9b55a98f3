// Catalog-wide invariants: every kind is registered with the agreed ids, ports and connectors,
// and every option descriptor is internally consistent.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "kinds/catalog.h"

namespace sw::kinds {
namespace {

struct PortSpec {
    std::string id;
    bool isInput;
    bool multiple;
};

struct KindSpec {
    std::string id;
    NodeRole role;
    std::vector<PortSpec> ports;
    std::vector<std::string> vvrConnectors;
    std::vector<std::string> flinkConnectors;
};

const std::vector<PortSpec> kSource{{"out", false, false}};
const std::vector<PortSpec> kTransform{{"in", true, false}, {"out", false, false}};
const std::vector<PortSpec> kUnion{{"in", true, true}, {"out", false, false}};
const std::vector<PortSpec> kLookup{{"probe", true, false}, {"out", false, false}};
const std::vector<PortSpec> kSink{{"in", true, false}};

const std::vector<KindSpec> kKinds{
    {"kafka-source", NodeRole::Source, kSource, {"kafka"}, {"kafka"}},
    {"datagen-source", NodeRole::Source, kSource, {"datagen"}, {"datagen"}},
    {"mysql-lookup", NodeRole::Lookup, kLookup, {"mysql", "rds"}, {"jdbc"}},
    {"jdbc-lookup", NodeRole::Lookup, kLookup, {"jdbc"}, {"jdbc"}},
    {"filter", NodeRole::Transform, kTransform, {}, {}},
    {"project", NodeRole::Transform, kTransform, {}, {}},
    {"window-aggregate", NodeRole::Transform, kTransform, {}, {}},
    {"union", NodeRole::Transform, kUnion, {}, {}},
    {"mysql-sink", NodeRole::Sink, kSink, {"mysql", "rds"}, {"jdbc"}},
    {"jdbc-sink", NodeRole::Sink, kSink, {"jdbc"}, {"jdbc"}},
    {"kafka-sink", NodeRole::Sink, kSink, {"kafka"}, {"kafka"}},
    {"upsert-kafka-sink", NodeRole::Sink, kSink, {"upsert-kafka"}, {"upsert-kafka"}},
    {"print-sink", NodeRole::Sink, kSink, {"print"}, {"print"}},
    {"blackhole-sink", NodeRole::Sink, kSink, {"blackhole"}, {"blackhole"}},
};

std::vector<std::string> connectorsOf(const NodeKind& kind, Dialect dialect) {
    auto it = kind.connectors.find(dialect);
    return it == kind.connectors.end() ? std::vector<std::string>{} : it->second;
}

std::set<std::string> allConnectorsOf(const NodeKind& kind) {
    std::set<std::string> names;
    for (const auto& [dialect, list] : kind.connectors) names.insert(list.begin(), list.end());
    return names;
}

class CatalogKindTest : public ::testing::TestWithParam<KindSpec> {};

TEST_P(CatalogKindTest, IsRegisteredWithRolePortsAndConnectors) {
    const KindSpec& spec = GetParam();
    const NodeKind* kind = Catalog::instance().find(spec.id);
    ASSERT_NE(kind, nullptr) << spec.id;
    EXPECT_EQ(kind->role, spec.role);
    EXPECT_EQ(kind->isConnector(), spec.role != NodeRole::Transform);
    EXPECT_FALSE(kind->label.empty());
    EXPECT_FALSE(kind->help.empty());

    ASSERT_EQ(kind->ports.size(), spec.ports.size());
    for (const PortSpec& expected : spec.ports) {
        const PortDescriptor* port = kind->port(expected.id);
        ASSERT_NE(port, nullptr) << spec.id << " port " << expected.id;
        EXPECT_EQ(port->isInput, expected.isInput) << spec.id << " port " << expected.id;
        EXPECT_EQ(port->multiple, expected.multiple) << spec.id << " port " << expected.id;
        EXPECT_FALSE(port->label.empty());
    }

    EXPECT_EQ(connectorsOf(*kind, Dialect::AliyunVvr), spec.vvrConnectors);
    EXPECT_EQ(connectorsOf(*kind, Dialect::ApacheFlink), spec.flinkConnectors);
}

INSTANTIATE_TEST_SUITE_P(AllKinds, CatalogKindTest, ::testing::ValuesIn(kKinds),
                         [](const auto& info) {
                             std::string name = info.param.id;
                             std::ranges::replace(name, '-', '_');
                             return name;
                         });

TEST(Catalog, HoldsExactlyTheAgreedKindsWithUniqueIds) {
    std::set<std::string> expected;
    for (const KindSpec& spec : kKinds) expected.insert(spec.id);
    std::set<std::string> actual;
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        EXPECT_TRUE(actual.insert(kind.id).second) << "duplicate kind " << kind.id;
    }
    EXPECT_EQ(actual, expected);
}

TEST(Catalog, UnknownKindIsNotFound) {
    EXPECT_EQ(Catalog::instance().find("kafka"), nullptr);
    EXPECT_EQ(Catalog::instance().find(""), nullptr);
}

TEST(Catalog, SchemaFlagsFollowTheRole) {
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        EXPECT_EQ(kind.hasSchema, kind.isConnector()) << kind.id;
        EXPECT_EQ(kind.supportsWatermark, kind.role == NodeRole::Source) << kind.id;
        if (kind.requiresPrimaryKey) {
            EXPECT_TRUE(kind.supportsPrimaryKey) << kind.id;
        }
    }
    const std::set<std::string> keyed{"mysql-lookup", "jdbc-lookup", "mysql-sink", "jdbc-sink",
                                      "upsert-kafka-sink"};
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        EXPECT_EQ(kind.supportsPrimaryKey, keyed.contains(kind.id)) << kind.id;
        EXPECT_EQ(kind.requiresPrimaryKey, kind.id == "upsert-kafka-sink") << kind.id;
    }
}

TEST(Catalog, OptionIdsAreUniqueWithinAKind) {
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        std::set<std::string> seen;
        for (const OptionDescriptor& option : kind.options) {
            EXPECT_FALSE(option.id.empty()) << kind.id;
            EXPECT_TRUE(seen.insert(option.id).second) << kind.id << " repeats " << option.id;
        }
    }
}

TEST(Catalog, EveryOptionHasLabelGroupAndHelp) {
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        for (const OptionDescriptor& option : kind.options) {
            EXPECT_FALSE(option.label.empty()) << kind.id << " / " << option.id;
            EXPECT_FALSE(option.group.empty()) << kind.id << " / " << option.id;
            EXPECT_FALSE(option.help.empty()) << kind.id << " / " << option.id;
        }
    }
}

TEST(Catalog, EnumDefaultsAreAllowedValues) {
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        for (const OptionDescriptor& option : kind.options) {
            if (option.type != ValueType::Enum) {
                EXPECT_TRUE(option.allowedValues.empty()) << kind.id << " / " << option.id;
                continue;
            }
            EXPECT_FALSE(option.allowedValues.empty()) << kind.id << " / " << option.id;
            if (option.defaultValue.empty()) continue;
            EXPECT_NE(std::ranges::find(option.allowedValues, option.defaultValue),
                      option.allowedValues.end())
                << kind.id << " / " << option.id << " default " << option.defaultValue;
        }
    }
}

TEST(Catalog, IntDefaultsLieWithinTheirRange) {
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        for (const OptionDescriptor& option : kind.options) {
            if (option.type != ValueType::Int || option.defaultValue.empty()) continue;
            const long long value = std::stoll(option.defaultValue);
            if (option.minimum) {
                EXPECT_GE(value, *option.minimum) << kind.id << " / " << option.id;
            }
            if (option.maximum) {
                EXPECT_LE(value, *option.maximum) << kind.id << " / " << option.id;
            }
        }
    }
}

TEST(Catalog, NoSecretHasADefaultValue) {
    int secrets = 0;
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        for (const OptionDescriptor& option : kind.options) {
            if (!option.isSecret()) continue;
            ++secrets;
            EXPECT_TRUE(option.defaultValue.empty()) << kind.id << " / " << option.id;
        }
    }
    EXPECT_GT(secrets, 0);  // the check above must have had something to look at
}

TEST(Catalog, VisibilityConditionsReferToEnumValuesOfTheSameKind) {
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        for (const OptionDescriptor& option : kind.options) {
            if (option.visibleWhenOption.empty()) {
                EXPECT_TRUE(option.visibleWhenValues.empty()) << kind.id << " / " << option.id;
                continue;
            }
            const OptionDescriptor* controller = kind.option(option.visibleWhenOption);
            ASSERT_NE(controller, nullptr) << kind.id << " / " << option.id;
            EXPECT_NE(controller->id, option.id);
            EXPECT_FALSE(option.visibleWhenValues.empty()) << kind.id << " / " << option.id;
            for (const std::string& value : option.visibleWhenValues) {
                EXPECT_NE(std::ranges::find(controller->allowedValues, value),
                          controller->allowedValues.end())
                    << kind.id << " / " << option.id << " waits for " << value;
            }
        }
    }
}

TEST(Catalog, SqlMappingsNameOnlyTheKindsOwnConnectors) {
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        const std::set<std::string> own = allConnectorsOf(kind);
        for (const OptionDescriptor& option : kind.options) {
            for (const auto& [connector, key] : option.sqlKeys) {
                EXPECT_TRUE(own.contains(connector)) << kind.id << " / " << option.id;
                EXPECT_FALSE(key.empty()) << kind.id << " / " << option.id;
            }
            for (const auto& [connector, values] : option.sqlValues) {
                EXPECT_TRUE(option.sqlKeys.contains(connector)) << kind.id << " / " << option.id;
                for (const auto& [ours, theirs] : values) {
                    EXPECT_NE(std::ranges::find(option.allowedValues, ours),
                              option.allowedValues.end())
                        << kind.id << " / " << option.id << " maps " << ours;
                }
            }
            for (const std::string& connector : option.durationAsMillisFor) {
                EXPECT_EQ(option.type, ValueType::Duration) << kind.id << " / " << option.id;
                EXPECT_TRUE(option.sqlKeys.contains(connector)) << kind.id << " / " << option.id;
            }
        }
    }
}

TEST(Catalog, PerColumnOptionsUseTheColumnPlaceholder) {
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        for (const OptionDescriptor& option : kind.options) {
            const bool hasPlaceholder = option.id.find('#') != std::string::npos;
            EXPECT_EQ(option.perColumn, hasPlaceholder) << kind.id << " / " << option.id;
            for (const auto& [connector, key] : option.sqlKeys) {
                EXPECT_EQ(key.find('#') != std::string::npos, hasPlaceholder)
                    << kind.id << " / " << option.id << " -> " << key;
            }
        }
    }
}

// Options that the SQL generator composes itself instead of emitting under their own key.
bool composedByGenerator(const std::string& optionId, const std::string& connector) {
    if (optionId.starts_with("sasl.")) return true;
    const bool urlPart = optionId == "hostname" || optionId == "port" || optionId == "database-name";
    return urlPart && (connector == "rds" || connector == "jdbc");
}

TEST(Catalog, EveryConnectorReceivesTheRequiredOptions) {
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        for (const std::string& connector : allConnectorsOf(kind)) {
            for (const OptionDescriptor& option : kind.options) {
                if (!option.required || composedByGenerator(option.id, connector)) continue;
                EXPECT_TRUE(option.sqlKeys.contains(connector))
                    << kind.id << ": required " << option.id << " has no key for " << connector;
            }
        }
    }
}

TEST(Catalog, TransformsDeclareNoSqlMapping) {
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        if (kind.isConnector()) continue;
        EXPECT_TRUE(kind.connectors.empty()) << kind.id;
        for (const OptionDescriptor& option : kind.options) {
            EXPECT_TRUE(option.sqlKeys.empty()) << kind.id << " / " << option.id;
        }
    }
}

TEST(Catalog, KafkaKindsShareTheSameSecurityOptions) {
    const std::vector<std::string> securityIds{"security.protocol", "sasl.mechanism",
                                               "sasl.username",     "sasl.password",
                                               "sasl.jaas.config",  "ssl.ca.location"};
    const NodeKind* reference = Catalog::instance().find("kafka-source");
    ASSERT_NE(reference, nullptr);
    for (const char* kindId : {"kafka-sink", "upsert-kafka-sink"}) {
        const NodeKind* kind = Catalog::instance().find(kindId);
        ASSERT_NE(kind, nullptr);
        for (const std::string& id : securityIds) {
            const OptionDescriptor* a = reference->option(id);
            const OptionDescriptor* b = kind->option(id);
            ASSERT_NE(a, nullptr) << id;
            ASSERT_NE(b, nullptr) << kindId << " lacks " << id;
            EXPECT_EQ(a->type, b->type) << id;
            EXPECT_EQ(a->defaultValue, b->defaultValue) << id;
            EXPECT_EQ(a->allowedValues, b->allowedValues) << id;
            EXPECT_EQ(a->help, b->help) << id;
            // Same key under each kind's own connector name.
            const std::string ownKey = a->sqlKeys.empty() ? "" : a->sqlKeys.begin()->second;
            const std::string otherKey = b->sqlKeys.empty() ? "" : b->sqlKeys.begin()->second;
            EXPECT_EQ(ownKey, otherKey) << id;
        }
    }
}

}  // namespace
}  // namespace sw::kinds
