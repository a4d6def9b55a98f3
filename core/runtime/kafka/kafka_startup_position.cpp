#include "runtime/kafka/kafka_startup_position.h"

#include <charconv>

#include "kinds/node_options.h"

namespace sw::runtime {

namespace {

template <typename T>
bool parseNumber(std::string_view text, T& out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && end == text.data() + text.size() && out >= 0;
}

// "key:value" with the expected key.
bool takeField(std::string_view part, std::string_view key, std::string_view& value) {
    if (!part.starts_with(key) || part.size() <= key.size() || part[key.size()] != ':') return false;
    value = part.substr(key.size() + 1);
    return true;
}

}  // namespace

Result<std::map<std::int32_t, std::int64_t>> KafkaStartupPosition::parseSpecificOffsets(const std::string& text) {
    constexpr const char* kLocation = "option scan.startup.specific-offsets";
    std::map<std::int32_t, std::int64_t> offsets;
    std::string_view rest = text;
    while (!rest.empty()) {
        const auto semicolon = rest.find(';');
        const std::string_view entry = rest.substr(0, semicolon);
        rest = semicolon == std::string_view::npos ? std::string_view{} : rest.substr(semicolon + 1);
        const auto comma = entry.find(',');
        std::string_view partitionText;
        std::string_view offsetText;
        std::int32_t partition = 0;
        std::int64_t offset = 0;
        if (comma == std::string_view::npos || !takeField(entry.substr(0, comma), "partition", partitionText) ||
            !takeField(entry.substr(comma + 1), "offset", offsetText) || !parseNumber(partitionText, partition) ||
            !parseNumber(offsetText, offset)) {
            return Error{"'" + std::string(entry) + "' is not 'partition:<n>,offset:<n>'", kLocation};
        }
        if (!offsets.emplace(partition, offset).second)
            return Error{"partition " + std::to_string(partition) + " is listed twice", kLocation};
    }
    if (offsets.empty()) return Error{"no partition offsets are given", kLocation};
    return offsets;
}

Result<KafkaStartupPosition> KafkaStartupPosition::fromNode(const model::Node& node) {
    auto options = kinds::NodeOptions::of(node);
    if (!options) return options.error();
    KafkaStartupPosition position;
    const std::string mode = options->text("scan.startup.mode");
    if (mode == "earliest-offset") {
        position.mode = KafkaStartupMode::EarliestOffset;
    } else if (mode == "latest-offset") {
        position.mode = KafkaStartupMode::LatestOffset;
    } else if (mode == "group-offsets") {
        position.mode = KafkaStartupMode::GroupOffsets;
        if (node.option("group.id").empty())
            return Error{"scan.startup.mode group-offsets needs a consumer group", "option group.id"};
    } else if (mode == "timestamp") {
        position.mode = KafkaStartupMode::Timestamp;
        const std::string millis = node.option("scan.startup.timestamp-millis");
        if (!parseNumber(std::string_view(millis), position.timestampMillis))
            return Error{"scan.startup.mode timestamp needs epoch milliseconds", "option scan.startup.timestamp-millis"};
    } else if (mode == "specific-offsets") {
        position.mode = KafkaStartupMode::SpecificOffsets;
        auto offsets = parseSpecificOffsets(node.option("scan.startup.specific-offsets"));
        if (!offsets) return offsets.error();
        position.offsets = std::move(*offsets);
    } else {
        return Error{"unknown startup mode '" + mode + "'", "option scan.startup.mode"};
    }
    return position;
}

}  // namespace sw::runtime
