#include "runtime/checkpoint/state_writer.h"

#include "runtime/mysql/lookup_cache_codec.h"

namespace sw::runtime {

void StateWriter::writeCount(std::uint64_t count) {
    while (count >= 0x80) {
        out_ += static_cast<char>((count & 0x7f) | 0x80);
        count >>= 7;
    }
    out_ += static_cast<char>(count);
}

void StateWriter::writeInteger(std::int64_t value) {
    // Zig-zag: small negative numbers (a watermark delay, an unset -1) stay short.
    writeCount((static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
}

void StateWriter::writeBytes(std::string_view bytes) {
    writeCount(bytes.size());
    out_ += bytes;
}

void StateWriter::writeValue(const expr::Value& value) { LookupCacheCodec::appendValue(out_, value); }

void StateWriter::writeRow(const expr::Row& row) {
    writeCount(row.size());
    for (const expr::Value& value : row) writeValue(value);
}

void StateWriter::writeAccumulators(const std::vector<std::unique_ptr<expr::Accumulator>>& accumulators) {
    writeCount(accumulators.size());
    for (const auto& accumulator : accumulators) writeBytes(accumulator->serialize());
}

}  // namespace sw::runtime
