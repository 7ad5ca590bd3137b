# Sourced by the test scripts that need a real X display: starts a private Xvfb and sets
# DISPLAY and XVFB_PID. Xvfb's -displayfd picks a "free" number by probing, and two servers
# started at the same moment (ctest runs these scripts in parallel) can both pick it: one then
# loses its socket. A number given explicitly is taken with the X lock file, atomically, so this
# tries explicit numbers from a random start until one server holds its lock and socket.
#
# Usage: start_private_xvfb WORK_DIR [SCREEN]   (SCREEN like 1366x768x24)
# Whether display NUMBER takes a client. The socket file alone is not enough: one left behind by
# a server that was killed is there before the new server listens, and a client started then
# fails ("could not connect to display"). xdotool (installed by tools/setup-debian.sh) connects.
display_answers() {
    if command -v xdotool >/dev/null; then
        DISPLAY=":$1" xdotool getdisplaygeometry >/dev/null 2>&1
    else
        [[ -S "/tmp/.X11-unix/X$1" ]]
    fi
}

start_private_xvfb() {
    local work=$1 screen=${2:-1366x768x24} number
    for attempt in $(seq 20); do
        number=$((200 + (RANDOM + attempt * 37) % 700))
        [[ -e "/tmp/.X$number-lock" ]] && continue
        Xvfb ":$number" -screen 0 "$screen" -nolisten tcp >"$work/xvfb.log" 2>&1 &
        XVFB_PID=$!
        for _ in $(seq 200); do
            display_answers "$number" && kill -0 "$XVFB_PID" 2>/dev/null && break
            kill -0 "$XVFB_PID" 2>/dev/null || break
            sleep 0.05
        done
        # Still running and answering: the lock is ours.
        if kill -0 "$XVFB_PID" 2>/dev/null && display_answers "$number"; then
            export DISPLAY=":$number"
            return 0
        fi
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    done
    echo "could not start Xvfb: $(cat "$work/xvfb.log")" >&2
    return 1
}
