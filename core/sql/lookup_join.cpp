#include "sql/lookup_join.h"

#include <algorithm>

#include "sql/view_query.h"
#include "util/sql_text.h"

namespace sw::sql {

namespace {

const std::string kProbe = quoteIdentifier("s");
const std::string kDim = quoteIdentifier("d");

std::string qualified(const std::string& alias, const std::string& column) {
    return alias + "." + quoteIdentifier(column);
}

bool hasColumn(const std::vector<model::Column>& columns, const std::string& name) {
    return std::ranges::any_of(columns, [&](const model::Column& column) { return column.name == name; });
}

// Probe columns first, then the dimension columns the probe side does not already have — the
// same relation schema inference derives (a same-named dimension column is the join key).
std::vector<std::string> selectList(const GenerationContext& context, const model::Node& node,
                                    const model::Node& probe) {
    std::vector<std::string> items;
    const analysis::Relation* probeRelation = context.relation(probe.id);
    if (probeRelation == nullptr) {
        items.push_back(kProbe + ".*");  // untyped input (reported by the validator): keep it whole
    } else {
        for (const model::Column& column : probeRelation->columns) items.push_back(qualified(kProbe, column.name));
    }
    for (const model::Column& column : node.schema.columns) {
        if (probeRelation != nullptr && hasColumn(probeRelation->columns, column.name)) continue;
        items.push_back(qualified(kDim, column.name));
    }
    return items;
}

std::string procTimeColumn(const GenerationContext& context, const model::Node& probe, ViewQuery& query,
                           const model::Node& node) {
    const analysis::Relation* relation = context.relation(probe.id);
    if (relation != nullptr && !relation->procTimeColumn.empty()) return relation->procTimeColumn;
    if (!probe.schema.procTimeColumn.empty()) return probe.schema.procTimeColumn;
    query.error("node '" + node.name + "': the probe input '" + probe.name +
                "' has no processing-time column; declare one (e.g. proc_time AS PROCTIME()) on the source");
    return "proc_time";
}

std::string joinCondition(const model::Node& node, ViewQuery& query) {
    std::string condition;
    for (const model::JoinKey& key : node.joinKeys) {
        if (!condition.empty()) condition += " AND ";
        condition += qualified(kProbe, key.probeColumn) + " = " + qualified(kDim, key.dimColumn);
    }
    if (condition.empty()) {
        query.error("node '" + node.name + "' / joinKeys: a lookup join needs at least one join key");
        condition = "FALSE";
    }
    return condition;
}

}  // namespace

void writeLookupJoinView(StatementWriter& writer, const GenerationContext& context, const model::Node& node) {
    ViewQuery query(node);
    const std::vector<const model::Node*> probes = context.inputs(node, "probe");
    if (probes.empty()) {
        query.error("node '" + node.name + "' has no probe input");
    } else {
        const model::Node& probe = *probes.front();
        const bool inner = GenerationContext::optionOrDefault(node, "join.type") == "INNER";
        appendSelectList(query, selectList(context, node, probe));
        query.line("FROM " + quoteIdentifier(GenerationContext::relationName(probe)) + " AS " + kProbe);
        query.line(std::string(inner ? "INNER JOIN " : "LEFT JOIN ") +
                   quoteIdentifier(GenerationContext::dimTableName(node)) + " FOR SYSTEM_TIME AS OF " +
                   qualified(kProbe, procTimeColumn(context, probe, query, node)) + " AS " + kDim);
        query.line("  ON " + joinCondition(node, query));
    }
    query.write(writer, GenerationContext::relationName(node));
}

}  // namespace sw::sql
