#include "analysis/kind_inference.h"

namespace sw::analysis {

std::optional<Relation> kafkaSourceRelation(const InferenceInput& input, Findings&) {
    return declaredRelation(input.node);
}

std::optional<Relation> kafkaSinkRelation(const InferenceInput& input, Findings& findings) {
    return sinkRelation(input, findings);
}

std::optional<Relation> upsertKafkaSinkRelation(const InferenceInput& input, Findings& findings) {
    return sinkRelation(input, findings);
}

}  // namespace sw::analysis
