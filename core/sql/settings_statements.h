#pragma once
// Script header and job settings: title, secret variables, deployment YAML and SET statements.

#include <set>
#include <string>

#include "kinds/node_kind.h"
#include "model/job_graph.h"
#include "sql/statement_writer.h"

namespace sw::sql {

// Header comments: the title with the (comment-safe) job name, the secret variables the script
// references, and for aliyun-vvr the engine settings as a commented YAML block.
void writeHeader(StatementWriter& writer, const model::JobGraph& job, kinds::Dialect dialect,
                 const std::set<std::string>& secretVariables);

// `SET 'key' = 'value';` in settingEntries order: table.* keys for aliyun-vvr (the only ones a
// console draft takes), every key for apache-flink.
void writeSetStatements(StatementWriter& writer, const model::JobSettings& settings, kinds::Dialect dialect);

// `CREATE TEMPORARY FUNCTION name AS 'class' LANGUAGE JAVA;` for each declared user-defined
// function, in declaration order, under a comment saying the JAR is to be added to the deployment.
void writeFunctionStatements(StatementWriter& writer, const model::JobSettings& settings);

// aliyun-vvr: the engine (non-table.*) settings as deployment YAML "key: value" lines; the
// console takes them under the deployment's configuration. apache-flink: "" (all are SET).
std::string deploymentYaml(const model::JobSettings& settings, kinds::Dialect dialect);

}  // namespace sw::sql
