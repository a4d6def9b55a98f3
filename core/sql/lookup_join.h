#pragma once
// Lookup join: the view that enriches a probe stream from a lookup node's dimension table.

#include "model/node.h"
#include "sql/generation_context.h"
#include "sql/statement_writer.h"

namespace sw::sql {

// CREATE TEMPORARY VIEW <node name> AS
//   SELECT s.<probe columns>, d.<dimension columns not already on the probe side>
//   FROM <probe> AS s [LEFT|INNER] JOIN <node name>__dim FOR SYSTEM_TIME AS OF s.<proc time> AS d
//   ON s.a = d.b AND ...
// The view carries the node's name, so downstream nodes read the relation named after the node
// they are connected to; the table DDL (written elsewhere) is <node name>__dim.
void writeLookupJoinView(StatementWriter& writer, const GenerationContext& context, const model::Node& node);

}  // namespace sw::sql
