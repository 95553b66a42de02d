#!/usr/bin/env bash
# Builds the libFuzzer target (Fuzz/, -sanitize=fuzzer,address) and runs it for SECONDS seconds
# (default 60) on a seed corpus made from Fixtures/ in a temporary directory.
# Crashing inputs are saved under Fuzz/crashes/; the exit status is non-zero when the build fails
# or libFuzzer finds a crash, leak or timeout.
#
#   scripts/fuzz/run.sh [SECONDS]          e.g. nice -n 19 scripts/fuzz/run.sh 1800
#   FUZZ_WORK=dir keeps the evolving corpus in dir between runs (default: a fresh temp dir).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
seconds=${1:-60}
scratch=$root/Fuzz/.build-fuzz

echo "== building the fuzz target (release, -sanitize=fuzzer,address)"
swift build --package-path Fuzz -c release --product ExtractorFuzz \
  --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address
binary=$(swift build --package-path Fuzz -c release --product ExtractorFuzz \
  --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address --show-bin-path)/ExtractorFuzz
[ -x "$binary" ] || { echo "fuzz binary not found: $binary" >&2; exit 1; }

work=${FUZZ_WORK:-$(mktemp -d)}
mkdir -p "$work/corpus" "$root/Fuzz/crashes"
# Seeds: every fixture report, flattened (copied, never committed twice).
find "$root/Fixtures" -type f \( -name '*.txt' -o -name '*.md' \) | while read -r file; do
  cp "$file" "$work/corpus/$(echo "${file#"$root"/Fixtures/}" | tr '/' '_')"
done
# Regression inputs found earlier (base64 in the test resources) join the seeds.
regressions=$root/Tests/WatchfloorCoreTests/Resources/fuzz-regressions
if [ -d "$regressions" ]; then
  for file in "$regressions"/*.b64; do
    [ -e "$file" ] && base64 -d "$file" >"$work/corpus/regression-$(basename "$file" .b64)"
  done
fi

echo "== fuzzing for ${seconds}s (corpus $work/corpus, crashes in Fuzz/crashes/)"
# Findings are crash-, leak-, timeout- and oom- files; slow-unit- files only say an input took
# long in wall time (a shared, busy machine), so they do not fail the run.
findings() { find "$root/Fuzz/crashes" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l; }
before=$(findings)
set +e
ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 "$binary" "$work/corpus" \
  -max_total_time="$seconds" -max_len=32768 -timeout=60 -rss_limit_mb=3072 \
  -report_slow_units=60 -print_final_stats=1 -artifact_prefix="$root/Fuzz/crashes/" >"$work/fuzz.log" 2>&1
status=$?
set -e
grep -vE '^#[0-9]+.*(NEW|REDUCE|pulse|RELOAD)' "$work/fuzz.log" | tail -40
after=$(findings)
if [ "$status" -ne 0 ] || [ "$after" -ne "$before" ]; then
  echo "fuzzing found a problem (exit $status); log $work/fuzz.log, inputs in Fuzz/crashes/" >&2
  exit 1
fi
[ -z "${FUZZ_WORK:-}" ] && rm -rf "$work"
echo "== fuzzing clean"
