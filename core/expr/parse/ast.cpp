#include "expr/parse/ast.h"

#include <algorithm>

namespace sw::expr {

Expr::~Expr() {
    // Children are taken out before their parent dies, so no destructor call nests in another.
    std::vector<ExprPtr> pending = std::move(children_);
    while (!pending.empty()) {
        ExprPtr node = std::move(pending.back());
        pending.pop_back();
        if (!node) continue;
        for (auto& child : node->children_) pending.push_back(std::move(child));
        node->children_.clear();
    }
}

ExprPtr Expr::literal(LiteralKind kind, std::string text, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::Literal, offset));
    e->literalKind_ = kind;
    e->text_ = std::move(text);
    return e;
}

ExprPtr Expr::interval(std::string text, IntervalQualifier qualifier, std::size_t offset) {
    ExprPtr e = literal(LiteralKind::Interval, std::move(text), offset);
    e->interval_ = qualifier;
    return e;
}

ExprPtr Expr::column(std::string name, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::ColumnRef, offset));
    e->text_ = std::move(name);
    return e;
}

ExprPtr Expr::unary(UnaryOp op, ExprPtr operand, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::Unary, offset));
    e->unaryOp_ = op;
    e->children_.push_back(std::move(operand));
    return e;
}

ExprPtr Expr::binary(BinaryOp op, ExprPtr left, ExprPtr right, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::Binary, offset));
    e->binaryOp_ = op;
    e->children_.push_back(std::move(left));
    e->children_.push_back(std::move(right));
    return e;
}

ExprPtr Expr::in(ExprPtr value, std::vector<ExprPtr> list, bool negated, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::In, offset));
    e->negated_ = negated;
    e->children_.push_back(std::move(value));
    for (auto& item : list) e->children_.push_back(std::move(item));
    return e;
}

ExprPtr Expr::between(ExprPtr value, ExprPtr low, ExprPtr high, bool negated, bool symmetric, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::Between, offset));
    e->negated_ = negated;
    e->symmetric_ = symmetric;
    e->children_.push_back(std::move(value));
    e->children_.push_back(std::move(low));
    e->children_.push_back(std::move(high));
    return e;
}

ExprPtr Expr::like(ExprPtr value, ExprPtr pattern, ExprPtr escape, bool negated, std::size_t offset, bool similar) {
    ExprPtr e(new Expr(ExprKind::Like, offset));
    e->negated_ = negated;
    e->similar_ = similar;
    e->children_.push_back(std::move(value));
    e->children_.push_back(std::move(pattern));
    if (escape) e->children_.push_back(std::move(escape));
    return e;
}

ExprPtr Expr::caseWhen(ExprPtr operand, std::vector<ExprPtr> whenThen, ExprPtr elseResult, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::Case, offset));
    e->hasCaseOperand_ = operand != nullptr;
    e->hasElse_ = elseResult != nullptr;
    if (operand) e->children_.push_back(std::move(operand));
    for (auto& item : whenThen) e->children_.push_back(std::move(item));
    if (elseResult) e->children_.push_back(std::move(elseResult));
    return e;
}

ExprPtr Expr::cast(ExprPtr operand, model::FlinkType target, bool tryCast, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::Cast, offset));
    e->castType_ = std::move(target);
    e->tryCast_ = tryCast;
    e->children_.push_back(std::move(operand));
    return e;
}

ExprPtr Expr::call(FunctionId function, std::vector<ExprPtr> args, bool distinct, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::Call, offset));
    e->function_ = function;
    e->distinct_ = distinct;
    e->children_ = std::move(args);
    return e;
}

ExprPtr Expr::userCall(std::string name, std::vector<ExprPtr> args, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::UserCall, offset));
    e->text_ = std::move(name);
    e->children_ = std::move(args);
    return e;
}

ExprPtr Expr::constructor(ConstructorKind kind, std::vector<ExprPtr> items, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::Constructor, offset));
    e->constructorKind_ = kind;
    e->children_ = std::move(items);
    return e;
}

ExprPtr Expr::item(ExprPtr container, ExprPtr key, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::Item, offset));
    e->children_.push_back(std::move(container));
    e->children_.push_back(std::move(key));
    return e;
}

ExprPtr Expr::fieldAccess(ExprPtr row, std::string field, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::FieldAccess, offset));
    e->text_ = std::move(field);
    e->children_.push_back(std::move(row));
    return e;
}

ExprPtr Expr::overlaps(ExprPtr left, ExprPtr right, std::size_t offset) {
    ExprPtr e(new Expr(ExprKind::Overlaps, offset));
    e->children_.push_back(std::move(left));
    e->children_.push_back(std::move(right));
    return e;
}

ExprPtr Expr::unitCall(FunctionId function, TimeUnit unit, std::vector<ExprPtr> args, std::size_t offset) {
    ExprPtr e = call(function, std::move(args), false, offset);
    e->timeUnit_ = unit;
    return e;
}

ExprPtr Expr::trim(TrimSide side, ExprPtr chars, ExprPtr source, std::size_t offset) {
    std::vector<ExprPtr> args;
    if (chars) args.push_back(std::move(chars));
    args.push_back(std::move(source));
    ExprPtr e = call(FunctionId::Trim, std::move(args), false, offset);
    e->trimSide_ = side;
    return e;
}

ExprPtr Expr::jsonCall(FunctionId function, std::vector<ExprPtr> args, JsonClauses clauses, model::FlinkType returning,
                       bool negated, std::size_t offset) {
    ExprPtr e = call(function, std::move(args), false, offset);
    e->json_ = clauses;
    e->castType_ = std::move(returning);
    e->negated_ = negated;
    return e;
}

const Expr* Expr::jsonDefaultOnEmpty() const {
    if (function_ != FunctionId::JsonValue || json_.onEmpty != JsonBehavior::Default) return nullptr;
    return children_.at(2).get();
}

const Expr* Expr::jsonDefaultOnError() const {
    if (function_ != FunctionId::JsonValue || json_.onError != JsonBehavior::Default) return nullptr;
    return children_.back().get();
}

std::size_t Expr::whenCount() const {
    std::size_t pairs = children_.size() - firstWhen() - (hasElse_ ? 1 : 0);
    return pairs / 2;
}

bool Expr::isAggregate() const {
    return kind_ == ExprKind::Call && functionInfo(function_).syntax == FunctionSyntax::Aggregate;
}

std::string_view operatorSymbol(BinaryOp op) {
    switch (op) {
    case BinaryOp::Add: return "+";
    case BinaryOp::Subtract: return "-";
    case BinaryOp::Multiply: return "*";
    case BinaryOp::Divide: return "/";
    case BinaryOp::Modulo: return "%";
    case BinaryOp::Concat: return "||";
    case BinaryOp::Equal: return "=";
    case BinaryOp::NotEqual: return "<>";
    case BinaryOp::Less: return "<";
    case BinaryOp::LessEqual: return "<=";
    case BinaryOp::Greater: return ">";
    case BinaryOp::GreaterEqual: return ">=";
    case BinaryOp::IsDistinctFrom: return "IS DISTINCT FROM";
    case BinaryOp::IsNotDistinctFrom: return "IS NOT DISTINCT FROM";
    case BinaryOp::And: return "AND";
    case BinaryOp::Or: return "OR";
    }
    return "?";
}

void forEachNode(const Expr& root, const std::function<void(const Expr&)>& visit) {
    std::vector<const Expr*> pending{&root};
    while (!pending.empty()) {
        const Expr* node = pending.back();
        pending.pop_back();
        visit(*node);
        // Reversed onto the stack, so the leftmost child comes off first.
        for (auto child = node->children().rbegin(); child != node->children().rend(); ++child)
            pending.push_back(child->get());
    }
}

std::vector<std::string> referencedColumns(const Expr& expr) {
    std::vector<std::string> names;
    forEachNode(expr, [&](const Expr& node) {
        if (node.kind() == ExprKind::ColumnRef && std::ranges::find(names, node.text()) == names.end()) {
            names.push_back(node.text());
        }
    });
    return names;
}

bool containsAggregate(const Expr& expr) {
    bool found = false;
    forEachNode(expr, [&](const Expr& node) { found = found || node.isAggregate(); });
    return found;
}

bool isColumnReference(const Expr& expr, std::string* name) {
    if (expr.kind() != ExprKind::ColumnRef) return false;
    if (name) *name = expr.text();
    return true;
}

}  // namespace sw::expr
