#!/usr/bin/env bash
# Generates the voice clips that ship with GluteGuide, from the same texts the captions show.
#
#   tools/generate-voice-clips.sh [--language CODE] [--qm FILE] [--allow-untranslated]
#
#   --language CODE       en (default), fr, es, zh_CN, ...: the clips go to resources/voice/CODE/
#   --qm FILE             the compiled translation to take the texts from; by default
#                         translations/gluteguide_CODE.ts is compiled with lrelease, and without
#                         one the exporter looks for gluteguide_CODE.qm itself
#   --allow-untranslated  go on when the translation leaves cue texts in English (by default the
#                         script stops: a French voice would read English words)
#
# Regenerating: run the line above from anywhere in the repository, then commit what changed in
# resources/voice/. Run it again whenever a cue text (app/cues/CueTexts.cpp), a translation of one
# (translations/gluteguide_CODE.ts) or the set of cues (core/cues/CueId.cpp) changes; tests/voice
# fails until the clips match the captions again.
#
# What it does, step by step:
#   1. Builds the cue-text exporter (tools/cue-text-export) in build/voice-clips (with the release
#      preset's settings when CMakePresets.json exists; no tests) and runs it: every cue's key and
#      text as JSON, translated with the .qm for a language other than English.
#      Set GLUTEGUIDE_CUE_TEXTS=/path/to/gluteguide-cue-texts to use an exporter already built.
#   2. Speaks each text with the language's voice (table below: Festival's HTS voice for English,
#      espeak-ng for the others), twice, and stops if the two outputs differ (the clips must be
#      reproducible). Voices and parameters are pinned below.
#   3. With sox: mono, 22050 Hz (resampled with sox's very-high-quality rate), leading and
#      trailing silence trimmed (at 45 and 50 dB below the clip's peak) so the sound starts at the
#      first sample (the end-to-end audio test measures onsets), a 3 ms fade-in (8 ms for
#      espeak-ng's abrupt onsets) and a 5 ms fade-out: no click at either end. Kept in 32-bit
#      float until the end.
#   4. Loudness: every clip to -16 LUFS integrated (EBU R128 / ITU-R BS.1770, measured by ffmpeg's
#      loudnorm filter), true peak at most -1 dBTP. The integrated loudness of a clip shorter than
#      3 s is measured on the clip repeated back to back to at least 3 s: R128 gates 400 ms blocks,
#      so a clip under 400 ms has no integrated loudness of its own, and one of a few blocks
#      weighs its edges less than its middle; the loop measures every part alike. A gain brings
#      the clip to the target; ffmpeg's alimiter (5 ms look-ahead, 50 ms release) holds the
#      samples under -1.5 dBFS where the gain would push peaks higher, and the gain is corrected
#      for what the limiter took, until the clip is within 0.15 LU of the target. Then 16-bit PCM
#      without dither, so the result is bit-for-bit repeatable. The script stops if a clip ends
#      more than 0.5 LU off target or over -1 dBTP.
#   5. Writes resources/voice/<language>/<cue>.wav and resources/voice/<language>/manifest.json
#      ({"language", "generator": {...}, "loudness": {...}, "clips": [{"cue", "text", "file",
#      "duration_ms", "loudness_lufs", "true_peak_dbtp"}]}), removes clips of cues that no longer
#      exist, and rewrites resources/voice/voice.qrc for every language that has a manifest.
#   6. Prints a summary: loudness (min/max LUFS) and the highest true and sample peak of the
#      language, and the longest clip of each kind.
#
# Idempotent: files whose content does not change are left untouched (same bytes, same mtime).
# Needs: cmake and a C++ toolchain with Qt 6 and lrelease (tools/setup-debian.sh), sox, ffmpeg, jq,
#   and the language's speech engine: festival and festvox-us-slt-hts for English, espeak-ng for
#   the others (Debian: apt-get install festival festvox-us-slt-hts espeak-ng sox ffmpeg jq).
#   Build parallelism: GLUTEGUIDE_JOBS (default nproc).
# Licences of the voices and the status of the clips: resources/voice/README.md.
set -euo pipefail
shopt -s inherit_errexit

die() {
    echo "generate-voice-clips: error: $*" >&2
    exit 1
}

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$(pwd)

language=en
qm=
allow_untranslated=false
while [[ $# -gt 0 ]]; do
    case "$1" in
    --language | --qm)
        [[ $# -ge 2 ]] || die "$1 needs a value"
        [[ "$1" == --language ]] && language=$2 || qm=$2
        shift 2
        ;;
    --language=*)
        language=${1#--language=}
        shift
        ;;
    --qm=*)
        qm=${1#--qm=}
        shift
        ;;
    --allow-untranslated)
        allow_untranslated=true
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
[[ -z "$qm" || "$language" != en ]] || die "--qm is for a language other than English"
[[ -z "$qm" ]] || qm=$(realpath -e -- "$qm" 2>/dev/null) || die "no such file: $qm"

# --- Pinned voices and processing ------------------------------------------------------------
# The best voice Debian 12 (main) has for each language. Festival's only other voices there are
# for English (the older diphone kal/kdl and the LPC-coded ones), Catalan, Czech, Finnish, Hindi,
# Italian, Marathi, Russian and Telugu; MBROLA (which espeak-ng could drive) is not in main. So
# French, Spanish and Chinese use espeak-ng's own voices.
declare -A engines=([en]=festival [fr]=espeak-ng [es]=espeak-ng [zh_CN]=espeak-ng)
declare -A voices=([en]=cmu_us_slt_arctic_hts [fr]=fr-fr [es]=es [zh_CN]=cmn)
engine=${engines[$language]:-espeak-ng}
voice=${voices[$language]:-}
if [[ -z "$voice" ]]; then # another language: espeak-ng's voice of that name, "pt_BR" -> "pt-br"
    voice=$(tr '[:upper:]_' '[:lower:]-' <<<"$language")
fi

# Festival: the voice's own tempo and pitch. count_rate > 1 would speak the counts faster
# (hts_engine's -r); they fit between reps as they are.
count_rate=1.0
# espeak-ng: words per minute, pitch (0-99), amplitude. Amplitude stays at espeak-ng's default
# 100: above it espeak-ng saturates its own output; loudness is set in step 4 instead.
# espeak-ng counts a Chinese character as a word: at 150 its Mandarin says 2.6 characters a
# second, half a native speaker's pace ("现在停止……" of the pain stop took 13.6 s). At 250 it
# says about 4, as unhurried as the French and Spanish voices' 4.5 syllables a second.
declare -A speeds=([zh_CN]=250)
speed=${speeds[$language]:-150}
# Counts must fit between reps (<= 1000 ms): Spanish ones ("cuarenta y cuatro") need a faster
# pace than the other texts.
declare -A count_speeds=([es]=175)
count_speed=${count_speeds[$language]:-$speed}
pitch=45
amplitude=100

rate=22050
# Silence: quieter than this below the clip's peak (sox measures it over a short window). The end
# goes deeper, to keep a weak final consonant (the "t" of "eight"); deeper still would keep the
# faint noise the HTS voice makes in its closing pause.
trim_start_db=45
trim_end_db=50
# Fades: short, so the clip still starts with its sound at the first sample. Festival's HTS voice
# rises gently from silence; espeak-ng starts a vowel at full strength within a sample or two
# ("Up", "dix-neuf"), which a 3 ms ramp still turns into a tick, so it gets 8 ms.
declare -A fade_in_ms_of=([festival]=3 [espeak-ng]=8)
fade_in_ms=${fade_in_ms_of[$engine]}
fade_out_ms=5
target_lufs=-16
max_true_peak=-1       # dBTP
limit_dbfs=-1.5        # the limiter's sample ceiling, under max_true_peak for the inter-sample peaks
loudness_tolerance=0.15 # LU: good enough to stop correcting the gain
loudness_error=0.5     # LU: further off than this after the corrections is an error
loop_to_s=3            # measure clips shorter than this repeated to this length
max_count_ms=1000
size_budget_bytes=$((8 * 1024 * 1024))

needs=(cmake sox soxi ffmpeg jq cmp awk)
case "$engine" in
festival) needs+=(text2wave) ;;
espeak-ng) needs+=(espeak-ng) ;;
*) die "no engine $engine" ;;
esac
for tool in "${needs[@]}"; do
    command -v "$tool" >/dev/null 2>&1 \
        || die "$tool is not installed (Debian: apt-get install festival festvox-us-slt-hts" \
            "espeak-ng sox ffmpeg jq cmake)"
done

# Versions, with the distribution's build where there is one: a patched engine may speak
# differently.
package_version() {
    dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true
}
with_package() { # version package
    local version=$1 package
    package=$(package_version "$2")
    [[ -z "$package" ]] || version+=" (Debian $2 $package)"
    printf '%s' "$version"
}
sox_version=$(sox --version | sed -n 's/.*SoX v\([^ ]*\).*/\1/p')
ffmpeg_version=$(ffmpeg -hide_banner -version | sed -n '1s/^ffmpeg version \([^ ]*\).*/\1/p')
[[ -n "$sox_version" && -n "$ffmpeg_version" ]] || die "could not read the sox or ffmpeg version"
sox_version=$(with_package "$sox_version" sox)
ffmpeg_version=$(with_package "$ffmpeg_version" ffmpeg)

# The clips are made with HOME pointing to an empty folder, so a ~/.festivalrc cannot change them.
work=$(mktemp -d "${TMPDIR:-/tmp}/gluteguide-voice.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/clips" "$work/home"

case "$engine" in
festival)
    festival_version=$(festival --version | sed -n 's/.*System: \([^:]*\):.*/\1/p')
    [[ -n "$festival_version" ]] || die "could not read Festival's version"
    voice_package=festvox-us-slt-hts # the package of the voice in the table above
    HOME="$work/home" festival --batch "(begin (voice_$voice) (print current-voice))" 2>&1 \
        | grep -qx "$voice" \
        || die "Festival has no voice $voice (Debian: apt-get install $voice_package)"
    engine_version="Festival $(with_package "$festival_version" festival), text2wave"
    # What else speaks: the speech tools (HTS vocoder, signal processing) and the lexicons.
    for package in libestools2.5 festlex-cmu festlex-poslex; do
        version=$(package_version "$package")
        [[ -z "$version" ]] || engine_version+="; Debian $package $version"
    done
    voice_version="$voice (Debian $voice_package $(package_version "$voice_package"))"
    settings="the voice's own tempo and pitch"
    [[ "$count_rate" == 1.0 ]] || settings+=" (counts: hts_engine -r $count_rate)"
    ;;
espeak-ng)
    espeak_version=$(espeak-ng --version | sed -n 's/.*text-to-speech: \([^ ]*\).*/\1/p')
    [[ -n "$espeak_version" ]] || die "could not read espeak-ng's version"
    grep -qx -- "$voice" < <(espeak-ng --voices="${voice%%-*}" | awk 'NR>1 {print $2}') \
        || die "espeak-ng has no voice \"$voice\""
    engine_version="espeak-ng $(with_package "$espeak_version" espeak-ng)"
    voice_version="$voice (Debian espeak-ng-data $(package_version espeak-ng-data))"
    settings="-s $speed -p $pitch -a $amplitude"
    [[ "$count_speed" == "$speed" ]] || settings+=" (counts: -s $count_speed)"
    ;;
esac
processing="sox $sox_version: mono ${rate} Hz (rate -v), silence trimmed at ${trim_start_db} dB"
processing+=" (start) and ${trim_end_db} dB (end) below the peak, half-sine fades ${fade_in_ms} ms in and ${fade_out_ms} ms out;"
processing+=" ffmpeg $ffmpeg_version, -cpuflags 0: gain to ${target_lufs} LUFS (loudnorm measurement, clips"
processing+=" under ${loop_to_s} s looped), alimiter at ${limit_dbfs} dBFS; 16-bit PCM, no dither"

out_dir="$repo/resources/voice/$language"
qrc="$repo/resources/voice/voice.qrc"

# --- 1. The texts, from the table the captions use -------------------------------------------
# The translation: the .qm given, or the .ts of the language compiled here.
if [[ "$language" != en && -z "$qm" && -f "translations/gluteguide_$language.ts" ]]; then
    lrelease=
    for candidate in lrelease-qt6 lrelease6 "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null)/lrelease" \
        /usr/lib/qt6/bin/lrelease lrelease; do
        if command -v "$candidate" >/dev/null 2>&1; then
            lrelease=$candidate
            break
        fi
    done
    [[ -n "$lrelease" ]] || die "lrelease (Qt 6) is not installed (Debian: apt-get install qt6-l10n-tools)"
    qm="$work/gluteguide_$language.qm"
    echo "=== compiling translations/gluteguide_$language.ts"
    "$lrelease" -silent "translations/gluteguide_$language.ts" -qm "$qm" \
        || die "lrelease failed on translations/gluteguide_$language.ts"
fi

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

exporter_args=(--language "$language")
[[ -z "$qm" ]] || exporter_args+=(--qm "$qm")
"$exporter" "${exporter_args[@]}" >"$work/cues.json" \
    || die "gluteguide-cue-texts ${exporter_args[*]} failed"
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
untranslated=$(jq -r 'map(select(.translated == false) | .cue) | join(" ")' "$work/cues.json")
if [[ -n "$untranslated" ]]; then
    if [[ "$allow_untranslated" == true ]]; then
        echo "generate-voice-clips: warning: left in English by the translation: $untranslated" >&2
    else
        die "the translation leaves these cue texts in English (finish them in" \
            "translations/gluteguide_$language.ts, or pass --allow-untranslated): $untranslated"
    fi
fi

# --- 2, 3 and 4. Speak, process and level each cue -------------------------------------------
echo "=== speaking $cue_count cues ($language) with $engine_version, voice $voice_version"

speak() { # key text output.wav
    local key=$1 text=$2 output=$3
    printf '%s\n' "$text" >"$work/text.txt"
    case "$engine" in
    festival)
        local tempo=()
        if [[ "$key" == count_* && "$count_rate" != 1.0 ]]; then
            tempo=(-eval "(set! hts_engine_params (append hts_engine_params '((\"-r\" $count_rate))))")
        fi
        HOME="$work/home" text2wave -eval "(voice_$voice)" "${tempo[@]}" "$work/text.txt" \
            -o "$output" >/dev/null 2>&1 || die "text2wave failed on $key"
        ;;
    espeak-ng)
        local wpm=$speed
        [[ "$key" == count_* ]] && wpm=$count_speed
        espeak-ng -v "$voice" -s "$wpm" -p "$pitch" -a "$amplitude" -f "$work/text.txt" \
            -w "$output" || die "espeak-ng failed on $key"
        ;;
    esac
}

# Prints "integrated-LUFS true-peak-dBTP" of a WAV file, looped to loop_to_s seconds if shorter.
measure() {
    local file=$1 samples file_rate loops
    samples=$(soxi -s "$file")
    file_rate=$(soxi -r "$file")
    loops=$(((loop_to_s * file_rate + samples - 1) / samples - 1))
    [[ "$loops" -ge 0 ]] || loops=0
    local measured
    measured=$(ffmpeg -nostdin -hide_banner -cpuflags 0 -nostats -stream_loop "$loops" -i "$file" \
        -af loudnorm=print_format=json -f null - 2>&1 \
        | sed -n '/^{/,/^}/p' | jq -r '"\(.input_i) \(.input_tp)"') \
        || die "ffmpeg could not measure $file"
    [[ "$measured" =~ ^-?[0-9]+(\.[0-9]+)?\ -?[0-9]+(\.[0-9]+)?$ ]] \
        || die "ffmpeg measured \"$measured\" on $file (silent?)"
    echo "$measured"
}

# awk for arithmetic on decimals: calc 'expression' name=value...
calc() {
    local expression=$1
    shift
    local vars=()
    for assignment in "$@"; do vars+=(-v "$assignment"); done
    awk "${vars[@]}" "BEGIN { $expression }"
}

# raw.wav -> clip.wav; prints "LUFS dBTP"
process() { # key raw output
    local key=$1 raw=$2 output=$3 lufs peak gain limit off measured
    # -D: no dither (dither is random noise; without it the output is repeatable).
    sox -D -V1 "$raw" -c 1 -e floating-point -b 32 "$work/trimmed.wav" \
        rate -v "$rate" gain -n 0 \
        silence 1 0 "-${trim_start_db}d" reverse silence 1 0 "-${trim_end_db}d" \
        fade h "$(calc 'print ms / 1000' ms="$fade_out_ms")" reverse \
        fade h "$(calc 'print ms / 1000' ms="$fade_in_ms")" || die "sox failed on $key"
    [[ "$(soxi -s "$work/trimmed.wav")" -gt 0 ]] || die "$key: nothing left after trimming silence"
    measured=$(measure "$work/trimmed.wav")
    read -r lufs peak <<<"$measured"
    gain=$(calc 'printf "%.2f", t - l' t="$target_lufs" l="$lufs")
    limit=$(calc 'printf "%.6f", 10 ^ (c / 20)' c="$limit_dbfs")
    # Each dB of gain adds less loudness once the limiter works: the next gain follows the slope
    # of the last two tries (a secant step, the slope kept within 0.1..1).
    local previous_gain= previous_lufs= slope=1
    for _ in 1 2 3 4 5 6 7 8; do
        ffmpeg -nostdin -hide_banner -cpuflags 0 -loglevel error -y -i "$work/trimmed.wav" \
            -af "volume=${gain}dB,alimiter=limit=$limit:attack=5:release=50:level=false:latency=true" \
            -f f32le -c:a pcm_f32le "$work/leveled.f32" || die "ffmpeg failed on $key"
        sox -D -V1 -t f32 -r "$rate" -c 1 "$work/leveled.f32" -b 16 -e signed-integer "$output" \
            || die "sox failed on $key"
        measured=$(measure "$output")
        read -r lufs peak <<<"$measured"
        off=$(calc 'printf "%.2f", t - l' t="$target_lufs" l="$lufs")
        calc 'exit !(o < tol && -o < tol)' o="$off" tol="$loudness_tolerance" && break
        if [[ -n "$previous_gain" ]]; then
            slope=$(calc 's = (l - pl) / (g - pg); if (s > 1) s = 1; if (s < 0.1) s = 0.1;
                          printf "%.3f", s' l="$lufs" pl="$previous_lufs" g="$gain" pg="$previous_gain")
        fi
        previous_gain=$gain
        previous_lufs=$lufs
        gain=$(calc 'printf "%.2f", g + o / s' g="$gain" o="$off" s="$slope")
    done
    calc 'exit !(o <= e && -o <= e)' o="$off" e="$loudness_error" \
        || die "$key: $lufs LUFS, more than $loudness_error LU from $target_lufs"
    calc 'exit !(p <= m)' p="$peak" m="$max_true_peak" \
        || die "$key: true peak $peak dBTP, over $max_true_peak"
    # How far the limiter pulled the loudest peak down (the clip's peak was at 0 dBFS before the
    # gain): for the summary.
    echo "$lufs $peak $(calc 'r = g - c; printf "%.1f", (r > 0 ? r : 0)' g="$gain" c="$limit_dbfs")"
}

: >"$work/entries.jsonl"
: >"$work/limited.txt"
while IFS=$'\t' read -r key text; do
    speak "$key" "$text" "$work/raw-first.wav"
    speak "$key" "$text" "$work/raw-second.wav"
    cmp -s "$work/raw-first.wav" "$work/raw-second.wav" \
        || die "$engine gave two different outputs for $key: the clips would not be reproducible"

    clip="$work/clips/$key.wav"
    leveled=$(process "$key" "$work/raw-first.wav" "$clip")
    read -r lufs peak limited <<<"$leveled"
    echo "$key $limited" >>"$work/limited.txt"
    samples=$(soxi -s "$clip")
    [[ "$(soxi -r "$clip")" == "$rate" && "$(soxi -c "$clip")" == 1 && "$(soxi -b "$clip")" == 16 ]] \
        || die "$key: sox did not write mono 16-bit $rate Hz"
    duration_ms=$(((samples * 1000 + rate / 2) / rate))
    if [[ "$key" == count_* && "$duration_ms" -gt "$max_count_ms" ]]; then
        die "$key lasts $duration_ms ms, more than the ${max_count_ms} ms between reps:" \
            "raise count_speed / count_rate"
    fi
    jq -nc --arg cue "$key" --arg text "$text" --arg file "$key.wav" \
        --argjson duration_ms "$duration_ms" --argjson lufs "$lufs" --argjson peak "$peak" \
        '{cue: $cue, text: $text, file: $file, duration_ms: $duration_ms,
          loudness_lufs: $lufs, true_peak_dbtp: $peak}' >>"$work/entries.jsonl"
done < <(jq -r '.[] | [.cue, .text] | @tsv' "$work/cues.json")

jq -s --arg language "$language" --arg engine "$engine_version" --arg voice "$voice_version" \
    --arg settings "$settings" --arg processing "$processing" \
    --argjson target "$target_lufs" --argjson max_peak "$max_true_peak" \
    --arg method "EBU R128 integrated loudness (ffmpeg loudnorm); clips under $loop_to_s s measured looped to $loop_to_s s" \
    '{language: $language,
      generator: {engine: $engine, voice: $voice, settings: $settings, processing: $processing},
      loudness: {target_lufs: $target, max_true_peak_dbtp: $max_peak, method: $method},
      clips: .}' "$work/entries.jsonl" >"$work/manifest.json"

# --- 5. Install: only what changed; drop clips of cues that are gone ---------------------------
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

# --- 6. Summary --------------------------------------------------------------------------------
total_bytes=$(jq -r '.clips[].file' "$out_dir/manifest.json" \
    | (cd "$out_dir" && xargs stat -c %s) | awk '{s += $1} END {print s + 0}')
total_ms=$(jq '[.clips[].duration_ms] | add' "$out_dir/manifest.json")
echo "=== $cue_count clips in resources/voice/$language: $((total_bytes / 1024)) KiB," \
    "$((total_ms / 1000)) s of speech; $changed file(s) written, $removed removed"
sample_peak=$(cd "$out_dir" && jq -r '.clips[].file' manifest.json \
    | while read -r file; do sox "$file" -n stats 2>&1 | awk '/^Pk lev dB/ {print $4}'; done \
    | sort -g | tail -n 1)
jq -r --arg sample_peak "$sample_peak" '
    .loudness.target_lufs as $target
    | [.clips[].loudness_lufs] as $l
    | "loudness: \($l | min) to \($l | max) LUFS integrated (target \($target)), true peak at most "
      + "\([.clips[].true_peak_dbtp] | max) dBTP, sample peak at most \($sample_peak) dBFS"' \
    "$out_dir/manifest.json"
sort -k2 -g "$work/limited.txt" | awk -v n="$cue_count" '
    { by[NR] = $2 } $2 > 0 { count++ }
    END { printf "limiter: %d of %d clips limited, by a median of %s dB, the most by %s dB (%s)\n",
    count, n, by[int((NR + 1) / 2)], $2, $1 }'
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
