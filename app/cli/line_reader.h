#pragma once
// LineReader: the lines of a file descriptor (stdin of `run --events`), read with short waits so
// the thread reading them can be told to quit instead of blocking until the next line.

#include <atomic>
#include <optional>
#include <string>

namespace sw::cli {

class LineReader {
public:
    explicit LineReader(int fd) : fd_(fd) {}

    // The next line without its line break ("\r\n" too); a last line without one counts. Nothing
    // at the end of input (or a read error), or once `quit` is raised while waiting.
    std::optional<std::string> readLine(const std::atomic<bool>& quit);
    std::optional<std::string> readLine();  // waits as long as it takes

private:
    int fd_;
    std::string buffer_;  // read but not yet returned
    bool ended_ = false;
};

}  // namespace sw::cli
