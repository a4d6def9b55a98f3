#include "sql/mysql_jdbc_url.h"

#include "sql/generation_context.h"

namespace sw::sql {

namespace {

std::string tlsParameters(const std::string& mode) {
    if (mode == "DISABLED") return "useSSL=false";
    if (mode == "VERIFY_CA" || mode == "VERIFY_IDENTITY") {
        return "useSSL=true&requireSSL=true&verifyServerCertificate=true";
    }
    return "useSSL=true&requireSSL=true";  // REQUIRED, and the safe reading of anything else
}

}  // namespace

bool composesJdbcUrl(const kinds::NodeKind& kind, std::string_view connector) {
    return (connector == "rds" || connector == "jdbc") && kind.option("hostname") != nullptr;
}

std::string mysqlJdbcUrl(const model::Node& node) {
    auto option = [&](const char* id) { return GenerationContext::optionOrDefault(node, id); };
    return "jdbc:mysql://" + option("hostname") + ":" + option("port") + "/" +
           option("database-name") + "?" + tlsParameters(option("ssl.mode"));
}

}  // namespace sw::sql
