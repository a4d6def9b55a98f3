#pragma once
// The connection check of a node, asked of its kind (KindRuntime::checkConnection).

#include <optional>

#include "kinds/node_kind.h"
#include "model/node.h"
#include "runtime/check/connection_check_options.h"
#include "runtime/check/connection_report.h"

namespace sw::runtime {

// Whether nodes of `kind` connect to a server that "Test connection" can reach.
bool hasConnectionCheck(const kinds::NodeKind& kind);

// The report of `node`'s check; nothing when its kind is unknown or has no server to test.
std::optional<ConnectionReport> checkNodeConnection(const model::Node& node, const ConnectionCheckOptions& options);

}  // namespace sw::runtime
