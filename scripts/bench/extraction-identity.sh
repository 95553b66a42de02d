#!/usr/bin/env bash
# Checks that a speed change left extraction output unchanged: runs
# `watchfloor incidents --format jsonl --no-cache` with a reference binary and a candidate binary on each
# corpus and compares the outputs byte for byte (the order is the corpus order, so no sort is
# needed). Prints CPU time and peak RSS of each run.
#
#   scripts/bench/extraction-identity.sh REFERENCE_BINARY CANDIDATE_BINARY CORPUS_DIR...
#
# Typical use: copy .build/release/watchfloor aside before the change (outside /tmp/perf-*,
# which perf mistakes for JIT maps), rebuild, then run this on ../shared/eval/acled-dev/reports
# and the cached synthetic corpora in /tmp/watchfloor-bench.
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
reference=$1
candidate=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for corpus in "$@"; do
  name=$(basename "$corpus")
  for side in reference candidate; do
    binary=${!side}
    /usr/bin/time -f "$side $name: %e s wall, %U s user, %S s sys, %M KB peak, load $(cut -d' ' -f1 /proc/loadavg)" \
      "$binary" incidents --format jsonl --no-cache --corpus "$corpus" >"$out/$side.jsonl"
  done
  if cmp -s "$out/reference.jsonl" "$out/candidate.jsonl"; then
    echo "IDENTICAL $name ($(wc -l <"$out/candidate.jsonl") incidents)"
  else
    echo "DIFFERENT $name:"
    diff "$out/reference.jsonl" "$out/candidate.jsonl" | head -20 || true
    status=1
  fi
done
exit $status
