#include "analysis/relation.h"

#include "analysis/expression_check.h"

namespace sw::analysis {

const model::Column* Relation::find(std::string_view name) const {
    return findColumn(columns, name);
}

std::string Relation::whyNotRowtime(const std::string& column) const {
    if (!lostRowtimeColumn.empty() && column == lostRowtimeColumn) {
        return "'" + column + "' lost its event time in " + lostRowtimeAt +
               ": not all of its inputs declare a watermark on it, and a union of a rowtime and a plain " +
               "TIMESTAMP is a plain TIMESTAMP(3) (as in Flink); declare the watermark on every input";
    }
    return "'" + column + "' has no watermark; declare a watermark for it on the source";
}

}  // namespace sw::analysis
