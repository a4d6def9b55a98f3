#pragma once
// KindRuntime: how the local runtime builds a node kind's operator. Each kind's home defines
// NAMERuntime() (kinds/node_kinds.def): a source factory, an operator factory, or the reason the
// local runtime does not run the kind.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analysis/relation.h"
#include "kinds/node_kind.h"
#include "model/job_graph.h"
#include "runtime/check/connection_check_options.h"
#include "runtime/check/connection_report.h"
#include "runtime/engine/operator.h"
#include "runtime/infer/schema_inference_options.h"
#include "runtime/infer/schema_proposal.h"
#include "runtime/engine/plan.h"
#include "util/result.h"

namespace sw::runtime {

// What a factory may use; everything outlives the plan being built.
struct OperatorContext {
    const model::JobGraph& job;
    const model::Node& node;
    const kinds::NodeKind& kind;
    const std::vector<model::Column>& input;   // the rows arriving; empty for a source
    const std::vector<model::Column>& output;  // the node's own relation
    const std::map<std::string, analysis::Relation>& relations;  // every node's, by id
    const PlanOptions& options;
    MetricsRegistry& metrics;
    NodeCounters& counters;
    std::vector<std::string>& warnings;  // said once when the run starts
};

struct KindRuntime {
    using BuildSource = Result<std::unique_ptr<SourceOperator>> (*)(const OperatorContext& context);
    using BuildOperator = Result<std::unique_ptr<Operator>> (*)(const OperatorContext& context);
    // "Test connection": reaches the node's server and compares what is there with the node.
    using CheckConnection = ConnectionReport (*)(const model::Node& node, const ConnectionCheckOptions& options);
    // "Infer schema": reads the node's topic or table and proposes its columns.
    using InferSchema = Result<SchemaProposal> (*)(const model::Node& node, const SchemaInferenceOptions& options);

    BuildSource source = nullptr;
    BuildOperator operate = nullptr;
    std::string notRunnable;  // why the local runtime does not run the kind; "" when it does
    bool dropsLateRecords = false;  // its metrics report late rows dropped (event-time windows)
    CheckConnection checkConnection = nullptr;  // nullptr: the kind has no server to test
    InferSchema inferSchema = nullptr;          // nullptr: the kind has nothing to infer a schema from

    static KindRuntime ofSource(BuildSource build) { return {build, nullptr, {}, false, nullptr, nullptr}; }
    static KindRuntime ofOperator(BuildOperator build) { return {nullptr, build, {}, false, nullptr, nullptr}; }
    static KindRuntime notRunLocally(std::string reason) { return {nullptr, nullptr, std::move(reason), false, nullptr, nullptr}; }
    KindRuntime withConnectionCheck(CheckConnection check) const {
        KindRuntime runtime = *this;
        runtime.checkConnection = check;
        return runtime;
    }
    KindRuntime withSchemaInference(InferSchema infer) const {
        KindRuntime runtime = *this;
        runtime.inferSchema = infer;
        return runtime;
    }
};

#define SW_NODE_KIND(name) KindRuntime name##Runtime();
#include "kinds/node_kinds.def"
#undef SW_NODE_KIND

// The runtime of `kind`, from the table kinds/node_kinds.def builds.
const KindRuntime& kindRuntime(const kinds::NodeKind& kind);

// Wraps a concrete operator's result as the base type a factory returns.
template <typename Base, typename Concrete>
Result<std::unique_ptr<Base>> upcast(Result<std::unique_ptr<Concrete>> built) {
    if (!built) return built.error();
    return std::unique_ptr<Base>(std::move(*built));
}

}  // namespace sw::runtime
