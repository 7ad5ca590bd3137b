#!/usr/bin/env bash
# Runs a test program under valgrind's memcheck (issue 10: "valgrind memcheck on the core tests:
# 0 errors"). Fails on any memcheck error: invalid reads or writes, uses of uninitialised values,
# bad frees, and memory definitely or indirectly lost at exit. "Possibly lost" blocks are listed
# but not counted: they are pointers into the middle of blocks that are still reachable.
#
# Usage: memcheck.sh PATH/TO/test_program [ARGUMENTS...]
# Exit codes: 0 no errors, 1 errors (or the tests failed), 77 cannot run here (ctest: skipped).
set -euo pipefail

program=${1:?usage: memcheck.sh PATH/TO/test_program [ARGUMENTS...]}
shift
# 77: ctest counts this as skipped (SKIP_RETURN_CODE), never as passed.
command -v valgrind >/dev/null || { echo "valgrind is not installed: nothing checked" >&2; exit 77; }
# AddressSanitizer and valgrind cannot watch the same process (the asan preset leaves this out).
if grep -aq __asan_init "$program"; then
    echo "$program is built with AddressSanitizer, which already checks it: not run under valgrind" >&2
    exit 77
fi

exec valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --show-leak-kinds=definite,indirect,possible "$program" "$@"
