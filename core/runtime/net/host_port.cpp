#include "runtime/net/host_port.h"

#include <charconv>

namespace sw::runtime {

Result<HostPort> HostPort::parse(const std::string& text) {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        return Error{"'" + text + "' is not host:port", ""};
    std::string host = text.substr(0, colon);
    if (host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    if (host.empty() || (host.find(':') != std::string::npos && text.front() != '['))
        return Error{"'" + text + "' is not host:port (write an IPv6 address in brackets)", ""};
    const std::string portText = text.substr(colon + 1);
    int port = 0;
    const auto [end, error] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
    if (error != std::errc() || end != portText.data() + portText.size() || port < 1 || port > 65535)
        return Error{"'" + portText + "' in '" + text + "' is not a port from 1 to 65535", ""};
    return HostPort{std::move(host), port};
}

std::string HostPort::toString() const {
    const bool ipv6 = host.find(':') != std::string::npos;
    return (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

}  // namespace sw::runtime
