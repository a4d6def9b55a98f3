#include "sql/kind_sql.h"

#include "model/duration.h"
#include "sql/view_query.h"
#include "util/sql_text.h"

namespace sw::sql {

namespace {

// An INTERVAL literal for a Duration option; on a bad value an error and a harmless literal.
std::string intervalOption(const model::Node& node, const char* optionId, ViewQuery& query) {
    const std::string text = GenerationContext::optionOrDefault(node, optionId);
    auto duration = model::parseDuration(text);
    if (duration && duration->count() > 0) return model::formatSqlInterval(*duration);
    query.error("node '" + node.name + "' / " + optionId + ": '" + text + "' is not a positive duration");
    return model::formatSqlInterval(std::chrono::seconds(1));
}

std::string windowTable(const model::Node& node, const std::string& kind, const std::string& input,
                        ViewQuery& query) {
    const std::string timeColumn = node.option("window.time-column");
    if (timeColumn.empty()) query.error("node '" + node.name + "' / window.time-column: no time column chosen");
    std::string call = kind + "(TABLE " + quoteIdentifier(input) + ", DESCRIPTOR(" + quoteIdentifier(timeColumn) + "), ";
    if (kind == "HOP") call += intervalOption(node, "window.slide", query) + ", ";
    call += intervalOption(node, "window.size", query);
    return "TABLE(" + call + "))";
}

// TUMBLE and HOP use the window table-valued functions (accepted by the Flink grammar, and the
// form Flink recommends over the deprecated GROUP BY TUMBLE(...)):
//   SELECT window_start, window_end, <group by>, <aggregates>
//   FROM TABLE(TUMBLE(TABLE in, DESCRIPTOR(ts), size))  -- HOP(..., slide, size)
//   GROUP BY window_start, window_end, <group by>
// NONE is a continuous GROUP BY over the input.
void buildWindowAggregate(const GenerationContext& context, const model::Node& node, ViewQuery& query) {
    const model::Node* input = singleInput(context, node, query);
    if (!input) return;
    const std::string kind = GenerationContext::optionOrDefault(node, "window.kind");
    const bool windowed = kind == "TUMBLE" || kind == "HOP";
    if (!windowed && kind != "NONE") {
        query.error("node '" + node.name + "' / window.kind: unknown window kind '" + kind + "'");
        return;
    }

    std::vector<std::string> keys;
    if (windowed) keys = {quoteIdentifier("window_start"), quoteIdentifier("window_end")};
    for (const std::string& column : node.groupBy) keys.push_back(quoteIdentifier(column));

    std::vector<std::string> items = keys;
    for (std::size_t i = 0; i < node.outputs.size(); ++i) {
        const model::NamedExpression& output = node.outputs[i];
        items.push_back(query.expression(output.expression, "outputs[" + std::to_string(i) + "]") + " AS " +
                        quoteIdentifier(output.name));
    }
    if (items.empty()) {
        query.error("node '" + node.name + "' computes no columns");
        items.push_back("COUNT(*) AS " + quoteIdentifier("count"));
    }
    appendSelectList(query, items);

    const std::string inputName = GenerationContext::relationName(*input);
    query.line("FROM " + (windowed ? windowTable(node, kind, inputName, query) : quoteIdentifier(inputName)));
    if (!keys.empty()) query.line("GROUP BY " + joinWithCommas(keys));
}

}  // namespace

KindSql windowAggregateSql() { return KindSql::view(buildWindowAggregate); }

}  // namespace sw::sql
