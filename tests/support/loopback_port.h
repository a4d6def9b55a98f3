#pragma once
// LoopbackPort: a port on 127.0.0.1 held by the test, either closed (bound, not listening: a
// connection is refused) or silent (listening, never accepting: a connection is made and then
// nothing is ever said). Neither depends on a port number being free by chance.

#include "util/result.h"

namespace sw::testing {

class LoopbackPort {
public:
    static Result<LoopbackPort> closed();
    static Result<LoopbackPort> silent();

    LoopbackPort(LoopbackPort&& other) noexcept;
    LoopbackPort& operator=(LoopbackPort&&) = delete;
    LoopbackPort(const LoopbackPort&) = delete;
    ~LoopbackPort();

    int port() const { return port_; }

private:
    LoopbackPort(int fd, int port) : fd_(fd), port_(port) {}
    static Result<LoopbackPort> bound(bool listening);

    int fd_;
    int port_;
};

}  // namespace sw::testing
