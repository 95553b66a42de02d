#!/usr/bin/env bash
# Regenerates the README screenshots from the real dashboard on the bundled Fixtures/ corpus.
#
#   scripts/screenshots/make.sh            # writes docs/screenshots/*.png and *.txt
#
# How: builds the app, runs it in a private tmux server, captures the screen with colours
# (`capture-pane -e -p`), converts ANSI to HTML with `aha`, and HTML to PNG with headless
# Chromium. Needs the Debian packages tmux, aha, chromium and fonts-dejavu-core; run as root it
# installs the missing ones with apt-get, otherwise it says what to install.
#
# Shots: main screen at 120x40, help overlay (?), an incident's detail (Enter), and the main
# screen at 80x24. The plain-text capture (`capture-pane -p`) of each is saved beside its PNG.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=docs/screenshots
socket=watchfloor-shots-$$
font_px=15   # font size of the PNGs
line_px=18   # line height: DejaVu Sans Mono's box-drawing glyphs join at about 1.2 em
char_px=9.04 # DejaVu Sans Mono advances 0.602 em
pad_px=12

# --- tools --------------------------------------------------------------------------------
missing=()
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v aha >/dev/null 2>&1 || missing+=(aha)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "DejaVu Sans Mono" || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "missing: ${missing[*]}; install with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

echo "== swift build"
swift build
binary=$PWD/.build/debug/watchfloor

work=$(mktemp -d)
# The header shows the corpus path: use a short, stable one rather than this checkout's.
shots_root=${TMPDIR:-/tmp}/watchfloor
if mkdir "$shots_root" 2>/dev/null; then made_root=1; else made_root=0; shots_root=$work; fi
cp -R Fixtures "$shots_root/Fixtures"
tmux_() { tmux -L "$socket" -f /dev/null "$@"; }
cleanup() {
  tmux_ kill-server >/dev/null 2>&1 || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"
  rm -rf "$work"
  if [ "$made_root" = 1 ]; then rm -rf "$shots_root"; fi
}
trap cleanup EXIT

# Waits (bounded, 20 s) until the plain screen contains every given fixed string.
wait_for() {
  local deadline=$((SECONDS + 20)) screen
  while :; do
    screen=$(tmux_ capture-pane -p)
    local all=1 text
    for text in "$@"; do
      grep -qF -- "$text" <<<"$screen" || { all=0; break; }
    done
    [ $all = 1 ] && return 0
    if [ $SECONDS -ge $deadline ]; then
      echo "timed out waiting for: $*" >&2
      echo "$screen" >&2
      exit 1
    fi
    sleep 0.1
  done
}

# Waits until the screen no longer contains a fixed string.
wait_without() {
  local deadline=$((SECONDS + 20))
  while tmux_ capture-pane -p | grep -qF -- "$1"; do
    if [ $SECONDS -ge $deadline ]; then
      echo "timed out waiting for '$1' to go" >&2
      exit 1
    fi
    sleep 0.1
  done
}

# shot NAME COLS ROWS: saves NAME.txt (plain) and NAME.png (colours) of the current screen.
shot() {
  local name=$1 cols=$2 rows=$3
  tmux_ capture-pane -p >"$out/$name.txt"
  tmux_ capture-pane -e -p >"$work/$name.ansi"
  {
    cat <<HTML
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>$name</title>
<style>
  html, body { margin: 0; background: #000; }
  pre { margin: 0; padding: ${pad_px}px; color: #fff; background: #000;
        font-family: "DejaVu Sans Mono", monospace; font-size: ${font_px}px;
        line-height: ${line_px}px; font-variant-ligatures: none; }
</style></head><body><pre>
HTML
    # aha applies a default colour (39/49) that follows reverse video (7) wrongly: move it
    # first, which means the same to a terminal. Blue is lightened to stay readable on black.
    perl -pe 's/(\e\[(?:[0-9;]*;)?7(?:;[0-9;]*)?m)((?:\e\[[34]9m)+)/$2$1/g' "$work/$name.ansi" |
      aha --black --no-header | sed 's/#3333FF/#6f8cff/g'
    echo "</pre></body></html>"
  } >"$work/$name.html"
  local width height
  width=$(awk -v c="$cols" -v w="$char_px" -v p="$pad_px" 'BEGIN { printf "%d", c * w + 2 * p + 1 }')
  height=$((rows * line_px + 2 * pad_px))
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --screenshot="$PWD/$out/$name.png" --window-size="$width,$height" \
    "file://$work/$name.html" >/dev/null 2>&1
  [ -s "$out/$name.png" ] || { echo "chromium wrote no $out/$name.png" >&2; exit 1; }
  echo "   $out/$name.png ($width x $height) and $name.txt"
}

# start COLS ROWS: a shell in a fresh private tmux server, then the dashboard on Fixtures.
start() {
  tmux_ kill-server >/dev/null 2>&1 || true
  tmux_ new-session -d -x "$1" -y "$2" \
    "env -i HOME=$HOME PATH=$PATH TERM=tmux-256color LANG=C.UTF-8 bash --norc --noprofile"
  tmux_ set-option -g status off
  tmux_ send-keys "cd '$shots_root' && '$binary' --corpus Fixtures" Enter
  wait_for "WATCHFLOOR" "Incidents ·" "Advisory ·" "Tab pane"
}

mkdir -p "$out"
rm -f "$out"/*.png "$out"/*.txt

echo "== 120x40"
start 120 40
shot main-120x40 120 40

tmux_ send-keys "?"
wait_for "Help ·" "Esc closes"
shot help-120x40 120 40

tmux_ send-keys Escape
wait_without "Help ·"
tmux_ send-keys j
wait_for "2/"
tmux_ send-keys Enter
wait_for "Incident detail" "Source sentence"
shot incident-detail-120x40 120 40

tmux_ send-keys q
wait_without "WATCHFLOOR"

echo "== 80x24"
start 80 24
shot main-80x24 80 24
tmux_ send-keys q
wait_without "WATCHFLOOR"
echo "== done"
