#include "runtime/engine/kind_runtime.h"

#include "runtime/check/mysql_connection_check.h"
#include "runtime/engine/secret_resolver.h"
#include "runtime/mysql/mysql_lookup_join.h"
#include "runtime/mysql/mysql_sink.h"

namespace sw::runtime {

namespace {

Result<std::unique_ptr<Operator>> buildLookupJoin(const OperatorContext& context) {
    return upcast<Operator>(
        MysqlLookupJoin::create(context.node, context.input, context.output, SecretResolver(), &context.counters));
}

Result<std::unique_ptr<Operator>> buildSink(const OperatorContext& context) {
    return upcast<Operator>(MysqlSink::create(context.node, context.output, SecretResolver(), &context.counters));
}

}  // namespace

// The jdbc kinds run on the same MySQL client: their URL names a MySQL (or RDS) server.
KindRuntime mysqlLookupRuntime() {
    return KindRuntime::ofOperator(buildLookupJoin).withConnectionCheck(MysqlConnectionCheck::run);
}
KindRuntime jdbcLookupRuntime() {
    return KindRuntime::ofOperator(buildLookupJoin).withConnectionCheck(MysqlConnectionCheck::run);
}
KindRuntime mysqlSinkRuntime() { return KindRuntime::ofOperator(buildSink).withConnectionCheck(MysqlConnectionCheck::run); }
KindRuntime jdbcSinkRuntime() { return KindRuntime::ofOperator(buildSink).withConnectionCheck(MysqlConnectionCheck::run); }

}  // namespace sw::runtime
