#!/usr/bin/env bash
# Timing of a session in real time, under a private Xvfb:
#   frames  frame pacing over SECONDS (default 60) of animation: median, p95, p99 interval and
#           dropped frames (intervals of more than 1.5 display frames of 1/60 s), from the app's
#           frame_stats event (app_process_bench.sh does the run).
#   reps    a real-time run of SECONDS (default 600: ten minutes, muted): every rep_completed in
#           the event log against the end of that repetition in the plan (gluteguide --plan
#           --json). Reports the largest deviation (target: within 5 ms).
#   cues    the spread of cue onsets heard in a PulseAudio recording: runs the end-to-end test
#           that records two sets of circles on both sides (e2e_audio_tests, the same machinery
#           as tests/e2e) and prints its "spread p95" line (target p95 <= 40 ms).
#
# Usage: timing.sh frames PATH/TO/gluteguide [SECONDS]
#        timing.sh reps   PATH/TO/gluteguide [SECONDS]
#        timing.sh cues   PATH/TO/e2e_audio_tests [PATH/TO/gluteguide]
# Exits 77 when a tool is missing (Xvfb, python3; for cues the test binary).
set -euo pipefail

mode=${1:?usage: timing.sh frames|reps|cues BINARY [SECONDS]}
binary=${2:?usage: timing.sh frames|reps|cues BINARY [SECONDS]}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

case $mode in
frames)
    exec "$here/app_process_bench.sh" "$binary" "${3:-60}"
    ;;
cues)
    [[ -x "$binary" ]] || { echo "SKIP: $binary is not built (e2e_audio_tests)" >&2; exit 77; }
    [[ -n "${3:-}" ]] && export GLUTEGUIDE_TEST_BINARY=$3
    out=$("$binary" --gtest_filter='*EveryCueIsHeardWhenTheSameClipsPlayAgainAndAgain' 2>&1) \
        && status=0 || status=$?
    echo "$out" | grep -E 'spread p95|SKIPPED|FAILED|PASSED' || echo "$out" | tail -20
    exit "$status"
    ;;
reps) ;;
*)
    echo "unknown mode $mode: frames, reps or cues" >&2
    exit 2
    ;;
esac

seconds=${3:-600}
command -v Xvfb >/dev/null || { echo "SKIP: Xvfb is not installed" >&2; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 is not installed" >&2; exit 77; }
# shellcheck source=bench-lib.sh
source "$here/bench-lib.sh"
# shellcheck source=../support/private-xvfb.sh
source "$here/../support/private-xvfb.sh"
work=$(mktemp -d)
xvfb_pid="" app_pid=""
cleanup() {
    stop_pid "$app_pid"
    stop_pid "$xvfb_pid"
    rm -rf "$work"
}
trap cleanup EXIT
start_private_xvfb "$work" 1366x768x24 || { echo "FAIL: Xvfb did not start"; exit 1; }
xvfb_pid=$XVFB_PID
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache

"$binary" --plan --json >"$work/plan.json"
echo "== a real-time session, muted, for ${seconds} s" >&2
"$binary" --start --mute --event-log "$work/events.jsonl" --quit-after "$seconds" \
    2>"$work/app.log" &
app_pid=$!
wait "$app_pid" || { cat "$work/app.log"; echo "FAIL: gluteguide failed"; exit 1; }
app_pid=""

python3 - "$work/plan.json" "$work/events.jsonl" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
ends = {}
for step in plan["steps"]:
    if step["kind"] == "rep":
        key = (step["side"], step["set"], step["movement"], step["rep"])
        ends[key] = 1000.0 * (step["start"] + step["duration"])
rows = []
for line in open(sys.argv[2]):
    e = json.loads(line)
    if e["event"] != "rep_completed":
        continue
    key = (e.get("side"), e.get("set"), e.get("movement"), e.get("rep"))
    if key in ends:
        rows.append((e["t_ms"] - ends[key], e["position_ms"] - ends[key], key))
if not rows:
    sys.exit("FAIL: no rep_completed matched the plan")
wall = max(rows, key=lambda r: abs(r[0]))
pos = max(rows, key=lambda r: abs(r[1]))
late = sorted(r[0] for r in rows)
print(f"rep boundaries: {len(rows)} repetitions completed; the log's time (ms since the session "
      f"began, the wall clock) against the plan: median {late[len(late) // 2]:+.0f} ms, "
      f"p95 {late[min(len(late) - 1, int(0.95 * len(late)))]:+.0f} ms, "
      f"worst {wall[0]:+.0f} ms at {wall[2]}, {sum(abs(r[0]) <= 5 for r in rows)} within 5 ms; the playhead position against the plan: worst "
      f"{pos[1]:+.0f} ms (target: every boundary within 5 ms)")
PY
