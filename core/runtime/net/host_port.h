#pragma once
// HostPort: a network endpoint as a job or a profile writes it, "host:port".

#include <string>

#include "util/result.h"

namespace sw::runtime {

struct HostPort {
    std::string host;
    int port = 0;

    // "alikafka-vpc:9094", or "[fd00::1]:9094" for an IPv6 address. Errors quote the text.
    static Result<HostPort> parse(const std::string& text);
    std::string toString() const;

    bool operator==(const HostPort&) const = default;
    auto operator<=>(const HostPort&) const = default;
};

}  // namespace sw::runtime
