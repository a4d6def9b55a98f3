#include "validate/console_variable_rules.h"

#include "kinds/catalog.h"
#include "model/secret_ref.h"

namespace sw::validate {
namespace {

constexpr std::string_view kWhy =
    " contains '${', which the Alibaba Cloud console substitutes as a variable in a SQL draft; "
    "remove it, or reference a stored secret as ${secret.NAME}";

// True when `text` holds a "${" that does not open one of our secret references (the export
// turns those into the console's own ${secret_values.NAME}).
bool holdsConsoleVariable(std::string_view text) {
    for (std::size_t at = text.find("${"); at != std::string_view::npos; at = text.find("${", at + 2)) {
        const std::size_t close = text.find('}', at);
        if (close == std::string_view::npos || !model::secretName(text.substr(at, close - at + 1))) return true;
    }
    return false;
}

// Secrets always export as a placeholder; local paths never reach the SQL.
bool exportsAsText(const kinds::NodeKind* kind, const std::string& key) {
    const kinds::OptionDescriptor* descriptor = kind ? kind->descriptorOfKey(key) : nullptr;
    return !descriptor || (!descriptor->isSecret() && descriptor->type != kinds::ValueType::Path);
}

void checkNode(const model::Node& node, analysis::Findings& findings) {
    auto report = [&](const std::string& field, const std::string& what) {
        findings.add(analysis::rules::kConsoleVariable, node, field, what + std::string(kWhy));
    };
    if (holdsConsoleVariable(node.name)) report("name", "the name");
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
    for (const auto& [key, value] : node.options) {
        if (exportsAsText(kind, key) && holdsConsoleVariable(value)) report(key, "the option '" + key + "'");
    }
    for (std::size_t i = 0; i < node.schema.columns.size(); ++i) {
        if (holdsConsoleVariable(node.schema.columns[i].name)) {
            report("schema.columns[" + std::to_string(i) + "].name", "the column name");
        }
    }
    for (std::size_t i = 0; i < node.outputs.size(); ++i) {
        const model::NamedExpression& output = node.outputs[i];
        if (holdsConsoleVariable(output.name) || holdsConsoleVariable(output.expression)) {
            report("outputs[" + std::to_string(i) + "]", "the output '" + output.name + "'");
        }
    }
}

}  // namespace

void checkConsoleVariables(const model::JobGraph& job, kinds::Dialect dialect, analysis::Findings& findings) {
    if (dialect != kinds::Dialect::AliyunVvr) return;
    if (holdsConsoleVariable(job.name)) {
        findings.addJob(analysis::rules::kConsoleVariable, "name", "the job name" + std::string(kWhy));
    }
    for (const auto& [key, value] : job.settings.extra) {
        if (holdsConsoleVariable(key) || holdsConsoleVariable(value)) {
            findings.addJob(analysis::rules::kConsoleVariable, key, "the setting '" + key + "'" + std::string(kWhy));
        }
    }
    for (const model::Node& node : job.nodes) checkNode(node, findings);
}

}  // namespace sw::validate
