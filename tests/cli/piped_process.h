#pragma once
// PipedProcess: a program started by a test with pipes on its stdin, stdout and stderr, so the
// test can talk to it line by line (popen gives only one direction).

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace sw::testing {

class PipedProcess {
public:
    // Starts `argv` (argv[0] is the program's path).
    static std::optional<PipedProcess> start(const std::vector<std::string>& argv);

    PipedProcess(PipedProcess&& other) noexcept;
    PipedProcess& operator=(PipedProcess&&) = delete;
    PipedProcess(const PipedProcess&) = delete;
    ~PipedProcess();  // a process still running is killed and reaped

    bool write(const std::string& text);  // false once the process stopped reading
    void closeInput();
    // The next line of stdout (without its line break) within `timeout`; nothing at its end or
    // when the time is up. stderr is collected meanwhile, so the process never blocks on it.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout);
    // The exit code (128 + signal when a signal ended it) within `timeout`; the pipes are read
    // to their end.
    std::optional<int> wait(std::chrono::milliseconds timeout);

    const std::string& stdoutText() const { return out_; }  // everything read so far
    const std::string& stderrText() const { return err_; }

private:
    PipedProcess(pid_t pid, int in, int out, int err) : pid_(pid), inFd_(in), outFd_(out), errFd_(err) {}
    // Reads what stdout and stderr have within `timeout`; false when both have ended.
    bool pump(std::chrono::milliseconds timeout);

    pid_t pid_ = -1;
    int inFd_ = -1;
    int outFd_ = -1;
    int errFd_ = -1;
    std::string out_;
    std::size_t outConsumed_ = 0;  // of out_, returned by readLine()
    std::string err_;
    std::optional<int> exitCode_;
};

}  // namespace sw::testing
