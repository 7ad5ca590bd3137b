#!/usr/bin/env bash
# Whole-process benchmark of the GUI under Xvfb (not a unit test: figures are reported, and only
# a failure to run fails it). Measures: start to first painted frame, CPU while the session
# animates (% of one core over 30 s), resident memory, and the spread of frame times.
#
# Usage: app_process_bench.sh PATH/TO/gluteguide [SECONDS [SETTLE]]
#   SECONDS: the measuring window (default 30); SETTLE: seconds into the session before it starts
#   (default 28: the built-in routine's first clamshell repetition, so the figure is moving).
set -euo pipefail

app=${1:?usage: app_process_bench.sh PATH/TO/gluteguide [SECONDS]}
seconds=${2:-30}
settle=${3:-28}
# 77: ctest counts this as skipped (SKIP_RETURN_CODE), never as passed.
command -v Xvfb >/dev/null || { echo "Xvfb is not installed: nothing measured" >&2; exit 77; }

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A private display (tests/support/private-xvfb.sh: safe when other tests start theirs at once).
# shellcheck source=../support/private-xvfb.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/private-xvfb.sh"
start_private_xvfb "$work" 1366x768x24 || { echo "FAIL: Xvfb did not start"; exit 1; }
xvfb_pid=$XVFB_PID
display=$DISPLAY

export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
unset QT_QPA_PLATFORM
launch_ms=$(date +%s%3N)
"$app" --start --mute --event-log "$work/events.jsonl" --quit-after $((settle + seconds + 10)) \
    2>"$work/app.log" &
app_pid=$!

# Let it settle into the session, then sample CPU time over the measuring window.
sleep "$settle"
if ! kill -0 "$app_pid" 2>/dev/null; then
    wait "$app_pid" && status=0 || status=$?
    app_pid=""
    cat "$work/app.log"
    echo "FAIL: gluteguide ended early with exit code $status (display $display)"
    exit 1
fi
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
start_ticks=$(cpu_ticks)
sleep "$seconds"
end_ticks=$(cpu_ticks)
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")
wait "$app_pid" || true
app_pid=""

python3 - "$work/events.jsonl" "$start_ticks" "$end_ticks" "$ticks" "$seconds" "$rss_kb" \
    "$launch_ms" <<'PY'
import json, sys
log, start, end, hz, seconds, rss_kb, launch_ms = sys.argv[1], *map(float, sys.argv[2:])
events = [json.loads(line) for line in open(log)]
first = next((e for e in events if e["event"] == "first_frame"), None)
stats = next((e for e in events if e["event"] == "frame_stats"), None)
if first is None or stats is None:
    sys.exit("FAIL: the app did not report its first frame and frame statistics")
cpu = 100.0 * (end - start) / hz / seconds
print(f"first painted frame: {first['epoch_ms'] - launch_ms:.0f} ms after launch "
      f"({first['process_ms']} ms after main() began; target < 400 ms)")
print(f"CPU while animating: {cpu:.1f} % of one core over {seconds:.0f} s (target < 10 %)")
print(f"peak resident memory: {rss_kb / 1024:.1f} MB (target < 120 MB)")
print(f"frame ticks while the session runs: {stats['count']} ticks, median "
      f"{stats['median_ms']:.1f} ms, p95 {stats['p95_ms']:.1f} ms, max {stats['max_ms']:.1f} ms "
      f"({stats['idle_gaps']} still periods)")
if "p99_ms" in stats:
    print(f"frame pacing: p99 interval {stats['p99_ms']:.1f} ms, {stats['dropped']} dropped frames "
          f"(intervals over 1.5 frames of 1/60 s; each tick updates the screen, the figure once it "
          f"has moved a pixel, and extra ticks come at rep boundaries)")
PY
