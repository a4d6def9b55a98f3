#pragma once
// SshTunnel: one SSH session to a jump host and the local port forwards through it. Each
// forward is a listener on 127.0.0.1 (an ephemeral port); every connection to it becomes a
// direct-tcpip channel to the forward's target, as the jump host reaches it. One thread of the
// tunnel's own moves all bytes (libssh sessions are not shared between threads).

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "runtime/net/host_port.h"
#include "runtime/net/run_profile.h"
#include "util/result.h"

struct ssh_session_struct;

namespace sw::runtime {

class SshTunnel {
public:
    // Connects, verifies the jump host's key against the profile's known-hosts file (an unknown
    // or changed key is refused) and logs in with the key file or the SSH agent. Errors name
    // the jump host and say what to do.
    static Result<std::unique_ptr<SshTunnel>> open(const RunProfile& profile, std::chrono::seconds timeout);
    ~SshTunnel();
    SshTunnel(const SshTunnel&) = delete;
    SshTunnel& operator=(const SshTunnel&) = delete;

    // A new listener on 127.0.0.1 whose connections reach `target` from the jump host; its port.
    Result<int> forward(const HostPort& target);
    // The most recent failure to open a channel ("" when none): the jump host could not reach a target.
    std::string lastChannelError() const;
    const std::string& jumpHost() const { return jumpHost_; }

private:
    struct Listener;
    struct Connection;
    SshTunnel() = default;
    void pump();
    void acceptOn(const Listener& listener, std::vector<Connection>& connections);

    std::string jumpHost_;  // "user@host:port", for messages
    ssh_session_struct* session_ = nullptr;
    mutable std::mutex mutex_;  // guards listeners_ and lastChannelError_
    std::vector<Listener> listeners_;
    std::string lastChannelError_;
    std::atomic<bool> stopping_{false};
    std::thread pump_;
};

}  // namespace sw::runtime
