#include "sql/with_options.h"

#include <algorithm>
#include <chrono>

#include "model/duration.h"
#include "sql/kafka_sasl.h"
#include "sql/mysql_jdbc_url.h"

namespace sw::sql {

namespace {

using connectors::OptionDescriptor;
using connectors::ValueType;

std::string replaceHash(std::string_view pattern, std::string_view column) {
    std::string out;
    for (char c : pattern) {
        if (c == '#') {
            out += column;
        } else {
            out += c;
        }
    }
    return out;
}

// One option as written for one column ("#" -> the column name) or for the node ("" column).
struct OptionInstance {
    const OptionDescriptor* descriptor;
    std::string column;

    std::string id() const { return descriptor->perColumn ? replaceHash(descriptor->id, column) : descriptor->id; }
};

class WithClauseBuilder {
public:
    WithClauseBuilder(GenerationContext& context, const model::Node& node, const connectors::NodeKind& kind)
        : context_(context), node_(node), kind_(kind),
          connector_(kind.connectorFor(context.dialect(), node.option("connector"))) {}

    std::vector<WithOption> build(const std::vector<model::Column>& columns) {
        options_.push_back({"connector", connector_});
        if (composesJdbcUrl(kind_, connector_)) options_.push_back({"url", mysqlJdbcUrl(node_)});
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
        auto key = descriptor.sqlKeys.find(connector_);
        if (key == descriptor.sqlKeys.end() || !visible(option)) return;
        std::string value = node_.option(option.id());
        if (value.empty()) {
            if (!descriptor.alwaysEmit && !descriptor.required) return;
            value = descriptor.defaultValue;
        }
        const std::string sqlKey = descriptor.perColumn ? replaceHash(key->second, option.column) : key->second;
        options_.push_back({sqlKey, sqlValue(descriptor, option.id(), value)});
    }

    // An option shown only for some value of another (e.g. a datagen column's min for "random").
    bool visible(const OptionInstance& option) const {
        const OptionDescriptor& descriptor = *option.descriptor;
        if (descriptor.visibleWhenOption.empty()) return true;
        const std::string controlling = replaceHash(descriptor.visibleWhenOption, option.column);
        std::string value = node_.option(controlling);
        if (value.empty()) {
            const OptionDescriptor* other = kind_.option(descriptor.visibleWhenOption);
            value = other ? other->defaultValue : std::string();
        }
        return std::ranges::find(descriptor.visibleWhenValues, value) != descriptor.visibleWhenValues.end();
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
    const connectors::NodeKind& kind_;
    std::string connector_;
    std::vector<WithOption> options_;
};

}  // namespace

std::vector<WithOption> withOptions(GenerationContext& context, const model::Node& node,
                                    const connectors::NodeKind& kind,
                                    const std::vector<model::Column>& columns) {
    return WithClauseBuilder(context, node, kind).build(columns);
}

}  // namespace sw::sql
