#!/usr/bin/env bash
# Soak test of the front desk (issue 10): the real app in kiosk mode at --speed 30 for MINUTES
# of real time (30 minutes are about 15 hours of front-desk time), as a clinic leaves it running
# all day: the attract loop, a passer-by pressing "Try it" every so often, the short demo, its
# summary, and back to the loop when nobody touches it (the idle limit, also at --speed 30).
# Resident memory (VmRSS) and open file descriptors are sampled into a CSV all along.
#
# Usage: kiosk-soak.sh PATH/TO/gluteguide MINUTES
#
# Passes when, at the end:
#   - memory: the median RSS of the last 3 samples is less than SOAK_RSS_LIMIT_KB (default 2048,
#     2 MB) above the median of the first 3 samples taken after the warm-up. The warm-up
#     (SOAK_WARMUP seconds, default 60) is left out because the first loop passes and demos fill
#     caches that are then reused (glyphs, the figure's paths, the session and summary pages'
#     widgets); medians of 3 so that one sample caught mid-allocation does not decide. Under
#     AddressSanitizer (its shadow memory and quarantine grow by design) RSS is reported, not
#     judged.
#   - file descriptors: the last sample has no more than the first after the warm-up;
#   - warnings: the app wrote nothing to stderr or stdout (Qt's warnings, "QWidget::",
#     "QPainter::", "qt.…", and any message of its own: in kiosk mode it has nothing to say
#     there), and its event log has no audio or history problem;
#   - progress: the app is still running, demos were started and finished throughout (at least
#     one started in the last quarter of the run: the loop still answers "Try it"), and the
#     screen still changes (two grabs of the display differ: the loop is still animating).
#
# Environment (all optional): SOAK_INTERVAL seconds between samples (10), SOAK_WARMUP (60),
# SOAK_DEMO_EVERY seconds between "Try it" presses (20), SOAK_RSS_LIMIT_KB (2048), SOAK_SPEED (30),
# SOAK_KEEP a folder to copy the CSV, the app's stderr and the event log into, SOAK_SOUND=1 to
# run with the sound on (staff's choice) into a private PulseAudio server's null sink instead of
# --mute: the cue player then plays (or drops, at this speed) the loop's and the demos' cues.
# Exit codes: 0 passed, 1 failed, 77 cannot run here (ctest counts that as skipped).
set -euo pipefail

app=${1:?usage: kiosk-soak.sh PATH/TO/gluteguide MINUTES}
minutes=${2:?usage: kiosk-soak.sh PATH/TO/gluteguide MINUTES}
interval=${SOAK_INTERVAL:-10}
warmup=${SOAK_WARMUP:-60}
demo_every=${SOAK_DEMO_EVERY:-20}
rss_limit_kb=${SOAK_RSS_LIMIT_KB:-2048}
speed=${SOAK_SPEED:-30}
keep=${SOAK_KEEP:-}
sound=${SOAK_SOUND:-0}

# 77: ctest counts this as skipped (SKIP_RETURN_CODE), never as passed.
for tool in Xvfb xdotool xwd python3; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed: no soak run" >&2; exit 77; }
done
if [ "$sound" = 1 ]; then
    for tool in pulseaudio pactl; do
        command -v "$tool" >/dev/null || { echo "$tool is not installed: no soak run" >&2; exit 77; }
    done
fi
[ -x "$app" ] || { echo "FAIL: $app is not an executable" >&2; exit 1; }
duration=$(python3 -c "print(round(float('$minutes') * 60))")
if ((duration < warmup + 3 * interval)); then
    echo "FAIL: $minutes minutes leave fewer than 3 samples after a warm-up of $warmup s" >&2
    exit 1
fi

# AddressSanitizer's shadow memory and quarantine make RSS meaningless: judge the rest only.
asan=0
if grep -aq __asan_init "$app"; then
    asan=1
    # libxkbcommon-x11 (Debian 12) hands strndup() an unterminated keymap name when a real X
    # client connects, which strict string checks stop at; the app is what is soaked here.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-}:strict_string_checks=0:intercept_strndup=0"
fi

work=$(mktemp -d)
xvfb_pid=""
pulse_pid=""
app_pid=""
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
    if [ -n "$pulse_pid" ]; then kill "$pulse_pid" 2>/dev/null || true; fi
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# A private display (tests/support/private-xvfb.sh: safe when other tests start theirs at once).
# shellcheck source=../support/private-xvfb.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/private-xvfb.sh"
start_private_xvfb "$work" 1366x768x24 || { echo "FAIL: Xvfb did not start"; exit 1; }
xvfb_pid=$XVFB_PID
display=$DISPLAY

# Private settings, history and runtime folders (an unset XDG_RUNTIME_DIR makes Qt warn, which
# would count as a warning), and no session bus: nothing of the user's is read or written.
mkdir -p "$work/config/GluteGuide" "$work/data" "$work/cache" "$work/runtime"
chmod 700 "$work/runtime"
export DISPLAY=$display XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
    XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/runtime
unset QT_QPA_PLATFORM DBUS_SESSION_BUS_ADDRESS SESSION_MANAGER

# A staff PIN already set, so kiosk mode starts without asking for one. The stored form is the
# app's (app/kiosk/StaffPin.h): pbkdf2-sha256$<iterations>$<salt>$<hash>, base64.
python3 - "$work/config/GluteGuide/GluteGuide.conf" "$sound" <<'PY'
import base64, hashlib, os, sys
salt = os.urandom(16)
digest = hashlib.pbkdf2_hmac("sha256", b"2468", salt, 1000, 32)
stored = "pbkdf2-sha256$1000${}${}".format(base64.b64encode(salt).decode(),
                                           base64.b64encode(digest).decode())
with open(sys.argv[1], "w") as ini:
    ini.write('[kiosk]\nstaffPin="{}"\n'.format(stored))
    if sys.argv[2] == "1":
        ini.write("muted=false\n")
PY

mute=(--mute)
if [ "$sound" = 1 ]; then
    # The sound on, into a null sink of a server of our own (as tests/e2e does).
    mute=()
    export PULSE_SERVER=unix:$work/runtime/pulse.sock PULSE_SINK=soak_null
    pulseaudio -n --daemonize=no --exit-idle-time=-1 --log-level=error \
        -L "module-null-sink sink_name=soak_null rate=44100" \
        -L "module-native-protocol-unix auth-anonymous=1 socket=$work/runtime/pulse.sock" \
        >"$work/pulse.log" 2>&1 &
    pulse_pid=$!
    for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
    pactl info >/dev/null 2>&1 || { cat "$work/pulse.log"; echo "FAIL: PulseAudio did not start"; exit 1; }
fi

"$app" --kiosk --speed "$speed" "${mute[@]}" --event-log "$work/events.jsonl" \
    >"$work/app.log" 2>&1 &
app_pid=$!

alive() { kill -0 "$app_pid" 2>/dev/null; }
# Without a window manager, X gives the keyboard to the window under the pointer, which Qt does
# not take as activation: give the window the focus as a window manager would.
window=""
for _ in $(seq 100); do
    window=$(xdotool search --onlyvisible --name GluteGuide 2>/dev/null | head -n1) || true
    [ -n "$window" ] && break
    alive || break
    sleep 0.1
done
[ -n "$window" ] || { cat "$work/app.log"; echo "FAIL: no GluteGuide window appeared"; exit 1; }
xdotool windowfocus --sync "$window"
# Demos started (the session leaves "idle") and ended (complete, or stopped when left idle).
count() { grep -c "$1" "$work/events.jsonl" 2>/dev/null || true; }
demos_started() { count '"from":"idle"'; }
demos_ended() { count '"to":"\(complete\|stopped\)"'; }

echo "soak: gluteguide --kiosk --speed $speed ${mute[*]:-(sound on)} for $minutes min on $display," \
    "a sample every $interval s, Try it every $demo_every s, warm-up $warmup s"
echo "seconds,rss_kb,fds,threads,demos_started,demos_ended" >"$work/samples.csv"
start=$(date +%s)
next_sample=0
next_demo=5 # the loop's first seconds, then a passer-by
while :; do
    now=$(($(date +%s) - start))
    ((now <= duration)) || break
    if ! alive; then
        wait "$app_pid" && status=0 || status=$?
        app_pid=""
        cat "$work/app.log"
        echo "FAIL: gluteguide ended after $now s with exit code $status"
        exit 1
    fi
    if ((now >= next_demo)); then
        # A passer-by presses "Try it" (Space on its focused button) while no demo runs: in a
        # demo Space would pause it. On the summary, if the idle limit has not yet brought the
        # loop back, it is the summary's "Done", back to the loop. XTEST input, as from a real
        # keyboard.
        if [ "$(demos_started)" = "$(demos_ended)" ]; then
            xdotool key space 2>>"$work/xdotool.log" || true
        fi
        next_demo=$((next_demo + demo_every))
    fi
    if ((now >= next_sample)); then
        # An app that ended meanwhile is reported by the check at the top of the loop.
        rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$app_pid/status" 2>/dev/null) || continue
        threads=$(awk '/^Threads:/ {print $2}' "/proc/$app_pid/status" 2>/dev/null) || continue
        fds=$(find "/proc/$app_pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
        echo "$now,$rss,$fds,$threads,$(demos_started),$(demos_ended)" >>"$work/samples.csv"
        next_sample=$((next_sample + interval))
    fi
    sleep 0.5
done

# Still animating: two grabs of the screen differ. A summary or a demo's rest can stand still
# for a few seconds before the idle limit brings the loop back, so grab for up to 10 s.
moving=0
previous=""
for _ in $(seq 20); do
    grab=$(xwd -root -silent | md5sum)
    if [ -n "$previous" ] && [ "$grab" != "$previous" ]; then moving=1; break; fi
    previous=$grab
    sleep 0.5
done
alive && running=1 || running=0
if ((running)); then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
fi
app_pid=""

if [ -n "$keep" ]; then
    mkdir -p "$keep"
    cp "$work/samples.csv" "$work/app.log" "$work/events.jsonl" "$keep/"
fi

python3 - "$work/samples.csv" "$work/app.log" "$work/events.jsonl" "$warmup" "$rss_limit_kb" "$asan" "$moving" \
    "$running" "$duration" <<'PY'
import csv, json, statistics, sys
samples_path, log_path, events_path = sys.argv[1:4]
warmup, limit_kb, asan, moving, running, duration = map(int, sys.argv[4:])
rows = [{k: int(v) for k, v in row.items()} for row in csv.DictReader(open(samples_path))]
after = [r for r in rows if r["seconds"] >= warmup]
failures = []
if len(after) < 3:
    sys.exit(f"FAIL: only {len(after)} samples after the warm-up")
rss = [r["rss_kb"] for r in rows]
baseline = statistics.median(r["rss_kb"] for r in after[:3])
final = statistics.median(r["rss_kb"] for r in after[-3:])
growth = final - baseline
print(f"samples: {len(rows)} over {rows[-1]['seconds']} s, {len(after)} after the warm-up")
print(f"RSS: first {rss[0] / 1024:.1f} MB, after warm-up {baseline / 1024:.1f} MB, "
      f"last {rss[-1] / 1024:.1f} MB, max {max(rss) / 1024:.1f} MB; "
      f"growth after warm-up {growth:+.0f} kB (limit {limit_kb} kB)")
if asan:
    print("RSS not judged: AddressSanitizer build (shadow memory and quarantine grow)")
elif growth >= limit_kb:
    failures.append(f"RSS grew by {growth:.0f} kB after the warm-up (limit {limit_kb} kB)")
fds = [r["fds"] for r in rows]
print(f"file descriptors: first {fds[0]}, after warm-up {after[0]['fds']}, last {fds[-1]}, "
      f"max {max(fds)}")
if after[-1]["fds"] > after[0]["fds"]:
    failures.append(f"open file descriptors grew from {after[0]['fds']} to {after[-1]['fds']}")
print(f"threads: first {rows[0]['threads']}, last {rows[-1]['threads']}, "
      f"max {max(r['threads'] for r in rows)}")
started, ended = rows[-1]["demos_started"], rows[-1]["demos_ended"]
print(f"demo cycles (loop -> Try it -> demo -> summary -> loop): {started} started, "
      f"{ended} ended")
if started < 2 or ended < started - 1:
    failures.append(f"demos did not run round: {started} started, {ended} ended")
before_last_quarter = [r for r in rows if r["seconds"] < duration * 3 / 4]
if started <= (before_last_quarter[-1]["demos_started"] if before_last_quarter else 0):
    failures.append("no demo started in the last quarter: the loop no longer answers Try it")
warnings = [line.rstrip("\n") for line in open(log_path, errors="replace") if line.strip()]
print(f"lines on stderr and stdout: {len(warnings)}")
for line in warnings[:20]:
    print(f"  {line}")
if warnings:
    failures.append(f"{len(warnings)} lines on stderr and stdout (warnings)")
problems = [event for event in map(json.loads, open(events_path))
            if event["event"] in ("audio_problem", "history_problem")]
print(f"problems in the event log: {len(problems)}")
for event in problems[:20]:
    print(f"  {event}")
if problems:
    failures.append(f"{len(problems)} audio or history problems in the event log")
if not running:
    failures.append("the app had ended by the end of the run")
if not moving:
    failures.append("the screen no longer changes: the loop is frozen")
for failure in failures:
    print(f"FAIL: {failure}")
if failures:
    sys.exit(1)
print("PASS")
PY
