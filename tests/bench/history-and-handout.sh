#!/usr/bin/env bash
# The history and the handout, as a user meets them:
#   handout   gluteguide --export-handout FILE.pdf, timed whole (hyperfine when installed, else
#             ten runs timed with date), in English, A4
#   progress  the Progress screen on 3,650 sessions (progress_bench, Google Benchmark)
#   startup   start to first painted frame of gluteguide --start with ten years of daily
#             sessions (fill_history) in its data folder, against an empty data folder; five
#             runs each under a private Xvfb, the median reported
#
# Usage: history-and-handout.sh BUILD_DIR   (e.g. build/release: app/gluteguide,
#        tests/bench/progress_bench and tests/bench/fill_history are taken from it)
# Exits 77 when Xvfb or python3 is missing or the benchmarks are not built.
set -euo pipefail

build=${1:?usage: history-and-handout.sh BUILD_DIR}
app=$build/app/gluteguide
progress=$build/tests/bench/progress_bench
fill=$build/tests/bench/fill_history
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for tool in Xvfb python3; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed" >&2; exit 77; }
done
for binary in "$app" "$progress" "$fill"; do
    [[ -x "$binary" ]] || { echo "SKIP: $binary is not built" >&2; exit 77; }
done
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
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache

echo "== handout export (PDF, A4)" >&2
export XDG_DATA_HOME=$work/data-handout
if command -v hyperfine >/dev/null; then
    hyperfine --style basic --warmup 1 --runs 10 --export-json "$work/handout.json" \
        "QT_QPA_PLATFORM=offscreen $app --export-handout $work/handout.pdf --language en" >&2
    python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"handout export: mean {1000*r['mean']:.0f} ms, min {1000*r['min']:.0f} ms, max {1000*r['max']:.0f} ms over {len(r['times'])} runs (hyperfine, whole process)\")" "$work/handout.json"
else
    times=()
    for _ in $(seq 10); do
        s=$(date +%s%N)
        QT_QPA_PLATFORM=offscreen "$app" --export-handout "$work/handout.pdf" --language en
        e=$(date +%s%N)
        times+=($(((e - s) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "handout export: median %d ms, min %d ms, max %d ms over %d runs (date, whole process)\n", a[int((NR + 1) / 2)], a[1], a[NR], NR }'
fi
echo "handout size: $(($(stat -c %s "$work/handout.pdf") / 1024)) kB"

echo "== Progress with 3,650 sessions (progress_bench)" >&2
QT_QPA_PLATFORM=offscreen "$progress" --benchmark_min_time=2 2>&1 | grep -E '^(BM_|Run on|CPU Caches|Load)' || true

echo "== start to first frame, ten years of history against none" >&2
start_private_xvfb "$work" 1366x768x24 || { echo "FAIL: Xvfb did not start"; exit 1; }
xvfb_pid=$XVFB_PID
first_frames() {
    local data=$1 runs=5 launch
    for run in $(seq "$runs"); do
        launch=$(date +%s%3N)
        XDG_DATA_HOME=$data "$app" --start --mute --event-log "$work/events-$run.jsonl" \
            --quit-after 2 2>"$work/app.log" &
        app_pid=$!
        wait "$app_pid" || { cat "$work/app.log"; echo "FAIL: gluteguide failed"; exit 1; }
        app_pid=""
        python3 -c "
import json, sys
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e['event'] == 'first_frame':
        print(e['epoch_ms'] - int(sys.argv[2])); break" "$work/events-$run.jsonl" "$launch"
    done | sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms (min %d, max %d, %d runs)", a[int((NR + 1) / 2)], a[1], a[NR], NR }'
}
mkdir -p "$work/empty"
empty=$(first_frames "$work/empty")
# The data folder's name comes from the app (organisation/application): let a first run make it.
mkdir -p "$work/tenyears"
XDG_DATA_HOME=$work/tenyears "$app" --start --mute --quit-after 1 2>/dev/null &
app_pid=$!
wait "$app_pid" || true
app_pid=""
history=$(find "$work/tenyears" -name history.sqlite | head -1)
[[ -n "$history" ]] || { echo "FAIL: no history.sqlite made in $work/tenyears"; exit 1; }
rm -f "$history" "$history"-*
"$fill" "$history" >&2
# Each measured run adds its own session to the 3,650.
full=$(first_frames "$work/tenyears")
echo "start to first frame: empty history $empty; ten years of history (3,650 sessions, $(($(stat -c %s "$history") / 1024)) kB) $full"
