#pragma once
// Expression text: a user expression re-printed as canonical SQL, never pasted as typed.

#include <string>
#include <string_view>

#include "util/result.h"

namespace sw::sql {

// Parses `expression` and prints it back (identifiers back-quoted, literals re-quoted), so no
// user text can end a statement early. An expression that does not parse is an Error naming
// `location` (e.g. "node 'clean' / condition").
Result<std::string> expressionSql(std::string_view expression, std::string_view location);

}  // namespace sw::sql
