#include "validate/function_rules.h"

#include <set>

#include "analysis/kind_inference.h"
#include "expr/parse/parser.h"
#include "kinds/catalog.h"
#include "validate/target_engine.h"

namespace sw::validate {
namespace {

// Reports each function of `text` the engine lacks once. Text that does not parse is left to
// schema inference, which reports it as a bad expression.
void checkText(const std::string& text, const model::Node& node, const std::string& field, const TargetEngine& engine,
               kinds::Dialect dialect, analysis::Findings& findings) {
    auto parsed = expr::parseExpression(text);
    if (!parsed) return;
    std::set<expr::FunctionId> reported;
    expr::forEachNode(**parsed, [&](const expr::Expr& e) {
        if (e.kind() != expr::ExprKind::Call || !reported.insert(e.function()).second) return;
        std::string reason = unavailableReason(expr::functionInfo(e.function()), engine, dialect);
        if (!reason.empty()) findings.add(analysis::rules::kFunctionNotOnEngine, node, field, reason);
    });
}

}  // namespace

void checkFunctionAvailability(const model::JobGraph& job, kinds::Dialect dialect, analysis::Findings& findings) {
    const TargetEngine& engine = targetEngineOf(job.settings.engine, dialect);
    for (const model::Node& node : job.nodes) {
        for (std::size_t i = 0; i < node.outputs.size(); ++i) {
            checkText(node.outputs[i].expression, node, analysis::indexed("outputs", i), engine, dialect, findings);
        }
        const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
        if (!kind) continue;
        for (const kinds::OptionDescriptor& option : kind->options) {
            if (option.type != kinds::ValueType::Expression) continue;
            const std::string text = node.option(option.id);
            if (!text.empty()) checkText(text, node, option.id, engine, dialect, findings);
        }
    }
}

}  // namespace sw::validate
