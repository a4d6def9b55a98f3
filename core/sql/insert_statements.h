#pragma once
// INSERT statements: one per sink input, wrapped in the dialect's statement set when there are several.

#include "sql/generation_context.h"
#include "sql/statement_writer.h"

namespace sw::sql {

// `INSERT INTO sink SELECT <sink columns in order> FROM input;` for every edge into a sink, in
// topological order. Several INSERTs run as one job: aliyun-vvr `BEGIN STATEMENT SET;` ... `END;`,
// apache-flink `EXECUTE STATEMENT SET BEGIN` ... `END;` (the set's own lines have node id "").
void writeInsertStatements(StatementWriter& writer, const GenerationContext& context);

}  // namespace sw::sql
