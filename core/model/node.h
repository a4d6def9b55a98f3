#pragma once
// Node: one vertex of a job graph — a source, lookup, transform or sink of some registered kind.

#include <map>
#include <string>
#include <vector>

#include "model/schema.h"

namespace sw::model {

// `<name> AS <expression>`: a computed column of a projection or an aggregate of a window node.
struct NamedExpression {
    std::string name;
    std::string expression;  // core/expr syntax (a Flink SQL expression)

    bool operator==(const NamedExpression&) const = default;
};

// Equality condition of a lookup join: probe-side column = dimension-table column.
struct JoinKey {
    std::string probeColumn;
    std::string dimColumn;

    bool operator==(const JoinKey&) const = default;
};

struct Position {
    double x = 0;
    double y = 0;
    bool operator==(const Position&) const = default;
};

struct Node {
    std::string id;    // stable identifier inside the job file, unique
    std::string kind;  // id of a kinds::NodeKind, e.g. "kafka-source", "filter"
    std::string name;  // user-visible name; the SQL table or view name
    Position position;

    // Option id (as in the kind's descriptor) -> value as text. Secrets hold "${secret.NAME}".
    std::map<std::string, std::string> options;
    Schema schema;                          // declared table schema (sources, lookups, sinks)
    std::vector<NamedExpression> outputs;   // project: select list; window aggregate: aggregates
    std::vector<std::string> groupBy;       // window aggregate: grouping columns
    std::vector<JoinKey> joinKeys;          // lookup: join condition

    // Option value or "" when unset (descriptor defaults are applied by callers that want them).
    std::string option(const std::string& id) const;
    // "node 'orders'" (the id while the node has no name): how run-time errors name a node.
    std::string location() const;

    bool operator==(const Node&) const = default;
};

}  // namespace sw::model
