#pragma once
// Composite types: the result types of ARRAY / MAP / ROW constructors, element and field access,
// and OVERLAPS, from the types of their operands (Flink's rules; Calcite's for OVERLAPS).

#include <vector>

#include "expr/parse/ast.h"
#include "model/flink_type.h"
#include "util/result.h"

namespace sw::expr {

// ARRAY[...] / MAP[...] / ROW(...): the items' least restrictive common type as element (or key
// and value) type; ROW fields are named EXPR$0, EXPR$1, ... as Flink names them. Never NULL.
Result<model::FlinkType> constructorType(const Expr& e, const std::vector<model::FlinkType>& items);
// arr[i] (an integer index) or map[key]: the element or value type, nullable (a missing key or
// an index out of range is NULL).
Result<model::FlinkType> itemType(const Expr& e, const model::FlinkType& container, const model::FlinkType& key);
// row.field: the field's type, nullable when the row is.
Result<model::FlinkType> fieldAccessType(const Expr& e, const model::FlinkType& row);
// Index of `field` in ROW type `row`, or -1.
int fieldIndex(const model::FlinkType& row, const std::string& field);
// (s1, e1) OVERLAPS (s2, e2) with `periods` the two ROW types: BOOLEAN.
Result<model::FlinkType> overlapsType(const Expr& e, const std::vector<model::FlinkType>& periods);

}  // namespace sw::expr
