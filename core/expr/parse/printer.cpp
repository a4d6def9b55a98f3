#include "expr/parse/printer.h"

#include <algorithm>
#include <cctype>
#include <vector>

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
        if (e.unaryOp() == UnaryOp::Negate || e.unaryOp() == UnaryOp::Plus) return kUnary;
        return e.unaryOp() == UnaryOp::Not ? kNot : kPredicate;
    case ExprKind::Binary: return binaryPrecedence(e.binaryOp());
    case ExprKind::In:
    case ExprKind::Between:
    case ExprKind::Like: return kPredicate;
    case ExprKind::Call: return e.function() == FunctionId::IsJson ? kPredicate : kPrimary;
    case ExprKind::UserCall: return kPrimary;
    case ExprKind::Overlaps: return kPredicate;
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
    case UnaryOp::IsUnknown: return " IS UNKNOWN";
    case UnaryOp::IsNotUnknown: return " IS NOT UNKNOWN";
    default: return "";
    }
}

std::string_view sideName(TrimSide side) {
    switch (side) {
    case TrimSide::Both: return "BOTH";
    case TrimSide::Leading: return "LEADING";
    case TrimSide::Trailing: return "TRAILING";
    }
    return "?";
}

void print(const Expr& e, std::string& out);

// Whether `child`, an operand of `parent` that must bind at least as tightly as `minPrecedence`,
// needs brackets.
bool needsBrackets(const Expr& parent, const Expr& child, int minPrecedence) {
    bool mixesConcat = isArithmeticOrConcat(parent) && isArithmeticOrConcat(child) && isConcat(parent) != isConcat(child);
    return precedence(child) < minPrecedence || mixesConcat;
}

void operand(const Expr& parent, const Expr& child, int minPrecedence, std::string& out) {
    const bool brackets = needsBrackets(parent, child, minPrecedence);
    if (brackets) out += '(';
    print(child, out);
    if (brackets) out += ')';
}

void printLiteral(const Expr& e, std::string& out) {
    switch (e.literalKind()) {
    case LiteralKind::String: out += quoteString(e.text()); return;
    case LiteralKind::Binary: out += "X'" + e.text() + "'"; return;
    case LiteralKind::Date: out += "DATE " + quoteString(e.text()); return;
    case LiteralKind::Time: out += "TIME " + quoteString(e.text()); return;
    case LiteralKind::Timestamp: out += "TIMESTAMP " + quoteString(e.text()); return;
    case LiteralKind::Interval: out += "INTERVAL " + quoteString(e.text()) + " " + toSql(e.intervalQualifier()); return;
    case LiteralKind::Approximate: {
        std::string text = e.text();
        std::ranges::transform(text, text.begin(), [](char c) { return static_cast<char>(std::toupper(c)); });
        out += text;
        return;
    }
    default: out += e.text();
    }
}

void printUnary(const Expr& e, std::string& out) {
    const Expr& operandExpr = e.child(0);
    if (e.unaryOp() == UnaryOp::Not) {
        out += "NOT ";
        operand(e, operandExpr, kNot, out);
    } else if (e.unaryOp() == UnaryOp::Negate) {
        std::string text;
        operand(e, operandExpr, kUnary, text);
        // "--" would start a comment: a negated negative gets brackets.
        out += text.starts_with('-') ? "-(" + text + ")" : "-" + text;
    } else if (e.unaryOp() == UnaryOp::Plus) {
        out += "+";
        operand(e, operandExpr, kUnary, out);
    } else {
        operand(e, operandExpr, kAdditive, out);
        out += isSuffix(e.unaryOp());
    }
}

// The least precedence the left operand of binary `e` may have without brackets.
int leftMinimum(const Expr& e) {
    // Comparisons never chain unbracketed; other operators are left-associative.
    int p = binaryPrecedence(e.binaryOp());
    return p == kPredicate ? kAdditive : p;
}

void printBinary(const Expr& e, std::string& out) {
    // The left operands that need no brackets are walked in a loop: a chain a + b + c + ... is as
    // long as its text, and printing it recursively would overflow the stack.
    std::vector<const Expr*> chain{&e};
    const Expr* first = &e.child(0);
    while (first->kind() == ExprKind::Binary && !needsBrackets(*chain.back(), *first, leftMinimum(*chain.back()))) {
        chain.push_back(first);
        first = &first->child(0);
    }
    operand(*chain.back(), *first, leftMinimum(*chain.back()), out);
    for (auto link = chain.rbegin(); link != chain.rend(); ++link) {
        const Expr& node = **link;
        out += " ";
        out += operatorSymbol(node.binaryOp());
        out += " ";
        operand(node, node.child(1), binaryPrecedence(node.binaryOp()) + 1, out);
    }
}

void joined(const std::vector<ExprPtr>& items, std::string& out, std::size_t first = 0) {
    for (std::size_t i = first; i < items.size(); ++i) {
        if (i > first) out += ", ";
        print(*items[i], out);
    }
}

void printConstructor(const Expr& e, std::string& out) {
    switch (e.constructorKind()) {
    case ConstructorKind::Array: out += "ARRAY["; break;
    case ConstructorKind::Map: out += "MAP["; break;
    case ConstructorKind::Row: out += "ROW("; break;
    }
    joined(e.children(), out);
    out += e.constructorKind() == ConstructorKind::Row ? ")" : "]";
}

void printCase(const Expr& e, std::string& out) {
    out += "CASE";
    if (const Expr* operandExpr = e.caseOperand()) {
        out += " ";
        print(*operandExpr, out);
    }
    for (std::size_t i = 0; i < e.whenCount(); ++i) {
        out += " WHEN ";
        print(e.whenCondition(i), out);
        out += " THEN ";
        print(e.thenResult(i), out);
    }
    if (const Expr* elseExpr = e.elseResult()) {
        out += " ELSE ";
        print(*elseExpr, out);
    }
    out += " END";
}

std::string_view behaviorWords(JsonBehavior behavior) {
    switch (behavior) {
    case JsonBehavior::Null: return "NULL";
    case JsonBehavior::Error: return "ERROR";
    case JsonBehavior::Default: return "DEFAULT";
    case JsonBehavior::EmptyArray: return "EMPTY ARRAY";
    case JsonBehavior::EmptyObject: return "EMPTY OBJECT";
    case JsonBehavior::True: return "TRUE";
    case JsonBehavior::False: return "FALSE";
    case JsonBehavior::Unknown: return "UNKNOWN";
    }
    return "NULL";
}

// The clauses after a SQL/JSON call's arguments; those equal to the default are left out.
void printJsonClauses(const Expr& e, std::string& out) {
    const JsonClauses& clauses = e.jsonClauses();
    const FunctionId f = e.function();
    if (f == FunctionId::JsonObject || f == FunctionId::JsonArray) {
        bool absentByDefault = f == FunctionId::JsonArray;
        if (clauses.absentOnNull != absentByDefault) {
            out += e.children().empty() ? "" : " ";
            out += clauses.absentOnNull ? "ABSENT ON NULL" : "NULL ON NULL";
        }
        return;
    }
    if (clauses.hasReturning) out += " RETURNING " + e.castType().toSql();
    if (clauses.wrapper == JsonWrapper::Conditional) out += " WITH CONDITIONAL ARRAY WRAPPER";
    if (clauses.wrapper == JsonWrapper::Unconditional) out += " WITH UNCONDITIONAL ARRAY WRAPPER";
    auto clause = [&](JsonBehavior behavior, const Expr* value, std::string_view when) {
        out += " ";
        out += behaviorWords(behavior);
        if (value) {
            out += " ";
            operand(e, *value, kAdditive, out);
        }
        out += when;
    };
    if (clauses.onEmpty != JsonBehavior::Null) clause(clauses.onEmpty, e.jsonDefaultOnEmpty(), " ON EMPTY");
    JsonBehavior errorDefault = f == FunctionId::JsonExists ? JsonBehavior::False : JsonBehavior::Null;
    if (clauses.onError != errorDefault) clause(clauses.onError, e.jsonDefaultOnError(), " ON ERROR");
}

std::string_view jsonKindWord(JsonKind kind) {
    switch (kind) {
    case JsonKind::Scalar: return " SCALAR";
    case JsonKind::Array: return " ARRAY";
    case JsonKind::Object: return " OBJECT";
    default: return "";
    }
}

void printCall(const Expr& e, std::string& out) {
    const FunctionInfo& info = functionInfo(e.function());
    std::string name(info.name);
    if (info.syntax == FunctionSyntax::Niladic) {
        out += name;
        return;
    }
    // NOW() is Flink's synonym of CURRENT_TIMESTAMP; the standard spelling is accepted by every
    // Flink SQL grammar in every position (dt-sql-parser rejects `x > NOW()`).
    if (e.function() == FunctionId::Now) {
        out += functionInfo(FunctionId::CurrentTimestamp).name;
        return;
    }
    if (e.isCountStar()) {
        out += name + "(*)";
        return;
    }
    if (e.function() == FunctionId::IsJson) {
        operand(e, e.child(0), kAdditive, out);
        out += e.negated() ? " IS NOT JSON" : " IS JSON";
        out += jsonKindWord(e.jsonClauses().kind);
        return;
    }
    out += name + "(";
    if (const auto& unit = e.timeUnit()) {
        std::string unitWord(timeUnitName(*unit));
        if (e.function() == FunctionId::Extract) {
            out += unitWord + " FROM ";
            print(e.child(0), out);
        } else if (e.function() == FunctionId::Floor || e.function() == FunctionId::Ceil) {
            print(e.child(0), out);
            out += " TO " + unitWord;
        } else {
            out += unitWord + ", ";
            joined(e.children(), out);
        }
    } else if (e.function() == FunctionId::Position) {  // Flink's only spelling: POSITION(needle IN text)
        operand(e, e.child(0), kAdditive, out);
        out += " IN ";
        print(e.child(1), out);
    } else if (e.function() == FunctionId::Overlay) {  // Flink's only spelling: OVERLAY(s PLACING r FROM i [FOR n])
        static constexpr std::array<std::string_view, 3> kKeywords = {" PLACING ", " FROM ", " FOR "};
        for (std::size_t i = 0; i < e.children().size(); ++i) {
            if (i > 0) out += kKeywords[i - 1];
            operand(e, e.child(i), kAdditive, out);
        }
    } else if (e.function() == FunctionId::JsonObject) {
        for (std::size_t i = 0; i + 1 < e.children().size(); i += 2) {
            out += i ? ", KEY " : "KEY ";
            print(e.child(i), out);
            out += " VALUE ";
            print(e.child(i + 1), out);
        }
        printJsonClauses(e, out);
    } else if (e.function() == FunctionId::JsonArray) {
        joined(e.children(), out);
        printJsonClauses(e, out);
    } else if (e.function() == FunctionId::JsonValue || e.function() == FunctionId::JsonQuery ||
               e.function() == FunctionId::JsonExists) {
        print(e.child(0), out);
        out += ", ";
        print(e.child(1), out);
        printJsonClauses(e, out);
    } else if (e.function() == FunctionId::Trim && (e.trimChars() || e.trimSide() != TrimSide::Both)) {
        out += sideName(e.trimSide());
        if (e.trimChars()) {
            out += " ";
            print(*e.trimChars(), out);
        }
        out += " FROM ";
        print(e.trimSource(), out);
    } else {
        if (e.distinct()) out += "DISTINCT ";
        joined(e.children(), out);
    }
    out += ")";
}

void print(const Expr& e, std::string& out) {
    switch (e.kind()) {
    case ExprKind::Literal: printLiteral(e, out); return;
    case ExprKind::ColumnRef: out += quoteIdentifier(e.text()); return;
    case ExprKind::Unary: printUnary(e, out); return;
    case ExprKind::Binary: printBinary(e, out); return;
    case ExprKind::In:
        operand(e, e.child(0), kAdditive, out);
        out += e.negated() ? " NOT IN (" : " IN (";
        joined(e.children(), out, 1);
        out += ")";
        return;
    case ExprKind::Between:
        operand(e, e.child(0), kAdditive, out);
        out += e.negated() ? " NOT BETWEEN " : " BETWEEN ";
        if (e.symmetric()) out += "SYMMETRIC ";
        operand(e, e.child(1), kAdditive, out);
        out += " AND ";
        operand(e, e.child(2), kAdditive, out);
        return;
    case ExprKind::Like:
        operand(e, e.child(0), kAdditive, out);
        out += e.negated() ? " NOT" : "";
        out += e.similarTo() ? " SIMILAR TO " : " LIKE ";
        operand(e, e.child(1), kAdditive, out);
        if (const Expr* escape = e.likeEscape()) {
            out += " ESCAPE ";
            operand(e, *escape, kAdditive, out);
        }
        return;
    case ExprKind::Case: printCase(e, out); return;
    case ExprKind::Cast:
        out += e.isTryCast() ? "TRY_CAST(" : "CAST(";
        print(e.child(0), out);
        out += " AS " + e.castType().toSql() + ")";
        return;
    case ExprKind::Call: printCall(e, out); return;
    case ExprKind::UserCall:
        out += quoteIdentifier(e.text()) + "(";
        joined(e.children(), out);
        out += ")";
        return;
    case ExprKind::Constructor: printConstructor(e, out); return;
    case ExprKind::Item:
        operand(e, e.child(0), kPrimary, out);
        out += "[";
        print(e.child(1), out);
        out += "]";
        return;
    case ExprKind::FieldAccess: {
        // Calcite reads `a`.`f` and `a`[1].`f` as field access, other bases only in brackets.
        const ExprKind base = e.child(0).kind();
        const bool bare = base == ExprKind::ColumnRef || base == ExprKind::FieldAccess || base == ExprKind::Item;
        if (!bare) out += "(";
        print(e.child(0), out);
        out += bare ? "." : ").";
        out += quoteIdentifier(e.text());
        return;
    }
    case ExprKind::Overlaps:
        for (std::size_t period = 0; period < 2; ++period) {
            out += period == 0 ? "(" : " OVERLAPS (";
            joined(e.child(period).children(), out);
            out += ")";
        }
        return;
    }
}

}  // namespace

std::string toSql(const Expr& expr) {
    std::string out;
    print(expr, out);
    return out;
}

}  // namespace sw::expr
