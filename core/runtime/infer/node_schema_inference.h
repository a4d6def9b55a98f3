#pragma once
// The schema inference of a node, asked of its kind (KindRuntime::inferSchema).

#include <optional>

#include "kinds/node_kind.h"
#include "model/node.h"
#include "runtime/infer/schema_inference_options.h"
#include "runtime/infer/schema_proposal.h"
#include "util/result.h"

namespace sw::runtime {

// Whether nodes of `kind` have a topic or table to infer a schema from.
bool hasSchemaInference(const kinds::NodeKind& kind);

// The proposal for `node`; nothing when its kind is unknown or has nothing to infer from.
std::optional<Result<SchemaProposal>> inferNodeSchema(const model::Node& node, const SchemaInferenceOptions& options);

}  // namespace sw::runtime
