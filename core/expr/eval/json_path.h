#pragma once
// JsonPath: the SQL/JSON path of JSON_VALUE, JSON_QUERY and JSON_EXISTS, read as Flink reads it
// (Calcite's JsonFunctions over Jayway JsonPath): an optional 'lax' or 'strict' mode (strict
// when absent), then '$' and steps: .name, ['name'], [n] (negative counts from the end), [*]
// and .*. A wildcard makes the result a list of what it matched.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/result.h"

namespace sw::expr {

class JsonPath {
public:
    enum class Mode { Lax, Strict };

    // What reading a document gave: a value, nothing (lax mode, or a JSON null), or an error
    // (strict mode: a missing member, an index out of range, a step into a scalar).
    struct Outcome {
        std::optional<nlohmann::json> value;  // empty when nothing was found
        std::string error;                    // set for an error
        bool failed() const { return !error.empty(); }
    };

    // `spec` as written in the SQL; an Error names what is not a path this reader knows.
    static Result<JsonPath> parse(std::string_view spec);

    Mode mode() const { return mode_; }
    Outcome read(const nlohmann::json& document) const;

private:
    struct Step {
        enum class Kind { Member, Index, AnyMember, AnyIndex } kind;
        std::string name;
        long long index = 0;
    };

    Mode mode_ = Mode::Strict;
    std::vector<Step> steps_;
    bool wildcard_ = false;
};

}  // namespace sw::expr
