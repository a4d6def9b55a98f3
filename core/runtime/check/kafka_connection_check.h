#pragma once
// KafkaConnectionCheck: "Test connection" of a Kafka node — bootstrap reached, SASL mechanism
// accepted, TLS verified, the brokers and their advertised addresses, the topics with their
// partitions and each partition's earliest and latest offsets.

#include <string>

#include "model/node.h"
#include "runtime/check/connection_check_options.h"
#include "runtime/check/connection_report.h"

namespace sw::runtime {

class KafkaConnectionCheck {
public:
    static ConnectionReport run(const model::Node& node, const ConnectionCheckOptions& options);

    // The class of an error librdkafka reported (`code` an rd_kafka_resp_err_t, `reason` its text).
    static FailureClass classify(int code, const std::string& reason);
};

}  // namespace sw::runtime
