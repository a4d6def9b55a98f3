#include "analysis/expression_check.h"

#include "expr/parse/parser.h"

namespace sw::analysis {

std::optional<TypedExpression> checkExpression(const std::string& text,
                                               const std::vector<model::Column>& input,
                                               expr::AggregateUse aggregates,
                                               const std::vector<model::UserFunction>& functions,
                                               const model::Node& node, const std::string& field,
                                               const std::string& fieldWords, Findings& findings) {
    auto parsed = expr::parseExpression(text);
    if (!parsed) {
        findings.add(rules::kBadExpression, node, field,
                     fieldWords + " does not parse: " + parsed.error().toString());
        return std::nullopt;
    }
    const expr::Expr& expression = *parsed.value();
    // Checked before typing so the user gets the column's name, not a generic type error.
    bool allKnown = true;
    for (const auto& name : expr::referencedColumns(expression)) {
        if (findColumn(input, name)) continue;
        findings.add(rules::kUnknownColumn, node, field,
                     fieldWords + " uses column '" + std::string(name) +
                         "', which the input does not have");
        allKnown = false;
    }
    if (!allKnown) return std::nullopt;
    auto typed = expr::typeCheck(expression, input, aggregates, functions);
    if (!typed) {
        findings.add(rules::kBadExpression, node, field,
                     fieldWords + " is not valid: " + typed.error().toString());
        return std::nullopt;
    }
    return TypedExpression{std::move(parsed.value()), typed.value()};
}

const model::Column* findColumn(const std::vector<model::Column>& columns, std::string_view name) {
    for (const model::Column& column : columns) {
        if (column.name == name) return &column;
    }
    return nullptr;
}

}  // namespace sw::analysis
