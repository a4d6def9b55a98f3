#pragma once
// KafkaBrokerSwitch: takes every broker of the outage mock cluster down and up again through its
// control FIFO (sw-kafka-mock-broker --control-fifo), as a broker restart looks to clients.

#include <string>

#include "util/result.h"

namespace sw::testing {

class KafkaBrokerSwitch {
public:
    explicit KafkaBrokerSwitch(std::string controlFifo) : controlFifo_(std::move(controlFifo)) {}

    // Each returns once the broker reports the new state (at most ~30 s).
    Status down() const { return apply("down"); }
    Status up() const { return apply("up"); }

private:
    Status apply(const std::string& state) const;

    std::string controlFifo_;
};

}  // namespace sw::testing
