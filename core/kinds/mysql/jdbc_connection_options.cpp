#include "kinds/mysql/jdbc_connection_options.h"

#include "kinds/mysql/database_table_options.h"
#include "kinds/option_builder.h"

namespace sw::kinds {

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

}  // namespace sw::kinds
