#!/usr/bin/env python3
"""Write-to-frame latency of the live dashboard, measured on the real binary.

Runs `watchfloor dashboard` on a private copy of a corpus in a private tmux server (200x60),
with WATCHFLOOR_FRAME_LOG=1 so that the dashboard logs every painted frame with the wall clock
(microseconds). Then, N times: rewrites one report (appending or removing an incident sentence),
notes the wall clock just before the write, and waits for the next "frame ... painted at T" log
line. Latency = T - write time: inotify delivery, the coalescer's quiet period, the store update,
the dashboard data update, rendering and painting (tmux's own drawing of the pane is not included).

Also prints the dashboard's own per-reload breakdown (store / data / state, from its log), the
RSS before and after the run, and (with --idle) the CPU used over 10 s of idling.

    scripts/bench/reload-latency.py --binary .build/release/watchfloor \\
        --corpus /tmp/watchfloor-bench/seed1-n10000-v2-... --count 200
"""

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SENTENCE = (
    "\nOn 3 May, suspected JNIM militants attacked a FAMa post near Ansongo, Gao region, "
    "killing 4 soldiers.\n"
)


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def load_average():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def cpu_ticks(pid, tid=None):
    path = f"/proc/{pid}/task/{tid}/stat" if tid else f"/proc/{pid}/stat"
    with open(path) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime (fields 14, 15)


class LogTail:
    def __init__(self, path):
        self.path = path
        self.offset = 0

    def lines(self):
        try:
            with open(self.path, "rb") as f:
                f.seek(self.offset)
                data = f.read()
        except FileNotFoundError:
            return []
        end = data.rfind(b"\n")
        if end < 0:
            return []
        self.offset += end + 1
        return data[: end + 1].decode("utf-8", "replace").splitlines()


def dashboard_pid(server):
    out = subprocess.run(
        ["tmux", "-L", server, "list-panes", "-F", "#{pane_pid}"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    return int(out[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/watchfloor")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--count", type=int, default=200, help="writes to time")
    parser.add_argument("--gap", type=float, default=0.15, help="seconds between writes")
    parser.add_argument("--idle", action="store_true", help="also measure idle CPU over 10 s")
    parser.add_argument("--reloads", type=int, default=0, help="extra untimed reloads (RSS growth)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--perf", help="record a call-graph profile of the writes to this file")
    parser.add_argument(
        "--workdir",
        help="keep the corpus copy in this folder and reuse it on the next run (same root, so "
        "the extraction cache of --cache-dir applies); default: a fresh temporary folder")
    parser.add_argument(
        "--cache-dir",
        help="WATCHFLOOR_CACHE_DIR for the dashboard (use one per binary: a cache file is valid "
        "only for the executable that wrote it); default: the dashboard's default")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary)
    if args.workdir:
        work = os.path.abspath(args.workdir)
        os.makedirs(work, exist_ok=True)
    else:
        work = tempfile.mkdtemp(prefix="wf-latency-")
    corpus = os.path.join(work, "corpus")
    log = os.path.join(work, "watchfloor.log")
    if os.path.exists(log):
        os.remove(log)
    server = f"wf-latency-{os.getpid()}"
    if not os.path.isdir(corpus):
        print(f"copying {args.corpus} ...", file=sys.stderr)
        shutil.copytree(args.corpus, corpus + ".partial")
        os.rename(corpus + ".partial", corpus)
    alerts = sorted(
        os.path.relpath(os.path.join(d, f), corpus)
        for d, _, files in os.walk(corpus) for f in files
        if os.path.relpath(d, corpus).startswith("alerts")
    )
    rng = random.Random(args.seed)
    chosen = rng.sample(alerts, min(50, len(alerts)))
    originals = {}
    for path in chosen:
        # From the source corpus: a reused copy may hold an earlier run's edit.
        with open(os.path.join(args.corpus, path), encoding="utf-8") as f:
            originals[path] = f.read()
        with open(os.path.join(corpus, path), "w", encoding="utf-8") as f:
            f.write(originals[path])

    cache = f"WATCHFLOOR_CACHE_DIR={os.path.abspath(args.cache_dir)} " if args.cache_dir else ""
    command = (
        f"env {cache}WATCHFLOOR_FRAME_LOG=1 WATCHFLOOR_FRAME_COUNTER=1 LANG=C.UTF-8 TERM=tmux-256color "
        f"{binary} dashboard --corpus {corpus} --log-file {log}"
    )
    subprocess.run(
        ["tmux", "-L", server, "-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "60",
         command], check=True,
    )
    tail = LogTail(log)
    try:
        started = time.time()
        first = None
        while first is None:
            for line in tail.lines():
                # The first frame may be the loading screen; writes start once data is shown.
                if "first data frame" in line:
                    first = line.split(" after ", 1)[1]
            if time.time() - started > 1800:
                sys.exit("no first data frame within 1800 s")
            time.sleep(0.01)
        pid = dashboard_pid(server)
        print(f"first data frame after {first} (in-process), load {load_average()}")
        time.sleep(1.0)
        tail.lines()

        if args.idle:
            la = load_average()
            t0 = cpu_ticks(pid)
            time.sleep(10)
            t1 = cpu_ticks(pid)
            hz = os.sysconf("SC_CLK_TCK")
            print(f"idle CPU over 10 s: {(t1 - t0) / hz / 10 * 100:.2f}% ({t1 - t0} ticks), load {la}")

        rss_before = rss_kib(pid)
        # CPU time is not stretched by other processes as wall time is: compare binaries by it.
        cpu_before = (cpu_ticks(pid), cpu_ticks(pid, pid))
        profiler = None
        if args.perf:
            profiler = subprocess.Popen(
                ["perf", "record", "-g", "-F", "999", "-p", str(pid), "-o", args.perf],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
        latencies = []
        breakdown = []
        frames = []
        state = {path: False for path in chosen}
        loads = []
        total = args.count + args.reloads
        for i in range(total):
            path = chosen[i % len(chosen)]
            state[path] = not state[path]
            text = originals[path] + (SENTENCE if state[path] else "")
            full = os.path.join(corpus, path)
            written = time.time()
            with open(full, "w", encoding="utf-8") as f:
                f.write(text)
            painted = None
            deadline = written + 30
            while painted is None and time.time() < deadline:
                for line in tail.lines():
                    m = re.search(r"frame \d+ painted at ([0-9.]+) \(render ([0-9.]+) ms, paint ([0-9.]+) ms\)", line)
                    if m and painted is None:
                        painted = float(m.group(1))
                        frames.append((float(m.group(2)), float(m.group(3))))
                    r = re.search(r"reload: \d+ read \(store ([0-9.]+) ms, data ([0-9.]+) ms, state ([0-9.]+) ms\)", line)
                    if r:
                        breakdown.append(tuple(float(x) for x in r.groups()))
                if painted is None:
                    time.sleep(0.0005)
            if painted is None:
                print(f"write {i}: no frame within 30 s", file=sys.stderr)
                continue
            if i < args.count:
                latencies.append((painted - written) * 1000)
                loads.append(float(load_average()))
            time.sleep(args.gap)
        rss_after = rss_kib(pid)
        cpu_after = (cpu_ticks(pid), cpu_ticks(pid, pid))
        if profiler:
            profiler.send_signal(2)
            profiler.wait()

        def summary(values):
            return (f"p50 {percentile(values, 50):.1f} ms, p90 {percentile(values, 90):.1f} ms, "
                    f"p99 {percentile(values, 99):.1f} ms, max {max(values):.1f} ms")

        print(f"write->frame over {len(latencies)} writes: {summary(latencies)}; "
              f"load avg during run {min(loads):.2f}-{max(loads):.2f} (mean {statistics.mean(loads):.2f})")
        if breakdown:
            for name, index in (("store", 0), ("data", 1), ("state", 2)):
                print(f"  {name}: " + summary([b[index] for b in breakdown]))
        if frames:
            print("  render: " + summary([f[0] for f in frames]))
            print("  paint:  " + summary([f[1] for f in frames]))
        tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
        print(f"CPU per write: {(cpu_after[1] - cpu_before[1]) * tick_ms / total:.1f} ms main thread, "
              f"{(cpu_after[0] - cpu_before[0]) * tick_ms / total:.1f} ms all threads "
              f"(incl. the {args.gap * 1000:.0f} ms gaps; {tick_ms:.0f} ms ticks)")
        print(f"RSS before {rss_before / 1024:.1f} MiB, after {total} reloads {rss_after / 1024:.1f} MiB")
    finally:
        subprocess.run(["tmux", "-L", server, "kill-server"], capture_output=True)
        if args.workdir:
            for path, text in originals.items():
                with open(os.path.join(corpus, path), "w", encoding="utf-8") as f:
                    f.write(text)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
