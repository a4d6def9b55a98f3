#include "expr/eval/expression_compiler.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "expr/eval/binary_text.h"
#include "expr/eval/decimal_math.h"
#include "expr/eval/eval_nodes.h"
#include "expr/eval/local_functions.h"
#include "expr/eval/temporal.h"
#include "expr/eval/value_text.h"
#include "expr/types/composite_types.h"
#include "expr/types/type_checker.h"
#include "util/sql_text.h"

namespace sw::expr::eval {
namespace {

using model::FlinkType;
using model::TypeKind;

Error errorAt(const Expr& e, std::string message) { return Error{std::move(message), "offset " + std::to_string(e.offset())}; }

// The value of a literal of the already checked `type`.
Result<Value> literalValue(const Expr& e, const FlinkType& type) {
    const std::string& text = e.text();
    switch (e.literalKind()) {
    case LiteralKind::Null: return Value();
    case LiteralKind::Boolean: return Value(text == "TRUE" || text == "true");
    case LiteralKind::Integer:
    case LiteralKind::Decimal:
        if (type.kind() == TypeKind::Decimal) {
            if (auto d = decimal::parse(text, type.scale())) return Value(*d);
        } else {
            std::int64_t v = 0;
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
            if (ec == std::errc() && end == text.data() + text.size()) return Value(v);
        }
        return errorAt(e, "invalid numeric literal " + text);
    case LiteralKind::Approximate: return Value(std::strtod(text.c_str(), nullptr));
    case LiteralKind::String: return Value(text);
    case LiteralKind::Binary: return Value(Bytes{binary::fromHexPairs(text).value_or("")});  // literalType checked the digits
    case LiteralKind::Date:
        if (auto days = temporal::parseDate(text)) return Value(Date{*days});
        return errorAt(e, "invalid DATE literal");
    case LiteralKind::Timestamp:
        if (auto ts = temporal::parsePreciseTimestamp(text)) return Value(*ts);
        return errorAt(e, "invalid TIMESTAMP literal");
    case LiteralKind::Time:
        if (auto millis = temporal::parseTime(text)) return Value(TimeOfDay{*millis});
        return errorAt(e, "invalid TIME literal");
    case LiteralKind::Interval: {
        auto amount = parseIntervalLiteral(text, e.intervalQualifier());
        if (!amount) return errorAt(e, amount.error().message);
        if (amount->yearMonth) return Value(MonthInterval{static_cast<std::int32_t>(amount->value)});
        return Value(Interval{amount->value});
    }
    }
    return Value();
}

// Functions whose value changes between calls with the same arguments: never folded.
bool isVolatile(const Expr& e) {
    if (e.kind() != ExprKind::Call) return false;
    switch (e.function()) {
    case FunctionId::Now:
    case FunctionId::CurrentRowTimestamp:
    case FunctionId::CurrentTimestamp:
    case FunctionId::CurrentTime:
    case FunctionId::LocalTime:
    case FunctionId::CurrentDate:
    case FunctionId::LocalTimestamp: return true;
    case FunctionId::UnixTimestamp: return e.children().empty();
    default: return false;
    }
}

// Evaluates a constant node once; a node that fails (1 / 0) is kept so it fails per row, as
// it would in Flink.
NodePtr fold(NodePtr node) {
    if (node->constant()) return node;
    Value scratch;
    Error error;
    const Value* v = node->eval(Row{}, EvaluationContext{}, scratch, error);
    if (v == nullptr) return node;
    return makeLiteral(*v, node->type(), node->offset());
}

// How an integer operand takes part in DECIMAL arithmetic: the narrowest DECIMAL holding it.
FlinkType decimalOf(const FlinkType& t) {
    switch (t.kind()) {
    case TypeKind::TinyInt: return FlinkType(TypeKind::Decimal, 3, 0);
    case TypeKind::SmallInt: return FlinkType(TypeKind::Decimal, 5, 0);
    case TypeKind::Int: return FlinkType(TypeKind::Decimal, 10, 0);
    case TypeKind::BigInt: return FlinkType(TypeKind::Decimal, 19, 0);
    default: return t;
    }
}

std::vector<NodePtr> coerceAll(std::vector<NodePtr> nodes, std::size_t first, const FlinkType& type) {
    for (std::size_t i = first; i < nodes.size(); ++i) nodes[i] = coerce(std::move(nodes[i]), type);
    return nodes;
}

// Two numeric operands widened to their common type up front, so that comparisons compare
// primitives on the hot path; other operands as they are.
std::vector<NodePtr> widenNumericPair(std::vector<NodePtr> pair) {
    if (!pair[0]->type().isNumeric() || !pair[1]->type().isNumeric()) return pair;
    // The type is read before `pair` is moved: the order arguments are evaluated in is unspecified
    // (clang moved first, and UBSan caught the read of the moved-from vector).
    const FlinkType common = model::commonNumericType(pair[0]->type(), pair[1]->type());
    return coerceAll(std::move(pair), 0, common);
}

// Operands of + - * / % converted as Flink does before computing in the result type.
NodePtr arithmetic(BinaryOp op, std::vector<NodePtr> args, const FlinkType& type, std::size_t offset) {
    Rep rep = repOf(type);
    if (rep == Rep::Int || rep == Rep::Double) args = coerceAll(std::move(args), 0, type);
    if (rep == Rep::Decimal) {
        for (auto& arg : args) {
            if (arg->rep() != Rep::Int) continue;
            const FlinkType decimal = decimalOf(arg->type());  // before `arg` is moved, as above
            arg = coerce(std::move(arg), decimal);
        }
    }
    return makeArithmetic(op, std::move(args[0]), std::move(args[1]), type, offset);
}

}  // namespace

NodePtr coerce(NodePtr node, const FlinkType& to) {
    Rep from = node->rep();
    Rep target = repOf(to);
    bool same = from == target && (target != Rep::Decimal || node->type().scale() == to.scale()) &&
                (target != Rep::Other || node->type().sameFamilyAs(to));
    // A shorter CHAR branch of a CHAR(n) CASE/COALESCE/IF is blank-padded to n, as in Flink.
    bool padChar = to.kind() == TypeKind::Char && node->type().kind() == TypeKind::Char && node->type().precision() < to.precision();
    if ((same && !padChar) || from == Rep::Null) return node;
    bool constant = node->constant() != nullptr;
    std::size_t offset = node->offset();
    NodePtr cast = makeCast(std::move(node), to.withNullable(true), false, offset);
    return constant ? fold(std::move(cast)) : std::move(cast);
}

ExpressionCompiler::ExpressionCompiler(const std::vector<model::Column>& typeColumns,
                                       const std::vector<model::Column>& rowColumns, AggregateSlot aggregateSlot)
    : typeColumns_(typeColumns), rowColumns_(rowColumns), aggregateSlot_(std::move(aggregateSlot)) {}

Result<NodePtr> ExpressionCompiler::compile(const Expr& expr) {
    const Expr* userCall = nullptr;
    forEachNode(expr, [&](const Expr& e) {
        if (!userCall && e.kind() == ExprKind::UserCall) userCall = &e;
    });
    if (userCall) {
        return errorAt(*userCall, userCall->text() +
                                      " is a user-defined function: its Java class runs only on the cluster, so a "
                                      "local run cannot evaluate it");
    }
    types_.clear();
    auto type = typeCheck(expr, typeColumns_, aggregateSlot_ ? AggregateUse::Allowed : AggregateUse::Forbidden, types_);
    if (!type) return type.error();
    auto compiled = compileNode(expr);
    if (!compiled) return compiled.error();
    return std::move(compiled->node);
}

Result<ExpressionCompiler::Compiled> ExpressionCompiler::compileNode(const Expr& e) {
    if (e.kind() == ExprKind::Binary) return compileChain(e);
    const FlinkType& type = types_.at(&e);
    if (e.kind() == ExprKind::Literal) {
        auto value = literalValue(e, type);
        if (!value) return value.error();
        return Compiled{makeLiteral(std::move(value).value(), type, e.offset()), true};
    }
    if (e.kind() == ExprKind::Call && !isEvaluatedLocally(e.function())) {
        return errorAt(e, notEvaluatedLocallyMessage(e.function()));
    }
    if (e.kind() == ExprKind::ColumnRef) {
        auto node = column(e, type);
        if (!node) return node.error();
        return Compiled{std::move(node).value(), false};
    }
    if (e.isAggregate()) {
        if (!aggregateSlot_) return errorAt(e, "aggregate function is not allowed here");
        auto node = aggregateSlot_(e, type);
        if (!node) return node.error();
        return Compiled{std::move(node).value(), false};
    }
    std::vector<NodePtr> children;
    bool constant = !isVolatile(e);
    for (const auto& child : e.children()) {
        auto compiled = compileNode(*child);
        if (!compiled) return compiled;
        constant = constant && compiled->constant;
        children.push_back(std::move(compiled->node));
    }
    auto node = build(e, type, std::move(children));
    if (!node) return node.error();
    return Compiled{constant ? fold(std::move(node).value()) : std::move(node).value(), constant};
}

Result<ExpressionCompiler::Compiled> ExpressionCompiler::compileChain(const Expr& e) {
    // The chain's binary nodes, outermost first; compiled innermost first in a loop.
    std::vector<const Expr*> chain{&e};
    while (chain.back()->child(0).kind() == ExprKind::Binary) chain.push_back(&chain.back()->child(0));
    auto first = compileNode(chain.back()->child(0));
    if (!first) return first;
    bool constant = first->constant;
    NodePtr sofar = std::move(first->node);  // nested: the chain up to the current link
    // Looped: `sofar` stays the first operand and each link becomes a step reading the value before it.
    const bool looped = chain.size() > kLongestNestedChain;
    std::vector<NodePtr> steps;
    for (auto link = chain.rbegin(); link != chain.rend(); ++link) {
        const Expr& node = **link;
        auto right = compileNode(node.child(1));
        if (!right) return right;
        constant = constant && right->constant;
        NodePtr left = !looped        ? std::move(sofar)
                       : steps.empty() ? makeChainValue(sofar->type(), node.offset())
                                       : makeChainValue(steps.back()->type(), node.offset());
        auto built = build(node, types_.at(&node), nodes(std::move(left), std::move(right->node)));
        if (!built) return built.error();
        if (looped) steps.push_back(std::move(built).value());
        else sofar = constant ? fold(std::move(built).value()) : std::move(built).value();
    }
    if (looped) sofar = makeChain(std::move(sofar), std::move(steps));
    if (looped && constant) sofar = fold(std::move(sofar));
    return Compiled{std::move(sofar), constant};
}

Result<NodePtr> ExpressionCompiler::column(const Expr& e, const FlinkType& type) const {
    auto it = std::ranges::find(rowColumns_, e.text(), &model::Column::name);
    if (it == rowColumns_.end()) {
        return errorAt(e, "column " + quoteIdentifier(e.text()) + " must be grouped or used inside an aggregate function");
    }
    return makeColumn(static_cast<int>(it - rowColumns_.begin()), type, e.offset());
}

Result<NodePtr> ExpressionCompiler::build(const Expr& e, const FlinkType& type, std::vector<NodePtr> c) {
    std::size_t at = e.offset();
    switch (e.kind()) {
    case ExprKind::Unary:
        if (e.unaryOp() == UnaryOp::Negate) return makeNegate(std::move(c[0]), at);
        if (e.unaryOp() == UnaryOp::Plus) return std::move(c[0]);
        if (e.unaryOp() == UnaryOp::Not) return makeNot(std::move(c[0]), type, at);
        return makeTruthTest(e.unaryOp(), std::move(c[0]), at);
    case ExprKind::Binary: {
        BinaryOp op = e.binaryOp();
        if (op == BinaryOp::And || op == BinaryOp::Or) return makeAndOr(op, std::move(c[0]), std::move(c[1]), type, at);
        if (op == BinaryOp::Concat) return makeConcat(std::move(c), type, at);
        if (op >= BinaryOp::Equal && op <= BinaryOp::GreaterEqual) {
            c = widenNumericPair(std::move(c));
            return makeComparison(op, std::move(c[0]), std::move(c[1]), type, at);
        }
        if (op == BinaryOp::IsDistinctFrom || op == BinaryOp::IsNotDistinctFrom) {
            c = widenNumericPair(std::move(c));
            return makeDistinctTest(op == BinaryOp::IsDistinctFrom, std::move(c[0]), std::move(c[1]), at);
        }
        return arithmetic(op, std::move(c), type, at);
    }
    case ExprKind::In: {
        NodePtr value = std::move(c[0]);
        c.erase(c.begin());
        return makeIn(std::move(value), std::move(c), e.negated(), type, at);
    }
    case ExprKind::Between:
        return makeBetween(std::move(c[0]), std::move(c[1]), std::move(c[2]), e.negated(), e.symmetric(), type, at);
    case ExprKind::Like:
        if (e.similarTo()) return makeSimilarTo(std::move(c[0]), std::move(c[1]), c.size() > 2 ? std::move(c[2]) : nullptr, e.negated(), type, at);
        return makeLike(std::move(c[0]), std::move(c[1]), c.size() > 2 ? std::move(c[2]) : nullptr, e.negated(), type, at);
    case ExprKind::Case: {
        NodePtr operand = e.caseOperand() ? std::move(c.front()) : nullptr;
        std::size_t base = e.caseOperand() ? 1 : 0;
        std::vector<NodePtr> tests, results;
        for (std::size_t i = 0; i < e.whenCount(); ++i) {
            tests.push_back(std::move(c[base + 2 * i]));
            results.push_back(coerce(std::move(c[base + 2 * i + 1]), type));
        }
        NodePtr elseResult = e.elseResult() ? coerce(std::move(c.back()), type) : nullptr;
        if (operand) return makeSimpleCase(std::move(operand), std::move(tests), std::move(results), std::move(elseResult), type, at);
        return makeCase(std::move(tests), std::move(results), std::move(elseResult), type, at);
    }
    case ExprKind::Cast: return makeCast(std::move(c[0]), type, e.isTryCast(), at);
    case ExprKind::Call: return buildCall(e, type, std::move(c));
    case ExprKind::Constructor: {
        if (e.constructorKind() == ConstructorKind::Row) return makeConstructor(e.constructorKind(), std::move(c), type, at);
        for (std::size_t i = 0; i < c.size(); ++i) c[i] = coerce(std::move(c[i]), compositeItemType(type, i));
        return makeConstructor(e.constructorKind(), std::move(c), type, at);
    }
    case ExprKind::Item: {
        const FlinkType& container = c[0]->type();
        bool array = container.kind() == TypeKind::Array;
        c[1] = coerce(std::move(c[1]), array ? FlinkType(TypeKind::BigInt) : container.children().at(0));
        return makeItem(std::move(c[0]), std::move(c[1]), type, at);
    }
    case ExprKind::FieldAccess: {
        auto field = static_cast<std::size_t>(fieldIndex(c[0]->type(), e.text()));
        return makeFieldAccess(std::move(c[0]), field, type, at);
    }
    case ExprKind::Overlaps: return makeOverlaps(std::move(c[0]), std::move(c[1]), type, at);
    default: return errorAt(e, "unexpected expression");
    }
}

Result<NodePtr> ExpressionCompiler::buildCall(const Expr& e, const FlinkType& type, std::vector<NodePtr> c) {
    std::size_t at = e.offset();
    switch (e.function()) {
    case FunctionId::Coalesce: return makeCoalesce(coerceAll(std::move(c), 0, type), type, at);
    case FunctionId::If: {
        c = coerceAll(std::move(c), 1, type);
        return makeCase(nodes(std::move(c[0])), nodes(std::move(c[1])), std::move(c[2]), type, at);
    }
    case FunctionId::NullIf: return makeNullIf(std::move(c[0]), std::move(c[1]), type, at);
    case FunctionId::IfNull: return makeCoalesce(coerceAll(std::move(c), 0, type), type, at);
    case FunctionId::Greatest:
    case FunctionId::Least: return makeExtremum(e.function() == FunctionId::Greatest, coerceAll(std::move(c), 0, type), type, at);
    case FunctionId::Substr: return makeStringFunction(FunctionId::Substring, std::move(c), type, at);
    case FunctionId::LTrim:
    case FunctionId::RTrim:
    case FunctionId::BTrim: {
        TrimSide side = e.function() == FunctionId::LTrim   ? TrimSide::Leading
                        : e.function() == FunctionId::RTrim ? TrimSide::Trailing
                                                            : TrimSide::Both;
        NodePtr chars = c.size() > 1 ? std::move(c[1]) : nullptr;
        return makeTrim(side, std::move(chars), std::move(c[0]), type, at);
    }
    case FunctionId::TypeOf:  // a constant: the argument's type as Flink's summary string
        return makeLiteral(Value(c[0]->type().toSql()), type, at);
    case FunctionId::Elt: return makeTextFunction(e.function(), coerceAll(std::move(c), 1, type), type, at);
    case FunctionId::LPad:
    case FunctionId::RPad:
    case FunctionId::Replace:
    case FunctionId::SplitIndex:
    case FunctionId::Overlay:
    case FunctionId::Position:
    case FunctionId::Locate:
    case FunctionId::Instr:
    case FunctionId::Left:
    case FunctionId::Right:
    case FunctionId::InitCap:
    case FunctionId::Reverse:
    case FunctionId::Repeat:
    case FunctionId::Ascii:
    case FunctionId::Chr:
    case FunctionId::ToBase64:
    case FunctionId::FromBase64:
    case FunctionId::Translate:
    case FunctionId::StartsWith:
    case FunctionId::EndsWith:
    case FunctionId::IsAlpha:
    case FunctionId::IsDigit:
    case FunctionId::IsDecimal: return makeTextFunction(e.function(), std::move(c), type, at);
    case FunctionId::Year:
    case FunctionId::Quarter:
    case FunctionId::Month:
    case FunctionId::Week:
    case FunctionId::DayOfYear:
    case FunctionId::DayOfMonth:
    case FunctionId::DayOfWeek:
    case FunctionId::Hour:
    case FunctionId::Minute:
    case FunctionId::Second:
    case FunctionId::ToDate: return makeDateFunction(e.function(), std::move(c), type, at);
    case FunctionId::JsonValue:
        // DEFAULT values take the result type; a BOOLEAN one for a string result stays as it is
        // (the node writes it as Java does, 'true').
        for (std::size_t i = 2; i < c.size(); ++i) {
            if (!(type.isCharacterString() && c[i]->rep() == Rep::Bool)) c[i] = coerce(std::move(c[i]), type);
        }
        return makeJsonFunction(e, std::move(c), type, at);
    case FunctionId::JsonQuery:
    case FunctionId::JsonExists:
    case FunctionId::JsonObject:
    case FunctionId::JsonArray:
    case FunctionId::IsJson:
    case FunctionId::JsonString:
    case FunctionId::JsonQuote:
    case FunctionId::JsonUnquote: return makeJsonFunction(e, std::move(c), type, at);
    case FunctionId::Md5:
    case FunctionId::Sha1:
    case FunctionId::Sha224:
    case FunctionId::Sha256:
    case FunctionId::Sha384:
    case FunctionId::Sha512:
    case FunctionId::Sha2:
    case FunctionId::HashCode: return makeHashFunction(e.function(), std::move(c), type, at);
    case FunctionId::UrlEncode:
    case FunctionId::UrlDecode: return makeUrlFunction(e.function(), std::move(c), type, at);
    case FunctionId::Printf: return makePrintf(std::move(c), type, at);
    case FunctionId::ParseUrl: return makeParseUrl(std::move(c), type, at);
    case FunctionId::Encode:
    case FunctionId::Decode:
    case FunctionId::Unhex: return makeBinaryFunction(e.function(), std::move(c), type, at);
    case FunctionId::Pi:
    case FunctionId::E:
    case FunctionId::Sign:
    case FunctionId::Truncate:
    case FunctionId::Bin: return makeMathFunction(e.function(), std::move(c), type, at);
    case FunctionId::BitAnd:
    case FunctionId::BitOr:
    case FunctionId::BitXor:
    case FunctionId::BitNot: return makeMathFunction(e.function(), coerceAll(std::move(c), 0, type), type, at);
    case FunctionId::Hex:
        // HEX takes an integer or a string; another number is read as BIGINT.
        if (c[0]->type().isNumeric() && !c[0]->type().isInteger()) c[0] = coerce(std::move(c[0]), FlinkType(TypeKind::BigInt));
        return makeMathFunction(e.function(), std::move(c), type, at);
    case FunctionId::Sqrt:
    case FunctionId::Exp:
    case FunctionId::Ln:
    case FunctionId::Log10:
    case FunctionId::Log2:
    case FunctionId::Log:
    case FunctionId::Sin:
    case FunctionId::Sinh:
    case FunctionId::Cos:
    case FunctionId::Cosh:
    case FunctionId::Tan:
    case FunctionId::Tanh:
    case FunctionId::Cot:
    case FunctionId::Asin:
    case FunctionId::Acos:
    case FunctionId::Atan:
    case FunctionId::Atan2:
    case FunctionId::Degrees:
    case FunctionId::Radians: return makeMathFunction(e.function(), coerceAll(std::move(c), 0, FlinkType(TypeKind::Double)), type, at);
    case FunctionId::Concat: return makeConcat(std::move(c), type, at);
    case FunctionId::Trim: {
        NodePtr chars = c.size() > 1 ? std::move(c.front()) : nullptr;
        return makeTrim(e.trimSide(), std::move(chars), std::move(c.back()), type, at);
    }
    case FunctionId::Upper:
    case FunctionId::Lower:
    case FunctionId::ConcatWs:
    case FunctionId::Substring:
    case FunctionId::CharLength:
    case FunctionId::RegexpReplace:
    case FunctionId::Regexp:
    case FunctionId::RegexpCount:
    case FunctionId::RegexpInstr:
    case FunctionId::RegexpSubstr:
    case FunctionId::RegexpExtract: return makeStringFunction(e.function(), std::move(c), type, at);
    case FunctionId::Floor:
    case FunctionId::Ceil:
        if (e.timeUnit()) return makeRoundToUnit(*e.timeUnit(), e.function() == FunctionId::Ceil, std::move(c[0]), type, at);
        return makeNumericFunction(e.function(), std::move(c), type, at);
    case FunctionId::Extract: return makeExtract(*e.timeUnit(), std::move(c[0]), type, at);
    case FunctionId::TimestampAdd: return makeTimestampAdd(*e.timeUnit(), std::move(c[0]), std::move(c[1]), type, at);
    case FunctionId::TimestampDiff: return makeTimestampDiff(*e.timeUnit(), std::move(c[0]), std::move(c[1]), type, at);
    case FunctionId::Abs:
    case FunctionId::Round: return makeNumericFunction(e.function(), std::move(c), type, at);
    case FunctionId::Power: {
        FlinkType dbl = FlinkType(TypeKind::Double);
        return makeNumericFunction(e.function(), coerceAll(std::move(c), 0, dbl), type, at);
    }
    case FunctionId::Mod: return arithmetic(BinaryOp::Modulo, std::move(c), type, at);
    case FunctionId::ArrayContains:
    case FunctionId::ArrayPosition:
    case FunctionId::ArrayRemove:
    case FunctionId::ArrayAppend:
    case FunctionId::ArrayPrepend:
        // The element compares with (or joins) the array's elements in their type.
        if (c[0]->type().kind() == TypeKind::Array) c[1] = coerce(std::move(c[1]), c[0]->type().children().at(0));
        return makeCollectionFunction(e.function(), std::move(c), type, at);
    case FunctionId::ArrayConcat:
    case FunctionId::ArrayUnion:
    case FunctionId::ArrayExcept:
    case FunctionId::ArrayIntersect:
    case FunctionId::MapUnion: return makeCollectionFunction(e.function(), coerceAll(std::move(c), 0, type), type, at);
    case FunctionId::Cardinality:
    case FunctionId::Element:
    case FunctionId::StrToMap:
    case FunctionId::ArrayDistinct:
    case FunctionId::ArrayReverse:
    case FunctionId::ArraySlice:
    case FunctionId::ArraySort:
    case FunctionId::ArrayMax:
    case FunctionId::ArrayMin:
    case FunctionId::ArrayJoin:
    case FunctionId::MapKeys:
    case FunctionId::MapValues:
    case FunctionId::MapEntries:
    case FunctionId::MapFromArrays: return makeCollectionFunction(e.function(), std::move(c), type, at);
    default: return makeTemporalFunction(e.function(), std::move(c), type, at);
    }
}

}  // namespace sw::expr::eval
