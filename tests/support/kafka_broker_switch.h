#pragma once
// KafkaBrokerSwitch: takes every broker of the outage mock cluster down and up again through its
// control FIFO (sw-kafka-mock-broker --control-fifo), as a broker restart looks to clients.

#include <string>

#include "util/result.h"

namespace sw::testing {

class KafkaBrokerSwitch {
public:
    explicit KafkaBrokerSwitch(std::string controlFifo) : controlFifo_(std::move(controlFifo)) {}

    // Each returns once the broker reports the command applied (at most ~30 s).
    Status down() const { return apply("down"); }
    Status up() const { return apply("up"); }
    // The next `count` requests of Kafka API `apiKey` (0 Produce, 1 Fetch, 2 ListOffsets) fail
    // with Kafka error `code`. The same call twice in a row cannot be told apart: vary `count`.
    Status failRequests(int apiKey, int code, int count) const {
        return apply("errors " + std::to_string(apiKey) + " " + std::to_string(code) + " " + std::to_string(count));
    }

private:
    Status apply(const std::string& command) const;

    std::string controlFifo_;
};

}  // namespace sw::testing
