#include "runtime/infer/mysql_schema_inference.h"

#include <cppconn/connection.h>
#include <cppconn/exception.h>

#include <algorithm>

#include "runtime/check/mysql_column_types.h"
#include "runtime/check/mysql_connection_check.h"
#include "runtime/check/mysql_table_shape.h"
#include "runtime/infer/reachable_endpoint.h"
#include "runtime/mysql/mysql_connection_factory.h"

namespace sw::runtime {

namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

SchemaProposal proposalOf(const MysqlTableShape& shape, const MysqlConnectionSettings& settings) {
    SchemaProposal proposal;
    proposal.source = "table '" + settings.database + "." + settings.table + "'";
    std::vector<std::string> leftOut;
    for (const MysqlTableColumn& column : shape.columns) {
        const auto type = MysqlColumnTypes::flinkTypeOf(column.columnType);
        if (!type) {
            leftOut.push_back(column.name);
            proposal.notes.push_back("column '" + column.name + "' is " + column.columnType +
                                     ", which Flink's MySQL dialect does not read: left out");
            continue;
        }
        const bool key = contains(shape.primaryKey, column.name);
        std::string evidence = column.columnType + (column.nullable ? "" : " NOT NULL") + (key ? ", primary key" : "");
        proposal.columns.push_back({model::Column{column.name, type->withNullable(column.nullable && !key), {}},
                                    std::move(evidence)});
    }
    const bool keyReadable = std::none_of(shape.primaryKey.begin(), shape.primaryKey.end(),
                                          [&](const std::string& name) { return contains(leftOut, name); });
    if (keyReadable) proposal.primaryKey = shape.primaryKey;
    else proposal.notes.push_back("the table's primary key has a column Flink does not read: no key proposed");
    if (shape.primaryKey.empty()) proposal.notes.push_back("the table has no primary key");
    return proposal;
}

}  // namespace

Result<SchemaProposal> MysqlSchemaInference::run(const model::Node& node, const SchemaInferenceOptions& options) {
    // The check classifies an unreachable server, a refused login and a missing table.
    if (auto reached = requireReachableEndpoint(MysqlConnectionCheck::run(node, options.connection)); !reached)
        return reached.error();
    auto configured = MysqlConnectionFactory::fromNode(node, options.connection.secrets);
    if (!configured) return configured.error();
    MysqlConnectionSettings settings = configured->settings();
    const int seconds = options.connection.wholeSeconds();
    settings.connectTimeoutSeconds = seconds;
    settings.readTimeoutSeconds = seconds;
    const MysqlConnectionFactory factory(settings, configured->location());
    try {
        const std::unique_ptr<sql::Connection> connection = factory.connectOrThrow();
        return proposalOf(MysqlTableShape::read(*connection, settings.database, settings.table), settings);
    } catch (const sql::SQLException& e) {
        Error error = factory.describe(e, "reading the table's definition");
        error.message = "[" + std::string(toString(MysqlConnectionCheck::classify(e.getErrorCode(), e.what()))) + "] " +
                        error.message;
        return error;
    }
}

}  // namespace sw::runtime
