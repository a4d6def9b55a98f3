#pragma once
// SchemaInferenceOptions: how "Infer schema" reaches a node's server (the connection check's time
// bound and secrets) and how many Kafka messages it samples.

#include "runtime/check/connection_check_options.h"

namespace sw::runtime {

struct SchemaInferenceOptions {
    static constexpr int kDefaultSamples = 100;

    // Bounds each step (reaching the server, reading the samples), as for the connection check.
    ConnectionCheckOptions connection;
    int samples = kDefaultSamples;
};

}  // namespace sw::runtime
