#include "sql/with_options.h"

#include <algorithm>
#include <chrono>

#include "kinds/mysql/mysql_jdbc_url.h"
#include "model/duration.h"
#include "sql/kafka_sasl.h"

namespace sw::sql {

namespace {

using kinds::OptionDescriptor;
using kinds::ValueType;

// One option as written for one column ("#" -> the column name) or for the node ("" column).
struct OptionInstance {
    const OptionDescriptor* descriptor;
    std::string column;

    std::string id() const { return descriptor->keyFor(column); }
};

// True when `connector` (rds, jdbc) wants a url and the kind describes the endpoint in parts.
bool composesJdbcUrl(const kinds::NodeKind& kind, std::string_view connector) {
    return (connector == "rds" || connector == "jdbc") && kind.option("hostname") != nullptr;
}

// An ssl.mode the runtime cannot read is the safe REQUIRED here; validation reports it.
std::string mysqlJdbcUrl(const model::Node& node, const kinds::NodeKind& kind) {
    auto option = [&](const char* id) { return kind.effectiveOption(node, id); };
    const auto mode = kinds::parseMysqlTlsMode(option("ssl.mode"));
    return kinds::MysqlJdbcUrl::compose(option("hostname"), option("port"), option("database-name"),
                                        mode ? *mode : kinds::MysqlTlsMode::Required);
}

class WithClauseBuilder {
public:
    WithClauseBuilder(GenerationContext& context, const model::Node& node, const kinds::NodeKind& kind)
        : context_(context), node_(node), kind_(kind),
          connector_(kind.connectorFor(context.dialect(), node.option("connector"))) {}

    std::vector<WithOption> build(const std::vector<model::Column>& columns) {
        options_.push_back({"connector", connector_});
        if (composesJdbcUrl(kind_, connector_)) options_.push_back({"url", mysqlJdbcUrl(node_, kind_)});
        for (const OptionDescriptor& descriptor : kind_.options) {
            if (!descriptor.perColumn) {
                add({&descriptor, {}});
                continue;
            }
            for (const model::Column& column : columns) add({&descriptor, column.name});
        }
        if (auto jaas = generatedJaasConfig(node_, context_.secrets())) {
            options_.push_back({"properties.sasl.jaas.config", *jaas});
        }
        return std::move(options_);
    }

private:
    void add(const OptionInstance& option) {
        const OptionDescriptor& descriptor = *option.descriptor;
        if (descriptor.id == "connector") return;  // written first, as the connector name
        const auto sqlKey = descriptor.sqlKeyFor(connector_, option.column);
        if (!sqlKey || !kind_.applies(descriptor, node_, option.column)) return;
        std::string value = node_.option(option.id());
        if (value.empty()) {
            if (!descriptor.alwaysEmit && !descriptor.required) return;
            value = descriptor.defaultValue;
        }
        options_.push_back({*sqlKey, sqlValue(descriptor, option.id(), value)});
    }

    std::string sqlValue(const OptionDescriptor& descriptor, const std::string& optionId, const std::string& value) {
        if (descriptor.isSecret()) {
            return context_.secrets().forSecret(value, GenerationContext::relationName(node_), optionId);
        }
        if (auto mapping = descriptor.sqlValues.find(connector_); mapping != descriptor.sqlValues.end()) {
            if (auto mapped = mapping->second.find(value); mapped != mapping->second.end()) return mapped->second;
        }
        if (descriptor.type == ValueType::Duration) {
            if (auto duration = model::parseDuration(value)) {
                const bool asMillis = std::ranges::find(descriptor.durationAsMillisFor, connector_) !=
                                      descriptor.durationAsMillisFor.end();
                return asMillis ? std::to_string(duration->count()) : model::formatDuration(*duration);
            }
        }
        return context_.secrets().substituteReferences(value);
    }

    GenerationContext& context_;
    const model::Node& node_;
    const kinds::NodeKind& kind_;
    std::string connector_;
    std::vector<WithOption> options_;
};

}  // namespace

std::vector<WithOption> withOptions(GenerationContext& context, const model::Node& node,
                                    const kinds::NodeKind& kind,
                                    const std::vector<model::Column>& columns) {
    return WithClauseBuilder(context, node, kind).build(columns);
}

}  // namespace sw::sql
