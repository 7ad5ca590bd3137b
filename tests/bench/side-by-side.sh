#!/usr/bin/env bash
# GluteGuide's session screen side by side with Debian's Chromium doing comparable work, on one
# private Xvfb display, one subject after another under the same conditions:
#   gluteguide-muted   gluteguide --start --mute (the figure animating, captions only)
#   gluteguide-voiced  gluteguide --start, its voice going to a private PulseAudio null sink
#   chromium-canvas    a local HTML page: a canvas stick figure animated by requestAnimationFrame
#   chromium-video     a local HTML page: <video loop autoplay muted> of a 720p clip made with
#                      ffmpeg at run time
# For each: first frame (launch to first painted frame), CPU % of one core over SECONDS (utime +
# stime of the whole process tree from /proc), PSS of the whole process tree (smaps_rollup) at the
# end of the window; then the ratios Chromium / GluteGuide (muted).
#
# Not a test: figures are printed, only a failure to run fails it. On demand; needs Xvfb,
# chromium (Debian package `chromium`) and ffmpeg, else exits 77 (nothing measured). The voiced
# run needs pulseaudio and pactl; without them it is left out and says so.
#
# Usage: side-by-side.sh PATH/TO/gluteguide [SECONDS [SETTLE]]
#   SECONDS: the CPU window (default 30). SETTLE: seconds GluteGuide runs before the window
#   (default 28: the first clamshell repetitions, so the figure moves); Chromium settles 8 s.
# Environment: CHROMIUM (default: chromium on PATH).
set -euo pipefail

app=${1:?usage: side-by-side.sh PATH/TO/gluteguide [SECONDS [SETTLE]]}
seconds=${2:-30}
settle=${3:-28}
chromium_settle=8
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench-lib.sh
source "$here/bench-lib.sh"
# shellcheck source=../support/private-xvfb.sh
source "$here/../support/private-xvfb.sh"

chromium=${CHROMIUM:-$(command -v chromium || true)}
for tool in Xvfb ffmpeg python3; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed: nothing measured" >&2; exit 77; }
done
[[ -n "$chromium" ]] || { echo "SKIP: chromium is not installed (apt-get install chromium): nothing measured" >&2; exit 77; }
[[ -x "$app" ]] || { echo "FAIL: $app is not an executable" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=""
subject_pid=""
PULSE_PID=""
cleanup() {
    stop_tree "$subject_pid"
    stop_pid "$PULSE_PID"
    stop_pid "$xvfb_pid"
    rm -rf "$work"
}
trap cleanup EXIT

start_private_xvfb "$work" 1366x768x24 || { echo "FAIL: Xvfb did not start"; exit 1; }
xvfb_pid=$XVFB_PID
results=$work/results.tsv
: >"$results"

# ---- GluteGuide ----------------------------------------------------------------------------
# Usage: run_gluteguide NAME [ARGUMENTS...]
run_gluteguide() {
    local name=$1
    shift
    local dir=$work/$name launch_ms before after cpu pss procs
    mkdir -p "$dir"
    launch_ms=$(date +%s%3N)
    XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_CACHE_HOME=$dir/cache \
        "$app" --start --event-log "$dir/events.jsonl" --quit-after $((settle + seconds + 10)) \
        "$@" 2>"$dir/stderr.log" &
    subject_pid=$!
    sleep "$settle"
    kill -0 "$subject_pid" 2>/dev/null || { cat "$dir/stderr.log"; echo "FAIL: $name ended early"; exit 1; }
    tree_ticks "$subject_pid" >"$dir/before"
    sleep "$seconds"
    tree_ticks "$subject_pid" >"$dir/after"
    cpu=$(cpu_percent "$dir/before" "$dir/after" "$seconds")
    pss=$(tree_pss_kb "$subject_pid")
    procs=$(tree_count "$subject_pid")
    stop_tree "$subject_pid"
    subject_pid=""
    local first
    first=$(python3 - "$dir/events.jsonl" "$launch_ms" <<'PY'
import json, sys
launch = float(sys.argv[2])
for line in open(sys.argv[1]):
    event = json.loads(line)
    if event.get("event") == "first_frame":
        print(f"{event['epoch_ms'] - launch:.0f}")
        break
else:
    print("NA")
PY
)
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$first" "$cpu" "$pss" "$procs" >>"$results"
    echo "$name: first frame ${first} ms, CPU ${cpu} % of one core, PSS $((pss / 1024)) MB, $procs process(es)" >&2
}

echo "== gluteguide --start --mute (settle ${settle} s, measure ${seconds} s)" >&2
run_gluteguide gluteguide-muted --mute

if start_private_pulse "$work" 2>"$work/pulse-why"; then
    echo "== gluteguide --start, voiced into a private PulseAudio null sink" >&2
    tree_ticks "$PULSE_PID" >"$work/pulse_t0"
    t0=$(date +%s.%N)
    run_gluteguide gluteguide-voiced
    tree_ticks "$PULSE_PID" >"$work/pulse_t1"
    t1=$(date +%s.%N)
    # The sound server's share, for the record (it also runs the null sink's clock).
    pulse_cpu=$(cpu_percent "$work/pulse_t0" "$work/pulse_t1" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
    echo "   pulseaudio (null sink) over the whole voiced run: ${pulse_cpu} % of one core" >&2
    printf 'pulseaudio-during-voiced\tNA\t%s\tNA\t1\n' "$pulse_cpu" >>"$results"
    stop_pid "$PULSE_PID"
    PULSE_PID=""
    unset PULSE_SERVER PULSE_SINK
else
    echo "voiced run left out: $(cat "$work/pulse-why")" >&2
fi

# ---- Chromium --------------------------------------------------------------------------------
# A stick figure lying on its side, the top leg lifting and lowering (2 s up, 2 s down, eased),
# redrawn on every animation frame; the first callback and the frame rate are logged to the
# console, which --enable-logging=stderr prints with the epoch time in ms.
cat >"$work/canvas.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>canvas</title>
<style>html,body{margin:0;background:#f4f4f0;overflow:hidden}canvas{display:block}</style>
</head><body><canvas id="c"></canvas><script>
const c = document.getElementById('c'), g = c.getContext('2d');
function resize() { c.width = innerWidth; c.height = innerHeight; }
addEventListener('resize', resize); resize();
let first = true, frames = 0, since = performance.now();
function seg(x1, y1, x2, y2) { g.beginPath(); g.moveTo(x1, y1); g.lineTo(x2, y2); g.stroke(); }
function draw(now) {
  if (first) { first = false; console.log('BENCH first_frame ' + Date.now()); }
  frames++;
  if (now - since >= 5000) { console.log('BENCH fps ' + (1000 * frames / (now - since)).toFixed(1)); frames = 0; since = now; }
  const w = c.width, h = c.height, s = Math.min(w, h) / 600, floor = h * 0.7;
  g.clearRect(0, 0, w, h);
  g.lineCap = 'round'; g.lineWidth = 10 * s; g.strokeStyle = '#888';
  seg(w * 0.1, floor + 20 * s, w * 0.9, floor + 20 * s);               // the mat
  const t = (now / 4000) % 1, lift = 0.5 - 0.5 * Math.cos(2 * Math.PI * t); // eased up and down
  const hx = w * 0.30, hy = floor - 30 * s, px = w * 0.55, py = floor - 10 * s;
  g.strokeStyle = '#333';
  g.beginPath(); g.arc(hx - 40 * s, hy, 28 * s, 0, 2 * Math.PI); g.stroke();  // head
  seg(hx, hy, px, py);                                                   // trunk
  seg(hx, hy, hx - 30 * s, floor);                                       // lower arm
  seg(hx + 40 * s, hy - 10 * s, px - 20 * s, py - 30 * s);               // top arm to the hip
  seg(px, py, px + 220 * s, floor);                                      // lower leg
  const a = -lift * 0.35;                                                // top leg: up to 20 deg
  g.strokeStyle = '#1565c0';
  seg(px, py - 12 * s, px + 220 * s * Math.cos(a), py - 12 * s + 220 * s * Math.sin(a));
  requestAnimationFrame(draw);
}
requestAnimationFrame(draw);
</script></body></html>
HTML

cat >"$work/video.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>video</title>
<style>html,body{margin:0;background:#000;overflow:hidden}video{width:100vw;height:100vh}</style>
</head><body><video id="v" src="clip.mp4" loop autoplay muted playsinline></video><script>
const v = document.getElementById('v');
v.addEventListener('playing', () => console.log('BENCH playing ' + Date.now()), { once: true });
v.addEventListener('error', () => console.log('BENCH error ' + (v.error && v.error.message)));
if (v.requestVideoFrameCallback) {
  let first = true, frames = 0, since = 0;
  const onFrame = (now) => {
    if (first) { first = false; since = now; console.log('BENCH first_frame ' + Date.now()); }
    frames++;
    if (now - since >= 5000) { console.log('BENCH fps ' + (1000 * frames / (now - since)).toFixed(1)); frames = 0; since = now; }
    v.requestVideoFrameCallback(onFrame);
  };
  v.requestVideoFrameCallback(onFrame);
}
</script></body></html>
HTML

# A 720p, 30 fps, 10 s clip that loops: a moving test pattern with a figure-like bar swinging,
# H.264 in MP4 (Debian's Chromium plays it), made here so that nothing is downloaded.
echo "== making the 720p clip with ffmpeg" >&2
ffmpeg -hide_banner -loglevel error -f lavfi -i "testsrc2=size=1280x720:rate=30:duration=10" \
    -vf "drawbox=x=300+200*sin(2*PI*t/4):y=420:w=500:h=24:color=blue@0.9:t=fill" \
    -c:v libx264 -preset veryfast -pix_fmt yuv420p -movflags +faststart "$work/clip.mp4"

chromium_flags=(
    --no-first-run --no-default-browser-check --disable-background-networking
    --disable-component-update --disable-sync --disable-features=Translate,MediaRouter
    --disable-default-apps --disable-extensions --disable-breakpad --disable-domain-reliability
    --no-pings --metrics-recording-only --password-store=basic --use-mock-keychain
    --host-resolver-rules="MAP * ~NOTFOUND" --autoplay-policy=no-user-gesture-required
    --enable-logging=stderr --v=0 --window-position=0,0 --window-size=1366,768
)
# Chromium refuses to run as root with its sandbox (CI containers run as root).
[[ $(id -u) -eq 0 ]] && chromium_flags+=(--no-sandbox)

# Usage: run_chromium NAME PAGE
run_chromium() {
    local name=$1 page=$2 dir=$work/$1 launch_ms cpu pss procs first
    mkdir -p "$dir/profile"
    launch_ms=$(date +%s%3N)
    XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_CACHE_HOME=$dir/cache HOME=$dir \
        "$chromium" "${chromium_flags[@]}" --user-data-dir="$dir/profile" --app="file://$page" \
        >"$dir/stdout.log" 2>"$dir/stderr.log" &
    subject_pid=$!
    sleep "$chromium_settle"
    kill -0 "$subject_pid" 2>/dev/null || { tail -20 "$dir/stderr.log"; echo "FAIL: $name ended early"; exit 1; }
    tree_ticks "$subject_pid" >"$dir/before"
    sleep "$seconds"
    tree_ticks "$subject_pid" >"$dir/after"
    cpu=$(cpu_percent "$dir/before" "$dir/after" "$seconds")
    pss=$(tree_pss_kb "$subject_pid")
    procs=$(tree_count "$subject_pid")
    stop_tree "$subject_pid"
    subject_pid=""
    first=$(awk -v launch="$launch_ms" 'match($0, /BENCH first_frame [0-9]+/) {
                split(substr($0, RSTART, RLENGTH), f, " "); print f[3] - launch; exit }' \
                "$dir/stderr.log")
    local fps
    fps=$(grep -o 'BENCH fps [0-9.]*' "$dir/stderr.log" | awk '{print $3}' | tr '\n' ' ')
    grep -q 'BENCH error' "$dir/stderr.log" && grep 'BENCH error' "$dir/stderr.log" >&2
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "${first:-NA}" "$cpu" "$pss" "$procs" >>"$results"
    echo "$name: first frame ${first:-NA} ms, CPU ${cpu} % of one core, PSS $((pss / 1024)) MB, $procs processes; frames/s every 5 s: ${fps:-none logged}" >&2
}

echo "== chromium: canvas stick figure, requestAnimationFrame (settle ${chromium_settle} s)" >&2
run_chromium chromium-canvas "$work/canvas.html"
echo "== chromium: 720p looping video" >&2
run_chromium chromium-video "$work/video.html"

# ---- The table and the ratios ------------------------------------------------------------------
python3 - "$results" "$seconds" "$("$chromium" --version 2>/dev/null | head -1)" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, first, cpu, pss, procs = line.rstrip("\n").split("\t")
    rows[name] = dict(first=None if first == "NA" else float(first), cpu=float(cpu),
                      pss=None if pss == "NA" else float(pss) / 1024, procs=procs)
print(f"\nSide by side under Xvfb 1366x768, CPU over {sys.argv[2]} s; {sys.argv[3]}")
print(f"{'subject':<26}{'first frame ms':>15}{'CPU % core':>12}{'PSS MB':>9}{'procs':>7}")
fmt = lambda v, f: "n/a" if v is None else f.format(v)
for name, r in rows.items():
    print(f"{name:<26}{fmt(r['first'], '{:.0f}'):>15}{r['cpu']:>12.2f}{fmt(r['pss'], '{:.1f}'):>9}{r['procs']:>7}")
base = rows.get("gluteguide-muted")
def ratio(a, b):
    return "n/a" if a is None or b is None or b == 0 else f"{a / b:.1f}x"
print("\nratios Chromium / GluteGuide (muted):")
for name in ("chromium-canvas", "chromium-video"):
    r = rows.get(name)
    if r and base:
        print(f"  {name:<18} first frame {ratio(r['first'], base['first'])}, "
              f"CPU {ratio(r['cpu'], base['cpu'])}, PSS {ratio(r['pss'], base['pss'])}")
PY
