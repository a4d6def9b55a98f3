#pragma once
// WITH clause: a connector node's options as the target connector's key = value pairs.

#include <string>
#include <vector>

#include "kinds/node_kind.h"
#include "model/node.h"
#include "sql/generation_context.h"

namespace sw::sql {

struct WithOption {
    std::string key;    // unquoted; the DDL writer quotes keys and values
    std::string value;
};

// 'connector' first, then the kind's options in descriptor order: an option is written when set
// on the node, when alwaysEmit or when required (then with its default), and only when the
// target connector has a key for it and the option is visible under the node's other choices.
// Composed options: the JDBC url right after 'connector', the generated SASL JAAS string last.
std::vector<WithOption> withOptions(GenerationContext& context, const model::Node& node,
                                    const kinds::NodeKind& kind,
                                    const std::vector<model::Column>& columns);

}  // namespace sw::sql
