#include "cli/line_reader.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>

namespace sw::cli {

namespace {
// How long one wait lasts: the longest a reader takes to notice `quit`.
constexpr int kWaitMillis = 100;
}  // namespace

std::optional<std::string> LineReader::readLine() {
    const std::atomic<bool> never{false};
    return readLine(never);
}

std::optional<std::string> LineReader::readLine(const std::atomic<bool>& quit) {
    while (true) {
        if (const auto newline = buffer_.find('\n'); newline != std::string::npos) {
            std::string line = buffer_.substr(0, newline);
            buffer_.erase(0, newline + 1);
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return line;
        }
        if (ended_) {
            if (buffer_.empty()) return std::nullopt;
            std::string last;
            last.swap(buffer_);
            return last;
        }
        if (quit.load()) return std::nullopt;
        pollfd ready{fd_, POLLIN, 0};
        const int polled = ::poll(&ready, 1, kWaitMillis);
        if (polled == 0 || (polled < 0 && errno == EINTR)) continue;  // Ctrl-C interrupts the wait
        char chunk[4096];
        const ssize_t count = polled < 0 ? -1 : ::read(fd_, chunk, sizeof chunk);
        if (count < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (count <= 0) {
            ended_ = true;  // end of input, or an input that cannot be read: the same for the run
            continue;
        }
        buffer_.append(chunk, static_cast<std::size_t>(count));
    }
}

}  // namespace sw::cli
