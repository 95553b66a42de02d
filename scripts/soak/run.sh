#!/usr/bin/env bash
# Soak test: the dashboard runs in tmux for MINUTES (default 10) while scripts/soak/churn.py
# creates, edits, renames and deletes FILES (default 10000) report files in its corpus.
# At the end it checks, and prints the figures for:
#   1. the model: the dashboard's header counts (reports, incidents) equal a cold load of the
#      final folder (`watchfloor check` and `watchfloor incidents --format jsonl`);
#   2. memory: the dashboard's final RSS is at most 1.5 x the RSS of a fresh dashboard started on
#      the final folder, plus 64 MB (RSS is sampled every 10 s into the log folder);
#   3. the screen: capture-pane shows the header and no escape residue.
# Exit status 0 when all three hold.
#
#   scripts/soak/run.sh [MINUTES] [FILES]      WATCHFLOOR_BIN=path to use an existing binary
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
minutes=${1:-10}
files=${2:-10000}
command -v tmux >/dev/null || { echo "soak: tmux is required" >&2; exit 2; }

if [ -z "${WATCHFLOOR_BIN:-}" ]; then
  echo "== building watchfloor (release)"
  swift build -c release --product watchfloor >/dev/null
  WATCHFLOOR_BIN=$(swift build -c release --show-bin-path)/watchfloor
fi
bin=$WATCHFLOOR_BIN
work=$(mktemp -d /tmp/watchfloor-soak-XXXXXX)
corpus=$work/corpus
mkdir -p "$corpus"
cp -R "$root/Fixtures/." "$corpus/"
session=soak
fresh=fresh
# A private tmux server without user config, so other tmux users and settings do not interfere.
server=watchfloor-soak-$$
tmux() { command tmux -L "$server" -f /dev/null "$@"; }
cleanup() {
  socket=$(tmux display-message -p '#{socket_path}' 2>/dev/null || true)
  tmux kill-server 2>/dev/null || true
  [ -n "$socket" ] && rm -f "$socket"
}
trap cleanup EXIT

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
header_counts() {  # "REPORTS INCIDENTS" from the dashboard's top line
  tmux capture-pane -p -t "$1" | head -3 \
    | sed -n 's/.* \([0-9][0-9]*\) reports\{0,1\} .* \([0-9][0-9]*\) incidents\{0,1\}.*/\1 \2/p' | head -1
}
start_dashboard() {  # session corpus -> pid
  tmux new-session -d -s "$1" -x 160 -y 48 \
    "exec env TERM=tmux-256color LANG=C.UTF-8 '$bin' --corpus '$2' --log-file '$work/$1.log' 2>>'$work/$1.stderr'"
  tmux list-panes -t "$1" -F '#{pane_pid}'
}
wait_for_header() {  # session
  for _ in $(seq 1 120); do
    [ -n "$(header_counts "$1")" ] && return 0
    sleep 1
  done
  echo "soak: the dashboard never showed its header:" >&2
  tmux capture-pane -p -t "$1" >&2
  return 1
}

echo "== dashboard on $corpus for ${minutes} min, churning ${files} files (log folder $work)"
pid=$(start_dashboard "$session" "$corpus")
wait_for_header "$session"
sleep 2
baseline=$(rss_kb "$pid")
echo "rss_kb after first load: $baseline"
echo "seconds,rss_kb" >"$work/rss.csv"
seconds=$((minutes * 60))
python3 "$root/scripts/soak/churn.py" "$corpus" "$((seconds - 30 > 10 ? seconds - 30 : 10))" "$files" \
  >"$work/churn.txt" &
churn=$!
startTime=$(date +%s)
peak=$baseline
while kill -0 "$churn" 2>/dev/null; do
  sleep 10
  kill -0 "$pid" 2>/dev/null || { echo "soak: the dashboard died" >&2; cat "$work/$session.stderr" >&2; exit 1; }
  now=$(rss_kb "$pid")
  [ "$now" -gt "$peak" ] && peak=$now
  echo "$(( $(date +%s) - startTime )),$now" >>"$work/rss.csv"
done
wait "$churn"
echo "churn: $(cat "$work/churn.txt")"

# Let the watcher settle, then read the dashboard's counts until two reads 3 s apart agree.
previous=""
for _ in $(seq 1 40); do
  sleep 3
  current=$(header_counts "$session")
  [ -n "$current" ] && [ "$current" = "$previous" ] && break
  previous=$current
done
final_rss=$(rss_kb "$pid")
[ "$final_rss" -gt "$peak" ] && peak=$final_rss
screen=$(tmux capture-pane -p -t "$session")
read -r dash_reports dash_incidents <<<"$(header_counts "$session")"

cold_reports=$("$bin" check --corpus "$corpus" | tail -1 | sed -n 's/.*: \([0-9]*\) reports.*/\1/p')
cold_incidents=$("$bin" incidents --format jsonl --corpus "$corpus" | wc -l)

fresh_pid=$(start_dashboard "$fresh" "$corpus")
wait_for_header "$fresh"
sleep 2
fresh_rss=$(rss_kb "$fresh_pid")
bound=$((fresh_rss * 3 / 2 + 65536))

status=0
echo "model:  dashboard $dash_reports reports / $dash_incidents incidents; cold load $cold_reports / $cold_incidents"
if [ "$dash_reports" != "$cold_reports" ] || [ "$dash_incidents" != "$cold_incidents" ]; then
  echo "FAIL: the dashboard's model differs from a cold load of the final folder" >&2
  status=1
fi
echo "memory: rss_kb first load $baseline, peak $peak, final $final_rss; fresh dashboard $fresh_rss; bound $bound"
if [ "$final_rss" -gt "$bound" ]; then
  echo "FAIL: RSS grew beyond 1.5 x a fresh dashboard + 64 MB" >&2
  status=1
fi
if ! head -1 <<<"$screen" | grep -q "WATCHFLOOR"; then
  echo "FAIL: the header is not on the first line" >&2
  status=1
fi
# Neutralised escapes show as visible text (e.g. "�[2J"); raw ones would be ESC or BEL bytes.
if grep -qP '\x1b|\x07' <<<"$screen"; then
  echo "FAIL: escape bytes on the screen" >&2
  status=1
fi
if ! tail -1 <<<"$screen" | grep -q "quit"; then
  echo "FAIL: the status line is not on the last line (layout broken)" >&2
  status=1
fi
echo "screen: $(head -1 <<<"$screen" | tr -s ' ')"
[ "$status" -eq 0 ] && echo "== soak passed (logs in $work)" || echo "== soak FAILED (logs in $work)"
exit "$status"
