#include "runtime/checkpoint/state_reader.h"

#include "runtime/mysql/lookup_cache_codec.h"

namespace sw::runtime {

void StateReader::fail(std::string message) {
    if (failure_) return;
    failure_ = std::move(message) + " at byte " + std::to_string(all_.size() - rest_.size()) + " of " +
               std::to_string(all_.size());
    rest_ = {};
}

std::uint64_t StateReader::readCount() {
    std::uint64_t count = 0;
    for (int shift = 0; shift < 64 && !rest_.empty(); shift += 7) {
        const auto byte = static_cast<unsigned char>(rest_.front());
        rest_.remove_prefix(1);
        count |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if (!(byte & 0x80)) return count;
    }
    fail("a number is cut short");
    return 0;
}

std::uint64_t StateReader::readItemCount() {
    const std::uint64_t count = readCount();
    if (count > rest_.size()) {
        fail("a count of " + std::to_string(count) + " items exceeds the bytes left");
        return 0;
    }
    return count;
}

std::int64_t StateReader::readInteger() {
    const std::uint64_t zigZag = readCount();
    return static_cast<std::int64_t>(zigZag >> 1) ^ -static_cast<std::int64_t>(zigZag & 1);
}

std::string_view StateReader::readBytes() {
    const std::uint64_t length = readCount();
    if (length > rest_.size()) {
        fail("a string of " + std::to_string(length) + " bytes is cut short");
        return {};
    }
    const std::string_view bytes = rest_.substr(0, length);
    rest_.remove_prefix(length);
    return bytes;
}

expr::Value StateReader::readValue() {
    if (failed()) return {};
    auto value = LookupCacheCodec::readValue(rest_);
    if (!value) {
        fail("a value is malformed or cut short");
        return {};
    }
    return std::move(*value);
}

expr::Row StateReader::readRow() {
    const std::uint64_t width = readItemCount();
    expr::Row row;
    row.reserve(width);
    for (std::uint64_t i = 0; i < width && !failed(); ++i) row.push_back(readValue());
    return row;
}

std::vector<std::unique_ptr<expr::Accumulator>> StateReader::readAccumulators(const expr::AggregateOutputs& outputs) {
    auto accumulators = outputs.createAccumulators();
    const std::uint64_t count = readCount();
    if (count != accumulators.size()) {
        fail("expected " + std::to_string(accumulators.size()) + " aggregate states, found " + std::to_string(count));
        return accumulators;
    }
    for (auto& accumulator : accumulators) {
        const std::string_view text = readBytes();
        if (failed()) break;
        if (auto restored = accumulator->deserialize(text); !restored) {
            fail("an aggregate state does not load (" + restored.error().message + ")");
            break;
        }
    }
    return accumulators;
}

Status StateReader::finish() const {
    if (failure_) return Error{"the checkpointed state is corrupt: " + *failure_, "state"};
    if (!rest_.empty())
        return Error{"the checkpointed state has " + std::to_string(rest_.size()) + " unexpected trailing bytes", "state"};
    return Ok{};
}

}  // namespace sw::runtime
