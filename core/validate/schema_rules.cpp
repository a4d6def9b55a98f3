#include "validate/schema_rules.h"

#include <set>

#include "kinds/catalog.h"

namespace sw::validate {
namespace {

using kinds::NodeKind;
using kinds::NodeRole;
using model::TypeKind;

std::string columnField(std::size_t index, const char* part) {
    return "schema.columns[" + std::to_string(index) + "]." + part;
}

void checkColumns(const model::Node& node, analysis::Findings& findings) {
    const auto& columns = node.schema.columns;
    std::set<std::string> seen;
    for (std::size_t j = 0; j < columns.size(); ++j) {
        if (!seen.insert(columns[j].name).second) {
            findings.add(analysis::rules::kDuplicateColumn, node, columnField(j, "name"),
                         "the column name '" + columns[j].name + "' is declared twice");
        }
        if (const std::string problem = columnTypeProblem(columns[j].type); !problem.empty()) {
            findings.add(analysis::rules::kBadColumnType, node, columnField(j, "type"),
                         "the type of column '" + columns[j].name + "' is not valid: " + problem);
        }
    }
    const std::string& procTime = node.schema.procTimeColumn;
    if (!procTime.empty() && seen.count(procTime)) {
        findings.add(analysis::rules::kDuplicateColumn, node, "schema.procTimeColumn",
                     "the processing-time column '" + procTime + "' has the name of a declared column");
    }
}

void checkKeys(const model::Node& node, const NodeKind& kind, analysis::Findings& findings) {
    const auto& schema = node.schema;
    for (std::size_t k = 0; k < schema.primaryKey.size(); ++k) {
        if (schema.find(schema.primaryKey[k])) continue;
        findings.add(analysis::rules::kUnknownColumn, node, "schema.primaryKey[" + std::to_string(k) + "]",
                     "the primary key names column '" + schema.primaryKey[k] + "', which is not declared");
    }
    if (!schema.primaryKey.empty()) return;
    if (kind.role == NodeRole::Lookup) {
        findings.add(analysis::rules::kLookupWithoutKey, node, "schema.primaryKey",
                     "the dimension table has no primary key; lookups should be keyed, or every probe row "
                     "may match many rows");
    } else if (kind.requiresPrimaryKey) {
        findings.add(analysis::rules::kMissingPrimaryKey, node, "schema.primaryKey",
                     "a " + kind.label + " table needs a primary key; declare one");
    }
}

void checkWatermark(const model::Node& node, analysis::Findings& findings) {
    const auto& watermark = node.schema.watermark;
    if (!watermark) return;
    const model::Column* column = node.schema.find(watermark->column);
    if (!column) {
        findings.add(analysis::rules::kUnknownColumn, node, "schema.watermark.column",
                     "the watermark is on column '" + watermark->column + "', which is not declared");
        return;
    }
    // Flink accepts rowtime attributes only of these two millisecond timestamp types.
    const auto& type = column->type;
    if (!type.isTimestamp() || type.precision() != 3) {
        findings.add(analysis::rules::kBadWatermarkType, node, "schema.watermark.column",
                     "the watermark column '" + column->name + "' is " + type.toSql() +
                         "; it must be TIMESTAMP(3) or TIMESTAMP_LTZ(3)");
    }
}

}  // namespace

std::string columnTypeProblem(const model::FlinkType& type) {
    const int p = type.precision();
    switch (type.kind()) {
    case TypeKind::Null: return "no type is set";
    case TypeKind::Interval:
    case TypeKind::IntervalYearMonth: return "INTERVAL cannot be a column type";
    case TypeKind::Decimal:
        if (p < 1 || p > 38) return "DECIMAL precision must be 1 to 38";
        if (type.scale() < 0 || type.scale() > p) return "DECIMAL scale must be 0 to the precision";
        return {};
    case TypeKind::Char:
    case TypeKind::Varchar:
    case TypeKind::Binary:
    case TypeKind::Varbinary: return p < 1 ? "the length must be at least 1" : "";
    case TypeKind::Time:
    case TypeKind::Timestamp:
    case TypeKind::TimestampLtz:  // -1 stands for the default precision
        return p < -1 || p > 9 ? "the precision must be 0 to 9" : "";
    case TypeKind::Array:
    case TypeKind::Map:
    case TypeKind::Row:
        for (const auto& child : type.children()) {
            if (std::string problem = columnTypeProblem(child); !problem.empty()) return problem;
        }
        return {};
    default: return {};
    }
}

void checkDeclaredSchemas(const model::JobGraph& job, analysis::Findings& findings) {
    for (const model::Node& node : job.nodes) {
        const NodeKind* kind = kinds::Catalog::instance().find(node.kind);
        if (!kind || !kind->hasSchema) continue;
        // A sink may leave its schema empty and take its input's; sources and lookups cannot.
        if (node.schema.columns.empty() && kind->role != NodeRole::Sink) {
            findings.add(analysis::rules::kEmptySchema, node, "schema.columns", "the table declares no columns");
        }
        checkColumns(node, findings);
        checkKeys(node, *kind, findings);
        checkWatermark(node, findings);
    }
}

}  // namespace sw::validate
