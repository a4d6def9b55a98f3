#pragma once
// GenerationContext: what every statement writer needs to know about the job being exported.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kinds/node_kind.h"
#include "model/job_graph.h"
#include "sql/secret_placeholders.h"
#include "analysis/schema_inference.h"

namespace sw::sql {

class GenerationContext {
public:
    GenerationContext(const model::JobGraph& job, kinds::Dialect dialect);

    const model::JobGraph& job() const { return job_; }
    kinds::Dialect dialect() const { return dialect_; }
    SecretPlaceholders& secrets() { return secrets_; }

    // Node ids in dependency order (file order if the graph has a cycle; the validator reports it).
    const std::vector<std::string>& order() const { return order_; }

    // The inferred output relation of a node, or nullptr when its inputs could not be typed.
    const analysis::Relation* relation(std::string_view nodeId) const;
    // Nodes feeding `node` through `port`, in file order.
    std::vector<const model::Node*> inputs(const model::Node& node, std::string_view port) const;

    // The relation (table or view) downstream statements read for `node`: its name.
    static std::string relationName(const model::Node& node);
    // The dimension table behind a lookup node (the join view takes the node's own name).
    static std::string dimTableName(const model::Node& node);
    // The node's option, or the kind's default when unset.
    static std::string optionOrDefault(const model::Node& node, std::string_view optionId);

private:
    const model::JobGraph& job_;
    kinds::Dialect dialect_;
    SecretPlaceholders secrets_;
    std::vector<std::string> order_;
    std::map<std::string, analysis::Relation, std::less<>> relations_;
};

}  // namespace sw::sql
