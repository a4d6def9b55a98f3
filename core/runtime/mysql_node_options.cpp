#include "runtime/mysql_node_options.h"

#include "connectors/catalog.h"
#include "model/duration.h"
#include "runtime/compiled_expressions.h"
#include "validate/findings.h"

namespace sw::runtime {

std::string MysqlNodeOptions::text(const std::string& id, const std::string& fallback) const {
    const connectors::NodeKind* kind = connectors::Catalog::instance().find(node_.kind);
    const std::string value = kind ? validate::effectiveOption(node_, *kind, id) : node_.option(id);
    return value.empty() ? fallback : value;
}

Result<std::int64_t> MysqlNodeOptions::integer(const std::string& id, std::int64_t fallback) const {
    const std::string value = text(id);
    if (value.empty()) return fallback;
    try {
        std::size_t used = 0;
        const long long number = std::stoll(value, &used);
        if (used == value.size() && number >= 0) return static_cast<std::int64_t>(number);
    } catch (const std::exception&) {
    }
    return Error{"'" + value + "' is not a non-negative whole number", nodeLocation(node_) + " / " + id};
}

Result<std::chrono::milliseconds> MysqlNodeOptions::duration(const std::string& id,
                                                             std::chrono::milliseconds fallback) const {
    const std::string value = text(id);
    if (value.empty()) return fallback;
    auto parsed = model::parseDuration(value);
    if (!parsed) return Error{parsed.error().message, nodeLocation(node_) + " / " + id};
    return *parsed;
}

bool MysqlNodeOptions::flag(const std::string& id, bool fallback) const {
    const std::string value = text(id);
    if (value.empty()) return fallback;
    return value == "true";
}

}  // namespace sw::runtime
