#include "kinds/mysql/database_table_options.h"

#include "kinds/option_builder.h"

namespace sw::kinds {

// The legacy `rds` connector spells its keys in camelCase (tableName, userName).

OptionDescriptor databaseTableNameOption() {
    return OptionBuilder("table-name", "Table", ValueType::String)
        .required()
        .group("Connection")
        .sqlKey({"mysql", "jdbc"}, "table-name")
        .sqlKey({"rds"}, "tableName")
        .help("Name of the physical table in the database.");
}

OptionDescriptor databaseUsernameOption(bool required) {
    return OptionBuilder("username", "User", ValueType::String)
        .required(required)
        .group("Connection")
        .sqlKey({"mysql", "jdbc"}, "username")
        .sqlKey({"rds"}, "userName")
        .help("Database account used by the connector.");
}

OptionDescriptor databasePasswordOption(bool required) {
    return OptionBuilder("password", "Password", ValueType::Secret)
        .required(required)
        .group("Connection")
        .sqlKey({"mysql", "rds", "jdbc"}, "password")
        .help("Password of the database account; stored and exported only as a secret "
              "reference.");
}

}  // namespace sw::kinds
