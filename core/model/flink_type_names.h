#pragma once
// The names a Flink type declaration starts with, and the spellings a type field offers as
// completions, for the parser's "did you mean" and the designer's type cells.

#include <span>
#include <string_view>

namespace sw::model {

// Every type name the parser takes (FlinkTypeParser), synonyms included.
std::span<const std::string_view> declarableTypeNames();

// Ready-to-use spellings, with the parameters most jobs use ("DECIMAL(10, 2)", "TIMESTAMP(3)").
std::span<const std::string_view> typeCompletions();

}  // namespace sw::model
