#pragma once
// JsonClauses: the keyword clauses of Flink's SQL/JSON functions — what JSON_VALUE and
// JSON_QUERY do ON EMPTY and ON ERROR, JSON_EXISTS's ON ERROR, JSON_QUERY's wrapper, how
// JSON_OBJECT and JSON_ARRAY treat NULL values, and the kind IS JSON tests for.

namespace sw::expr {

// What a clause asks for. Which ones a function accepts: JSON_VALUE Null/Error/Default;
// JSON_QUERY Null/Error/EmptyArray/EmptyObject; JSON_EXISTS (ON ERROR) True/False/Unknown/Error.
enum class JsonBehavior { Null, Error, Default, EmptyArray, EmptyObject, True, False, Unknown };

enum class JsonWrapper { Without, Conditional, Unconditional };

// IS JSON [VALUE | SCALAR | ARRAY | OBJECT]; VALUE is any JSON text.
enum class JsonKind { Value, Scalar, Array, Object };

struct JsonClauses {
    JsonBehavior onEmpty = JsonBehavior::Null;
    JsonBehavior onError = JsonBehavior::Null;
    bool hasReturning = false;  // RETURNING <type>, held as the Expr's castType()
    JsonWrapper wrapper = JsonWrapper::Without;
    bool absentOnNull = false;  // JSON_OBJECT / JSON_ARRAY: ABSENT ON NULL (else NULL ON NULL)
    JsonKind kind = JsonKind::Value;

    bool operator==(const JsonClauses&) const = default;
};

}  // namespace sw::expr
