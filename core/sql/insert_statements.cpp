#include "sql/insert_statements.h"

#include "kinds/catalog.h"
#include "sql/table_ddl.h"
#include "sql/view_query.h"
#include "util/sql_text.h"

namespace sw::sql {

namespace {

struct Insert {
    const model::Node* sink;
    std::string text;
};

std::string insertText(const GenerationContext& context, const model::Node& sink, const model::Node& input) {
    std::vector<std::string> columns;
    for (const model::Column& column : tableColumns(context, sink)) columns.push_back(quoteIdentifier(column.name));
    // Name the sink's columns so the input's column order never decides where values land.
    const std::string select = columns.empty() ? "*" : joinWithCommas(columns);
    return "INSERT INTO " + quoteIdentifier(GenerationContext::relationName(sink)) + " SELECT " + select +
           " FROM " + quoteIdentifier(GenerationContext::relationName(input)) + ";";
}

std::vector<Insert> collectInserts(const GenerationContext& context) {
    std::vector<Insert> inserts;
    for (const std::string& id : context.order()) {
        const model::Node* node = context.job().findNode(id);
        const kinds::NodeKind* kind = node ? kinds::Catalog::instance().find(node->kind) : nullptr;
        if (kind == nullptr || kind->role != kinds::NodeRole::Sink) continue;
        for (const model::Node* input : context.inputs(*node, "in")) {
            inserts.push_back({node, insertText(context, *node, *input)});
        }
    }
    return inserts;
}

}  // namespace

void writeInsertStatements(StatementWriter& writer, const GenerationContext& context) {
    const std::vector<Insert> inserts = collectInserts(context);
    if (inserts.empty()) {
        writer.comment("No sink is connected: nothing to INSERT.");
        return;
    }
    const bool statementSet = inserts.size() > 1;
    if (statementSet) {
        const bool aliyun = context.dialect() == kinds::Dialect::AliyunVvr;
        writer.statement("", {aliyun ? "BEGIN STATEMENT SET;" : "EXECUTE STATEMENT SET BEGIN"});
    }
    for (const Insert& insert : inserts) writer.statement(insert.sink->id, {insert.text});
    if (statementSet) writer.statement("", {"END;"});
}

}  // namespace sw::sql
