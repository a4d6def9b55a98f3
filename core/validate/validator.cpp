#include "validate/validator.h"

#include <algorithm>
#include <map>

#include "validate/console_variable_rules.h"
#include "validate/endpoint_rules.h"
#include "validate/function_rules.h"
#include "validate/graph_rules.h"
#include "validate/option_rules.h"
#include "analysis/rule_codes.h"
#include "analysis/schema_inference.h"
#include "validate/schema_rules.h"
#include "validate/settings_rules.h"
#include "validate/stream_rules.h"

namespace sw::validate {

std::vector<analysis::Diagnostic> validateJob(const model::JobGraph& job, kinds::Dialect dialect) {
    std::vector<analysis::Diagnostic> diagnostics;
    analysis::Findings findings(diagnostics);
    checkGraphStructure(job, findings);
    checkOptions(job, dialect, findings);
    checkDeclaredSchemas(job, findings);
    const auto relations = analysis::inferRelations(job, diagnostics);
    checkStreamSemantics(job, relations, findings);
    checkEndpoints(job, dialect, findings);
    checkConsoleVariables(job, dialect, findings);
    checkSettings(job.settings, findings);
    checkFunctionAvailability(job, dialect, findings);
    checkFunctionDeclarations(job.settings, findings);

    // Job-level findings sort before every node; within a node, rules sort by code.
    std::map<std::string, std::size_t> nodeOrder;
    for (std::size_t i = 0; i < job.nodes.size(); ++i) nodeOrder.emplace(job.nodes[i].id, i + 1);
    auto rank = [&](const analysis::Diagnostic& d) {
        auto found = nodeOrder.find(d.nodeId);
        return found == nodeOrder.end() ? std::size_t{0} : found->second;
    };
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [&](const analysis::Diagnostic& a, const analysis::Diagnostic& b) {
        if (a.severity != b.severity) return a.severity == analysis::Severity::Error;
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        return a.code < b.code;
    });
    return diagnostics;
}

bool blocksLocalRun(const analysis::Diagnostic& diagnostic) {
    return diagnostic.severity == analysis::Severity::Error && diagnostic.code != analysis::rules::kFunctionNotOnEngine.id;
}

}  // namespace sw::validate
