#pragma once
// Table DDL: CREATE [TEMPORARY] TABLE for a connector node (source, sink, lookup dimension table).

#include <string>
#include <vector>

#include "kinds/node_kind.h"
#include "model/node.h"
#include "sql/generation_context.h"
#include "sql/statement_writer.h"

namespace sw::sql {

// The physical columns of a connector node's table: its declared schema, or — for a sink that
// declares none — the columns of the relation it reads (time attributes become plain types).
std::vector<model::Column> tableColumns(const GenerationContext& context, const model::Node& node);

// One CREATE statement named `tableName`: columns, processing-time column, watermark, primary key
// and the WITH clause. aliyun-vvr writes TEMPORARY tables, the only ones where secret
// references work on the console.
void writeTableDdl(StatementWriter& writer, GenerationContext& context, const model::Node& node,
                   const kinds::NodeKind& kind, const std::string& tableName);

}  // namespace sw::sql
