#include "sql/view_query.h"

#include "sql/expression_text.h"
#include "util/sql_text.h"

namespace sw::sql {

std::string nodeLabel(const model::Node& node) { return "node '" + node.name + "'"; }

std::string ViewQuery::expression(std::string_view text, std::string_view field) {
    auto sql = expressionSql(text, nodeLabel(node_) + " / " + std::string(field));
    if (sql) return sql.value();
    errors_.push_back(sql.error().toString());
    return "NULL";
}

void ViewQuery::write(StatementWriter& writer, const std::string& viewName) const {
    writer.beginStatement(node_.id);
    for (const std::string& message : errors_) writer.comment("ERROR: " + message);
    if (!lines_.empty()) {
        writer.line("CREATE TEMPORARY VIEW " + quoteIdentifier(viewName) + " AS");
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            writer.line(i + 1 < lines_.size() ? lines_[i] : lines_[i] + ";");
        }
    }
    writer.endStatement();
}

void appendSelectList(ViewQuery& query, const std::vector<std::string>& items) {
    query.line("SELECT");
    for (std::size_t i = 0; i < items.size(); ++i) {
        query.line("  " + items[i] + (i + 1 < items.size() ? "," : ""));
    }
}

std::string joinWithCommas(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += ", ";
        out += item;
    }
    return out;
}

const model::Node* singleInput(const GenerationContext& context, const model::Node& node, ViewQuery& query) {
    const std::vector<const model::Node*> inputs = context.inputs(node, "in");
    if (inputs.empty()) query.error(nodeLabel(node) + " has no input");
    return inputs.empty() ? nullptr : inputs.front();
}


}  // namespace sw::sql
