#pragma once
// View queries: the CREATE TEMPORARY VIEW a transform kind builds (its home's NAMESql()).

#include <string>
#include <string_view>
#include <vector>

#include "model/node.h"
#include "sql/generation_context.h"
#include "sql/statement_writer.h"

namespace sw::sql {

// The SELECT behind one view, and the problems met while building it.
class ViewQuery {
public:
    explicit ViewQuery(const model::Node& node) : node_(node) {}

    // The canonical SQL of a user expression, or NULL plus an error when it does not parse:
    // the script stays well-formed and the error comment tells why (export is blocked elsewhere).
    std::string expression(std::string_view text, std::string_view field);
    void error(std::string message) { errors_.push_back(std::move(message)); }
    void line(std::string text) { lines_.push_back(std::move(text)); }

    // `-- ERROR:` comments, then `CREATE TEMPORARY VIEW <name> AS` and the query, as one statement.
    // A query without lines (its input is missing) is written as the comments alone.
    void write(StatementWriter& writer, const std::string& viewName) const;

private:
    const model::Node& node_;
    std::vector<std::string> lines_;
    std::vector<std::string> errors_;
};

// Comma-separated select-list lines ("  a," ... "  z"), one item per line.
void appendSelectList(ViewQuery& query, const std::vector<std::string>& items);
std::string joinWithCommas(const std::vector<std::string>& items);

// The single input of `node` on port "in", or nullptr after recording an error on `query`.
const model::Node* singleInput(const GenerationContext& context, const model::Node& node, ViewQuery& query);

// "node 'orders'", as SQL comments name a node.
std::string nodeLabel(const model::Node& node);

}  // namespace sw::sql
