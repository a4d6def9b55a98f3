#pragma once
// Connection rules: whether an output port may be wired to an input port, from the kinds' ports.
// The canvas asks before it adds an edge; validation reports the same port problems in a file.

#include <string>

#include "kinds/node_kind.h"
#include "model/job_graph.h"

namespace sw::kinds {

enum class ConnectionProblem {
    None,
    MissingNode,       // an end names no node of the job
    UnknownKind,       // an end's node has a kind the catalog does not know
    SelfLoop,
    FromSink,          // sinks have no outputs
    UnknownPort,       // a port the kind does not have
    WrongDirection,    // not from an output to an input
    AlreadyConnected,
    InputTaken,        // the input takes one edge and has one
    Cycle,             // the target already feeds the source
};

struct ConnectionVerdict {
    ConnectionProblem problem = ConnectionProblem::None;
    const model::Node* from = nullptr;
    const model::Node* to = nullptr;
    const PortDescriptor* toPort = nullptr;

    explicit operator bool() const { return problem == ConnectionProblem::None; }
};

// Whether `edge` may be added to `job`.
ConnectionVerdict checkConnection(const model::JobGraph& job, const model::Edge& edge);

// Whether `portId` of `kind` exists and points the way an edge end needs: an input at the
// edge's target, an output at its source.
ConnectionProblem portProblem(const NodeKind& kind, const std::string& portId, bool atTarget);

// Whether a path of edges leads from node `from` to node `to`.
bool reaches(const model::JobGraph& job, const std::string& from, const std::string& to);

}  // namespace sw::kinds
