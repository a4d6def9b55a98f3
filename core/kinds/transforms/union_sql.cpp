#include "sql/kind_sql.h"
#include "sql/view_query.h"
#include "util/sql_text.h"

namespace sw::sql {

namespace {

// Explicit column lists, so a reordered input cannot silently shift values between columns.
void buildUnion(const GenerationContext& context, const model::Node& node, ViewQuery& query) {
    const std::vector<const model::Node*> inputs = context.inputs(node, "in");
    if (inputs.empty()) {
        query.error(nodeLabel(node) + " has no input");
        return;
    }
    std::string columns = "*";
    if (const analysis::Relation* relation = context.relation(node.id)) {
        std::vector<std::string> names;
        for (const model::Column& column : relation->columns) names.push_back(quoteIdentifier(column.name));
        if (!names.empty()) columns = joinWithCommas(names);
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (i > 0) query.line("UNION ALL");
        query.line("SELECT " + columns + " FROM " + quoteIdentifier(GenerationContext::relationName(*inputs[i])));
    }
}

}  // namespace

KindSql unionSql() { return KindSql::view(buildUnion); }

}  // namespace sw::sql
