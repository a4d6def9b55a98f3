#pragma once
// KafkaSchemaInference: "Infer schema" of a JSON-format Kafka node — reads up to N of the newest
// messages of its topics (without joining a group or committing) and proposes columns from them
// (JsonSchemaInference).

#include "model/node.h"
#include "runtime/infer/schema_inference_options.h"
#include "runtime/infer/schema_proposal.h"
#include "util/result.h"

namespace sw::runtime {

class KafkaSchemaInference {
public:
    // Errors name the node and field: a format other than JSON, a broker the connection check
    // could not reach, a missing topic.
    static Result<SchemaProposal> run(const model::Node& node, const SchemaInferenceOptions& options);
};

}  // namespace sw::runtime
