#include "cli/command_listener.h"

#include <algorithm>
#include <cctype>

#include "runtime/protocol/run_protocol.h"

namespace sw::cli {

CommandListener::~CommandListener() {
    quit_ = true;
    if (thread_.joinable()) thread_.join();
}

void CommandListener::start() {
    thread_ = std::thread([this] { listen(); });
}

CommandListener::Requests CommandListener::take() {
    std::lock_guard lock(mutex_);
    Requests taken = requests_;
    requests_.problems.clear();
    return taken;
}

void CommandListener::listen() {
    while (auto line = lines_.readLine(quit_)) {
        if (std::all_of(line->begin(), line->end(), [](unsigned char c) { return std::isspace(c); })) continue;
        auto command = runtime::protocol::parseCommandLine(*line);
        std::lock_guard lock(mutex_);
        if (!command) requests_.problems.push_back(command.error());
        else if (*command == runtime::protocol::Command::Stop) requests_.stop = true;
        else requests_.cancel = true;
    }
    std::lock_guard lock(mutex_);
    if (!quit_) requests_.inputClosed = true;
}

}  // namespace sw::cli
