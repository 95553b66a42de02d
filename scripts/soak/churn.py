#!/usr/bin/env python3
"""Creates, edits, renames and deletes report files in a corpus folder for the soak test.

usage: churn.py CORPUS SECONDS FILES [SEED]

Spreads FILES file creations over SECONDS; after each creation it also edits, renames or deletes
one earlier file (some through an atomic save: write a temp file, rename over the target), so
every kind of change happens throughout the run. Prints a one-line tally at the end.
"""
import os
import random
import sys
import time

PLACES = [("Gao", "Ansongo"), ("Mopti", "Douentza"), ("Kidal", "Tessalit"), ("Ménaka", "Anderamboukane"),
          ("Ségou", "Niono"), ("Timbuktu", "Léré"), ("Sikasso", "Kadiolo")]
HOSTILE = ["", "", "", "\x1b]0;owned\x07", "\x1b[2J", "\u202e", "\x1b]52;c;ZWNobw==\x07"]


def alert(number, rng):
    region, town = PLACES[number % len(PLACES)]
    day = 1 + number % 28
    dead = 1 + rng.randrange(9)
    noise = rng.choice(HOSTILE)
    return (f"{day} Oct 2024 | 08:15 AM UTC\n"
            f"Mali: Attack near {town}{noise}, {region} region, Oct. {day}\n"
            f"Armed men attack a checkpoint near {town} on Oct. {day}; {dead} soldiers killed.\n"
            f"Event\nArmed men attacked a gendarmerie checkpoint near {town} in {region} region on Oct. {day}, "
            f"killing {dead} soldiers, local sources said. Soak report {number}.\n"
            f"Context\nCheckpoints near {town} have been targeted before.\nAdvice\nAvoid road travel at night.\n")


def main():
    corpus, seconds, files = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    folders = ["", "soak-a", "soak-b/deeper"]
    for folder in folders:
        os.makedirs(os.path.join(corpus, folder), exist_ok=True)
    live = []
    tally = {"created": 0, "edited": 0, "renamed": 0, "deleted": 0, "atomic": 0}
    start = time.monotonic()
    for number in range(files):
        path = os.path.join(corpus, rng.choice(folders), f"soak-{number:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(alert(number, rng))
        live.append(path)
        tally["created"] += 1
        if live and number % 2 == 1:
            action = rng.choice(["edit", "edit", "rename", "delete", "atomic"])
            index = rng.randrange(len(live))
            target = live[index]
            if action == "edit":
                with open(target, "a", encoding="utf-8") as handle:
                    handle.write(f"Update: two more soldiers were killed near Gao on Oct. 3. Edit {number}.\n")
                tally["edited"] += 1
            elif action == "rename":
                renamed = os.path.join(corpus, rng.choice(folders), f"renamed-{number:05d}.txt")
                os.rename(target, renamed)
                live[index] = renamed
                tally["renamed"] += 1
            elif action == "delete":
                os.remove(target)
                live.pop(index)
                tally["deleted"] += 1
            else:
                temp = os.path.join(os.path.dirname(target), f".tmp-{number}.txt")
                with open(temp, "w", encoding="utf-8") as handle:
                    handle.write(alert(number + 7, rng))
                os.rename(temp, target)
                tally["atomic"] += 1
        # Keep to the schedule: FILES creations spread evenly over SECONDS.
        due = start + seconds * (number + 1) / files
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    print(" ".join(f"{key}={value}" for key, value in tally.items()), f"live={len(live)}",
          f"elapsed={time.monotonic() - start:.0f}s")


if __name__ == "__main__":
    main()
