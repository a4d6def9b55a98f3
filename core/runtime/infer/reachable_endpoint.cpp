#include "runtime/infer/reachable_endpoint.h"

namespace sw::runtime {

Status requireReachableEndpoint(const ConnectionReport& report) {
    for (const CheckItem& item : report.items()) {
        if (item.status != CheckStatus::Failed || item.failure == FailureClass::SchemaMismatch) continue;
        const std::string location = item.field.empty() ? report.nodeLocation() : report.nodeLocation() + " / " + item.field;
        return Error{"[" + std::string(toString(item.failure)) + "] " + item.message, location};
    }
    return Ok{};
}

}  // namespace sw::runtime
