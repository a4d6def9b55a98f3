#pragma once
// Diagnostic: one validation finding, pinned to a node and one of its fields.

#include <string>
#include <vector>

namespace sw::analysis {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;     // stable rule id, e.g. "cycle", "missing-option", "unknown-column"
    std::string nodeId;   // "" = the job as a whole (settings)
    std::string field;    // option id, "schema.columns[2].type", "condition", "joinKeys[0]" ...; "" = node
    std::string message;  // names the node and the field in words a user understands
    std::string fixValue; // non-empty: a one-click replacement value for `field`

    bool operator==(const Diagnostic&) const = default;
};

const char* toString(Severity severity);  // "error" / "warning"
bool hasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace sw::analysis
