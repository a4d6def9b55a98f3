#include "kinds/node_kind.h"

#include <algorithm>
#include <cctype>

namespace sw::kinds {

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

}  // namespace

const char* toString(NodeRole role) {
    switch (role) {
        case NodeRole::Source: return "source";
        case NodeRole::Lookup: return "lookup";
        case NodeRole::Transform: return "transform";
        case NodeRole::Sink: return "sink";
    }
    return "unknown";
}

const char* toString(Dialect dialect) {
    switch (dialect) {
        case Dialect::AliyunVvr: return "aliyun-vvr";
        case Dialect::ApacheFlink: return "apache-flink";
    }
    return "unknown";
}

std::optional<Dialect> parseDialect(std::string_view text) {
    for (Dialect dialect : {Dialect::AliyunVvr, Dialect::ApacheFlink}) {
        if (equalsIgnoringCase(text, toString(dialect))) return dialect;
    }
    return std::nullopt;
}

const OptionDescriptor* NodeKind::option(std::string_view optionId) const {
    auto it = std::ranges::find(options, optionId, &OptionDescriptor::id);
    return it == options.end() ? nullptr : &*it;
}

const PortDescriptor* NodeKind::port(std::string_view portId) const {
    auto it = std::ranges::find(ports, portId, &PortDescriptor::id);
    return it == ports.end() ? nullptr : &*it;
}

const PortDescriptor* NodeKind::firstInput() const {
    auto it = std::ranges::find(ports, true, &PortDescriptor::isInput);
    return it == ports.end() ? nullptr : &*it;
}

const OptionDescriptor* NodeKind::descriptorOfKey(std::string_view key, std::string* column) const {
    if (const OptionDescriptor* plain = option(key); plain && !plain->perColumn) return plain;
    for (const OptionDescriptor& descriptor : options) {
        auto of = descriptor.columnOf(key);
        if (!of) continue;
        if (column) *column = std::move(*of);
        return &descriptor;
    }
    return nullptr;
}

std::string NodeKind::effectiveOption(const model::Node& node, std::string_view optionId) const {
    std::string value = node.option(std::string(optionId));
    if (!value.empty()) return value;
    const OptionDescriptor* descriptor = descriptorOfKey(optionId);
    return descriptor ? descriptor->defaultValue : std::string();
}

bool NodeKind::applies(const OptionDescriptor& descriptor, const model::Node& node, std::string_view column) const {
    if (descriptor.visibleWhenOption.empty()) return true;
    const OptionDescriptor* controlling = option(descriptor.visibleWhenOption);
    const std::string key = controlling ? controlling->keyFor(column) : descriptor.visibleWhenOption;
    return std::ranges::count(descriptor.visibleWhenValues, effectiveOption(node, key)) > 0;
}

std::string NodeKind::connectorFor(Dialect dialect, std::string_view chosen) const {
    auto it = connectors.find(dialect);
    if (it == connectors.end() || it->second.empty()) return {};
    const std::vector<std::string>& names = it->second;
    // A choice the dialect cannot express (e.g. "rds" on apache-flink) falls back to its default.
    auto picked = std::ranges::find(names, chosen);
    return picked != names.end() ? *picked : names.front();
}

}  // namespace sw::kinds
