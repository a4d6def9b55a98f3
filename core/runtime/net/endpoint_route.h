#pragma once
// EndpointRoute: where this process connects for an endpoint a job names, under a run profile
// that goes through an SSH jump host. Each endpoint (a bootstrap server, a broker address the
// Kafka metadata advertises, a MySQL host) gets a local forward through the tunnel on first use.
// A run, a connection check or a schema inference makes its route active for its duration; the
// Kafka client and the MySQL connection factory consult the active route (nothing else does).

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/net/host_port.h"
#include "runtime/net/run_profile.h"
#include "runtime/net/run_profile_store.h"
#include "runtime/net/ssh_tunnel.h"
#include "util/result.h"

namespace sw::runtime {

class EndpointRoute {
public:
    // Opens the tunnel of a jump-host profile (errors name the jump host).
    static Result<std::shared_ptr<EndpointRoute>> open(const RunProfile& profile);
    // The route of the profile called `name` in `store`: none for "" and "as written", else its
    // open tunnel. Errors name the profile file or the jump host.
    static Result<std::shared_ptr<EndpointRoute>> forProfile(const std::string& name, const RunProfileStore& store);

    // The local address (127.0.0.1:port) that reaches `jobEndpoint` through the jump host.
    Result<HostPort> local(const HostPort& jobEndpoint);
    // One line per endpoint forwarded so far: "job endpoint -> jump host's target via 127.0.0.1:port".
    std::vector<std::string> forwards() const;
    const RunProfile& profile() const { return profile_; }
    const SshTunnel& tunnel() const { return *tunnel_; }

    // The route in force for this process, or none ("as written").
    static std::shared_ptr<EndpointRoute> active();

    // Makes a route active while it lives, restoring the previous one after.
    class Activation {
    public:
        explicit Activation(std::shared_ptr<EndpointRoute> route);
        ~Activation();
        Activation(const Activation&) = delete;
        Activation& operator=(const Activation&) = delete;

    private:
        std::shared_ptr<EndpointRoute> previous_;
    };

private:
    EndpointRoute(RunProfile profile, std::unique_ptr<SshTunnel> tunnel)
        : profile_(std::move(profile)), tunnel_(std::move(tunnel)) {}

    RunProfile profile_;
    std::unique_ptr<SshTunnel> tunnel_;
    mutable std::mutex mutex_;  // librdkafka resolves from its own threads
    std::map<HostPort, HostPort> locals_;  // job endpoint -> 127.0.0.1:port
};

}  // namespace sw::runtime
