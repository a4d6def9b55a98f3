#pragma once
// Eval node factories, one group per source file. Operands arrive compiled; the compiler has
// already coerced numeric operands where a factory says so.

#include <string>
#include <vector>

#include "expr/parse/ast.h"
#include "expr/eval/eval_node.h"

namespace sw::expr::eval {

// SQL's three-valued logic.
enum class Truth { False, True, Unknown };

// eval_node.cpp
NodePtr makeLiteral(Value value, model::FlinkType type, std::size_t offset);
NodePtr makeColumn(int index, model::FlinkType type, std::size_t offset);

// eval_chain.cpp: a long chain of binary operators (a + b + c ..., x AND y AND ...) evaluated in a
// loop rather than by recursion. Each step is the operator's usual node whose left operand is a
// chain value node: the value of `first` and the steps before it.
NodePtr makeChainValue(model::FlinkType type, std::size_t offset);
NodePtr makeChain(NodePtr first, std::vector<NodePtr> steps);

// eval_logic.cpp: three-valued logic and conditionals.
NodePtr makeAndOr(BinaryOp op, NodePtr left, NodePtr right, model::FlinkType type, std::size_t offset);
NodePtr makeNot(NodePtr operand, model::FlinkType type, std::size_t offset);
NodePtr makeTruthTest(UnaryOp op, NodePtr operand, std::size_t offset);  // IS [NOT] NULL/TRUE/FALSE
// Searched CASE (and IF); `results` and `elseResult` (may be null) already have the result type.
NodePtr makeCase(std::vector<NodePtr> conditions, std::vector<NodePtr> results, NodePtr elseResult,
                 model::FlinkType type, std::size_t offset);
// Simple CASE: the operand is evaluated once and compared with each WHEN value.
NodePtr makeSimpleCase(NodePtr operand, std::vector<NodePtr> whenValues, std::vector<NodePtr> results,
                       NodePtr elseResult, model::FlinkType type, std::size_t offset);
NodePtr makeCoalesce(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);
NodePtr makeNullIf(NodePtr value, NodePtr other, model::FlinkType type, std::size_t offset);

// eval_compare.cpp: operands of any comparable representations (numeric ones are widened).
NodePtr makeComparison(BinaryOp op, NodePtr left, NodePtr right, model::FlinkType type, std::size_t offset);
NodePtr makeIn(NodePtr value, std::vector<NodePtr> list, bool negated, model::FlinkType type, std::size_t offset);
// a IS [NOT] DISTINCT FROM b: = and <> where NULL equals NULL; never NULL itself.
NodePtr makeDistinctTest(bool distinct, NodePtr left, NodePtr right, std::size_t offset);
NodePtr makeBetween(NodePtr value, NodePtr low, NodePtr high, bool negated, bool symmetric, model::FlinkType type,
                    std::size_t offset);
// GREATEST / LEAST over arguments already coerced to `type`.
NodePtr makeExtremum(bool greatest, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

// eval_arithmetic.cpp: numeric operands coerced to `type` (INT/BIGINT/DOUBLE), or DECIMALs of
// any scale for a DECIMAL `type`; temporal +- interval operands as they are.
NodePtr makeArithmetic(BinaryOp op, NodePtr left, NodePtr right, model::FlinkType type, std::size_t offset);
NodePtr makeNegate(NodePtr operand, std::size_t offset);
// ABS, ROUND, FLOOR, CEIL, POWER.
NodePtr makeNumericFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

// eval_math_functions.cpp: SQRT, EXP, LN, LOG*, trigonometry, DEGREES, RADIANS (arguments
// coerced to DOUBLE), PI, E, SIGN, TRUNCATE, BIN, HEX, BITAND/BITOR/BITXOR/BITNOT (operands coerced
// to the result type).
Result<NodePtr> makeMathFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);
// eval_hash_functions.cpp: MD5, SHA1, SHA224..SHA512, SHA2, HASH_CODE.
Result<NodePtr> makeHashFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

// eval_printf.cpp: PRINTF(format, args...), Java's String.format.
NodePtr makePrintf(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

// eval_parse_url.cpp: PARSE_URL(url, part[, key]).
NodePtr makeParseUrl(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

// eval_binary_functions.cpp: ENCODE, DECODE, UNHEX.
Result<NodePtr> makeBinaryFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

// eval_cast.cpp
NodePtr makeCast(NodePtr operand, model::FlinkType to, bool tryCast, std::size_t offset);
// CAST of a non-NULL `in` of type `from` into `out`; false with `message` when it fails.
bool castInto(const Value& in, const model::FlinkType& from, const model::FlinkType& to, Value& out, std::string& message);

// ARRAY / MAP / ROW of `from` into the same shape of `to`, item by item.
bool castComposite(const Composite& in, const model::FlinkType& from, const model::FlinkType& to, Value& out,
                   std::string& message);

// eval_composites.cpp: constructors, element and field access, OVERLAPS.
// ARRAY / MAP items already coerced to the element, key and value types; a later MAP key
// replaces the value of an equal earlier one.
NodePtr makeConstructor(ConstructorKind kind, std::vector<NodePtr> items, model::FlinkType type, std::size_t offset);
// arr[i] (1-based; out of range is NULL) or map[key] (missing is NULL), the key coerced to the key type.
NodePtr makeItem(NodePtr container, NodePtr key, model::FlinkType type, std::size_t offset);
NodePtr makeFieldAccess(NodePtr row, std::size_t field, model::FlinkType type, std::size_t offset);
// Two (start, end-or-length) ROW values.
NodePtr makeOverlaps(NodePtr left, NodePtr right, model::FlinkType type, std::size_t offset);

// eval_collection_functions.cpp: CARDINALITY, ELEMENT, STR_TO_MAP and the ARRAY_* / MAP_*
// functions, arguments coerced by the compiler to the types the function works in.
Result<NodePtr> makeCollectionFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

// eval_string.cpp
NodePtr makeConcat(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);  // || and CONCAT
// UPPER, LOWER, SUBSTRING, CHAR_LENGTH, LTRIM, RTRIM, CONCAT_WS, REGEXP_REPLACE, REGEXP_EXTRACT.
Result<NodePtr> makeStringFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);
NodePtr makeTrim(TrimSide side, NodePtr chars, NodePtr source, model::FlinkType type, std::size_t offset);
Result<NodePtr> makeLike(NodePtr value, NodePtr pattern, NodePtr escape, bool negated, model::FlinkType type,
                         std::size_t offset);
// eval_similar_to.cpp: the pattern is an SQL regular expression, run as a Java one.
Result<NodePtr> makeSimilarTo(NodePtr value, NodePtr pattern, NodePtr escape, bool negated, model::FlinkType type,
                              std::size_t offset);

// eval_text_functions.cpp: LPAD, RPAD, REPLACE, SPLIT_INDEX, POSITION, LOCATE, INSTR, LEFT,
// RIGHT, INITCAP, REVERSE, REPEAT, ASCII, CHR, TO_BASE64, FROM_BASE64, TRANSLATE, STARTSWITH,
// ENDSWITH, IS_ALPHA, IS_DIGIT, IS_DECIMAL, ELT (its values coerced to `type`).
Result<NodePtr> makeTextFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

// eval_url_functions.cpp: URL_ENCODE, URL_DECODE.
NodePtr makeUrlFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

// eval_date_functions.cpp: YEAR, QUARTER, MONTH, WEEK, DAYOFYEAR, DAYOFMONTH, DAYOFWEEK, HOUR,
// MINUTE, SECOND on DATE / TIME / TIMESTAMP values, and TO_DATE.
NodePtr makeDateFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);
// EXTRACT(unit FROM value) of a DATE, TIME, TIMESTAMP or interval.
NodePtr makeExtract(TimeUnit unit, NodePtr value, model::FlinkType type, std::size_t offset);
// FLOOR (`up` false) / CEIL (`up` true) of a DATE, TIME or TIMESTAMP to `unit`.
NodePtr makeRoundToUnit(TimeUnit unit, bool up, NodePtr value, model::FlinkType type, std::size_t offset);
// TIMESTAMPADD(unit, count, point) with `type` from the type checker (a DATE plus hours is a TIMESTAMP).
NodePtr makeTimestampAdd(TimeUnit unit, NodePtr count, NodePtr point, model::FlinkType type, std::size_t offset);
NodePtr makeTimestampDiff(TimeUnit unit, NodePtr from, NodePtr to, model::FlinkType type, std::size_t offset);

// eval_json_functions.cpp: JSON_VALUE, JSON_QUERY, JSON_EXISTS (JSON_VALUE's DEFAULT values
// already coerced to `type`), JSON_OBJECT, JSON_ARRAY, IS JSON, JSON_STRING, JSON_QUOTE,
// JSON_UNQUOTE; `call` gives the clauses.
Result<NodePtr> makeJsonFunction(const Expr& call, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

// eval_temporal.cpp: DATE_FORMAT, TO_TIMESTAMP, TO_TIMESTAMP_LTZ, FROM_UNIXTIME, UNIX_TIMESTAMP,
// CONVERT_TZ, NOW, CURRENT_ROW_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIME,
// LOCALTIMESTAMP, LOCALTIME.
NodePtr makeTemporalFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset);

}  // namespace sw::expr::eval
