#pragma once
// ScopedSignalHandler: one signal's handler for the length of a scope; the previous one returns
// at its end (a run's Ctrl-C counting, a designer's closed pipe ignored).

#include <csignal>

namespace sw::cli {

class ScopedSignalHandler {
public:
    ScopedSignalHandler(int signal, void (*handler)(int));
    ~ScopedSignalHandler();
    ScopedSignalHandler(const ScopedSignalHandler&) = delete;
    ScopedSignalHandler& operator=(const ScopedSignalHandler&) = delete;

private:
    int signal_;
    struct sigaction previous_ {};
};

}  // namespace sw::cli
