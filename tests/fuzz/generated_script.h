#pragma once
// Reading the generator's statement records back against its text, for the SQL invariants.

#include <string>
#include <string_view>
#include <vector>

#include "sql/generator.h"

namespace sw::fuzz {

// The script's lines, as GeneratedStatement::firstLine/lastLine count them.
std::vector<std::string_view> scriptLines(std::string_view text);

// Whether a statement record opens a statement set ("EXECUTE STATEMENT SET BEGIN" in Flink,
// "BEGIN STATEMENT SET;" in Alibaba's dialect): the block up to its "END;" is one statement.
bool opensStatementSet(std::string_view line);

// The statements a Flink SQL client executes: each record outside a statement set, and each set
// (opener, INSERTs and END) once. Flink: EXECUTE STATEMENT SET BEGIN ... END; runs as one job
// (https://nightlies.apache.org/flink/flink-docs-release-1.17/docs/dev/table/sql/insert/).
std::size_t executedStatementCount(const sql::GeneratedSql& sql);

}  // namespace sw::fuzz
