#include "sql/view_query.h"

#include "sql/expression_text.h"
#include "sql/window_query.h"
#include "util/sql_text.h"

namespace sw::sql {

namespace {

std::string nodeLabel(const model::Node& node) { return "node '" + node.name + "'"; }

void buildFilter(const GenerationContext& context, const model::Node& node, ViewQuery& query) {
    const model::Node* input = singleInput(context, node, query);
    if (!input) return;
    query.line("SELECT *");
    query.line("FROM " + quoteIdentifier(GenerationContext::relationName(*input)));
    query.line("WHERE " + query.expression(node.option("condition"), "condition"));
}

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

// Explicit column lists, so a reordered input cannot silently shift values between columns.
void buildUnion(const GenerationContext& context, const model::Node& node, ViewQuery& query) {
    const std::vector<const model::Node*> inputs = context.inputs(node, "in");
    if (inputs.empty()) {
        query.error(nodeLabel(node) + " has no input");
        return;
    }
    std::string columns = "*";
    if (const validate::Relation* relation = context.relation(node.id)) {
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

void writeTransformView(StatementWriter& writer, const GenerationContext& context, const model::Node& node) {
    ViewQuery query(node);
    if (node.kind == "filter") {
        buildFilter(context, node, query);
    } else if (node.kind == "project") {
        buildProject(context, node, query);
    } else if (node.kind == "union") {
        buildUnion(context, node, query);
    } else if (node.kind == "window-aggregate") {
        buildWindowAggregate(context, node, query);
    } else {
        query.error(nodeLabel(node) + " has kind '" + node.kind + "', which has no SQL form");
    }
    query.write(writer, GenerationContext::relationName(node));
}

}  // namespace sw::sql
