#!/usr/bin/env bash
# Installs what is missing, builds the release preset and runs gluteguide with the given
# arguments. Until the window arrives (a later release), gluteguide prints the exercise plan.
#   ./tools/run-app.sh                  # the built-in routine's plan
#   ./tools/run-app.sh --plan --json    # the same as JSON
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Set-up and build messages go to stderr, so that `./tools/run-app.sh --plan --json | jq` works.
./tools/setup-debian.sh >&2

export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
cmake --preset release >/dev/null
cmake --build --preset release --target gluteguide >&2

exec ./build/release/app/gluteguide "$@"
