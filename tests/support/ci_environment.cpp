#include "ci_environment.h"

#include <cstdlib>

namespace sw::testing {

bool CiEnvironment::active() {
    const char* value = std::getenv("CI");
    return value != nullptr && *value != '\0';
}

}  // namespace sw::testing
