#include "sql/kind_sql.h"
#include "sql/view_query.h"
#include "util/sql_text.h"

namespace sw::sql {

namespace {

void buildProject(const GenerationContext& context, const model::Node& node, ViewQuery& query) {
    const model::Node* input = singleInput(context, node, query);
    if (!input) return;
    std::vector<std::string> items;
    for (std::size_t i = 0; i < node.outputs.size(); ++i) {
        const model::NamedExpression& output = node.outputs[i];
        items.push_back(query.expression(output.expression, "outputs[" + std::to_string(i) + "]") + " AS " +
                        quoteIdentifier(output.name));
    }
    if (items.empty()) {
        query.error(nodeLabel(node) + " selects no columns");
        items.push_back("*");
    }
    appendSelectList(query, items);
    query.line("FROM " + quoteIdentifier(GenerationContext::relationName(*input)));
}

}  // namespace

KindSql projectSql() { return KindSql::view(buildProject); }

}  // namespace sw::sql
