#include "piped_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

namespace sw::testing {

namespace {

void closeFd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

}  // namespace

std::optional<PipedProcess> PipedProcess::start(const std::vector<std::string>& argv) {
    // A child that exits while the test still writes must fail the write, not kill the test.
    ::signal(SIGPIPE, SIG_IGN);
    std::vector<char*> arguments;
    for (const std::string& argument : argv) arguments.push_back(const_cast<char*>(argument.c_str()));
    arguments.push_back(nullptr);
    int in[2], out[2], err[2];
    if (::pipe2(in, O_CLOEXEC) != 0) return std::nullopt;
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) return std::nullopt;
    const pid_t pid = ::fork();
    if (pid < 0) return std::nullopt;
    if (pid == 0) {
        // The child: only async-signal-safe calls until exec (dup2 clears O_CLOEXEC on the copy),
        // and SIGPIPE as a program started from a shell has it.
        ::signal(SIGPIPE, SIG_DFL);
        ::dup2(in[0], STDIN_FILENO);
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        ::execv(arguments[0], arguments.data());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    return PipedProcess(pid, in[1], out[0], err[0]);
}

PipedProcess::PipedProcess(PipedProcess&& other) noexcept
    : pid_(other.pid_), inFd_(other.inFd_), outFd_(other.outFd_), errFd_(other.errFd_), out_(std::move(other.out_)),
      outConsumed_(other.outConsumed_), err_(std::move(other.err_)), exitCode_(other.exitCode_) {
    other.pid_ = -1;
    other.inFd_ = other.outFd_ = other.errFd_ = -1;
}

PipedProcess::~PipedProcess() {
    closeFd(inFd_);
    closeFd(outFd_);
    closeFd(errFd_);
    if (pid_ <= 0 || exitCode_) return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
}

bool PipedProcess::write(const std::string& text) {
    std::size_t written = 0;
    while (inFd_ >= 0 && written < text.size()) {
        const ssize_t n = ::write(inFd_, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        written += static_cast<std::size_t>(n);
    }
    return inFd_ >= 0;
}

void PipedProcess::closeInput() {
    closeFd(inFd_);
}

bool PipedProcess::pump(std::chrono::milliseconds timeout) {
    pollfd fds[2] = {{outFd_, POLLIN, 0}, {errFd_, POLLIN, 0}};  // a negative fd is skipped
    if (outFd_ < 0 && errFd_ < 0) return false;
    const int ready = ::poll(fds, 2, static_cast<int>(timeout.count()));
    if (ready <= 0) return true;
    for (int i = 0; i < 2; ++i) {
        if (fds[i].fd < 0 || fds[i].revents == 0) continue;
        char buffer[4096];
        const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        int& fd = i == 0 ? outFd_ : errFd_;
        if (n <= 0) closeFd(fd);
        else (i == 0 ? out_ : err_).append(buffer, static_cast<std::size_t>(n));
    }
    return outFd_ >= 0 || errFd_ >= 0;
}

std::optional<std::string> PipedProcess::readLine(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        if (const auto newline = out_.find('\n', outConsumed_); newline != std::string::npos) {
            std::string line = out_.substr(outConsumed_, newline - outConsumed_);
            outConsumed_ = newline + 1;
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (outFd_ < 0 || left.count() <= 0) return std::nullopt;
        pump(std::min(left, std::chrono::milliseconds(100)));
    }
}

std::optional<int> PipedProcess::wait(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!exitCode_) {
        int status = 0;
        if (pid_ > 0 && ::waitpid(pid_, &status, WNOHANG) == pid_) {
            exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            break;
        }
        if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
        if (!pump(std::chrono::milliseconds(20))) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    // The writers are gone with the process: the pipes end soon.
    while (std::chrono::steady_clock::now() < deadline && pump(std::chrono::milliseconds(100))) {
    }
    return exitCode_;
}

}  // namespace sw::testing
