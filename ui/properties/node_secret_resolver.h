#pragma once
// nodeSecretResolver: the secrets a node's options name, as the runtime's SecretResolver asks for
// them — read from the keychain on the GUI thread, so a worker thread can use them.

#include "model/node.h"
#include "runtime/engine/secret_resolver.h"

namespace sw::ui {

// A secret not stored in the keychain is still looked up in the environment.
runtime::SecretResolver nodeSecretResolver(const model::Node& node);

}  // namespace sw::ui
