#!/usr/bin/env python3
"""Times two watchfloor binaries in alternating runs, so a machine whose speed drifts (shared
cores, noisy neighbours) slows both alike. Prints the median, mean, p10 and p90 wall time of
each; compare the medians, measured in the same run.

    scripts/bench/alternate.py REFERENCE CANDIDATE CORPUS [RUNS] [-- ARGS...]

Default ARGS: summary --no-cache --corpus CORPUS. RUNS (default 30) runs each, in the order
A B, B A, A B, ... The binaries' output is discarded; a failing run stops the script.
"""
import os
import statistics
import subprocess
import sys
import time


def main(argv):
    if "--" in argv:
        split = argv.index("--")
        positional, extra = argv[:split], argv[split + 1:]
    else:
        positional, extra = argv, []
    if len(positional) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    reference, candidate, corpus = positional[:3]
    runs = int(positional[3]) if len(positional) > 3 else 30
    args = extra or ["summary", "--no-cache", "--corpus", corpus]
    times = {reference: [], candidate: []}
    for i in range(runs):
        for binary in (reference, candidate) if i % 2 == 0 else (candidate, reference):
            start = time.perf_counter()
            subprocess.run([binary] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times[binary].append(time.perf_counter() - start)
    load = open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "?"
    for binary in (reference, candidate):
        values = sorted(times[binary])
        print(
            f"{binary}: median {statistics.median(values) * 1000:.1f} ms, mean {statistics.mean(values) * 1000:.1f}, "
            f"p10 {values[len(values) // 10] * 1000:.1f}, p90 {values[len(values) * 9 // 10] * 1000:.1f} "
            f"({runs} runs, load {load})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
