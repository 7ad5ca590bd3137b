# shellcheck shell=bash
# Sourced by the whole-process benchmark scripts in tests/bench: process-tree figures from /proc,
# a private PulseAudio server, percentiles. Not run by itself.
#
# Every function works on the process tree under one PID (the process and all its descendants),
# so that a multi-process program (Chromium: browser, GPU, renderer, utility processes) is
# measured whole.

# The PIDs of ROOT and all its descendants, one a line.
tree_pids() {
    local root=$1 queue=("$1") pid child
    while ((${#queue[@]})); do
        pid=${queue[0]}
        queue=("${queue[@]:1}")
        [[ -d /proc/$pid ]] || continue
        echo "$pid"
        for child in $(cat "/proc/$pid/task/"*/children 2>/dev/null); do
            queue+=("$child")
        done
    done
}

# "PID TICKS" for every process of the tree: utime + stime (fields 14 and 15 of /proc/PID/stat,
# read after the command name, which may hold spaces).
tree_ticks() {
    local pid
    for pid in $(tree_pids "$1"); do
        awk -v pid="$pid" '{ sub(/^.*\) /, ""); print pid, $12 + $13 }' "/proc/$pid/stat" \
            2>/dev/null || true
    done
}

# CPU used by the tree between two tree_ticks snapshots, in % of one core over SECONDS: processes
# present at the end count from their start snapshot, or from 0 if they started in between.
# (Processes that ended in between are not counted: the figure is a lower bound for them.)
cpu_percent() {
    local before=$1 after=$2 seconds=$3
    awk -v hz="$(getconf CLK_TCK)" -v s="$seconds" '
        NR == FNR { start[$1] = $2; next }
        { used += $2 - (($1 in start) ? start[$1] : 0) }
        END { printf "%.2f\n", 100.0 * used / hz / s }' "$before" "$after"
}

# Proportional set size of the whole tree in kB (shared pages divided among the processes that
# map them, so a tree's figure is not counted twice), from /proc/PID/smaps_rollup.
tree_pss_kb() {
    local pid total=0 pss
    for pid in $(tree_pids "$1"); do
        pss=$(awk '/^Pss:/ { print $2; exit }' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
        total=$((total + ${pss:-0}))
    done
    echo "$total"
}

# The number of processes in the tree.
tree_count() { tree_pids "$1" | wc -l; }

# Starts a private PulseAudio server with a null sink named gluteguide_bench, as
# tests/e2e/PrivatePulseAudio.cpp does, and exports PULSE_SERVER, PULSE_SINK and PULSE_PID.
# Usage: start_private_pulse WORK_DIR. Returns 1 (with a message) if it cannot.
start_private_pulse() {
    local work=$1 runtime=$1/pulse-runtime
    command -v pulseaudio >/dev/null && command -v pactl >/dev/null \
        || { echo "pulseaudio or pactl is not installed" >&2; return 1; }
    mkdir -p "$runtime"
    chmod 700 "$runtime"
    XDG_RUNTIME_DIR=$runtime pulseaudio -n --daemonize=no --exit-idle-time=-1 --log-level=error \
        -L "module-null-sink sink_name=gluteguide_bench rate=44100" \
        -L "module-native-protocol-unix auth-anonymous=1 socket=$runtime/pulse.sock" \
        >"$work/pulseaudio.log" 2>&1 &
    PULSE_PID=$!
    export PULSE_SERVER=unix:$runtime/pulse.sock PULSE_SINK=gluteguide_bench PULSE_PID
    for _ in $(seq 50); do
        XDG_RUNTIME_DIR=$runtime pactl info >/dev/null 2>&1 && return 0
        kill -0 "$PULSE_PID" 2>/dev/null || break
        sleep 0.1
    done
    echo "pulseaudio did not answer: $(cat "$work/pulseaudio.log")" >&2
    return 1
}

# Stops a process started by the script and waits for it: TERM, then KILL after 5 s.
stop_pid() {
    local pid=$1
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# Stops a process and every descendant it still has (by PID, collected before the TERM).
stop_tree() {
    local root=$1 pids pid
    [[ -n "$root" ]] || return 0
    pids=$(tree_pids "$root")
    stop_pid "$root"
    for pid in $pids; do
        kill -9 "$pid" 2>/dev/null || true
    done
}
