#include "sql/table_ddl.h"

#include "kinds/catalog.h"
#include "model/duration.h"
#include "sql/with_options.h"
#include "util/sql_text.h"

namespace sw::sql {

namespace {

std::string joinQuoted(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) {
        if (!out.empty()) out += ", ";
        out += quoteIdentifier(name);
    }
    return out;
}

std::vector<std::string> columnDefinitions(const model::Node& node, const std::vector<model::Column>& columns) {
    std::vector<std::string> lines;
    for (const model::Column& column : columns) {
        std::string line = quoteIdentifier(column.name) + " " + column.type.toSql();
        if (!column.comment.empty()) line += " COMMENT " + quoteString(column.comment);
        lines.push_back(std::move(line));
    }
    const model::Schema& schema = node.schema;
    if (!schema.procTimeColumn.empty()) {
        lines.push_back(quoteIdentifier(schema.procTimeColumn) + " AS PROCTIME()");
    }
    if (schema.watermark) {
        const std::string column = quoteIdentifier(schema.watermark->column);
        lines.push_back("WATERMARK FOR " + column + " AS " + column + " - " +
                        model::formatSqlInterval(schema.watermark->delay));
    }
    if (!schema.primaryKey.empty()) {
        lines.push_back("PRIMARY KEY (" + joinQuoted(schema.primaryKey) + ") NOT ENFORCED");
    }
    return lines;
}

}  // namespace

std::vector<model::Column> tableColumns(const GenerationContext& context, const model::Node& node) {
    if (!node.schema.columns.empty()) return node.schema.columns;
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
    if (kind == nullptr || kind->role != kinds::NodeRole::Sink) return {};
    for (const model::Node* input : context.inputs(node, "in")) {
        if (const analysis::Relation* relation = context.relation(input->id)) return relation->columns;
    }
    return {};
}

void writeTableDdl(StatementWriter& writer, GenerationContext& context, const model::Node& node,
                   const kinds::NodeKind& kind, const std::string& tableName) {
    const std::vector<model::Column> columns = tableColumns(context, node);
    const std::vector<std::string> definitions = columnDefinitions(node, columns);
    const bool temporary = context.dialect() == kinds::Dialect::AliyunVvr;

    writer.beginStatement(node.id);
    if (columns.empty()) {
        writer.comment("ERROR: node '" + node.name + "' has no columns: declare a schema or connect an input");
    }
    writer.line(std::string(temporary ? "CREATE TEMPORARY TABLE " : "CREATE TABLE ") +
                quoteIdentifier(tableName) + " (");
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        writer.line("  " + definitions[i] + (i + 1 < definitions.size() ? "," : ""));
    }
    writer.line(") WITH (");
    const std::vector<WithOption> options = withOptions(context, node, kind, columns);
    for (std::size_t i = 0; i < options.size(); ++i) {
        writer.line("  " + quoteString(options[i].key) + " = " + quoteString(options[i].value) +
                    (i + 1 < options.size() ? "," : ""));
    }
    writer.line(");");
    writer.endStatement();
}

}  // namespace sw::sql
