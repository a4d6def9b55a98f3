#pragma once
// NodeOptions: a node's options read as typed values through its kind's descriptors, so every
// default comes from the descriptor; errors name the node and the option.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kinds/node_kind.h"
#include "model/node.h"
#include "util/result.h"

namespace sw::kinds {

class NodeOptions {
public:
    NodeOptions(const model::Node& node, const NodeKind& kind) : node_(node), kind_(kind) {}
    // The options of `node` through the catalog's descriptor of its kind; an error for an unknown kind.
    static Result<NodeOptions> of(const model::Node& node);

    // The value, else the descriptor's default, else "". `key` may be a per-column key.
    std::string text(std::string_view key) const;
    bool flag(std::string_view key) const;  // "true"
    // A whole number; an error when it is unset and has no default, or is not a number.
    Result<std::int64_t> integer(std::string_view key) const;
    // Nothing when unset without a default.
    Result<std::optional<std::int64_t>> optionalInteger(std::string_view key) const;
    Result<std::optional<double>> optionalNumber(std::string_view key) const;
    Result<std::optional<std::chrono::milliseconds>> optionalDuration(std::string_view key) const;

    // The key of per-column option `id` ("fields.#.kind") for `column`.
    std::string columnKey(std::string_view id, std::string_view column) const;
    const model::Node& node() const { return node_; }
    const NodeKind& kind() const { return kind_; }

private:
    // The descriptor of `key`, which must be one of the kind's options.
    Result<const OptionDescriptor*> descriptor(std::string_view key) const;
    std::string location(std::string_view key) const;

    const model::Node& node_;
    const NodeKind& kind_;
};

}  // namespace sw::kinds
