#include "runtime/net/endpoint_route.h"

namespace sw::runtime {

namespace {

constexpr std::chrono::seconds kConnectTimeout{10};

std::mutex activeMutex;
std::shared_ptr<EndpointRoute> activeRoute;

}  // namespace

Result<std::shared_ptr<EndpointRoute>> EndpointRoute::open(const RunProfile& profile) {
    auto tunnel = SshTunnel::open(profile, kConnectTimeout);
    if (!tunnel) return tunnel.error();
    return std::shared_ptr<EndpointRoute>(new EndpointRoute(profile, std::move(*tunnel)));
}

Result<std::shared_ptr<EndpointRoute>> EndpointRoute::forProfile(const std::string& name, const RunProfileStore& store) {
    if (name.empty()) return std::shared_ptr<EndpointRoute>();
    auto profile = store.find(name);
    if (!profile) return profile.error();
    if (!profile->throughJumpHost) return std::shared_ptr<EndpointRoute>();
    return open(*profile);
}

Result<HostPort> EndpointRoute::local(const HostPort& jobEndpoint) {
    std::lock_guard lock(mutex_);
    if (const auto known = locals_.find(jobEndpoint); known != locals_.end()) return known->second;
    auto port = tunnel_->forward(profile_.jumpHostTarget(jobEndpoint));
    if (!port) return port.error();
    return locals_[jobEndpoint] = HostPort{"127.0.0.1", *port};
}

std::vector<std::string> EndpointRoute::forwards() const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> lines;
    for (const auto& [job, local] : locals_)
        lines.push_back(job.toString() + " -> " + profile_.jumpHostTarget(job).toString() + " via " + local.toString());
    return lines;
}

std::shared_ptr<EndpointRoute> EndpointRoute::active() {
    std::lock_guard lock(activeMutex);
    return activeRoute;
}

EndpointRoute::Activation::Activation(std::shared_ptr<EndpointRoute> route) {
    std::lock_guard lock(activeMutex);
    previous_ = std::exchange(activeRoute, std::move(route));
}

EndpointRoute::Activation::~Activation() {
    std::lock_guard lock(activeMutex);
    activeRoute = std::move(previous_);
}

}  // namespace sw::runtime
