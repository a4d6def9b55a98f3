#pragma once
// ConnectionCheckOptions: what a node kind's connection check may use — its time bound and where
// secrets come from (the environment for the CLI, the keychain for the designer).

#include <chrono>

#include "runtime/engine/secret_resolver.h"

namespace sw::runtime {

struct ConnectionCheckOptions {
    // Bounds each check (reaching the server, listing offsets ...), not the whole report.
    std::chrono::milliseconds timeout{10000};
    SecretResolver secrets;
};

}  // namespace sw::runtime
