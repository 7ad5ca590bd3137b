#!/usr/bin/env bash
# Whole-process benchmark of the GUI under Xvfb (not a unit test: figures are reported, and only
# a failure to run fails it). Measures: start to first painted frame, CPU while the session
# animates (% of one core over 30 s), resident memory, and the spread of frame times.
#
# Usage: app_process_bench.sh PATH/TO/gluteguide [SECONDS]
set -euo pipefail

app=${1:?usage: app_process_bench.sh PATH/TO/gluteguide [SECONDS]}
seconds=${2:-30}
command -v Xvfb >/dev/null || { echo "SKIP: Xvfb is not installed"; exit 0; }

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A private display: Xvfb picks a free number and writes it to the file descriptor we give it.
exec 5>"$work/display"
Xvfb -displayfd 5 -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.05; done
display=":$(cat "$work/display")"

export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
unset QT_QPA_PLATFORM
"$app" --start --mute --event-log "$work/events.jsonl" --quit-after $((seconds + 5)) &
app_pid=$!

# Let it settle into the session, then sample CPU time over the measuring window.
sleep 5
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
start_ticks=$(cpu_ticks)
sleep "$seconds"
end_ticks=$(cpu_ticks)
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")
wait "$app_pid" || true
app_pid=""

python3 - "$work/events.jsonl" "$start_ticks" "$end_ticks" "$ticks" "$seconds" "$rss_kb" <<'PY'
import json, sys
log, start, end, hz, seconds, rss_kb = sys.argv[1], *map(float, sys.argv[2:])
events = [json.loads(line) for line in open(log)]
first = next((e for e in events if e["event"] == "first_frame"), None)
stats = next((e for e in events if e["event"] == "frame_stats"), None)
if first is None or stats is None:
    sys.exit("FAIL: the app did not report its first frame and frame statistics")
cpu = 100.0 * (end - start) / hz / seconds
print(f"first painted frame: {first['process_ms']} ms after start (target < 400 ms)")
print(f"CPU while animating: {cpu:.1f} % of one core over {seconds:.0f} s (target < 10 %)")
print(f"peak resident memory: {rss_kb / 1024:.1f} MB (target < 120 MB)")
print(f"frame times: {stats['count']} frames, median {stats['median_ms']:.1f} ms, "
      f"p95 {stats['p95_ms']:.1f} ms, max {stats['max_ms']:.1f} ms")
PY
