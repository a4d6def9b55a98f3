#include "cli/scoped_signal_handler.h"

namespace sw::cli {

ScopedSignalHandler::ScopedSignalHandler(int signal, void (*handler)(int)) : signal_(signal) {
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(signal_, &action, &previous_);
}

ScopedSignalHandler::~ScopedSignalHandler() { sigaction(signal_, &previous_, nullptr); }

}  // namespace sw::cli
