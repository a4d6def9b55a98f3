#pragma once
// Findings: how rules append diagnostics — the code fixes the severity, the node fixes the prefix.

#include <string>
#include <string_view>
#include <vector>

#include "kinds/node_kind.h"
#include "model/node.h"
#include "analysis/diagnostic.h"
#include "analysis/rule_codes.h"

namespace sw::analysis {

class Findings {
public:
    explicit Findings(std::vector<Diagnostic>& out) : out_(out) {}

    // `text` says what is wrong with `field` in words; the node's name is prefixed here.
    void add(const RuleCode& rule, const model::Node& node, std::string field, std::string_view text,
             std::string fixValue = {});
    // A finding about the job as a whole (settings, edges between unknown nodes).
    void addJob(const RuleCode& rule, std::string field, std::string_view text);

private:
    std::vector<Diagnostic>& out_;
};

// "'orders'" — or "node 'n3'" when the node has no name yet, so every message can point somewhere.
std::string nodeLabel(const model::Node& node);


}  // namespace sw::analysis
