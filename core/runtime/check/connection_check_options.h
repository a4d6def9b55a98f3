#pragma once
// ConnectionCheckOptions: what a node kind's connection check may use — its time bound and where
// secrets come from (the environment for the CLI, the keychain for the designer).

#include <algorithm>
#include <chrono>
#include <cstdint>

#include "runtime/engine/secret_resolver.h"

namespace sw::runtime {

struct ConnectionCheckOptions {
    // Bounds each check (reaching the server, listing offsets ...), not the whole report.
    std::chrono::milliseconds timeout{10000};
    SecretResolver secrets;

    // The timeout for a client that counts whole seconds (the MySQL driver): never less than one.
    int wholeSeconds() const {
        return static_cast<int>(std::max<std::int64_t>(1, (timeout.count() + 999) / 1000));
    }
};

}  // namespace sw::runtime
