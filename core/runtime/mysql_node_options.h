#pragma once
// MysqlNodeOptions: typed reads of a mysql-*/jdbc-* node's options, with the catalog's defaults
// applied and errors that name the node and the option.

#include <chrono>
#include <cstdint>
#include <string>

#include "model/node.h"
#include "util/result.h"

namespace sw::runtime {

class MysqlNodeOptions {
public:
    explicit MysqlNodeOptions(const model::Node& node) : node_(node) {}

    // The value, else the descriptor's default, else `fallback`.
    std::string text(const std::string& id, const std::string& fallback = "") const;
    Result<std::int64_t> integer(const std::string& id, std::int64_t fallback) const;
    Result<std::chrono::milliseconds> duration(const std::string& id, std::chrono::milliseconds fallback) const;
    bool flag(const std::string& id, bool fallback) const;

private:
    const model::Node& node_;
};

}  // namespace sw::runtime
