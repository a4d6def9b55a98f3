#include "expr/parse/printer.h"

#include <algorithm>
#include <cctype>

#include "util/sql_text.h"

namespace sw::expr {
namespace {

// Binding strength, loosest first; matches the parser's levels.
enum Precedence {
    kOr = 1,
    kAnd,
    kNot,
    kPredicate,  // comparison, IS, IN, BETWEEN, LIKE
    kAdditive,   // + - ||
    kMultiplicative,
    kUnary,
    kPrimary,
};

bool isNumericLiteral(const Expr& e) {
    return e.kind() == ExprKind::Literal && (e.literalKind() == LiteralKind::Integer ||
                                             e.literalKind() == LiteralKind::Decimal ||
                                             e.literalKind() == LiteralKind::Approximate);
}

int binaryPrecedence(BinaryOp op) {
    switch (op) {
    case BinaryOp::Or: return kOr;
    case BinaryOp::And: return kAnd;
    case BinaryOp::Add:
    case BinaryOp::Subtract:
    case BinaryOp::Concat: return kAdditive;
    case BinaryOp::Multiply:
    case BinaryOp::Divide:
    case BinaryOp::Modulo: return kMultiplicative;
    default: return kPredicate;
    }
}

int precedence(const Expr& e) {
    switch (e.kind()) {
    case ExprKind::Literal: return isNumericLiteral(e) && e.text().starts_with('-') ? kUnary : kPrimary;
    case ExprKind::Unary:
        if (e.unaryOp() == UnaryOp::Negate) return kUnary;
        return e.unaryOp() == UnaryOp::Not ? kNot : kPredicate;
    case ExprKind::Binary: return binaryPrecedence(e.binaryOp());
    case ExprKind::In:
    case ExprKind::Between:
    case ExprKind::Like: return kPredicate;
    default: return kPrimary;
    }
}

// + - * / % or ||: Calcite ranks || with * / %, we rank it with + -, so never mix them unbracketed.
bool isArithmeticOrConcat(const Expr& e) {
    return e.kind() == ExprKind::Binary && binaryPrecedence(e.binaryOp()) >= kAdditive;
}
bool isConcat(const Expr& e) { return e.kind() == ExprKind::Binary && e.binaryOp() == BinaryOp::Concat; }

std::string_view isSuffix(UnaryOp op) {
    switch (op) {
    case UnaryOp::IsNull: return " IS NULL";
    case UnaryOp::IsNotNull: return " IS NOT NULL";
    case UnaryOp::IsTrue: return " IS TRUE";
    case UnaryOp::IsNotTrue: return " IS NOT TRUE";
    case UnaryOp::IsFalse: return " IS FALSE";
    case UnaryOp::IsNotFalse: return " IS NOT FALSE";
    default: return "";
    }
}

std::string_view unitName(IntervalUnit unit) {
    switch (unit) {
    case IntervalUnit::Second: return "SECOND";
    case IntervalUnit::Minute: return "MINUTE";
    case IntervalUnit::Hour: return "HOUR";
    case IntervalUnit::Day: return "DAY";
    }
    return "?";
}

std::string_view sideName(TrimSide side) {
    switch (side) {
    case TrimSide::Both: return "BOTH";
    case TrimSide::Leading: return "LEADING";
    case TrimSide::Trailing: return "TRAILING";
    }
    return "?";
}

std::string print(const Expr& e);

// `child` printed as an operand of `parent` that must bind at least as tightly as `minPrecedence`.
std::string operand(const Expr& parent, const Expr& child, int minPrecedence) {
    bool mixesConcat = isArithmeticOrConcat(parent) && isArithmeticOrConcat(child) && isConcat(parent) != isConcat(child);
    std::string text = print(child);
    return precedence(child) < minPrecedence || mixesConcat ? "(" + text + ")" : text;
}

std::string printLiteral(const Expr& e) {
    switch (e.literalKind()) {
    case LiteralKind::String: return quoteString(e.text());
    case LiteralKind::Date: return "DATE " + quoteString(e.text());
    case LiteralKind::Timestamp: return "TIMESTAMP " + quoteString(e.text());
    case LiteralKind::Interval: return "INTERVAL " + quoteString(e.text()) + " " + std::string(unitName(e.intervalUnit()));
    case LiteralKind::Approximate: {
        std::string text = e.text();
        std::ranges::transform(text, text.begin(), [](char c) { return static_cast<char>(std::toupper(c)); });
        return text;
    }
    default: return e.text();
    }
}

std::string printUnary(const Expr& e) {
    const Expr& operandExpr = e.child(0);
    if (e.unaryOp() == UnaryOp::Not) return "NOT " + operand(e, operandExpr, kNot);
    if (e.unaryOp() == UnaryOp::Negate) {
        std::string text = operand(e, operandExpr, kUnary);
        // "--" would start a comment: a negated negative gets brackets.
        return text.starts_with('-') ? "-(" + text + ")" : "-" + text;
    }
    return operand(e, operandExpr, kAdditive) + std::string(isSuffix(e.unaryOp()));
}

std::string printBinary(const Expr& e) {
    int p = binaryPrecedence(e.binaryOp());
    // Comparisons never chain unbracketed; other operators are left-associative.
    int leftMin = p == kPredicate ? kAdditive : p;
    std::string symbol(operatorSymbol(e.binaryOp()));
    return operand(e, e.child(0), leftMin) + " " + symbol + " " + operand(e, e.child(1), p + 1);
}

std::string joined(const std::vector<ExprPtr>& items, std::size_t first = 0) {
    std::string out;
    for (std::size_t i = first; i < items.size(); ++i) {
        if (i > first) out += ", ";
        out += print(*items[i]);
    }
    return out;
}

std::string printCase(const Expr& e) {
    std::string out = "CASE";
    if (const Expr* operandExpr = e.caseOperand()) out += " " + print(*operandExpr);
    for (std::size_t i = 0; i < e.whenCount(); ++i) {
        out += " WHEN " + print(e.whenCondition(i)) + " THEN " + print(e.thenResult(i));
    }
    if (const Expr* elseExpr = e.elseResult()) out += " ELSE " + print(*elseExpr);
    return out + " END";
}

std::string printCall(const Expr& e) {
    const FunctionInfo& info = functionInfo(e.function());
    std::string name(info.name);
    if (info.syntax == FunctionSyntax::Niladic) return name;
    // NOW() is Flink's synonym of CURRENT_TIMESTAMP; the standard spelling is accepted by every
    // Flink SQL grammar in every position (dt-sql-parser rejects `x > NOW()`).
    if (e.function() == FunctionId::Now) return std::string(functionInfo(FunctionId::CurrentTimestamp).name);
    if (e.isCountStar()) return name + "(*)";
    if (e.function() == FunctionId::Trim && (e.trimChars() || e.trimSide() != TrimSide::Both)) {
        std::string chars = e.trimChars() ? " " + print(*e.trimChars()) : "";
        return name + "(" + std::string(sideName(e.trimSide())) + chars + " FROM " + print(e.trimSource()) + ")";
    }
    return name + "(" + (e.distinct() ? "DISTINCT " : "") + joined(e.children()) + ")";
}

std::string print(const Expr& e) {
    switch (e.kind()) {
    case ExprKind::Literal: return printLiteral(e);
    case ExprKind::ColumnRef: return quoteIdentifier(e.text());
    case ExprKind::Unary: return printUnary(e);
    case ExprKind::Binary: return printBinary(e);
    case ExprKind::In:
        return operand(e, e.child(0), kAdditive) + (e.negated() ? " NOT IN (" : " IN (") + joined(e.children(), 1) + ")";
    case ExprKind::Between:
        return operand(e, e.child(0), kAdditive) + (e.negated() ? " NOT BETWEEN " : " BETWEEN ") +
               operand(e, e.child(1), kAdditive) + " AND " + operand(e, e.child(2), kAdditive);
    case ExprKind::Like: {
        std::string out = operand(e, e.child(0), kAdditive) + (e.negated() ? " NOT LIKE " : " LIKE ") +
                          operand(e, e.child(1), kAdditive);
        if (const Expr* escape = e.likeEscape()) out += " ESCAPE " + operand(e, *escape, kAdditive);
        return out;
    }
    case ExprKind::Case: return printCase(e);
    case ExprKind::Cast:
        return std::string(e.isTryCast() ? "TRY_CAST(" : "CAST(") + print(e.child(0)) + " AS " + e.castType().toSql() + ")";
    case ExprKind::Call: return printCall(e);
    }
    return "";
}

}  // namespace

std::string toSql(const Expr& expr) { return print(expr); }

}  // namespace sw::expr
