#include "kafka_broker_switch.h"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

namespace sw::testing {

Status KafkaBrokerSwitch::apply(const std::string& command) const {
    // Non-blocking: without a broker reading the FIFO this fails at once instead of hanging.
    const int fifo = ::open(controlFifo_.c_str(), O_WRONLY | O_NONBLOCK);
    if (fifo < 0) return Error{"the mock broker does not read its control FIFO (is it running?)", controlFifo_};
    const std::string line = command + "\n";
    const bool written = ::write(fifo, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    ::close(fifo);
    if (!written) return Error{"cannot write to the control FIFO", controlFifo_};

    const std::string stateFile = controlFifo_ + ".state";
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
        std::string applied;
        std::ifstream in(stateFile);
        std::getline(in, applied);
        if (applied == command) return Ok{};
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return Error{"the mock broker did not report '" + command + "' applied within 30 s", stateFile};
}

}  // namespace sw::testing
