#include "connectors/jdbc_connection_options.h"

#include "connectors/database_table_options.h"
#include "connectors/option_builder.h"

namespace sw::connectors {

std::vector<OptionDescriptor> jdbcConnectionOptions() {
    return {
        OptionBuilder("url", "JDBC URL", ValueType::String)
            .required()
            .group("Connection")
            .sqlKey({"jdbc"}, "url")
            .help("Full JDBC url, e.g. jdbc:mysql://host:3306/db or "
                  "jdbc:postgresql://host:5432/db."),
        databaseTableNameOption(),
        // Flink's jdbc connector makes the credentials optional (both or neither).
        databaseUsernameOption(false),
        databasePasswordOption(false),
        OptionBuilder("driver", "Driver class", ValueType::String)
            .group("Connection")
            .sqlKey({"jdbc"}, "driver")
            .help("JDBC driver class; when empty the connector derives it from the url."),
    };
}

}  // namespace sw::connectors
