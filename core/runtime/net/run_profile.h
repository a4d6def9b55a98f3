#pragma once
// RunProfile: how a run, a connection check or a schema inference reaches the job's endpoints —
// as written, or through an SSH jump host with a map of endpoints. Never part of the job file:
// the exported SQL is the same whatever the profile.

#include <string>
#include <vector>

#include "runtime/net/host_port.h"

namespace sw::runtime {

enum class JumpHostAuth { Agent, KeyFile };

// One entry of a profile's map: the endpoint the job names, and the address the jump host
// reaches it at (in a VPC often another name or an internal IP).
struct EndpointMapping {
    HostPort job;
    HostPort jumpHostSees;
    bool operator==(const EndpointMapping&) const = default;
};

struct RunProfile {
    std::string name;
    bool throughJumpHost = false;  // false: "as written", the endpoints as the job names them
    std::string host;              // the jump host (SSH server)
    int port = 22;
    std::string user;
    JumpHostAuth auth = JumpHostAuth::Agent;
    std::string keyFile;         // private key file (JumpHostAuth::KeyFile)
    std::string knownHostsFile;  // host keys trusted for the jump host; others are refused
    std::vector<EndpointMapping> endpoints;

    // Where the jump host must connect for `jobEndpoint`: the mapped address, or the endpoint
    // itself when the map has no entry for it (e.g. a broker address the metadata advertises).
    HostPort jumpHostTarget(const HostPort& jobEndpoint) const;

    bool operator==(const RunProfile&) const = default;
};

// The name of the built-in profile that leaves every endpoint as the job writes it.
inline constexpr const char* kAsWrittenProfile = "as written";

}  // namespace sw::runtime
