#!/usr/bin/env bash
# Generates the voice clips that ship with GluteGuide, from the same texts the captions show.
#
#   tools/generate-voice-clips.sh [--language CODE]      (default: en)
#
# Regenerating: run the line above from anywhere in the repository, then commit what changed in
# resources/voice/. Run it again whenever a cue text (app/cues/CueTexts.cpp) or the set of cues
# (core/cues/CueId.cpp) changes; tests/voice fails until the clips match the captions again.
#
# What it does, step by step:
#   1. Builds the cue-text exporter (tools/cue-text-export) in build/voice-clips (with the release
#      preset's settings when CMakePresets.json exists; no tests) and runs it: every cue's key and
#      text as JSON.
#      Set GLUTEGUIDE_CUE_TEXTS=/path/to/gluteguide-cue-texts to use an exporter already built.
#   2. Speaks each text with espeak-ng, twice, and stops if the two outputs differ (the clips must
#      be reproducible). Voice and parameters are pinned below.
#   3. With sox: mono, 16-bit PCM, 22050 Hz; leading and trailing silence trimmed so the sound
#      starts at the first sample (the end-to-end audio test measures onsets); a 5 ms fade-out;
#      the peak normalised to -3 dBFS. No dither, so the result is bit-for-bit repeatable.
#   4. Writes resources/voice/<language>/<cue>.wav and resources/voice/<language>/manifest.json
#      ({"language", "generator", "clips": [{"cue", "text", "file", "duration_ms"}]}), removes
#      clips of cues that no longer exist, and rewrites resources/voice/voice.qrc for every
#      language that has a manifest.
#
# Idempotent: files whose content does not change are left untouched (same bytes, same mtime).
# Needs: cmake and a C++ toolchain with Qt 6 (tools/setup-debian.sh), espeak-ng, sox, jq
#   (Debian: apt-get install espeak-ng sox jq). Build parallelism: GLUTEGUIDE_JOBS (default nproc).
# The clips are espeak-ng output: see resources/voice/README.md for the licence note.
set -euo pipefail

die() {
    echo "generate-voice-clips: error: $*" >&2
    exit 1
}

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$(pwd)

language=en
while [[ $# -gt 0 ]]; do
    case "$1" in
    --language)
        [[ $# -ge 2 ]] || die "--language needs a value"
        language=$2
        shift 2
        ;;
    --language=*)
        language=${1#--language=}
        shift
        ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *) die "unknown argument: $1 (try --help)" ;;
    esac
done
[[ "$language" =~ ^[a-z]{2,3}(_[A-Z]{2})?$ ]] || die "not a language code: $language"

# --- Pinned voice and processing -------------------------------------------------------------
# espeak-ng: voice, words per minute, pitch (0-99), amplitude. Amplitude stays at espeak-ng's
# default 100: above it espeak-ng saturates its own output (at 150 the peaks reach full scale);
# loudness is set by sox's peak normalisation instead.
declare -A espeak_voices=([en]=en-us)
voice=${espeak_voices[$language]:-$language}
speed=150
count_speed=150 # counts must fit between reps (<= 1000 ms); raise this if they do not
pitch=45
amplitude=100
rate=22050
peak_dbfs=-3
silence_threshold=-60d # trims espeak-ng's leading/trailing digital silence, not speech
max_count_ms=1000
size_budget_bytes=$((8 * 1024 * 1024))

for tool in cmake espeak-ng sox soxi jq cmp; do
    command -v "$tool" >/dev/null 2>&1 \
        || die "$tool is not installed (Debian: apt-get install espeak-ng sox jq cmake)"
done

espeak_version=$(espeak-ng --version | sed -n 's/.*text-to-speech: \([^ ]*\).*/\1/p')
sox_version=$(sox --version | sed -n 's/.*SoX v\([^ ]*\).*/\1/p')
[[ -n "$espeak_version" && -n "$sox_version" ]] || die "could not read the espeak-ng or sox version"
# The distribution's build too, where there is one: a patched espeak-ng may speak differently.
package_version() {
    dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true
}
espeak_package=$(package_version espeak-ng-data)
sox_package=$(package_version sox)
[[ -z "$espeak_package" ]] || espeak_version+=" (Debian $espeak_package)"
[[ -z "$sox_package" ]] || sox_version+=" (Debian $sox_package)"
espeak_voices_available=$(espeak-ng --voices="${voice%%-*}" | awk 'NR>1 {print $2}')
grep -qx -- "$voice" <<<"$espeak_voices_available" || die "espeak-ng has no voice \"$voice\""

generator="espeak-ng $espeak_version -v $voice -s $speed -p $pitch -a $amplitude"
[[ "$count_speed" == "$speed" ]] || generator+=" (counts: -s $count_speed)"
generator+="; sox $sox_version: mono 16-bit PCM ${rate} Hz, silence trimmed at $silence_threshold"
generator+="B, 5 ms fade-out, peak ${peak_dbfs} dBFS, no dither"

out_dir="$repo/resources/voice/$language"
qrc="$repo/resources/voice/voice.qrc"

# --- 1. The texts, from the table the captions use -------------------------------------------
# Its own build folder, without tests or benchmarks: only the exporter and what it links are built,
# and the developer's build folders are left alone.
jobs="${GLUTEGUIDE_JOBS:-$(nproc)}"
build_dir="$repo/build/voice-clips"
no_tests=(-DGLUTEGUIDE_BUILD_TESTS=OFF -DGLUTEGUIDE_BUILD_BENCHMARKS=OFF)
if [[ -n "${GLUTEGUIDE_CUE_TEXTS:-}" ]]; then
    exporter=$GLUTEGUIDE_CUE_TEXTS
else
    if [[ -f CMakePresets.json ]]; then
        echo "=== building gluteguide-cue-texts (cmake --preset release, in build/voice-clips)"
        cmake --preset release -B "$build_dir" "${no_tests[@]}" >/dev/null
    else
        echo "=== building gluteguide-cue-texts (build/voice-clips)"
        cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release "${no_tests[@]}" >/dev/null
    fi
    cmake --build "$build_dir" --target gluteguide-cue-texts --parallel "$jobs"
    exporter="$build_dir/tools/cue-text-export/gluteguide-cue-texts"
fi
[[ -x "$exporter" ]] || die "the exporter was not built: $exporter"

work=$(mktemp -d "${TMPDIR:-/tmp}/gluteguide-voice.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/clips"

"$exporter" --language "$language" >"$work/cues.json" \
    || die "gluteguide-cue-texts --language $language failed"
cue_count=$(jq 'length' "$work/cues.json") || die "the exporter's output is not JSON"
[[ "$cue_count" -gt 0 ]] || die "the exporter listed no cues"
jq -e 'all(.[]; (.cue | type == "string" and test("^[a-z0-9_]+$"))
                and (.text | type == "string" and length > 0 and (test("[\t\n\\\\]") | not)))' \
    "$work/cues.json" >/dev/null \
    || die "the exporter's output has a cue without a plain key, or a text that is empty or" \
        "holds a tab, a line break or a backslash"
duplicates=$(jq -r 'map(.cue) | group_by(.) | map(select(length > 1) | .[0]) | join(" ")' \
    "$work/cues.json")
[[ -z "$duplicates" ]] || die "cue keys listed twice: $duplicates"

# --- 2 and 3. Speak and process each cue -----------------------------------------------------
echo "=== speaking $cue_count cues ($language) with $generator"

speak() { # key text output
    local key=$1 text=$2 output=$3 wpm=$speed
    [[ "$key" == count_* ]] && wpm=$count_speed
    printf '%s\n' "$text" >"$work/text.txt"
    espeak-ng -v "$voice" -s "$wpm" -p "$pitch" -a "$amplitude" -f "$work/text.txt" \
        -w "$work/raw-$output.wav" || die "espeak-ng failed on $key"
    # -D: no dither (dither is random noise; without it the output is repeatable).
    sox -D -V1 "$work/raw-$output.wav" -r "$rate" -c 1 -b 16 -e signed-integer "$work/$output.wav" \
        silence 1 0 "$silence_threshold" reverse silence 1 0 "$silence_threshold" \
        fade h 0.005 reverse gain -n "$peak_dbfs" || die "sox failed on $key"
}

: >"$work/entries.jsonl"
while IFS=$'\t' read -r key text; do
    speak "$key" "$text" first
    speak "$key" "$text" second
    cmp -s "$work/raw-first.wav" "$work/raw-second.wav" \
        || die "espeak-ng gave two different outputs for $key: the clips would not be reproducible"
    cmp -s "$work/first.wav" "$work/second.wav" \
        || die "sox gave two different outputs for $key: the clips would not be reproducible"

    clip="$work/clips/$key.wav"
    mv "$work/first.wav" "$clip"
    samples=$(soxi -s "$clip")
    [[ "$samples" -gt 0 ]] || die "$key: nothing left after trimming silence"
    [[ "$(soxi -r "$clip")" == "$rate" && "$(soxi -c "$clip")" == 1 && "$(soxi -b "$clip")" == 16 ]] \
        || die "$key: sox did not write mono 16-bit $rate Hz"
    duration_ms=$(((samples * 1000 + rate / 2) / rate))
    if [[ "$key" == count_* && "$duration_ms" -gt "$max_count_ms" ]]; then
        die "$key lasts $duration_ms ms, more than the ${max_count_ms} ms between reps: raise count_speed"
    fi
    jq -nc --arg cue "$key" --arg text "$text" --arg file "$key.wav" \
        --argjson duration_ms "$duration_ms" \
        '{cue: $cue, text: $text, file: $file, duration_ms: $duration_ms}' >>"$work/entries.jsonl"
done < <(jq -r '.[] | [.cue, .text] | @tsv' "$work/cues.json")

jq -s --arg language "$language" --arg generator "$generator" \
    '{language: $language, generator: $generator, clips: .}' "$work/entries.jsonl" \
    >"$work/manifest.json"

# --- 4. Install: only what changed; drop clips of cues that are gone ---------------------------
install_if_changed() { # source destination
    if ! cmp -s "$1" "$2"; then
        cp "$1" "$2"
        changed=$((changed + 1))
    fi
}

mkdir -p "$out_dir"
changed=0
removed=0
for clip in "$work"/clips/*.wav; do
    install_if_changed "$clip" "$out_dir/$(basename "$clip")"
done
shopt -s nullglob
for existing in "$out_dir"/*.wav; do
    if [[ ! -e "$work/clips/$(basename "$existing")" ]]; then
        rm -- "$existing"
        removed=$((removed + 1))
    fi
done
shopt -u nullglob
install_if_changed "$work/manifest.json" "$out_dir/manifest.json"

# The resource file lists every language that has a manifest, and only the files it names.
{
    echo '<!DOCTYPE RCC>'
    echo '<!-- Generated by tools/generate-voice-clips.sh; do not edit. -->'
    echo '<RCC version="1.0">'
    echo '    <qresource prefix="/voice">'
    for manifest in "$repo"/resources/voice/*/manifest.json; do
        lang=$(basename "$(dirname "$manifest")")
        echo "        <file>$lang/manifest.json</file>"
        jq -r --arg lang "$lang" '.clips[] | "        <file>\($lang)/\(.file)</file>"' "$manifest"
    done
    echo '    </qresource>'
    echo '</RCC>'
} >"$work/voice.qrc"
install_if_changed "$work/voice.qrc" "$qrc"

# --- Tempo tick --------------------------------------------------------------------------------
# The optional soft tick at each phase change: 25 ms of a 1.2 kHz tone with a fast decay, quiet
# next to the voice. No dither, so the file is the same on every run.
mkdir -p resources/sounds
sox -D -n -r 22050 -b 16 -c 1 "$work/tick.wav" synth 0.025 sine 1200 fade q 0.002 0.025 0.02 vol 0.35
install_if_changed "$work/tick.wav" resources/sounds/tick.wav

# --- Summary -----------------------------------------------------------------------------------
total_bytes=$(jq -r '.clips[].file' "$out_dir/manifest.json" \
    | (cd "$out_dir" && xargs stat -c %s) | awk '{s += $1} END {print s + 0}')
total_ms=$(jq '[.clips[].duration_ms] | add' "$out_dir/manifest.json")
echo "=== $cue_count clips in resources/voice/$language: $((total_bytes / 1024)) KiB," \
    "$((total_ms / 1000)) s of speech; $changed file(s) written, $removed removed"
echo "longest clip of each kind (ms; the scheduler's estimate in brackets):"
jq -r --slurpfile cues "$work/cues.json" '
    ($cues[0] | map({(.cue): .estimated_ms}) | add) as $estimate
    | .clips
    | map(. + {kind: (.cue | if test("^set_[0-9]") then "set"
                              elif test("^(count|intro|setup|reminder|phase)_")
                              then sub("_.*"; "") else . end),
               estimate: $estimate[.cue]})
    | group_by(.kind) | map(max_by(.duration_ms))
    | sort_by(-.duration_ms)[]
    | "  \(.kind | . + " " * (16 - length)) \(.duration_ms) [\(.estimate)]  \(.cue): \(.text)"' \
    "$out_dir/manifest.json"
over=$(jq -r --slurpfile cues "$work/cues.json" '
    ($cues[0] | map({(.cue): .estimated_ms}) | add) as $estimate
    | [.clips[] | select(.duration_ms > $estimate[.cue])] | length' "$out_dir/manifest.json")
echo "$over clip(s) run longer than core's estimate (the app schedules with the real durations)"
if [[ "$total_bytes" -gt "$size_budget_bytes" ]]; then
    echo "generate-voice-clips: warning: the clips take $((total_bytes / 1024)) KiB," \
        "over the $((size_budget_bytes / 1024)) KiB budget" >&2
fi
