#include "model/schema_diff.h"

namespace sw::model {

namespace {

std::string keyText(const std::vector<std::string>& key) {
    std::string text;
    for (const std::string& name : key) text += (text.empty() ? "" : ", ") + name;
    return key.empty() ? "none" : "(" + text + ")";
}

}  // namespace

SchemaDiff SchemaDiff::between(const Schema& current, const Schema& proposed) {
    SchemaDiff diff;
    for (const Column& column : proposed.columns) {
        const Column* before = current.find(column.name);
        if (!before) diff.added.push_back(column);
        else if (before->type != column.type) diff.retyped.push_back({column.name, before->type, column.type});
    }
    for (const Column& column : current.columns)
        if (!proposed.find(column.name)) diff.removed.push_back(column);
    diff.keyBefore = current.primaryKey;
    diff.keyAfter = proposed.primaryKey;
    return diff;
}

std::vector<std::string> SchemaDiff::lines() const {
    std::vector<std::string> lines;
    for (const Column& column : added) lines.push_back("+ " + column.name + " " + column.type.toSql());
    for (const Column& column : removed) lines.push_back("- " + column.name + " " + column.type.toSql());
    for (const Retyped& change : retyped)
        lines.push_back("~ " + change.name + ": " + change.before.toSql() + " -> " + change.after.toSql());
    if (keyChanged()) lines.push_back("key: " + keyText(keyBefore) + " -> " + keyText(keyAfter));
    return lines;
}

}  // namespace sw::model
