#pragma once
// ChildProcess: a program started by a test as a real separate process, so the test can send it
// signals (SIGKILL to crash it at an arbitrary moment, SIGINT for Ctrl-C) and read its exit code.

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace sw::testing {

class ChildProcess {
public:
    // Starts `argv` (argv[0] is the program's path) with stdout and stderr appended to `logFile`.
    static std::optional<ChildProcess> start(const std::vector<std::string>& argv, const std::string& logFile);

    ChildProcess(ChildProcess&& other) noexcept;
    ChildProcess& operator=(ChildProcess&&) = delete;
    ChildProcess(const ChildProcess&) = delete;
    ~ChildProcess();  // a process still running is killed and reaped

    void signal(int number) const;
    // Nothing while the process still runs; else its exit code, or 128 + the signal that ended it.
    std::optional<int> poll();
    // Waits up to `timeout`; nothing if it is still running then.
    std::optional<int> waitFor(std::chrono::milliseconds timeout);

private:
    explicit ChildProcess(pid_t pid) : pid_(pid) {}

    pid_t pid_ = -1;
    std::optional<int> exitCode_;
};

}  // namespace sw::testing
