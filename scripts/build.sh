#!/usr/bin/env bash
# Configures (Ninja, RelWithDebInfo; ccache is picked up by CMakeLists.txt) and builds
# everything.  usage: scripts/build.sh [BUILD_DIR]   (default: build)
# Extra CMake options may be passed in SW_CMAKE_ARGS, e.g. SW_CMAKE_ARGS="-DSW_BUILD_GUI=OFF".
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build}

# Paths relative to the checkout, so a clone elsewhere (CI) reuses what this one compiled.
export CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=true
# shellcheck disable=SC2086  # SW_CMAKE_ARGS is a list of words on purpose
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${SW_CMAKE_ARGS:-}
cmake --build "$build" -j"$(nproc)"
