#include "connectors/option_descriptor.h"

namespace sw::connectors {

const char* toString(ValueType type) {
    switch (type) {
        case ValueType::String: return "string";
        case ValueType::Int: return "int";
        case ValueType::Float: return "float";
        case ValueType::Bool: return "bool";
        case ValueType::Duration: return "duration";
        case ValueType::MemorySize: return "memory-size";
        case ValueType::Enum: return "enum";
        case ValueType::Secret: return "secret";
        case ValueType::Expression: return "expression";
        case ValueType::Column: return "column";
        case ValueType::Path: return "path";
    }
    return "unknown";
}

}  // namespace sw::connectors
