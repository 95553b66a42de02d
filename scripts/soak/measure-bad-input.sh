#!/usr/bin/env bash
# Times `watchfloor check` on the large hostile inputs of issue 9 and prints one line each:
#   a single 1 MB line (one sentence, and many sentences), 100,000 tiny files, a 50 MB file.
#   scripts/soak/measure-bad-input.sh [WATCHFLOOR_BINARY]   (default: a release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-}
if [ -z "$bin" ]; then
  swift build -c release --product watchfloor >/dev/null
  bin=$(swift build -c release --show-bin-path)/watchfloor
fi
work=$(mktemp -d /tmp/watchfloor-measure-XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
def make(name, files):
    os.makedirs(os.path.join(work, name), exist_ok=True)
    for path, text in files:
        with open(os.path.join(work, name, path), "w", encoding="utf-8") as f:
            f.write(text)
clause = "Gunmen attacked a convoy near Gao and killed three soldiers, "
make("line-one-sentence", [("long.txt", "Date: 3 March 2024\n\n" + clause * (1_048_576 // len(clause)) + "\n")])
sentence = "Gunmen attacked a convoy near Gao on 2 March and killed three soldiers. "
make("line-many-sentences", [("long.txt", "Date: 3 March 2024\n\n" + sentence * (1_048_576 // len(sentence)) + "\n")])
os.makedirs(os.path.join(work, "tiny"), exist_ok=True)
for i in range(100_000):
    folder = os.path.join(work, "tiny", f"d{i // 1000:03d}")
    if i % 1000 == 0: os.makedirs(folder)
    with open(os.path.join(folder, f"r{i:06d}.txt"), "w") as f:
        f.write(f"Date: {1 + i % 28} March 2024\n\nGunmen killed {1 + i % 9} people near Gao.\n")
make("fifty-mb", [("big.txt", "")])
with open(os.path.join(work, "fifty-mb", "big.txt"), "wb") as f:
    f.write((sentence.encode() + b"\n") * (50 * 1_048_576 // (len(sentence) + 1)))
PY

for name in line-one-sentence line-many-sentences tiny fifty-mb; do
  start=$(date +%s.%N)
  summary=$(/usr/bin/time -f "%M" -o "$work/rss" "$bin" check --corpus "$work/$name" | tail -1 || true)
  end=$(date +%s.%N)
  printf '%-20s %6.2f s  max RSS %6d KB  %s\n' "$name" "$(echo "$end - $start" | bc)" "$(cat "$work/rss")" "$summary"
done
