#include "validate/function_rules.h"

#include <regex>
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

bool isPlainName(const std::string& name) {
    static const std::regex kName("[A-Za-z_][A-Za-z0-9_]*");
    return std::regex_match(name, kName);
}

// A Java binary class name: dot-separated identifiers (nested classes with '$').
bool isJavaClassName(const std::string& name) {
    static const std::regex kClass("([A-Za-z_$][A-Za-z0-9_$]*\\.)*[A-Za-z_$][A-Za-z0-9_$]*");
    return std::regex_match(name, kClass);
}

}  // namespace

void checkFunctionDeclarations(const model::JobSettings& settings, analysis::Findings& findings) {
    using analysis::rules::kFunctionDeclaration;
    for (std::size_t i = 0; i < settings.functions.size(); ++i) {
        const model::UserFunction& function = settings.functions[i];
        const std::string at = "functions[" + std::to_string(i) + "]";
        if (!isPlainName(function.name)) {
            findings.addJob(kFunctionDeclaration, at + ".name",
                            "user-defined function " + std::to_string(i + 1) + ": '" + function.name +
                                "' is not a function name (letters, digits and '_', not starting with a digit)");
        } else if (const expr::FunctionInfo* builtin = expr::findFunction(function.name)) {
            findings.addJob(kFunctionDeclaration, at + ".name",
                            "user-defined function '" + function.name + "' has the name of Flink's built-in " +
                                std::string(builtin->name) + "; choose another name");
        } else if (model::findUserFunction(settings.functions, function.name) != &function) {
            findings.addJob(kFunctionDeclaration, at + ".name",
                            "user-defined function '" + function.name + "' is declared twice (names ignore case)");
        }
        if (!isJavaClassName(function.className)) {
            findings.addJob(kFunctionDeclaration, at + ".class",
                            "user-defined function '" + function.name + "': '" + function.className +
                                "' is not a Java class name (e.g. com.example.udf.MaskPhone)");
        }
    }
}

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
