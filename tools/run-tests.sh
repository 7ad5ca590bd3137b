#!/usr/bin/env bash
# Installs what is missing, then builds and runs every test twice: with the ci preset (debug,
# warnings are errors) and with the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer);
# then builds the fuzz preset (Clang, libFuzzer) and runs each fuzz target for 30 s.
# Stops at the first failure with a non-zero exit code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./tools/setup-debian.sh

jobs="${GLUTEGUIDE_JOBS:-$(nproc)}"
export CMAKE_BUILD_PARALLEL_LEVEL="$jobs"

run_preset() {
    local preset=$1
    echo "=== ${preset}: configure and build"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    echo "=== ${preset}: test"
    ctest --preset "$preset" --parallel "$jobs"
}

run_preset ci
run_preset asan
run_preset fuzz
echo "=== all tests passed (ci and asan presets, and the fuzz targets)"
