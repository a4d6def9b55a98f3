#include "expr/parse/parser.h"
#include "expr/parse/printer.h"
#include "expr/types/type_checker.h"
#include "fuzz_targets.h"

namespace sw::fuzz {
namespace {

// One column of each type family, so that operators and functions meet every kind of operand.
const std::vector<model::Column>& columns() {
    static const std::vector<model::Column> all = [] {
        std::vector<model::Column> list;
        for (const auto& [name, type] : std::vector<std::pair<const char*, const char*>>{
                 {"i", "INT"}, {"b", "BIGINT NOT NULL"}, {"d", "DECIMAL(10, 2)"}, {"f", "DOUBLE"},
                 {"s", "STRING"}, {"c", "CHAR(3)"}, {"flag", "BOOLEAN"}, {"day", "DATE"},
                 {"ts", "TIMESTAMP(3)"}, {"lts", "TIMESTAMP_LTZ(3)"}, {"bytes", "BYTES"},
                 {"arr", "ARRAY<INT>"}, {"m", "MAP<STRING, BIGINT>"}, {"r", "ROW<x INT, y STRING>"}}) {
            auto parsed = model::FlinkType::parse(type);
            list.push_back({name, *parsed, {}});
        }
        return list;
    }();
    return all;
}

}  // namespace

std::string parseAndTypeCheckExpression(std::string_view input) {
    auto parsed = expr::parseExpression(input);
    if (!parsed) {
        if (parsed.error().location.rfind("offset ", 0) != 0)
            return "a parse error is not located by offset: '" + parsed.error().location + "'";
        return {};
    }
    for (expr::AggregateUse use : {expr::AggregateUse::Forbidden, expr::AggregateUse::Allowed}) {
        auto type = expr::typeCheck(**parsed, columns(), use);
        if (!type && type.error().message.empty()) return "a type error has no message";
    }
    const std::string printed = expr::toSql(**parsed);
    auto reparsed = expr::parseExpression(printed);
    if (!reparsed) return "the printed expression does not parse: " + printed + " (" + reparsed.error().toString() + ")";
    if (expr::toSql(**reparsed) != printed) return "the printed expression prints differently: " + printed;
    return {};
}

}  // namespace sw::fuzz
