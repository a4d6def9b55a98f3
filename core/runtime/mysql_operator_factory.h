#pragma once
// The plan builder's entry for MySQL/JDBC nodes: mysql-lookup / jdbc-lookup -> MysqlLookupJoin,
// mysql-sink / jdbc-sink -> MysqlSink. Secrets come from SW_SECRET_* (SecretResolver).

#include <memory>
#include <string>
#include <vector>

#include "model/node.h"
#include "runtime/metrics_registry.h"
#include "runtime/operator.h"

namespace sw::runtime {

bool isMysqlKind(const std::string& kindId);

// `input`: the columns reaching the node; `relation`: its inferred output (lookup) or the columns
// it writes (sink).
Result<std::unique_ptr<Operator>> createMysqlOperator(const model::Node& node, const std::vector<model::Column>& input,
                                                      const std::vector<model::Column>& relation,
                                                      NodeCounters& counters);

}  // namespace sw::runtime
