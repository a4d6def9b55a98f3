#include "connectors/catalog.h"

#include <algorithm>
#include <set>

#include "connectors/blackhole_sink_kind.h"
#include "connectors/datagen_source_kind.h"
#include "connectors/filter_kind.h"
#include "connectors/jdbc_lookup_kind.h"
#include "connectors/jdbc_sink_kind.h"
#include "connectors/kafka_sink_kind.h"
#include "connectors/kafka_source_kind.h"
#include "connectors/mysql_lookup_kind.h"
#include "connectors/mysql_sink_kind.h"
#include "connectors/print_sink_kind.h"
#include "connectors/project_kind.h"
#include "connectors/union_kind.h"
#include "connectors/upsert_kafka_sink_kind.h"
#include "connectors/window_aggregate_kind.h"

namespace sw::connectors {

namespace {

// Shared option builders map every connector they know (mysql, rds, jdbc ...); a kind keeps
// only the keys of the connectors it can emit, so its descriptor reads true on its own.
void dropForeignSqlKeys(NodeKind& kind) {
    std::set<std::string> own;
    for (const auto& [dialect, names] : kind.connectors) own.insert(names.begin(), names.end());
    for (OptionDescriptor& option : kind.options) {
        std::erase_if(option.sqlKeys, [&](const auto& entry) { return !own.contains(entry.first); });
        std::erase_if(option.sqlValues,
                      [&](const auto& entry) { return !own.contains(entry.first); });
        std::erase_if(option.durationAsMillisFor,
                      [&](const std::string& name) { return !own.contains(name); });
    }
}

}  // namespace

const Catalog& Catalog::instance() {
    static const Catalog catalog;
    return catalog;
}

// Palette order: sources, lookups, transforms, sinks.
Catalog::Catalog()
    : kinds_{kafkaSourceKind(),     datagenSourceKind(), mysqlLookupKind(), jdbcLookupKind(),
             filterKind(),          projectKind(),       windowAggregateKind(), unionKind(),
             mysqlSinkKind(),       jdbcSinkKind(),      kafkaSinkKind(),   upsertKafkaSinkKind(),
             printSinkKind(),       blackholeSinkKind()} {
    std::ranges::for_each(kinds_, dropForeignSqlKeys);
}

const NodeKind* Catalog::find(std::string_view kindId) const {
    auto it = std::ranges::find(kinds_, kindId, &NodeKind::id);
    return it == kinds_.end() ? nullptr : &*it;
}

}  // namespace sw::connectors
