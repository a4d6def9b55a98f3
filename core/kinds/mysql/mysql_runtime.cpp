#include "runtime/engine/kind_runtime.h"

#include "runtime/check/mysql_connection_check.h"
#include "runtime/infer/mysql_schema_inference.h"
#include "runtime/engine/secret_resolver.h"
#include "runtime/mysql/mysql_connection_factory.h"
#include "runtime/mysql/mysql_lookup_join.h"
#include "runtime/mysql/mysql_sink.h"

namespace sw::runtime {

namespace {

// A fallback of the TLS check through a jump host is said on every run it happens in.
void warnOfTlsFallback(const OperatorContext& context) {
    auto factory = MysqlConnectionFactory::fromNode(context.node, SecretResolver());
    if (!factory) return;  // the operator reports the error itself
    if (auto warning = factory->jumpHostTlsWarning()) context.warnings.push_back(*warning);
}

// Flink's JDBC dialect for MySQL has no ARRAY, MAP or ROW columns; say which column is one
// before any connection is made.
Status refuseCompositeColumns(const std::vector<model::Column>& columns) {
    for (const model::Column& column : columns) {
        const model::TypeKind kind = column.type.kind();
        if (kind == model::TypeKind::Array || kind == model::TypeKind::Map || kind == model::TypeKind::Row)
            return Error{"MySQL tables have no " + column.type.toSql() + " columns (Flink's JDBC MySQL dialect refuses them too)",
                         "column '" + column.name + "'"};
    }
    return Ok{};
}

Result<std::unique_ptr<Operator>> buildLookupJoin(const OperatorContext& context) {
    if (auto refused = refuseCompositeColumns(context.node.schema.columns); !refused) return refused.error();
    warnOfTlsFallback(context);
    return upcast<Operator>(
        MysqlLookupJoin::create(context.node, context.input, context.output, SecretResolver(), &context.counters));
}

Result<std::unique_ptr<Operator>> buildSink(const OperatorContext& context) {
    if (auto refused = refuseCompositeColumns(context.output); !refused) return refused.error();
    warnOfTlsFallback(context);
    return upcast<Operator>(MysqlSink::create(context.node, context.output, SecretResolver(), &context.counters));
}

// A MySQL server behind the node: "Test connection" reaches it, "Infer schema" reads its table.
KindRuntime withMysqlServer(const KindRuntime& runtime) {
    return runtime.withConnectionCheck(MysqlConnectionCheck::run).withSchemaInference(MysqlSchemaInference::run);
}

}  // namespace

// The jdbc kinds run on the same MySQL client: their URL names a MySQL (or RDS) server.
KindRuntime mysqlLookupRuntime() { return withMysqlServer(KindRuntime::ofOperator(buildLookupJoin)); }
KindRuntime jdbcLookupRuntime() { return withMysqlServer(KindRuntime::ofOperator(buildLookupJoin)); }
KindRuntime mysqlSinkRuntime() { return withMysqlServer(KindRuntime::ofOperator(buildSink)); }
KindRuntime jdbcSinkRuntime() { return withMysqlServer(KindRuntime::ofOperator(buildSink)); }

}  // namespace sw::runtime
