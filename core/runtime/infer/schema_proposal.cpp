#include "runtime/infer/schema_proposal.h"

namespace sw::runtime {

model::Schema SchemaProposal::applyTo(const model::Schema& current) const {
    model::Schema schema;
    for (const ProposedColumn& proposed : columns) {
        model::Column column = proposed.column;
        if (const model::Column* kept = current.find(column.name)) column.comment = kept->comment;
        schema.columns.push_back(std::move(column));
    }
    schema.primaryKey = primaryKey;
    if (current.watermark && schema.find(current.watermark->column)) schema.watermark = current.watermark;
    // The processing-time column is computed (`name AS PROCTIME()`), not one of the table's.
    if (!schema.find(current.procTimeColumn)) schema.procTimeColumn = current.procTimeColumn;
    return schema;
}

}  // namespace sw::runtime
