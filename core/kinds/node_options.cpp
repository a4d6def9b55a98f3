#include "kinds/node_options.h"

#include <charconv>

#include "kinds/catalog.h"
#include "model/duration.h"

namespace sw::kinds {

Result<NodeOptions> NodeOptions::of(const model::Node& node) {
    const NodeKind* kind = Catalog::instance().find(node.kind);
    if (!kind) return Error{"the node kind '" + node.kind + "' is not known", node.location()};
    return NodeOptions(node, *kind);
}

std::string NodeOptions::location(std::string_view key) const {
    return node_.location() + " / " + std::string(key);
}

Result<const OptionDescriptor*> NodeOptions::descriptor(std::string_view key) const {
    if (const OptionDescriptor* found = kind_.descriptorOfKey(key)) return found;
    return Error{"'" + std::string(key) + "' is not an option of a " + kind_.label + " node", location(key)};
}

std::string NodeOptions::text(std::string_view key) const { return kind_.effectiveOption(node_, key); }

bool NodeOptions::flag(std::string_view key) const { return text(key) == "true"; }

Result<std::optional<std::int64_t>> NodeOptions::optionalInteger(std::string_view key) const {
    if (auto known = descriptor(key); !known) return known.error();
    const std::string value = text(key);
    if (value.empty()) return std::optional<std::int64_t>{};
    std::int64_t number = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc{} || end != value.data() + value.size())
        return Error{"'" + value + "' is not a whole number", location(key)};
    return std::optional<std::int64_t>{number};
}

Result<std::int64_t> NodeOptions::integer(std::string_view key) const {
    auto number = optionalInteger(key);
    if (!number) return number.error();
    if (!*number) return Error{"has no value and no default", location(key)};
    return **number;
}

Result<std::optional<double>> NodeOptions::optionalNumber(std::string_view key) const {
    if (auto known = descriptor(key); !known) return known.error();
    const std::string value = text(key);
    if (value.empty()) return std::optional<double>{};
    double number = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc{} || end != value.data() + value.size())
        return Error{"'" + value + "' is not a number", location(key)};
    return std::optional<double>{number};
}

Result<std::optional<std::chrono::milliseconds>> NodeOptions::optionalDuration(std::string_view key) const {
    if (auto known = descriptor(key); !known) return known.error();
    const std::string value = text(key);
    if (value.empty()) return std::optional<std::chrono::milliseconds>{};
    auto parsed = model::parseDuration(value);
    if (!parsed) return Error{parsed.error().message, location(key)};
    return std::optional<std::chrono::milliseconds>{*parsed};
}

std::string NodeOptions::columnKey(std::string_view id, std::string_view column) const {
    const OptionDescriptor* found = kind_.option(id);
    return found ? found->keyFor(column) : std::string(id);
}

}  // namespace sw::kinds
