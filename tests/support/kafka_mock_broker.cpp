// sw-kafka-mock-broker: runs librdkafka's in-process mock Kafka cluster as a standalone process
// so that tests, kcat and the runtime can all reach one broker over loopback.
//
//   sw-kafka-mock-broker [--brokers N] [--topic NAME:PARTITIONS]... [--bootstrap-file FILE]
//                        [--control-fifo FIFO]
//
// Prints the bootstrap list ("127.0.0.1:port,...") on stdout and, atomically, into FILE once
// every topic exists; then serves until SIGTERM or SIGINT. The mock binds loopback ports only.
//
// With --control-fifo, lines written into FIFO (created if missing) simulate a broker restart:
// "down" disconnects every broker and refuses new connections, "up" accepts them again —
// librdkafka's rd_kafka_mock_broker_set_down/_up, as its own test suite does. Unlike restarting
// this process, the topics and their messages survive. "errors APIKEY CODE COUNT" makes the
// next COUNT requests of that API (0 Produce, 1 Fetch, 2 ListOffsets, ...) fail with the Kafka
// error CODE, as a restarting broker's partitions answer (e.g. 6 NOT_LEADER_FOR_PARTITION).
// After applying a line the broker writes it atomically into FIFO.state, so a test knows when
// it took effect.

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <thread>
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
    std::string controlFifo;
};

void printUsage(std::ostream& out) {
    out << "usage: sw-kafka-mock-broker [--brokers N] [--topic NAME:PARTITIONS]... "
           "[--bootstrap-file FILE] [--control-fifo FIFO]\n";
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
        } else if (arg == "--control-fifo") {
            options.controlFifo = value;
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

// Serves "down" / "up" lines from the control FIFO until the process ends. The FIFO is opened
// read-write, so it never reports end-of-file when a writer closes it.
void serveControlFifo(rd_kafka_mock_cluster_t* cluster, int fifo, const std::string& stateFile) {
    std::string pending;
    char buffer[256];
    while (true) {
        const ssize_t got = ::read(fifo, buffer, sizeof buffer);
        if (got <= 0) return;
        pending.append(buffer, static_cast<size_t>(got));
        for (auto newline = pending.find('\n'); newline != std::string::npos; newline = pending.find('\n')) {
            const std::string command = pending.substr(0, newline);
            pending.erase(0, newline + 1);
            rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
            int apiKey = 0;
            int code = 0;
            int count = 0;
            if (command == "down") {
                err = rd_kafka_mock_broker_set_down(cluster, -1);
            } else if (command == "up") {
                err = rd_kafka_mock_broker_set_up(cluster, -1);
            } else if (std::sscanf(command.c_str(), "errors %d %d %d", &apiKey, &code, &count) == 3 && count > 0) {
                const std::vector<rd_kafka_resp_err_t> errors(static_cast<size_t>(count),
                                                              static_cast<rd_kafka_resp_err_t>(code));
                rd_kafka_mock_push_request_errors_array(cluster, static_cast<int16_t>(apiKey), errors.size(),
                                                        errors.data());
            } else {
                std::cerr << "sw-kafka-mock-broker: unknown control command '" << command << "'\n";
                continue;
            }
            if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
                std::cerr << "sw-kafka-mock-broker: " << command << " failed: " << rd_kafka_err2str(err) << "\n";
                continue;
            }
            std::cerr << "sw-kafka-mock-broker: applied '" << command << "'\n";
            writeFileAtomically(stateFile, command);
        }
    }
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
    if (!options->controlFifo.empty()) {
        const std::string& fifoPath = options->controlFifo;
        if (::mkfifo(fifoPath.c_str(), 0600) != 0 && errno != EEXIST) {
            std::cerr << "sw-kafka-mock-broker: cannot create the FIFO " << fifoPath << "\n";
            return 1;
        }
        const int fifo = ::open(fifoPath.c_str(), O_RDWR);
        if (fifo < 0 || !writeFileAtomically(fifoPath + ".state", "up")) {
            std::cerr << "sw-kafka-mock-broker: cannot open the control FIFO " << fifoPath << "\n";
            return 1;
        }
        // Ends with the process; the cluster it uses outlives the wait below.
        std::thread(serveControlFifo, cluster.get(), fifo, fifoPath + ".state").detach();
    }
    std::cout << bootstraps << std::endl;

    int received = 0;
    sigwait(&stopSignals, &received);
    std::cerr << "sw-kafka-mock-broker: stopping on signal " << received << "\n";
    if (!options->bootstrapFile.empty()) {
        std::remove(options->bootstrapFile.c_str());
    }
    if (!options->controlFifo.empty()) {
        std::remove(options->controlFifo.c_str());
        std::remove((options->controlFifo + ".state").c_str());
    }
    // Exits without destroying the cluster: the control thread may still be using it.
    std::_Exit(0);
}
