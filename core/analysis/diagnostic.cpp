#include "analysis/diagnostic.h"

#include <algorithm>

namespace sw::analysis {

const char* toString(Severity severity) {
    return severity == Severity::Error ? "error" : "warning";
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace sw::analysis
