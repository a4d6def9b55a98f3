#include "analysis/kind_inference.h"

namespace sw::analysis {

std::optional<Relation> datagenSourceRelation(const InferenceInput& input, Findings&) {
    return declaredRelation(input.node);
}

std::optional<Relation> printSinkRelation(const InferenceInput& input, Findings& findings) {
    return sinkRelation(input, findings);
}

std::optional<Relation> blackholeSinkRelation(const InferenceInput& input, Findings& findings) {
    return sinkRelation(input, findings);
}

}  // namespace sw::analysis
