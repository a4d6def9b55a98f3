#pragma once
// CommandListener: the designer's side of `run --events` on stdin. The request line comes first
// (read before start()); then a thread of its own reads RunProtocol commands, and the run loop
// polls what they ask for. The end of stdin — the designer closed it, or died — asks to stop.

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/line_reader.h"
#include "util/result.h"

namespace sw::cli {

class CommandListener {
public:
    // What the designer asked for so far; the flags stay set once set.
    struct Requests {
        bool stop = false;
        bool cancel = false;
        bool inputClosed = false;
        std::vector<Error> problems;  // malformed lines since the previous take()
    };

    explicit CommandListener(int fd) : lines_(fd) {}
    ~CommandListener();  // stops listening (within a wait of the reader) and joins
    CommandListener(const CommandListener&) = delete;
    CommandListener& operator=(const CommandListener&) = delete;

    // Before start(): the next line, or nothing when stdin ends first.
    std::optional<std::string> readLine() { return lines_.readLine(); }
    void start();
    Requests take();

private:
    void listen();

    LineReader lines_;  // only the listening thread reads it after start()
    std::atomic<bool> quit_{false};
    std::mutex mutex_;  // guards requests_
    Requests requests_;
    std::thread thread_;
};

}  // namespace sw::cli
