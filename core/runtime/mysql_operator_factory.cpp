#include "runtime/mysql_operator_factory.h"

#include "runtime/mysql_lookup_join.h"
#include "runtime/mysql_sink.h"

namespace sw::runtime {

bool isMysqlKind(const std::string& kindId) {
    return kindId == "mysql-lookup" || kindId == "jdbc-lookup" || kindId == "mysql-sink" || kindId == "jdbc-sink";
}

Result<std::unique_ptr<Operator>> createMysqlOperator(const model::Node& node, const std::vector<model::Column>& input,
                                                      const std::vector<model::Column>& relation,
                                                      NodeCounters& counters) {
    const SecretResolver secrets;
    if (node.kind == "mysql-lookup" || node.kind == "jdbc-lookup") {
        auto join = MysqlLookupJoin::create(node, input, relation, secrets, &counters);
        if (!join) return join.error();
        return std::unique_ptr<Operator>(std::move(*join));
    }
    auto sink = MysqlSink::create(node, relation, secrets, &counters);
    if (!sink) return sink.error();
    return std::unique_ptr<Operator>(std::move(*sink));
}

}  // namespace sw::runtime
