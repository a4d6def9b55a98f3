#pragma once
// Expr: a node of a parsed Flink SQL expression — a tagged node with owned children.

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "expr/parse/function_catalog.h"
#include "expr/parse/interval_literal.h"
#include "expr/parse/json_clauses.h"
#include "model/flink_type.h"

namespace sw::expr {

enum class ExprKind {
    Literal,
    ColumnRef,
    Unary,    // children: operand
    Binary,   // children: left, right
    In,       // children: value, list...
    Between,  // children: value, low, high
    Like,     // children: value, pattern [, escape]
    Case,     // children: [operand], when, then, when, then, ... [, else]
    Cast,     // children: operand
    Call,     // children: arguments; COUNT(*) has none
    UserCall, // a call of a name that is no built-in: a user-defined function; text = name, children: arguments
    Constructor,  // ARRAY[e, ...], MAP[k, v, ...], ROW(e, ...) or (e, e, ...); children: the items
    Item,         // children: container, index or key — arr[i], map[key]
    FieldAccess,  // children: row; text = the field's name — r.field
    Overlaps,     // children: two 2-item ROW constructors — (s1, e1) OVERLAPS (s2, e2)
};

enum class ConstructorKind { Array, Map, Row };

enum class LiteralKind { Null, Boolean, Integer, Decimal, Approximate, String, Binary, Date, Time, Timestamp, Interval };  // Binary: its hex digits

enum class UnaryOp { Negate, Plus, Not, IsNull, IsNotNull, IsTrue, IsNotTrue, IsFalse, IsNotFalse, IsUnknown, IsNotUnknown };

enum class BinaryOp {
    Add, Subtract, Multiply, Divide, Modulo, Concat,
    Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,
    IsDistinctFrom, IsNotDistinctFrom,  // NULL-safe comparisons: never NULL themselves
    And, Or,
};

enum class TrimSide { Both, Leading, Trailing };

class Expr;
using ExprPtr = std::unique_ptr<Expr>;

class Expr {
public:
    // `text` is the literal's value: digits as written, the unquoted string, "TRUE"/"FALSE", date text.
    static ExprPtr literal(LiteralKind kind, std::string text, std::size_t offset);
    static ExprPtr interval(std::string text, IntervalQualifier qualifier, std::size_t offset);
    static ExprPtr column(std::string name, std::size_t offset);
    static ExprPtr unary(UnaryOp op, ExprPtr operand, std::size_t offset);
    static ExprPtr binary(BinaryOp op, ExprPtr left, ExprPtr right, std::size_t offset);
    static ExprPtr in(ExprPtr value, std::vector<ExprPtr> list, bool negated, std::size_t offset);
    // SYMMETRIC: the bounds are swapped when low > high.
    static ExprPtr between(ExprPtr value, ExprPtr low, ExprPtr high, bool negated, bool symmetric, std::size_t offset);
    // LIKE, or SIMILAR TO when `similar` (the same children; the pattern is an SQL regex).
    static ExprPtr like(ExprPtr value, ExprPtr pattern, ExprPtr escape, bool negated, std::size_t offset, bool similar = false);
    // `operand` (simple CASE) and `elseResult` may be null; `whenThen` alternates condition, result.
    static ExprPtr caseWhen(ExprPtr operand, std::vector<ExprPtr> whenThen, ExprPtr elseResult, std::size_t offset);
    static ExprPtr cast(ExprPtr operand, model::FlinkType target, bool tryCast, std::size_t offset);
    static ExprPtr call(FunctionId function, std::vector<ExprPtr> args, bool distinct, std::size_t offset);
    static ExprPtr userCall(std::string name, std::vector<ExprPtr> args, std::size_t offset);
    // A call with a unit word: EXTRACT(unit FROM x), FLOOR/CEIL(x TO unit), TIMESTAMPADD and
    // TIMESTAMPDIFF(unit, ...); `args` are the arguments other than the unit.
    static ExprPtr unitCall(FunctionId function, TimeUnit unit, std::vector<ExprPtr> args, std::size_t offset);
    // A SQL/JSON function with its clauses; `returning` is JSON_VALUE / JSON_QUERY's RETURNING
    // type when clauses.hasReturning. JSON_VALUE's DEFAULT values follow the path argument, the
    // ON EMPTY one first; `negated` is IS NOT JSON.
    static ExprPtr jsonCall(FunctionId function, std::vector<ExprPtr> args, JsonClauses clauses,
                            model::FlinkType returning, bool negated, std::size_t offset);
    // ARRAY[...], MAP[...] (keys and values alternating) or ROW(...).
    static ExprPtr constructor(ConstructorKind kind, std::vector<ExprPtr> items, std::size_t offset);
    static ExprPtr item(ExprPtr container, ExprPtr key, std::size_t offset);
    static ExprPtr fieldAccess(ExprPtr row, std::string field, std::size_t offset);
    // `left` and `right` are 2-item ROW constructors: (start, end or length) each.
    static ExprPtr overlaps(ExprPtr left, ExprPtr right, std::size_t offset);
    // TRIM([side] [chars FROM] source); `chars` may be null (trims spaces).
    static ExprPtr trim(TrimSide side, ExprPtr chars, ExprPtr source, std::size_t offset);

    // Frees the tree below without recursion: a chain of 30,000 `+` is 30,000 levels deep.
    ~Expr();
    Expr(const Expr&) = delete;
    Expr& operator=(const Expr&) = delete;

    ExprKind kind() const { return kind_; }
    // Byte offset in the parsed text of the token that defines this node (an infix node's operator).
    std::size_t offset() const { return offset_; }

    const std::vector<ExprPtr>& children() const { return children_; }
    const Expr& child(std::size_t i) const { return *children_[i]; }
    Expr& child(std::size_t i) { return *children_[i]; }

    // Literal / ColumnRef
    LiteralKind literalKind() const { return literalKind_; }
    const IntervalQualifier& intervalQualifier() const { return interval_; }
    const std::string& text() const { return text_; }  // literal value or column name

    // Index of the column in the input row once resolved by the runtime; -1 until then.
    int columnIndex() const { return columnIndex_; }
    void setColumnIndex(int index) { columnIndex_ = index; }

    UnaryOp unaryOp() const { return unaryOp_; }
    BinaryOp binaryOp() const { return binaryOp_; }
    bool negated() const { return negated_; }  // NOT IN / NOT BETWEEN / NOT LIKE
    bool symmetric() const { return symmetric_; }  // BETWEEN SYMMETRIC

    // Like
    const Expr* likeEscape() const { return children_.size() > 2 ? children_[2].get() : nullptr; }
    bool similarTo() const { return similar_; }

    // Case
    const Expr* caseOperand() const { return hasCaseOperand_ ? children_.front().get() : nullptr; }
    std::size_t whenCount() const;
    const Expr& whenCondition(std::size_t i) const { return *children_[firstWhen() + 2 * i]; }
    const Expr& thenResult(std::size_t i) const { return *children_[firstWhen() + 2 * i + 1]; }
    const Expr* elseResult() const { return hasElse_ ? children_.back().get() : nullptr; }

    // Cast
    const model::FlinkType& castType() const { return castType_; }
    bool isTryCast() const { return tryCast_; }

    // Constructor
    ConstructorKind constructorKind() const { return constructorKind_; }

    // Call
    FunctionId function() const { return function_; }
    bool isAggregate() const;
    bool distinct() const { return distinct_; }
    bool isCountStar() const { return kind_ == ExprKind::Call && function_ == FunctionId::Count && children_.empty(); }
    TrimSide trimSide() const { return trimSide_; }
    // The unit of a unitCall; FLOOR and CEIL without one round numbers.
    const std::optional<TimeUnit>& timeUnit() const { return timeUnit_; }
    const JsonClauses& jsonClauses() const { return json_; }
    // JSON_VALUE's DEFAULT value ON EMPTY / ON ERROR, nullptr when that clause is not DEFAULT.
    const Expr* jsonDefaultOnEmpty() const;
    const Expr* jsonDefaultOnError() const;
    // TRIM's arguments: the source string and the characters to strip (null = spaces).
    const Expr& trimSource() const { return *children_.back(); }
    const Expr* trimChars() const { return children_.size() > 1 ? children_.front().get() : nullptr; }

private:
    Expr(ExprKind kind, std::size_t offset) : kind_(kind), offset_(offset) {}
    std::size_t firstWhen() const { return hasCaseOperand_ ? 1 : 0; }

    ExprKind kind_;
    std::size_t offset_;
    std::vector<ExprPtr> children_;
    std::string text_;
    LiteralKind literalKind_ = LiteralKind::Null;
    IntervalQualifier interval_;
    int columnIndex_ = -1;
    UnaryOp unaryOp_ = UnaryOp::Negate;
    BinaryOp binaryOp_ = BinaryOp::Add;
    bool negated_ = false;
    bool symmetric_ = false;
    bool similar_ = false;
    bool hasCaseOperand_ = false;
    bool hasElse_ = false;
    model::FlinkType castType_;
    bool tryCast_ = false;
    FunctionId function_ = FunctionId::Coalesce;
    bool distinct_ = false;
    TrimSide trimSide_ = TrimSide::Both;
    std::optional<TimeUnit> timeUnit_;
    JsonClauses json_;
    ConstructorKind constructorKind_ = ConstructorKind::Array;
};

// SQL spelling of a binary operator: "+", "<>", "AND", ...
std::string_view operatorSymbol(BinaryOp op);

// Calls `visit` on `root` and every node below it, parents before children, left to right
// (iteratively, whatever the depth).
void forEachNode(const Expr& root, const std::function<void(const Expr&)>& visit);

// Distinct column names referenced anywhere in `expr`, in order of first use.
std::vector<std::string> referencedColumns(const Expr& expr);

// True if `expr` contains a call of an aggregate function (COUNT, SUM, ...).
bool containsAggregate(const Expr& expr);

// True if `expr` is a bare column reference; its name is stored in `*name` when given.
bool isColumnReference(const Expr& expr, std::string* name = nullptr);

}  // namespace sw::expr
