#!/usr/bin/env bash
# Watchfloor benchmarks in one command (see BENCHMARKS.md).
#
#   scripts/bench/run.sh [--100k] [--quick] [--update-md] [--no-ordo] [--no-hyperfine] [--seed S]
#
#   --100k          also measure the 100,000-report corpus (long: generation ~300 MB, loads of minutes)
#   --quick         smoke run: 1k only, few hyperfine runs, no ordo-one suite
#   --update-md     write the results table into BENCHMARKS.md (between the bench:results markers)
#   --no-ordo       skip the in-process ordo-one suite (Benchmarks/ package)
#   --no-hyperfine  skip the whole-process measurements
#   --seed S        corpus seed (default 1)
#
# Steps: build release (main package and Benchmarks/), generate corpora into
# $WATCHFLOOR_BENCH_CORPORA (default /tmp/watchfloor-bench, cached by seed+count), hyperfine of
# the I/O floor (cat, grep) against `watchfloor summary` and `watchfloor incidents --format
# jsonl` on the same files (extracting every file: --no-cache), `summary` with an empty and with
# a warm extraction cache (a private cache folder, never ~/.cache), peak RSS, the cache file's
# size, startup to first frame and idle CPU of the dashboard in tmux, the dashboard's first data
# frame at 10k with a warm cache, then the ordo-one suite. Prints a Markdown table; every figure comes with the load
# average at the time it was taken, because the machine may be shared.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BASE=${WATCHFLOOR_BENCH_CORPORA:-/tmp/watchfloor-bench}
SEED=1
SIZES=(1000 10000)
QUICK=0
UPDATE_MD=0
RUN_ORDO=1
RUN_HYPERFINE=1
WITH_100K=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --100k) WITH_100K=1 ;;
    --quick) QUICK=1 ;;
    --update-md) UPDATE_MD=1 ;;
    --no-ordo) RUN_ORDO=0 ;;
    --no-hyperfine) RUN_HYPERFINE=0 ;;
    --seed) SEED=$2; shift ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [[ $QUICK == 1 ]]; then SIZES=(1000); RUN_ORDO=0; fi
if [[ $WITH_100K == 1 ]]; then SIZES+=(100000); export WATCHFLOOR_BENCH_100K=1; fi
export WATCHFLOOR_BENCH_SEED=$SEED WATCHFLOOR_BENCH_CORPORA=$BASE

WORK=$(mktemp -d /tmp/watchfloor-bench-run.XXXXXX)
# The extraction cache of every run below lives here, not in the user's ~/.cache.
export WATCHFLOOR_CACHE_DIR="$WORK/cache"
TMUX_SOCKET="watchfloor-bench-$$"
cleanup() {
  tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

log() { printf '%s\n' "run.sh: $*" >&2; }
load_average() { cut -d' ' -f1 /proc/loadavg; }
label() { if (($1 % 1000 == 0)); then echo "$(($1 / 1000))k"; else echo "$1"; fi; }

# ---------------------------------------------------------------------------------------------
# Tools
need_packages=()
command -v hyperfine >/dev/null || need_packages+=(hyperfine)
[[ -x /usr/bin/time ]] || need_packages+=(time)
command -v tmux >/dev/null || need_packages+=(tmux)
command -v jq >/dev/null || need_packages+=(jq)
if ((${#need_packages[@]})); then
  log "installing ${need_packages[*]} (apt-get)"
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

# ---------------------------------------------------------------------------------------------
# Build
log "building release (main package) — load average $(load_average)"
(cd "$ROOT" && swift build -c release --product watchfloor 2>&1 | grep -E 'error|warning: |Compiling|Build complete' | grep -v '^\[' >&2 || true)
WF="$ROOT/.build/release/watchfloor"
[[ -x $WF ]] || { log "no $WF: release build failed"; exit 1; }
log "building release (Benchmarks/generate-corpus)"
(cd "$ROOT/Benchmarks" && swift build -c release --product generate-corpus 2>&1 | grep -E 'error|Build complete' >&2 || true)
GEN="$ROOT/Benchmarks/.build/release/generate-corpus"
[[ -x $GEN ]] || { log "no $GEN: release build failed"; exit 1; }

# A subcommand listed in `watchfloor --help` (older builds lack some).
has_subcommand() { "$WF" --help 2>/dev/null | grep -qE "^ +$1( |$)"; }
# `--no-cache` where the build has an extraction cache: the cold-load rows extract every file.
NC=""
"$WF" summary --help 2>/dev/null | grep -q -- --no-cache && NC="--no-cache"

# ---------------------------------------------------------------------------------------------
# Corpora
declare -A CORPUS BYTES FILES SUMMARY_S JSONL_S GREP_S
for n in "${SIZES[@]}"; do
  out=$("$GEN" --count "$n" --seed "$SEED" --cache "$BASE" --repo "$ROOT")
  CORPUS[$n]=$(tail -1 <<<"$out")
  head -n -1 <<<"$out" | sed 's/^/  /' >&2
  BYTES[$n]=$(find "${CORPUS[$n]}" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  FILES[$n]=$(find "${CORPUS[$n]}" -type f | wc -l)
  log "corpus $(label "$n"): ${CORPUS[$n]} (${FILES[$n]} files, $((BYTES[$n] / 1048576)) MiB)"
done

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 |"); }

mean_of() { jq -r --arg c "$2" '.results[] | select(.command == $c) | .mean' "$1"; }
sd_of() { jq -r --arg c "$2" '.results[] | select(.command == $c) | .stddev' "$1"; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }'; }

# ---------------------------------------------------------------------------------------------
# Whole-process figures (hyperfine), against the I/O floor on the same files
if [[ $RUN_HYPERFINE == 1 ]]; then
  for n in "${SIZES[@]}"; do
    dir=${CORPUS[$n]}
    L=$(label "$n")
    # The loader is the slow command: fewer runs on big corpora keep the script under ~10 min.
    # (The corpus was just generated or read, so its files are in the page cache already.)
    runs=10; warmup=2
    if ((n >= 10000)); then runs=2; warmup=0; fi
    if ((n >= 100000)); then runs=1; fi
    if [[ $QUICK == 1 ]]; then runs=5; warmup=1; fi
    cmds=(-n cat "find $dir -type f -exec cat {} + >/dev/null"
      -n grep "grep -rcE 'killed|attack' $dir >/dev/null")
    prepares=(--prepare true --prepare true)
    have_summary=0; have_jsonl=0
    if has_subcommand summary; then
      have_summary=1; cmds+=(-n summary "$WF summary $NC --corpus $dir >/dev/null"); prepares+=(--prepare true)
    fi
    if has_subcommand incidents; then
      have_jsonl=1; cmds+=(-n jsonl "$WF incidents --format jsonl $NC --corpus $dir >/dev/null"); prepares+=(--prepare true)
    fi
    # With the extraction cache: emptied before every run (the first start), then warm.
    if [[ -n $NC && $have_summary == 1 ]]; then
      cmds+=(-n summary-cache-empty "$WF summary --corpus $dir >/dev/null"
        -n summary-cache-warm "$WF summary --corpus $dir >/dev/null")
      prepares+=(--prepare "rm -rf $WATCHFLOOR_CACHE_DIR" --prepare true)
    fi
    la=$(load_average)
    log "hyperfine $L (load average $la)"
    hyperfine --style basic --warmup "$warmup" --runs "$runs" --export-json "$WORK/h$n.json" \
      "${prepares[@]}" "${cmds[@]}" >&2
    cat_s=$(mean_of "$WORK/h$n.json" cat); grep_s=$(mean_of "$WORK/h$n.json" grep)
    GREP_S[$n]=$grep_s
    row "I/O floor: cat all files" "$L" "$(ms "$cat_s") ± $(ms "$(sd_of "$WORK/h$n.json" cat)")" "1.0x cat" "$la"
    row "I/O floor: grep -rcE 'killed\\|attack'" "$L" "$(ms "$grep_s") ± $(ms "$(sd_of "$WORK/h$n.json" grep)")" "$(ratio "$grep_s" "$cat_s") cat" "$la"
    if [[ $have_summary == 1 ]]; then
      s=$(mean_of "$WORK/h$n.json" summary)
      SUMMARY_S[$n]=$s
      row "\`watchfloor summary $NC\` (cold load, whole process)" "$L" "$(ms "$s") ± $(ms "$(sd_of "$WORK/h$n.json" summary)")" "$(ratio "$s" "$grep_s") grep, $(ratio "$s" "$cat_s") cat (target ≤ 5x grep)" "$la"
      if [[ -n $NC ]]; then
        for kind in empty warm; do
          s=$(mean_of "$WORK/h$n.json" "summary-cache-$kind")
          row "\`watchfloor summary\`, extraction cache $kind" "$L" "$(ms "$s") ± $(ms "$(sd_of "$WORK/h$n.json" "summary-cache-$kind")")" "$(ratio "$s" "$grep_s") grep, $(ratio "$s" "$cat_s") cat" "$la"
        done
        la_rss=$(load_average)
        /usr/bin/time -v -o "$WORK/warm$n.txt" "$WF" summary --corpus "$dir" >/dev/null 2>&1
        rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/warm$n.txt")
        size=$(find "$WATCHFLOOR_CACHE_DIR" -name '*.wfcache' -printf '%s\n' | sort -n | tail -1)
        row "Peak RSS, \`watchfloor summary\` (warm cache); cache file" "$L" "$((rss_kb / 1024)) MiB; $((size / 1024)) KiB ($((size / FILES[$n])) B per report)" "corpus $((BYTES[$n] / 1048576)) MiB" "$la_rss"
      fi
    else
      row "\`watchfloor summary\`" "$L" "n/a: no summary subcommand in this build" "" "$la"
    fi
    if [[ $have_jsonl == 1 ]]; then
      s=$(mean_of "$WORK/h$n.json" jsonl)
      JSONL_S[$n]=$s
      # One more load, under /usr/bin/time: the incident count for the rate, and peak RSS.
      la_rss=$(load_average)
      count=$(/usr/bin/time -v -o "$WORK/time$n.txt" "$WF" incidents --format jsonl --corpus "$dir" 2>/dev/null | wc -l)
      rate=$(awk -v c="$count" -v s="$s" 'BEGIN { printf "%.0f", c / s }')
      row "\`watchfloor incidents --format jsonl\`" "$L" "$(ms "$s"), $count incidents, **$rate incidents/s**" "$(ratio "$s" "$grep_s") grep" "$la"
      # Peak RSS of a whole load (target ≤ 3x corpus bytes + 30 MB).
      rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time$n.txt")
      cpu=$(awk -F': ' '/Percent of CPU this job got/ { print $2 }' "$WORK/time$n.txt")
      target_kb=$(((3 * BYTES[$n] + 30 * 1048576) / 1024))
      row "Peak RSS, \`watchfloor incidents --format jsonl\`" "$L" "$((rss_kb / 1024)) MiB (CPU $cpu; 200% = both cores)" "target ≤ $((target_kb / 1024)) MiB (3x $((BYTES[$n] / 1048576)) MiB + 30)" "$la_rss"
    else
      row "\`watchfloor incidents --format jsonl\`" "$L" "n/a: no incidents subcommand in this build" "" "$la"
    fi
  done
fi

# Cost curve: how each whole-process time grows per 10x more reports (linear = 10x).
curve() { # $1 name, $2 assoc array name
  local -n times=$2
  local text="" prev=""
  for n in "${SIZES[@]}"; do
    [[ -n ${times[$n]:-} ]] || continue
    text+="${text:+ → }$(label "$n") $(ms "${times[$n]}")"
    [[ -n $prev ]] && text+=" ($(ratio "${times[$n]}" "${times[$prev]}"))"
    prev=$n
  done
  [[ $text == *→* ]] && row "Cost curve: $1" "all" "$text" "linear = 10x per step" "-"
  return 0
}
if [[ $RUN_HYPERFINE == 1 ]]; then
  curve "grep" GREP_S
  curve "\`watchfloor summary\`" SUMMARY_S
  curve "\`incidents --format jsonl\`" JSONL_S
fi

# ---------------------------------------------------------------------------------------------
# Dashboard in tmux: startup to first frame, idle CPU
dashboard_ok() { has_subcommand dashboard; }
first_frame() { # $1 corpus dir → prints "external_ms in_process" or nothing
  local dir=$1 logf="$WORK/dash.log" start now pane log_option=""
  rm -f "$logf"
  "$WF" dashboard --help 2>/dev/null | grep -q -- --log-file && log_option="--log-file $logf"
  tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true
  start=$(date +%s%N)
  tmux -L "$TMUX_SOCKET" new-session -d -x 200 -y 60 \
    "WATCHFLOOR_FRAME_COUNTER=1 exec $WF dashboard --corpus $dir $log_option"
  for _ in $(seq 1 3000); do
    pane=$(tmux -L "$TMUX_SOCKET" capture-pane -p 2>/dev/null) || return 1  # exited
    # The first frame is the loading screen (no frame stamp) or the dashboard (stamped).
    if grep -qE ' #[0-9]|loading reports:' <<<"$pane"; then
      now=$(date +%s%N)
      local inproc
      inproc=$(grep -o 'first frame after .*' "$logf" 2>/dev/null | head -1 | sed 's/first frame after //' || true)
      echo "$(((now - start) / 1000000)) ${inproc:-?}"
      return 0
    fi
    sleep 0.005
  done
}
idle_cpu() { # prints CPU % of the running dashboard over 10 s
  local pid t0 t1 hz
  pid=$(tmux -L "$TMUX_SOCKET" list-panes -F '#{pane_pid}' | head -1)
  hz=$(getconf CLK_TCK)
  # Wait for the dashboard's data (a stamped frame), not the loading screen.
  for _ in $(seq 1 6000); do
    tmux -L "$TMUX_SOCKET" capture-pane -p 2>/dev/null | grep -qE ' #[0-9]' && break
    sleep 0.1
  done
  sleep 2
  t0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  sleep 10
  t1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  awk -v d=$((t1 - t0)) -v hz="$hz" 'BEGIN { printf "%.2f%%", d * 100 / (10 * hz) }'
}
first_data_frame() { # $1 corpus dir → prints the in-process "first data frame after" time
  local dir=$1 logf="$WORK/dash-data.log"
  rm -f "$logf"
  tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true
  tmux -L "$TMUX_SOCKET" new-session -d -x 200 -y 60 "exec $WF dashboard --corpus $dir --log-file $logf"
  for _ in $(seq 1 1200); do
    if grep -q 'first data frame' "$logf" 2>/dev/null; then
      grep -o 'first data frame .*' "$logf" | head -1 | sed 's/.* after //'
      tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true
      return 0
    fi
    sleep 0.05
  done
  tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true
}
if [[ -n $NC ]] && dashboard_ok; then
  for n in "${SIZES[@]}"; do
    ((n == 10000)) || continue
    rm -rf "$WATCHFLOOR_CACHE_DIR"
    la=$(load_average)
    empty=$(first_data_frame "${CORPUS[$n]}" || true)
    warm=$(first_data_frame "${CORPUS[$n]}" || true)
    warm2=$(first_data_frame "${CORPUS[$n]}" || true)
    row "First data frame of the dashboard (in-process), extraction cache empty / warm" "$(label "$n")" "${empty:-?} / ${warm:-?}, ${warm2:-?}" "(was 7.9–9.3 s quiet, issue 8)" "$la"
  done
fi
if dashboard_ok; then
  targets=("$ROOT/Fixtures")
  for n in "${SIZES[@]}"; do ((n <= 10000)) && targets+=("${CORPUS[$n]}"); done
  for dir in "${targets[@]}"; do
    name=$([[ $dir == "$ROOT/Fixtures" ]] && echo Fixtures || label "$(basename "$dir" | sed -E 's/.*-n([0-9]+)-.*/\1/')")
    la=$(load_average)
    result=$(first_frame "$dir" || true)
    if [[ -n $result ]]; then
      target=$([[ $name == Fixtures ]] && echo "< 100 ms" || echo "< 1 s")
      row "Startup to first frame, 200x60 (tmux poll, ±5 ms; in-process)" "$name" "${result%% *} ms (${result#* } in-process)" "target $target" "$la"
      if [[ $name == Fixtures || $name == 1k ]]; then
        la=$(load_average)
        row "Idle CPU over 10 s, dashboard watching" "$name" "$(idle_cpu)" "target < 0.5%" "$la"
      fi
    else
      row "Startup to first frame" "$name" "n/a: the dashboard exited, or showed no frame \"#1\" within 15 s (WATCHFLOOR_FRAME_COUNTER unsupported?)" "" "$la"
    fi
    tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true
  done
else
  row "Startup to first frame / idle CPU" "-" "n/a: no dashboard subcommand in this build" "" "$(load_average)"
fi

# ---------------------------------------------------------------------------------------------
# In-process suite (ordo-one/benchmark)
ORDO_OUT="$WORK/ordo.txt"
if [[ $RUN_ORDO == 1 ]]; then
  log "ordo-one suite (load average $(load_average)); first build takes minutes"
  (cd "$ROOT/Benchmarks" && swift package --allow-writing-to-package-directory benchmark \
    --format markdown --no-progress 2>&1 | tee "$ORDO_OUT" >&2) || log "ordo-one suite failed"
fi

# ---------------------------------------------------------------------------------------------
# Report
MACHINE="$(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/Mem:/ { print $2 }') GB RAM"
{
  echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD), seed $SEED"
  echo "Machine: $MACHINE; uptime: $(uptime | sed 's/.*up/up/')"
  echo
  echo "| Measurement | Corpus | Result | Ratio / target | Load avg |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  if [[ -s $ORDO_OUT ]]; then
    echo
    echo "In-process (ordo-one/benchmark, wall clock percentiles):"
    echo
    sed -n '/^## /,$p' "$ORDO_OUT" | grep -v '^\s*$' || cat "$ORDO_OUT"
  fi
} >"$WORK/table.md"
cat "$WORK/table.md"

if [[ $UPDATE_MD == 1 ]]; then
  python3 - "$ROOT/BENCHMARKS.md" "$WORK/table.md" <<'EOF'
import sys
path, table_path = sys.argv[1], sys.argv[2]
text = open(path).read()
table = open(table_path).read()
start, end = "<!-- bench:results:start -->", "<!-- bench:results:end -->"
i, j = text.index(start) + len(start), text.index(end)
open(path, "w").write(text[:i] + "\n" + table + "\n" + text[j:])
EOF
  log "updated BENCHMARKS.md"
fi
