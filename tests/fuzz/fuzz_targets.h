#pragma once
// The fuzz targets: one input each, run by libFuzzer (libfuzzer_entry.cpp, clang build with
// -DSW_FUZZ=ON) and replayed over the committed corpora by the ordinary tests (test_fuzz_replay.cpp).
// Each returns the invariant the input broke, or "" when all hold; a crash, a sanitizer report or a
// hang is a failure too, found by running it.

#include <string>
#include <string_view>

namespace sw::fuzz {

// JSON → job model → validation in both dialects; a job that loads also saves and loads back to
// the same text.
std::string loadAndValidateJob(std::string_view input);

// Expression text → parse → type check over a fixed set of columns (aggregates allowed and not);
// an expression that parses prints as SQL that parses back and prints the same.
std::string parseAndTypeCheckExpression(std::string_view input);

// JSON job → SQL for each dialect in which it validates without errors: the script is not empty,
// has statements and each of them (but a statement set's opening line) ends with a semicolon. (The grammar check of the same SQL, with
// the statement count, runs in the replay test, since the grammar is a node program.)
std::string generateSqlForValidJob(std::string_view input);

}  // namespace sw::fuzz
