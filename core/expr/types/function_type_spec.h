#pragma once
// FunctionTypeSpec: the catalog's compact typing rule of a function, "classes->result".
//
// Argument classes, one letter each, comma separated; a trailing '*' repeats the last one:
//   s character string   i integer        n number          b BOOLEAN
//   y character or binary string          z number or character string
//   t date, time or timestamp             T timestamp or character string
//   k comparable value   a ARRAY          m MAP             c ARRAY or MAP      x anything
// Result: a Flink type ("STRING", "ARRAY<STRING>") or a shape of the arguments:
//   =N argument N's type   common / commonN the common type of arguments N..
//   elem0 argument 0's element type   array0 ARRAY of argument 0   keys0 / values0 / entries0
//   of a MAP   mapof01 MAP of the element types of two arrays   sum0 / avg0 as SUM / AVG
// A trailing '?' makes the result always nullable, '!' never; otherwise it is nullable when
// an argument is.

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/flink_type.h"

namespace sw::expr {

struct ArgumentClass {
    bool (*accepts)(const model::FlinkType&);  // an untyped NULL is accepted by every class
    std::string_view what;                     // "a character string", for the error message
};

enum class ResultShape {
    Fixed,
    SameAsArgument,
    CommonOfArguments,
    ElementOfArgument,
    ArrayOfArgument,
    KeysOfArgument,
    ValuesOfArgument,
    EntriesOfArgument,
    MapOfArguments,
    SumOfArgument,
    AverageOfArgument,
};

enum class ResultNullability { FromArguments, Always, Never };

struct ResultRule {
    ResultShape shape = ResultShape::Fixed;
    std::size_t argument = 0;  // for SameAsArgument and CommonOfArguments
    model::FlinkType fixed;    // for Fixed
    ResultNullability nullability = ResultNullability::FromArguments;
};

class FunctionTypeSpec {
public:
    // `spec` comes from the catalog; a malformed one is a programming error (asserted by a test
    // over every catalog entry).
    explicit FunctionTypeSpec(std::string_view spec);

    // The class argument `index` must belong to (the last class repeats when it ends in '*';
    // arguments beyond the listed ones accept anything).
    ArgumentClass argument(std::size_t index) const;
    const ResultRule& result() const { return result_; }
    bool valid() const { return valid_; }

private:
    std::vector<char> classes_;
    bool repeatsLast_ = false;
    ResultRule result_;
    bool valid_ = true;
};

}  // namespace sw::expr
