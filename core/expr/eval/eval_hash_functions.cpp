// Flink's hash built-ins: MD5 and the SHA family as lower-case hex of the UTF-8 or binary bytes (through
// OpenSSL's EVP digests), and HASH_CODE, Java's hashCode of the value.

#include <openssl/evp.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "expr/eval/binary_text.h"
#include "expr/eval/eval_nodes.h"
#include "expr/eval/utf8_text.h"

namespace sw::expr::eval {
namespace {

using model::FlinkType;

const EVP_MD* digestOf(FunctionId id) {
    switch (id) {
    case FunctionId::Md5: return EVP_md5();
    case FunctionId::Sha1: return EVP_sha1();
    case FunctionId::Sha224: return EVP_sha224();
    case FunctionId::Sha256: return EVP_sha256();
    case FunctionId::Sha384: return EVP_sha384();
    default: return EVP_sha512();
    }
}

// SHA2's bit length picks the digest; any other length gives NULL, as in Flink.
const EVP_MD* sha2Digest(std::int64_t bits) {
    switch (bits) {
    case 224: return EVP_sha224();
    case 256: return EVP_sha256();
    case 384: return EVP_sha384();
    case 512: return EVP_sha512();
    default: return nullptr;
    }
}

std::string hexDigest(const EVP_MD* md, std::string_view text) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest, &length, md, nullptr);
    std::string out;
    binary::appendHex(out, std::string_view(reinterpret_cast<const char*>(digest), length), false);
    return out;
}

// String.hashCode over the UTF-16 code units of the text.
std::int32_t javaHash(std::string_view s) {
    std::uint32_t h = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        char32_t cp = utf8::next(s, pos);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            h = 31 * h + static_cast<std::uint32_t>(0xD800 + (cp >> 10));
            h = 31 * h + static_cast<std::uint32_t>(0xDC00 + (cp & 0x3FF));
        } else {
            h = 31 * h + static_cast<std::uint32_t>(cp);
        }
    }
    return static_cast<std::int32_t>(h);
}

}  // namespace

Result<NodePtr> makeHashFunction(FunctionId id, std::vector<NodePtr> args, FlinkType type, std::size_t offset) {
    const FlinkType& argType = args[0]->type();
    auto strict = [&](auto fn) -> Result<NodePtr> { return makeStrict(std::move(type), offset, std::move(args), fn); };
    switch (id) {
    case FunctionId::Sha2:
        return strict([](Call& c) -> const Value* {
            const EVP_MD* md = sha2Digest(c.arg<std::int64_t>(1));
            if (!md) return &nullValue();
            return c.result(hexDigest(md, c.octets(0)));
        });
    case FunctionId::HashCode: {
        // Java's hashCode of the boxed value: Integer, Long (high ^ low word), Boolean, String.
        Rep rep = repOf(argType);
        bool wide = argType.kind() == model::TypeKind::BigInt;
        if (rep == Rep::String) return strict([](Call& c) { return c.result(std::int64_t{javaHash(c.arg<std::string>(0))}); });
        if (rep == Rep::Bool) return strict([](Call& c) { return c.result(std::int64_t{c.arg<bool>(0) ? 1231 : 1237}); });
        if (rep == Rep::Int) {
            return strict([wide](Call& c) {
                std::int64_t v = c.arg<std::int64_t>(0);
                auto bits = static_cast<std::uint64_t>(v);
                return c.result(wide ? std::int64_t{static_cast<std::int32_t>(bits ^ (bits >> 32))} : v);
            });
        }
        return Error{"HASH_CODE of " + argType.toSql() + " is not evaluated locally yet", "offset " + std::to_string(offset)};
    }
    default: {
        const EVP_MD* md = digestOf(id);
        return strict([md](Call& c) { return c.result(hexDigest(md, c.octets(0))); });
    }
    }
}

}  // namespace sw::expr::eval
