#pragma once
// FlinkTypeParser: recursive-descent parser for Flink SQL type declarations.

#include <string>
#include <string_view>

#include "model/flink_type.h"

namespace sw::model {

class FlinkTypeParser {
public:
    explicit FlinkTypeParser(std::string_view text) : text_(text) {}
    Result<FlinkType> parse();

private:
    Result<FlinkType> parseType();  // counts the nesting; parseTypeAtDepth does the work
    Result<FlinkType> parseTypeAtDepth();
    Result<FlinkType> parseParameterised(TypeKind kind, int defaultPrecision, bool allowScale);
    Result<FlinkType> parseRow();
    Result<std::string> parseFieldName();
    Result<int> parseInteger();
    bool parseNullability(FlinkType& type);

    void skipSpace();
    std::string peekWord();
    std::string takeWord();
    bool take(char c);
    Error errorHere(const std::string& message) const;

    std::string_view text_;
    std::size_t pos_ = 0;
    int depth_ = 0;  // types open around the one being parsed
};

}  // namespace sw::model
