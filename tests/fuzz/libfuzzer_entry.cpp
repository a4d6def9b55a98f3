// libFuzzer's entry for one target of fuzz_targets.h, chosen at compile time by SW_FUZZ_TARGET.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string broken =
        sw::fuzz::SW_FUZZ_TARGET(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!broken.empty()) {
        // libFuzzer saves the input as a crash reproducer when the target aborts.
        std::fprintf(stderr, "invariant broken: %s\n", broken.c_str());
        std::abort();
    }
    return 0;
}
