#include "expr/eval/evaluator.h"

#include "expr/eval/eval_nodes.h"
#include "expr/eval/expression_compiler.h"
#include "expr/parse/printer.h"

namespace sw::expr {

class CompiledExpression::Impl {
public:
    Impl(eval::NodePtr root, std::string sql) : root_(std::move(root)), sql_(std::move(sql)) {}

    bool evaluate(const Row& row, const EvaluationContext& context, Value& out, Error& error) const {
        const Value* v = root_->eval(row, context, out, error);
        if (v == nullptr) {
            error.message += " in " + sql_;
            return false;
        }
        if (v != &out) out = *v;  // a row field or a constant: copy it out
        return true;
    }

    bool evaluateCondition(const Row& row, const EvaluationContext& context, bool& accepted, Error& error) const {
        Value scratch;
        const Value* v = root_->eval(row, context, scratch, error);
        if (v == nullptr) {
            error.message += " in " + sql_;
            return false;
        }
        auto* b = std::get_if<bool>(&v->storage());
        accepted = b != nullptr && *b;
        return true;
    }

    const model::FlinkType& type() const { return root_->type(); }
    const std::string& sql() const { return sql_; }
    std::optional<std::size_t> columnIndex() const { return root_->columnIndex(); }

private:
    eval::NodePtr root_;
    std::string sql_;
};

CompiledExpression::CompiledExpression(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Result<Value> CompiledExpression::evaluate(const Row& row, const EvaluationContext& context) const {
    Value out;
    Error error;
    if (!impl_->evaluate(row, context, out, error)) return error;
    return out;
}

bool CompiledExpression::evaluate(const Row& row, const EvaluationContext& context, Value& out, Error& error) const {
    return impl_->evaluate(row, context, out, error);
}

bool CompiledExpression::evaluateCondition(const Row& row, const EvaluationContext& context, bool& accepted, Error& error) const {
    return impl_->evaluateCondition(row, context, accepted, error);
}

const model::FlinkType& CompiledExpression::type() const { return impl_->type(); }
const std::string& CompiledExpression::sql() const { return impl_->sql(); }
std::optional<std::size_t> CompiledExpression::columnIndex() const { return impl_->columnIndex(); }

Result<CompiledExpression> compileExpression(const Expr& expression, const std::vector<model::Column>& input) {
    eval::ExpressionCompiler compiler(input, input);
    auto root = compiler.compile(expression);
    if (!root) return root.error();
    return CompiledExpression(std::make_shared<const CompiledExpression::Impl>(std::move(root).value(), toSql(expression)));
}

// Exposed for the aggregate compiler, which builds its final expressions from its own nodes.
CompiledExpression makeCompiledExpression(eval::NodePtr root, std::string sql) {
    return CompiledExpression(std::make_shared<const CompiledExpression::Impl>(std::move(root), std::move(sql)));
}

Result<Value> castValue(const Value& value, const model::FlinkType& from, const model::FlinkType& to) {
    if (value.isNull()) return Value();
    Value out;
    std::string message;
    if (!eval::castInto(value, from, to, out, message)) return Error{"CAST failed: " + message, ""};
    return out;
}

}  // namespace sw::expr
