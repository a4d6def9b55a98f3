#include "analysis/kind_inference.h"

namespace sw::analysis {

std::optional<Relation> mysqlLookupRelation(const InferenceInput& input, Findings& findings) {
    return lookupJoinRelation(input, findings);
}

std::optional<Relation> jdbcLookupRelation(const InferenceInput& input, Findings& findings) {
    return lookupJoinRelation(input, findings);
}

std::optional<Relation> mysqlSinkRelation(const InferenceInput& input, Findings& findings) {
    return sinkRelation(input, findings);
}

std::optional<Relation> jdbcSinkRelation(const InferenceInput& input, Findings& findings) {
    return sinkRelation(input, findings);
}

}  // namespace sw::analysis
