#include "expr/types/type_checker.h"

#include <algorithm>
#include <cctype>

#include "expr/types/call_types.h"
#include "expr/types/composite_types.h"
#include "expr/parse/literal_rules.h"
#include "expr/parse/printer.h"
#include "expr/types/type_rules.h"
#include "util/sql_text.h"

namespace sw::expr {
namespace {

using model::FlinkType;
using model::TypeKind;

FlinkType booleanType(bool nullable) { return FlinkType(TypeKind::Boolean).withNullable(nullable); }
bool isBooleanOrNull(const FlinkType& t) { return t.isNull() || t.kind() == TypeKind::Boolean; }
bool isStringOrNull(const FlinkType& t) { return t.isNull() || t.isCharacterString(); }
bool isNumberOrNull(const FlinkType& t) { return t.isNull() || t.isNumeric(); }
bool anyNullable(const std::vector<FlinkType>& types) { return std::ranges::any_of(types, &FlinkType::nullable); }

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

Error cannotCompare(const Expr& at, const Expr& a, const FlinkType& ta, const Expr& b, const FlinkType& tb) {
    return errorAt(at, "cannot compare " + describeTyped(a, ta) + " with " + describeTyped(b, tb));
}

class TypeChecker {
public:
    TypeChecker(const std::vector<model::Column>& columns, AggregateUse aggregates,
                const std::vector<model::UserFunction>& functions, ExprTypes* types)
        : columns_(columns), aggregates_(aggregates), functions_(functions), types_(types) {}

    Result<FlinkType> check(const Expr& e) {
        auto type = e.kind() == ExprKind::Binary ? checkChain(e) : checkNode(e);
        if (type && types_) types_->insert_or_assign(&e, *type);
        return type;
    }

private:
    // A chain of binary operators (a + b + c ...) in a loop from its innermost left operand
    // outwards: the chain is as long as the text, so recursing along it would overflow the stack.
    Result<FlinkType> checkChain(const Expr& e) {
        std::vector<const Expr*> chain{&e};
        while (chain.back()->child(0).kind() == ExprKind::Binary) chain.push_back(&chain.back()->child(0));
        auto left = check(chain.back()->child(0));
        if (!left) return left;
        FlinkType type = std::move(left).value();
        for (auto link = chain.rbegin(); link != chain.rend(); ++link) {
            const Expr& node = **link;
            auto right = check(node.child(1));
            if (!right) return right;
            auto combined = binary(node, type, *right);
            if (!combined) return combined;
            type = std::move(combined).value();
            if (types_) types_->insert_or_assign(&node, type);
        }
        return type;
    }

    Result<FlinkType> checkNode(const Expr& e) {
        if (e.kind() == ExprKind::ColumnRef) return column(e);
        if (e.kind() == ExprKind::Literal) {
            auto type = literalType(e.literalKind(), e.text(), e.intervalQualifier());
            if (!type) return errorAt(e, type.error().message);
            return type;
        }
        if (e.isAggregate()) {
            std::string name(functionInfo(e.function()).name);
            if (aggregates_ == AggregateUse::Forbidden) return errorAt(e, "aggregate function " + name + " is not allowed here");
            if (enclosingAggregate_) {
                return errorAt(e, "aggregate function " + name + " cannot be nested inside " +
                                      std::string(functionInfo(enclosingAggregate_->function()).name));
            }
        }
        const Expr* outerAggregate = enclosingAggregate_;
        if (e.isAggregate()) enclosingAggregate_ = &e;
        std::vector<FlinkType> types;
        for (const auto& child : e.children()) {
            auto type = check(*child);
            if (!type) return type;
            types.push_back(std::move(type).value());
        }
        enclosingAggregate_ = outerAggregate;
        return combine(e, types);
    }

    Result<FlinkType> column(const Expr& e) const {
        auto it = std::ranges::find(columns_, e.text(), &model::Column::name);
        if (it != columns_.end()) return it->type;
        std::string message = "unknown column " + quoteIdentifier(e.text());
        // Identifiers are case-sensitive; a near miss in letter case is the usual mistake.
        auto similar = std::ranges::find_if(columns_, [&](const auto& c) { return equalsIgnoreCase(c.name, e.text()); });
        if (similar != columns_.end()) message += " (did you mean " + quoteIdentifier(similar->name) + "?)";
        return errorAt(e, message);
    }

    // The type of `e` from the types of its children.
    Result<FlinkType> combine(const Expr& e, const std::vector<FlinkType>& t) const {
        switch (e.kind()) {
        case ExprKind::Unary: return unary(e, t[0]);
        case ExprKind::In:
            for (std::size_t i = 1; i < t.size(); ++i) {
                if (!t[0].comparableWith(t[i])) return cannotCompare(e.child(i), e.child(0), t[0], e.child(i), t[i]);
            }
            return booleanType(anyNullable(t));
        case ExprKind::Between:
            for (std::size_t i = 1; i < 3; ++i) {
                if (!t[0].comparableWith(t[i])) return cannotCompare(e, e.child(0), t[0], e.child(i), t[i]);
            }
            return booleanType(anyNullable(t));
        case ExprKind::Like:
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (!isStringOrNull(t[i])) {
                    return errorAt(e, std::string(e.similarTo() ? "SIMILAR TO" : "LIKE") + " needs character strings, got " +
                                          describeTyped(e.child(i), t[i]));
                }
            }
            return booleanType(anyNullable(t));
        case ExprKind::Case: return caseWhen(e, t);
        case ExprKind::Cast:
            if (!castAllowed(t[0], e.castType())) {
                return errorAt(e, "cannot cast " + describeTyped(e.child(0), t[0]) + " to " + e.castType().toSql());
            }
            return e.castType().withNullable(e.isTryCast() || t[0].nullable());
        case ExprKind::Call: return callType(e, t);
        case ExprKind::UserCall: return userCallType(e, t);
        case ExprKind::Constructor: return constructorType(e, t);
        case ExprKind::Item: return itemType(e, t[0], t[1]);
        case ExprKind::FieldAccess: return fieldAccessType(e, t[0]);
        case ExprKind::Overlaps: return overlapsType(e, t);
        default: return errorAt(e, "unexpected expression");
        }
    }

    // A call of a declared user-defined function: its arguments must reach the declared types
    // without narrowing (Flink's implicit casts); the result is the declared type.
    Result<FlinkType> userCallType(const Expr& e, const std::vector<FlinkType>& t) const {
        const model::UserFunction* function = model::findUserFunction(functions_, e.text());
        if (!function) {
            return errorAt(e, "unknown function " + e.text() +
                                  " (neither a Flink built-in nor a function declared in Job Settings)");
        }
        if (t.size() != function->arguments.size()) {
            return errorAt(e, e.text() + " takes " + std::to_string(function->arguments.size()) + " argument(s), got " +
                                  std::to_string(t.size()) + " (declared as " + model::signatureText(*function) + ")");
        }
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!passesAsArgument(t[i], function->arguments[i])) {
                return errorAt(e.child(i), "argument " + std::to_string(i + 1) + " of " + e.text() + " must be " +
                                               function->arguments[i].toSql() + ", got " +
                                               describeTyped(e.child(i), t[i]));
            }
        }
        return function->result;
    }

    static bool passesAsArgument(const FlinkType& given, const FlinkType& declared) {
        if (given.isNull()) return true;
        if (given.isNumeric() && declared.isNumeric()) {
            return model::commonNumericType(given, declared).withNullable(true) == declared.withNullable(true);
        }
        if (given.isCharacterString() && declared.isCharacterString()) return true;
        if (given.isBinaryString() && declared.isBinaryString()) return true;
        return given.kind() == declared.kind();
    }

    Result<FlinkType> unary(const Expr& e, const FlinkType& operand) const {
        switch (e.unaryOp()) {
        case UnaryOp::Negate:
        case UnaryOp::Plus:
            if (isNumberOrNull(operand) || operand.isInterval()) return operand;
            return errorAt(e, std::string(e.unaryOp() == UnaryOp::Plus ? "cannot apply unary + to " : "cannot negate ") +
                                  describeTyped(e.child(0), operand));
        case UnaryOp::Not:
            if (isBooleanOrNull(operand)) return booleanType(operand.nullable());
            return errorAt(e, "NOT needs a BOOLEAN operand, got " + describeTyped(e.child(0), operand));
        case UnaryOp::IsNull:
        case UnaryOp::IsNotNull: return booleanType(false);
        default:
            if (isBooleanOrNull(operand)) return booleanType(false);
            return errorAt(e, "IS TRUE/FALSE/UNKNOWN needs a BOOLEAN operand, got " + describeTyped(e.child(0), operand));
        }
    }

    Result<FlinkType> binary(const Expr& e, const FlinkType& l, const FlinkType& r) const {
        bool nullable = l.nullable() || r.nullable();
        switch (e.binaryOp()) {
        case BinaryOp::And:
        case BinaryOp::Or:
            for (std::size_t i = 0; i < 2; ++i) {
                const FlinkType& t = i == 0 ? l : r;
                if (!isBooleanOrNull(t)) return errorAt(e, std::string(operatorSymbol(e.binaryOp())) + " needs BOOLEAN operands, got " + describeTyped(e.child(i), t));
            }
            return booleanType(nullable);
        case BinaryOp::Concat: return concat(e, l, r);
        case BinaryOp::Add:
        case BinaryOp::Subtract:
        case BinaryOp::Multiply:
        case BinaryOp::Divide:
        case BinaryOp::Modulo: return arithmetic(e, l, r);
        default:
            if (!l.comparableWith(r)) return cannotCompare(e, e.child(0), l, e.child(1), r);
            if (e.binaryOp() == BinaryOp::IsDistinctFrom || e.binaryOp() == BinaryOp::IsNotDistinctFrom)
                return booleanType(false);
            return booleanType(nullable);
        }
    }

    Result<FlinkType> arithmetic(const Expr& e, const FlinkType& l, const FlinkType& r) const {
        BinaryOp op = e.binaryOp();
        bool nullable = l.nullable() || r.nullable();
        bool exactOnly = op == BinaryOp::Modulo;
        auto fits = [&](const FlinkType& t) { return t.isNull() || (exactOnly ? t.isExactNumeric() : t.isNumeric()); };
        if (fits(l) && fits(r)) {
            if (l.isNull() || r.isNull()) return (l.isNull() ? r : l).withNullable(true);
            return arithmeticType(op, l, r);
        }
        // Time arithmetic: timestamp/date +- interval, interval + timestamp/date, interval +- interval.
        bool additive = op == BinaryOp::Add || op == BinaryOp::Subtract;
        bool lInterval = l.isInterval();
        bool rInterval = r.isInterval();
        // Intervals add to intervals of their own kind only: months and milliseconds do not mix.
        if (additive && lInterval && rInterval && l.kind() == r.kind()) return l.withNullable(nullable);
        if (additive && rInterval && l.isTemporal()) return l.withNullable(nullable);
        if (op == BinaryOp::Add && lInterval && r.isTemporal()) return r.withNullable(nullable);
        return errorAt(e, "cannot apply " + std::string(operatorSymbol(op)) + " to " + describeTyped(e.child(0), l) + " and " + describeTyped(e.child(1), r));
    }

    Result<FlinkType> concat(const Expr& e, const FlinkType& l, const FlinkType& r) const {
        for (std::size_t i = 0; i < 2; ++i) {
            const FlinkType& t = i == 0 ? l : r;
            if (!isStringOrNull(t)) return errorAt(e, "|| needs character strings, got " + describeTyped(e.child(i), t));
        }
        if (l.isNull() || r.isNull()) return FlinkType::string();
        // Lengths add up (capped); the result stays fixed-length only if both sides are.
        long long length = static_cast<long long>(l.precision()) + r.precision();
        int capped = static_cast<int>(std::min<long long>(length, FlinkType::kMaxLength));
        TypeKind kind = l.kind() == TypeKind::Char && r.kind() == TypeKind::Char ? TypeKind::Char : TypeKind::Varchar;
        return FlinkType(kind, capped).withNullable(l.nullable() || r.nullable());
    }

    Result<FlinkType> caseWhen(const Expr& e, const std::vector<FlinkType>& t) const {
        std::size_t base = e.caseOperand() ? 1 : 0;
        std::optional<FlinkType> result;
        bool nullable = e.elseResult() == nullptr;
        auto addResult = [&](std::size_t index) -> Status {
            const FlinkType& type = t[index];
            nullable = nullable || type.nullable();
            auto merged = result ? commonType(*result, type) : std::optional<FlinkType>(type);
            if (!merged) {
                return errorAt(e.child(index), "CASE result " + describeTyped(e.child(index), type) +
                                                   " is incompatible with " + result->withNullable(true).toSql());
            }
            result = merged;
            return Ok{};
        };
        for (std::size_t i = 0; i < e.whenCount(); ++i) {
            std::size_t when = base + 2 * i;
            if (e.caseOperand()) {
                if (!t[0].comparableWith(t[when])) return cannotCompare(e.child(when), e.child(0), t[0], e.child(when), t[when]);
            } else if (!isBooleanOrNull(t[when])) {
                return errorAt(e.child(when), "WHEN condition must be BOOLEAN, got " + describeTyped(e.child(when), t[when]));
            }
            if (auto s = addResult(when + 1); !s) return s.error();
        }
        if (e.elseResult()) {
            if (auto s = addResult(t.size() - 1); !s) return s.error();
        }
        return result->withNullable(nullable);
    }

    const std::vector<model::Column>& columns_;
    AggregateUse aggregates_;
    const std::vector<model::UserFunction>& functions_;
    const Expr* enclosingAggregate_ = nullptr;  // the aggregate call whose arguments are being checked
    ExprTypes* types_;                          // null: not recorded
};

}  // namespace

Result<FlinkType> typeCheck(const Expr& expr, const std::vector<model::Column>& columns, AggregateUse aggregates,
                            const std::vector<model::UserFunction>& functions) {
    return TypeChecker(columns, aggregates, functions, nullptr).check(expr);
}

Result<FlinkType> typeCheck(const Expr& expr, const std::vector<model::Column>& columns, AggregateUse aggregates,
                            ExprTypes& types) {
    static const std::vector<model::UserFunction> kNone;
    return TypeChecker(columns, aggregates, kNone, &types).check(expr);
}

}  // namespace sw::expr
