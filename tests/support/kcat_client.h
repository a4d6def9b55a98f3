#pragma once
// KcatClient: kcat, a Kafka client independent of ours run as a separate process, writing a
// test's input and reading back its output.

#include <string>
#include <vector>

#include "util/result.h"

namespace sw::testing {

class KcatClient {
public:
    explicit KcatClient(std::string bootstrap) : bootstrap_(std::move(bootstrap)) {}

    // Writes "key:value" lines (kcat -K:), into `partition` when it is >= 0.
    Status produce(const std::string& topic, const std::vector<std::string>& keyedLines, int partition = -1) const;
    // "key|value" per message of the whole topic, each partition's in offset order (the
    // partitions interleave in any order).
    Result<std::vector<std::string>> consumeAll(const std::string& topic) const;

    // A fresh topic per call: the brokers outlive test runs and keep old messages.
    static std::string uniqueTopic(const std::string& purpose);

private:
    std::string bootstrap_;
};

}  // namespace sw::testing
