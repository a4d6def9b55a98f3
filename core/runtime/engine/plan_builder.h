#pragma once
// PlanBuilder: validates a job, creates one operator per node and cuts the graph into stages.
// A node runs inline in its upstream stage unless it is a sink, a union, or one of several
// consumers of the same output: those start a new stage behind a bounded queue.

#include <map>
#include <string>

#include "model/job_graph.h"
#include "runtime/engine/kind_runtime.h"
#include "runtime/engine/plan.h"
#include "analysis/schema_inference.h"

namespace sw::runtime {

class PlanBuilder {
public:
    PlanBuilder(const model::JobGraph& job, const PlanOptions& options, Plan& plan)
        : job_(job), options_(options), plan_(plan) {}

    Status build();

private:
    Status addNode(const model::Node& node);
    Status addSource(const OperatorContext& context, KindRuntime::BuildSource build, OutputSample* sample);
    // A preview run's sink: captures what the node's writer would write (PlanOptions::captureSinks).
    Result<std::unique_ptr<Operator>> captureSink(const OperatorContext& context);
    Stage& stageBehindQueue(const model::Node& node);
    const std::vector<model::Column>& inputColumns(const model::Node& node) const;
    bool startsStage(const model::Node& node) const;
    std::string fingerprint(const model::Node& node) const;  // kind, output columns, state-shaping options

    const model::JobGraph& job_;
    const PlanOptions& options_;
    Plan& plan_;
    std::map<std::string, analysis::Relation> relations_;
    std::map<std::string, Stage*> stageOf_;  // node id -> the stage whose chain ends with it
};

}  // namespace sw::runtime
