// Flink's functions that make or read binary strings: ENCODE, DECODE and UNHEX.

#include "expr/eval/binary_text.h"
#include "expr/eval/eval_nodes.h"

namespace sw::expr::eval {

Result<NodePtr> makeBinaryFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    auto strict = [&](auto fn) -> Result<NodePtr> { return makeStrict(std::move(type), offset, std::move(args), fn); };
    switch (id) {
    case FunctionId::Encode:
        return strict([](Call& c) -> const Value* {
            auto bytes = binary::encode(c.arg<std::string>(0), c.arg<std::string>(1));
            if (!bytes) return c.fail("ENCODE: " + bytes.error().message);
            return c.result(Bytes{std::move(bytes).value()});
        });
    case FunctionId::Decode:
        return strict([](Call& c) -> const Value* {
            auto text = binary::decode(c.octets(0), c.arg<std::string>(1));
            if (!text) return c.fail("DECODE: " + text.error().message);
            return c.result(std::move(text).value());
        });
    case FunctionId::Unhex:
        // Text that is not hex is NULL, not an error.
        return strict([](Call& c) -> const Value* {
            auto bytes = binary::unhex(c.arg<std::string>(0));
            if (!bytes) return &nullValue();
            return c.result(Bytes{std::move(*bytes)});
        });
    default: break;
    }
    return Error{std::string(functionInfo(id).name) + " has no binary evaluation", "offset " + std::to_string(offset)};
}

}  // namespace sw::expr::eval
