#include "analysis/findings.h"

namespace sw::analysis {

void Findings::add(const RuleCode& rule, const model::Node& node, std::string field,
                   std::string_view text, std::string fixValue) {
    Diagnostic d;
    d.severity = rule.severity;
    d.code = rule.id;
    d.nodeId = node.id;
    d.field = std::move(field);
    d.message = "Node " + nodeLabel(node) + ": " + std::string(text);
    d.fixValue = std::move(fixValue);
    out_.push_back(std::move(d));
}

void Findings::addJob(const RuleCode& rule, std::string field, std::string_view text) {
    Diagnostic d;
    d.severity = rule.severity;
    d.code = rule.id;
    d.field = std::move(field);
    d.message = "Job: " + std::string(text);
    out_.push_back(std::move(d));
}

std::string nodeLabel(const model::Node& node) {
    if (node.name.empty()) return "with id '" + node.id + "'";
    return "'" + node.name + "'";
}

}  // namespace sw::analysis
