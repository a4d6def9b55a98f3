// sw-kafka-mock-broker: runs librdkafka's in-process mock Kafka cluster as a standalone process
// so that tests, kcat and the runtime can all reach one broker over loopback.
//
//   sw-kafka-mock-broker [--brokers N] [--topic NAME:PARTITIONS]... [--bootstrap-file FILE]
//
// Prints the bootstrap list ("127.0.0.1:port,...") on stdout and, atomically, into FILE once
// every topic exists; then serves until SIGTERM or SIGINT. The mock binds loopback ports only.

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

struct TopicSpec {
    std::string name;
    int partitions = 0;
};

struct Options {
    int brokers = 1;
    std::vector<TopicSpec> topics;
    std::string bootstrapFile;
};

void printUsage(std::ostream& out) {
    out << "usage: sw-kafka-mock-broker [--brokers N] [--topic NAME:PARTITIONS]... "
           "[--bootstrap-file FILE]\n";
}

std::optional<int> parsePositive(const std::string& text) {
    try {
        size_t used = 0;
        const int value = std::stoi(text, &used);
        if (used == text.size() && value > 0) {
            return value;
        }
    } catch (const std::exception&) {
        // Falls through to "not a positive number".
    }
    return std::nullopt;
}

std::optional<TopicSpec> parseTopic(const std::string& text) {
    // The partition count is after the LAST colon, so topic names may not contain ':'
    // (Kafka forbids it anyway).
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) {
        return std::nullopt;
    }
    const auto partitions = parsePositive(text.substr(colon + 1));
    if (!partitions) {
        return std::nullopt;
    }
    return TopicSpec{text.substr(0, colon), *partitions};
}

std::optional<Options> parseArguments(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            printUsage(std::cout);
            std::exit(0);
        }
        if (i + 1 >= argc) {
            std::cerr << "sw-kafka-mock-broker: missing value after " << arg << "\n";
            return std::nullopt;
        }
        const std::string value = argv[++i];
        if (arg == "--brokers") {
            const auto brokers = parsePositive(value);
            if (!brokers) {
                std::cerr << "sw-kafka-mock-broker: --brokers needs a positive number, got '" << value << "'\n";
                return std::nullopt;
            }
            options.brokers = *brokers;
        } else if (arg == "--topic") {
            auto topic = parseTopic(value);
            if (!topic) {
                std::cerr << "sw-kafka-mock-broker: --topic needs NAME:PARTITIONS, got '" << value << "'\n";
                return std::nullopt;
            }
            options.topics.push_back(std::move(*topic));
        } else if (arg == "--bootstrap-file") {
            options.bootstrapFile = value;
        } else {
            std::cerr << "sw-kafka-mock-broker: unknown argument " << arg << "\n";
            return std::nullopt;
        }
    }
    return options;
}

// Readers poll for the file, so they must never see it half-written.
bool writeFileAtomically(const std::string& path, const std::string& content) {
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        out << content << "\n";
        if (!out.flush()) {
            return false;
        }
    }
    return std::rename(temp.c_str(), path.c_str()) == 0;
}

struct KafkaHandleDeleter {
    void operator()(rd_kafka_t* rk) const { rd_kafka_destroy(rk); }
};
struct MockClusterDeleter {
    void operator()(rd_kafka_mock_cluster_t* cluster) const { rd_kafka_mock_cluster_destroy(cluster); }
};

}  // namespace

int main(int argc, char** argv) {
    const auto options = parseArguments(argc, argv);
    if (!options) {
        printUsage(std::cerr);
        return 2;
    }

    // Block the stop signals before librdkafka starts its threads (they inherit the mask),
    // so that only sigwait() below ever receives them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    // The mock cluster lives inside a client handle; a producer handle is the lightest one.
    char errstr[512];
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof errstr);
    std::unique_ptr<rd_kafka_t, KafkaHandleDeleter> handle(
        rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
    if (!handle) {
        std::cerr << "sw-kafka-mock-broker: cannot create client handle: " << errstr << "\n";
        return 1;
    }
    std::unique_ptr<rd_kafka_mock_cluster_t, MockClusterDeleter> cluster(
        rd_kafka_mock_cluster_new(handle.get(), options->brokers));
    if (!cluster) {
        std::cerr << "sw-kafka-mock-broker: cannot create mock cluster\n";
        return 1;
    }

    for (const auto& topic : options->topics) {
        const auto err = rd_kafka_mock_topic_create(cluster.get(), topic.name.c_str(), topic.partitions, 1);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            std::cerr << "sw-kafka-mock-broker: cannot create topic " << topic.name << ": "
                      << rd_kafka_err2str(err) << "\n";
            return 1;
        }
    }

    const std::string bootstraps = rd_kafka_mock_cluster_bootstraps(cluster.get());
    if (!options->bootstrapFile.empty() && !writeFileAtomically(options->bootstrapFile, bootstraps)) {
        std::cerr << "sw-kafka-mock-broker: cannot write " << options->bootstrapFile << "\n";
        return 1;
    }
    std::cout << bootstraps << std::endl;

    int received = 0;
    sigwait(&stopSignals, &received);
    std::cerr << "sw-kafka-mock-broker: stopping on signal " << received << "\n";
    if (!options->bootstrapFile.empty()) {
        std::remove(options->bootstrapFile.c_str());
    }
    return 0;
}
