#pragma once
// Which catalog functions the local runtime evaluates. The others still type-check and export;
// only a local run of an expression using one is refused, naming it.

#include <string>

#include "expr/parse/function_catalog.h"

namespace sw::expr {

bool isEvaluatedLocally(FunctionId id);
// "JSON_QUERY is not evaluated locally yet" (the message a refused run shows).
std::string notEvaluatedLocallyMessage(FunctionId id);

}  // namespace sw::expr
