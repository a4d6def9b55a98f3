#pragma once
// Table name and credentials, shared by the MySQL (mysql / rds / jdbc) and JDBC kinds.

#include "kinds/option_descriptor.h"

namespace sw::kinds {

OptionDescriptor databaseTableNameOption();
OptionDescriptor databaseUsernameOption(bool required);
OptionDescriptor databasePasswordOption(bool required);

}  // namespace sw::kinds
