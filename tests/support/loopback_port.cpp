#include "loopback_port.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace sw::testing {

Result<LoopbackPort> LoopbackPort::bound(bool listening) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return Error{std::string("socket: ") + std::strerror(errno), "loopback port"};
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        (listening && ::listen(fd, 16) != 0) ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        return Error{"bind/listen: " + reason, "loopback port"};
    }
    return LoopbackPort(fd, ntohs(address.sin_port));
}

Result<LoopbackPort> LoopbackPort::closed() { return bound(false); }
Result<LoopbackPort> LoopbackPort::silent() { return bound(true); }

LoopbackPort::LoopbackPort(LoopbackPort&& other) noexcept : fd_(other.fd_), port_(other.port_) { other.fd_ = -1; }

LoopbackPort::~LoopbackPort() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace sw::testing
