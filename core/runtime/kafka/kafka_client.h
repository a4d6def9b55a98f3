#pragma once
// KafkaClient: one librdkafka handle (consumer or producer) that captures the client's errors
// and connects within a bound — librdkafka itself retries unreachable brokers forever.

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "runtime/kafka/kafka_client_config.h"
#include "runtime/net/endpoint_route.h"
#include "util/result.h"

struct rd_kafka_s;
struct rd_kafka_message_s;
struct addrinfo;

namespace sw::runtime {

struct KafkaHandleDeleter {
    void operator()(rd_kafka_s* handle) const;
};

// An error the client reported: librdkafka's code (rd_kafka_resp_err_t) and its reason.
struct KafkaClientError {
    int code = 0;
    std::string reason;
};

// A topic with its partition ids, from the cluster's metadata.
struct KafkaTopicPartitions {
    std::string topic;
    std::vector<std::int32_t> partitions;
};

class KafkaClient {
public:
    // A producer's delivery reports go to `onDelivery` with the message's own opaque pointer.
    using DeliveryCallback = void (*)(rd_kafka_s*, const rd_kafka_message_s*, void*);
    static Result<std::unique_ptr<KafkaClient>> create(const KafkaClientConfig& config, KafkaClientRole role,
                                                       DeliveryCallback onDelivery = nullptr);
    ~KafkaClient();

    rd_kafka_s* handle() const { return handle_.get(); }

    // Partitions of `topics` (or, with `pattern`, of every topic fully matching it, an
    // ECMAScript regex standing in for Java's). Fails within `timeout` when no broker answers,
    // at once when a broker refuses the client (SASL, TLS). Topics the cluster lacks are left out.
    Result<std::vector<KafkaTopicPartitions>> fetchPartitions(const std::vector<std::string>& topics,
                                                              const std::string& pattern,
                                                              std::chrono::milliseconds timeout);

    // The most recent error the client reported ("" when none), and whether it is fatal for a run:
    // an authentication or TLS failure, which retrying does not cure.
    std::string lastError() const;
    bool refused() const;
    // The error that explains a failure to connect: the refusal when a broker refused the
    // client, else the first error other than "all brokers down", which only follows a cause (a
    // name that does not resolve, a refused connection); nothing before any error.
    std::optional<KafkaClientError> cause() const;
    // Whether the client said every broker it knows is down (each connection attempt failed).
    bool allBrokersDown() const;

    // Serves the client's callbacks (errors, delivery reports) for up to `timeout`.
    void poll(std::chrono::milliseconds timeout);

private:
    KafkaClient() = default;
    static void onError(rd_kafka_s* handle, int code, const char* reason, void* opaque);
    static void onLog(const rd_kafka_s* handle, int level, const char* facility, const char* message);
    // Under a jump-host route, every broker name librdkafka resolves (bootstrap and advertised)
    // becomes the local forward that reaches it through the tunnel.
    static int onResolve(const char* node, const char* service, const addrinfo* hints, addrinfo** res, void* opaque);
    Error connectError(const std::string& what) const;

    std::string bootstrap_;
    std::string protocol_;
    std::shared_ptr<EndpointRoute> route_;  // none: connect as written
    std::unique_ptr<rd_kafka_s, KafkaHandleDeleter> handle_;
    mutable std::mutex mutex_;  // librdkafka may call onError from its own threads
    std::string lastError_;
    bool refused_ = false;
    std::optional<KafkaClientError> firstError_;
    std::optional<KafkaClientError> refusal_;
    bool allBrokersDown_ = false;
};

}  // namespace sw::runtime
