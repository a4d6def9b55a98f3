#include "runtime/metrics/node_preview_source.h"

#include "expr/eval/value_text.h"

namespace sw::runtime {

protocol::NodePreview::Row previewRow(const expr::Row& row, const std::vector<model::Column>& columns) {
    protocol::NodePreview::Row text;
    text.reserve(row.size());
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i].isNull() || i >= columns.size()) {
            text.emplace_back();
            continue;
        }
        std::string value;
        expr::appendValue(value, row[i], columns[i].type);
        text.emplace_back(std::move(value));
    }
    return text;
}

std::vector<std::string> columnNames(const std::vector<model::Column>& columns) {
    std::vector<std::string> names;
    names.reserve(columns.size());
    for (const model::Column& column : columns) names.push_back(column.name);
    return names;
}

}  // namespace sw::runtime
