#include "sql/kind_sql.h"
#include "sql/view_query.h"
#include "util/sql_text.h"

namespace sw::sql {

namespace {

void buildFilter(const GenerationContext& context, const model::Node& node, ViewQuery& query) {
    const model::Node* input = singleInput(context, node, query);
    if (!input) return;
    query.line("SELECT *");
    query.line("FROM " + quoteIdentifier(GenerationContext::relationName(*input)));
    query.line("WHERE " + query.expression(node.option("condition"), "condition"));
}

}  // namespace

KindSql filterSql() { return KindSql::view(buildFilter); }

}  // namespace sw::sql
