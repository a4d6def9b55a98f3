#pragma once
// requireReachableEndpoint: inference reads from the server the connection check reached; a
// failure of that check (other than the node's schema not matching, which inference is there to
// fix) is the error inference reports, with its class and the node's field.

#include "runtime/check/connection_report.h"
#include "util/result.h"

namespace sw::runtime {

Status requireReachableEndpoint(const ConnectionReport& report);

}  // namespace sw::runtime
