#include "runtime/kafka/kafka_client_config.h"

#include <librdkafka/rdkafka.h>

#include <regex>

#include "kinds/node_options.h"
#include "model/secret_ref.h"
#include "runtime/engine/compiled_expressions.h"

namespace sw::runtime {

namespace {

// Credentials inside a hand-written JAAS string: `username="..."` and `password="..."`.
std::optional<std::string> jaasField(const std::string& jaas, const char* field) {
    const std::regex pattern(std::string("(^|\\s)") + field + "\\s*=\\s*\"([^\"]*)\"");
    std::smatch match;
    if (!std::regex_search(jaas, match, pattern)) return std::nullopt;
    return match[2].str();
}

// Resolves `value` as if it were option `optionId` of the node; the location is left relative to
// the node, which the plan adds.
Result<std::string> resolveAs(const model::Node& node, const std::string& optionId, const std::string& value,
                              const SecretResolver& secrets) {
    model::Node carrier = node;
    carrier.options[optionId] = value;
    auto resolved = secrets.resolve(carrier, optionId);
    if (resolved) return resolved;
    Error error = resolved.error();
    const std::string prefix = nodeLocation(node) + " / ";
    if (error.location.starts_with(prefix)) error.location.erase(0, prefix.size());
    return error;
}

struct SaslCredentials {
    std::string username;
    std::string password;
};

// The username/password options, or both taken out of sasl.jaas.config — which is accepted only
// when it carries secret references, so no password sits in a job file or a log.
Result<SaslCredentials> saslCredentials(const model::Node& node, const SecretResolver& secrets) {
    const std::string jaas = node.option("sasl.jaas.config");
    std::string user = node.option("sasl.username");
    std::string password = node.option("sasl.password");
    std::string userOption = "sasl.username";
    std::string passwordOption = "sasl.password";
    if (!jaas.empty()) {
        const auto jaasUser = jaasField(jaas, "username");
        const auto jaasPassword = jaasField(jaas, "password");
        if (!jaasUser || !jaasPassword)
            return Error{"sasl.jaas.config must contain username=\"...\" and password=\"...\"",
                         "option sasl.jaas.config"};
        if (!model::secretName(*jaasUser) || !model::secretName(*jaasPassword))
            return Error{"sasl.jaas.config holds a literal username or password; write them as "
                         "${secret.NAME} references, or clear it and set SASL username and password",
                         "option sasl.jaas.config"};
        user = *jaasUser;
        password = *jaasPassword;
        userOption = passwordOption = "sasl.jaas.config";
    }
    if (user.empty() || password.empty())
        return Error{"SASL needs a username and a password (SASL username / SASL password options)",
                     "option " + (user.empty() ? userOption : passwordOption)};
    auto resolvedUser = resolveAs(node, userOption, user, secrets);
    if (!resolvedUser) return resolvedUser.error();
    auto resolvedPassword = resolveAs(node, passwordOption, password, secrets);
    if (!resolvedPassword) return resolvedPassword.error();
    return SaslCredentials{std::move(*resolvedUser), std::move(*resolvedPassword)};
}

}  // namespace

void KafkaConfDeleter::operator()(rd_kafka_conf_s* conf) const {
    rd_kafka_conf_destroy(conf);
}

Result<KafkaClientConfig> KafkaClientConfig::fromNode(const model::Node& node, KafkaClientRole role,
                                                      const SecretResolver& secrets) {
    auto options = kinds::NodeOptions::of(node);
    if (!options) return options.error();
    KafkaClientConfig config;
    auto& entries = config.entries_;
    const std::string servers = node.option("bootstrap.servers");
    if (servers.empty()) return Error{"bootstrap servers are not set", "option bootstrap.servers"};
    entries["bootstrap.servers"] = servers;
    entries["client.id"] = "streamwright-" + (node.name.empty() ? node.id : node.name);

    const std::string protocol = options->text("security.protocol");
    if (protocol != "PLAINTEXT" && protocol != "SSL" && protocol != "SASL_PLAINTEXT" && protocol != "SASL_SSL")
        return Error{"unknown security protocol '" + protocol + "'", "option security.protocol"};
    entries["security.protocol"] = protocol;
    if (protocol.starts_with("SASL_")) {
        entries["sasl.mechanisms"] = options->text("sasl.mechanism");
        auto credentials = saslCredentials(node, secrets);
        if (!credentials) return credentials.error();
        entries["sasl.username"] = std::move(credentials->username);
        entries["sasl.password"] = std::move(credentials->password);
    }
    if (protocol.ends_with("SSL")) {
        const std::string ca = node.option("ssl.ca.location");
        if (!ca.empty()) entries["ssl.ca.location"] = ca;
        // Flink's clients verify the broker; a local run must not be weaker than production.
        entries["enable.ssl.certificate.verification"] = "true";
    }

    if (role == KafkaClientRole::Consumer) {
        const std::string group = node.option("group.id");
        if (!group.empty()) entries["group.id"] = group;
        // Offsets are committed by the runtime (on a clean end, later on checkpoints), as Flink does.
        entries["enable.auto.commit"] = "false";
        entries["enable.auto.offset.store"] = "false";
        // A rejoining consumer otherwise waits out the 45 s default before it gets partitions.
        entries["session.timeout.ms"] = "6000";
        // librdkafka 2.0.2 backs off ~1 s once its prefetch queue is below queued.min.messages;
        // hold more than a second of data so the fetcher never idles at high rates.
        entries["queued.min.messages"] = "500000";
        entries["queued.max.messages.kbytes"] = "262144";
        entries["fetch.wait.max.ms"] = "100";
        // Flink's group-offsets without a committed offset fails (auto.offset.reset = none).
        const std::string mode = options->text("scan.startup.mode");
        entries["auto.offset.reset"] = mode == "group-offsets" ? "error" : mode == "latest-offset" ? "latest" : "earliest";
    } else {
        // Java's default partitioner hashes keys with murmur2: same key, same partition as Flink.
        entries["partitioner"] = "murmur2_random";
        entries["acks"] = "all";
        // As the Java client since Kafka 3.0: a request retried after a lost connection (a broker
        // restart) is not written twice, and order per partition holds.
        entries["enable.idempotence"] = "true";
        entries["message.timeout.ms"] = std::to_string(kDeliveryTimeout.count());
        entries["linger.ms"] = "5";
        entries["queue.buffering.max.kbytes"] = "262144";
    }
    return config;
}

std::optional<std::string> KafkaClientConfig::value(const std::string& key) const {
    const auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    return it->second;
}

bool KafkaClientConfig::isSecretKey(const std::string& key) {
    return key == "sasl.username" || key == "sasl.password";
}

std::string KafkaClientConfig::describe() const {
    std::string text;
    for (const auto& [key, value] : entries_) {
        if (!text.empty()) text += ", ";
        text += key + "=" + (isSecretKey(key) ? std::string("***") : value);
    }
    return text;
}

Result<KafkaConfPtr> KafkaClientConfig::toLibrdkafka() const {
    KafkaConfPtr conf(rd_kafka_conf_new());
    char reason[512];
    for (const auto& [key, value] : entries_) {
        if (rd_kafka_conf_set(conf.get(), key.c_str(), value.c_str(), reason, sizeof reason) != RD_KAFKA_CONF_OK) {
            // librdkafka's reason may quote the value: never for credentials.
            return Error{isSecretKey(key) ? "the Kafka client refused " + key : std::string(reason), "kafka property " + key};
        }
    }
    return conf;
}

}  // namespace sw::runtime
