#include "runtime/net/run_profile.h"

namespace sw::runtime {

HostPort RunProfile::jumpHostTarget(const HostPort& jobEndpoint) const {
    for (const EndpointMapping& mapping : endpoints)
        if (mapping.job == jobEndpoint) return mapping.jumpHostSees;
    return jobEndpoint;
}

}  // namespace sw::runtime
