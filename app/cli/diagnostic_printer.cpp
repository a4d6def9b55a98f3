#include "cli/diagnostic_printer.h"

namespace sw::cli {

void printDiagnostics(std::ostream& out, const std::string& file, const model::JobGraph& job,
                      const std::vector<analysis::Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics) {
        out << file << ": " << analysis::toString(d.severity) << ": ";
        if (const model::Node* node = job.findNode(d.nodeId))
            out << "node '" << node->name << "' (" << node->kind << ")";
        else if (!d.nodeId.empty())
            out << "node id '" << d.nodeId << "'";
        else
            out << "job";
        if (!d.field.empty()) out << ", field " << d.field;
        out << ": " << d.message << " [" << d.code << "]";
        if (!d.fixValue.empty()) out << " (suggested value: " << d.fixValue << ")";
        out << "\n";
    }
}

}  // namespace sw::cli
