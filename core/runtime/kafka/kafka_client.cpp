#include "runtime/kafka/kafka_client.h"

#include <librdkafka/rdkafka.h>
#include <netdb.h>

#include <algorithm>
#include <regex>

namespace sw::runtime {

namespace {

bool isRefusal(rd_kafka_resp_err_t code, const std::string& reason) {
    return code == RD_KAFKA_RESP_ERR__AUTHENTICATION || code == RD_KAFKA_RESP_ERR__SSL ||
           code == RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED || code == RD_KAFKA_RESP_ERR__FATAL ||
           reason.find("SASL") != std::string::npos;
}

struct MetadataDeleter {
    void operator()(const rd_kafka_metadata_t* metadata) const { rd_kafka_metadata_destroy(metadata); }
};

}  // namespace

void KafkaHandleDeleter::operator()(rd_kafka_s* handle) const {
    rd_kafka_destroy(handle);
}

Result<std::unique_ptr<KafkaClient>> KafkaClient::create(const KafkaClientConfig& config, KafkaClientRole role,
                                                         DeliveryCallback onDelivery) {
    auto conf = config.toLibrdkafka();
    if (!conf) return conf.error();
    std::unique_ptr<KafkaClient> client(new KafkaClient());
    client->bootstrap_ = config.bootstrapServers();
    client->protocol_ = config.value("security.protocol").value_or("PLAINTEXT");
    rd_kafka_conf_set_opaque(conf->get(), client.get());
    rd_kafka_conf_set_error_cb(conf->get(), [](rd_kafka_t* rk, int code, const char* reason, void* opaque) {
        onError(rk, code, reason, opaque);
    });
    // librdkafka logs to stderr by default; the run reports errors through its own channel.
    rd_kafka_conf_set_log_cb(conf->get(), &KafkaClient::onLog);
    if (onDelivery) rd_kafka_conf_set_dr_msg_cb(conf->get(), onDelivery);
    client->route_ = EndpointRoute::active();
    if (client->route_) rd_kafka_conf_set_resolve_cb(conf->get(), &KafkaClient::onResolve);
    char reason[512];
    rd_kafka_t* handle = rd_kafka_new(role == KafkaClientRole::Consumer ? RD_KAFKA_CONSUMER : RD_KAFKA_PRODUCER,
                                      conf->get(), reason, sizeof reason);
    if (!handle) return Error{std::string("cannot create the Kafka client: ") + reason, "bootstrap.servers"};
    (void)conf->release();  // rd_kafka_new owns the configuration now
    client->handle_.reset(handle);
    return client;
}

KafkaClient::~KafkaClient() = default;

void KafkaClient::onError(rd_kafka_s*, int code, const char* reason, void* opaque) {
    auto* client = static_cast<KafkaClient*>(opaque);
    std::lock_guard lock(client->mutex_);
    if (code == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) client->allBrokersDown_ = true;
    else if (!client->firstError_) client->firstError_ = KafkaClientError{code, reason ? reason : ""};
    // The first refusal explains the run; "all brokers down" that follows it does not.
    if (client->refused_) return;
    client->lastError_ = reason ? reason : rd_kafka_err2str(static_cast<rd_kafka_resp_err_t>(code));
    if (isRefusal(static_cast<rd_kafka_resp_err_t>(code), client->lastError_)) {
        client->refused_ = true;
        client->refusal_ = KafkaClientError{code, client->lastError_};
    }
}

int KafkaClient::onResolve(const char* node, const char* service, const addrinfo* hints, addrinfo** res,
                           void* opaque) {
    if (!node && !service && !hints) {
        freeaddrinfo(*res);
        return 0;
    }
    auto* client = static_cast<KafkaClient*>(opaque);
    auto endpoint = HostPort::parse(std::string(node ? node : "") + ":" + (service ? service : ""));
    if (!endpoint) return EAI_NONAME;
    auto local = client->route_->local(*endpoint);
    if (!local) {
        std::lock_guard lock(client->mutex_);
        if (!client->firstError_) client->firstError_ = KafkaClientError{RD_KAFKA_RESP_ERR__RESOLVE, local.error().toString()};
        return EAI_FAIL;
    }
    return getaddrinfo(local->host.c_str(), std::to_string(local->port).c_str(), hints, res);
}

void KafkaClient::onLog(const rd_kafka_s*, int, const char*, const char*) {}

std::string KafkaClient::lastError() const {
    std::lock_guard lock(mutex_);
    return lastError_;
}

bool KafkaClient::refused() const {
    std::lock_guard lock(mutex_);
    return refused_;
}

std::optional<KafkaClientError> KafkaClient::cause() const {
    std::lock_guard lock(mutex_);
    return refusal_ ? refusal_ : firstError_;
}

bool KafkaClient::allBrokersDown() const {
    std::lock_guard lock(mutex_);
    return allBrokersDown_;
}

void KafkaClient::poll(std::chrono::milliseconds timeout) {
    rd_kafka_poll(handle_.get(), static_cast<int>(timeout.count()));
}

Error KafkaClient::connectError(const std::string& what) const {
    std::string last = lastError();
    if (route_) {
        // The jump host's own failure (it could not reach a broker) explains more than librdkafka's.
        const std::string channel = route_->tunnel().lastChannelError();
        last += (last.empty() ? "" : "; ") + (channel.empty() ? "through the jump host " + route_->tunnel().jumpHost() : channel);
    }
    return Error{what + (last.empty() ? std::string() : " (" + last + ")"), "bootstrap.servers " + bootstrap_};
}

Result<std::vector<KafkaTopicPartitions>> KafkaClient::fetchPartitions(const std::vector<std::string>& topics,
                                                                      const std::string& pattern,
                                                                      std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::unique_ptr<const rd_kafka_metadata_t, MetadataDeleter> metadata;
    // Short attempts, so a refusal reported by the error callback ends the wait at once.
    while (!metadata) {
        poll(std::chrono::milliseconds(0));
        if (refused()) return connectError("the Kafka broker refused the " + protocol_ + " connection");
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return connectError("no Kafka broker answered within " + std::to_string(timeout.count() / 1000.0).substr(0, 4) +
                                " s; is the cluster reachable");
        const rd_kafka_metadata_t* raw = nullptr;
        const int attempt = static_cast<int>(std::min<std::int64_t>(left.count(), 500));
        if (rd_kafka_metadata(handle_.get(), 1, nullptr, &raw, attempt) == RD_KAFKA_RESP_ERR_NO_ERROR) metadata.reset(raw);
    }
    // An answer may come while another broker refuses the client: a refusal still fails the run.
    poll(std::chrono::milliseconds(0));
    if (refused()) return connectError("the Kafka broker refused the " + protocol_ + " connection");
    std::vector<KafkaTopicPartitions> found;
    std::regex matcher;
    try {
        matcher.assign(pattern.empty() ? std::string(".*") : pattern);
    } catch (const std::regex_error& error) {
        return Error{"'" + pattern + "' is not a valid regular expression: " + error.what(), "option topic-pattern"};
    }
    for (int t = 0; t < metadata->topic_cnt; ++t) {
        const rd_kafka_metadata_topic& topic = metadata->topics[t];
        const std::string name = topic.topic;
        const bool wanted = pattern.empty() ? std::find(topics.begin(), topics.end(), name) != topics.end()
                                            : !name.starts_with("__") && std::regex_match(name, matcher);
        if (!wanted || topic.err != RD_KAFKA_RESP_ERR_NO_ERROR) continue;
        KafkaTopicPartitions& entry = found.emplace_back();
        entry.topic = name;
        for (int p = 0; p < topic.partition_cnt; ++p) entry.partitions.push_back(topic.partitions[p].id);
        std::sort(entry.partitions.begin(), entry.partitions.end());
    }
    if (!pattern.empty() && found.empty())
        return Error{"no topic matches the pattern '" + pattern + "'", "option topic-pattern"};
    return found;
}

}  // namespace sw::runtime
