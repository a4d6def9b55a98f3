#pragma once
// MysqlSchemaInference: "Infer schema" of a MySQL or JDBC node — the table's columns with the type
// Flink's MySQL dialect reads each as (MysqlColumnTypes), NOT NULL, and the primary key.

#include "model/node.h"
#include "runtime/infer/schema_inference_options.h"
#include "runtime/infer/schema_proposal.h"
#include "util/result.h"

namespace sw::runtime {

class MysqlSchemaInference {
public:
    // Errors name the node and field: a server the connection check could not reach, a missing table.
    static Result<SchemaProposal> run(const model::Node& node, const SchemaInferenceOptions& options);
};

}  // namespace sw::runtime
