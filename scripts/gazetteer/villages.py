"""Build villages.tsv: Mali's villages, hamlets, camps and wells from GeoNames' country file.

The rows come from `geonames-ML.tsv`, an extract of GeoNames' `ML.txt` (CC BY 4.0) with ten
columns: geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature
code, admin1 code, admin2 code. The region is GeoNames' first-level division; Ménaka and
Taoudénit (carved out of Gao and Timbuktu) and the cercle come from the nearest cercle seat in
the same first-level division, an approximation the file says it is.

A name is left out when the main gazetteer already knows it (that row wins), when it is shorter
than four letters, when it is a common word of English or French (the lower-case entries of
`/usr/share/dict/american-english` and `/usr/share/dict/french`, Debian's wamerican and wfrench
packages), or when it names an actor
or a region hint: the resolver reads these names only where the words around them say "place",
but "in Bambara" is more often a language than the village.
"""

from __future__ import annotations

import math
import sys
import unicodedata
from pathlib import Path
from typing import Callable

VILLAGE_COLUMNS = ["key", "spelling", "name", "region", "region_2023", "cercle", "geonameid"]
APOSTROPHES = "'’`ʼ‘"


def swift_key(text: str) -> str:
    """The folded key Watchfloor's TextFolding.key gives `text`: case and diacritics folded,
    apostrophes dropped, every other run of non-alphanumerics one space. The app does not fold
    again at start-up (it binary-searches these keys); a test checks every row against it."""
    out: list[str] = []
    pending = False
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch) or ch in APOSTROPHES:
            continue
        ch = ch.lower()
        if ch.isalnum():
            if pending and out:
                out.append(" ")
            pending = False
            out.append(ch)
        else:
            pending = True
    return "".join(out)


def simple_latin(text: str) -> bool:
    """Latin-1 and Latin Extended-A letters only: how reports spell names (and where the key
    above agrees with the app's folding)."""
    return all(ord(ch) <= 0x17F or ch in "’‘ʼ" for ch in text)

# Feature codes kept (GeoNames codes: https://www.geonames.org/export/codes.html).
KEPT_CODES = {
    ("P", "PPL"), ("P", "PPLA"), ("P", "PPLA2"), ("P", "PPLA3"), ("P", "PPLA4"), ("P", "PPLC"),
    ("P", "PPLL"), ("P", "PPLS"), ("P", "PPLX"), ("P", "PPLF"), ("P", "PPLR"),
    ("A", "ADM3"), ("A", "ADM4"),
    ("S", "CMP"), ("S", "CMPMN"), ("S", "MLTY"), ("S", "RNCH"), ("S", "FRM"),
    ("L", "LCTY"), ("L", "GRAZ"),
    ("H", "WLL"), ("H", "WLLS"), ("H", "WTRH"), ("H", "OAS"),
}
SEAT_CODES = {"PPLC", "PPLA", "PPLA2", "PPLA3", "PPL"}
MIN_NAME_LENGTH = 4
DICTIONARIES = [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/french")]

# Words of reporting that the dictionaries miss, and common given names and surnames of the
# Sahel: "in Moussa's compound" is not the village of Moussa.
EXTRA_STOP = {
    "amadou", "hamadoun", "moussa", "ibrahim", "oumar", "boubacar", "mamadou", "modibo", "ousmane",
    "abdoulaye", "souleymane", "seydou", "issa", "aliou", "yaya", "adama", "bakary", "sidi",
    "mohamed", "ahmed", "ali", "hassan", "traore", "coulibaly", "keita", "diallo", "toure",
    "cisse", "maiga", "sangare", "dicko", "diarra", "kone", "dembele", "sidibe", "barry", "ag",
    "koufa", "ghaly", "belmokhtar", "fulani", "peul", "peulh", "dogon", "bambara", "tuareg",
    "touareg", "arab", "arabe", "songhai", "sonrai", "bozo", "malinke", "dozo", "donso", "imghad",
    "ifoghas", "daoussahak", "north", "south", "east", "west", "centre", "center", "mali",
    "niger", "algeria", "mauritania", "burkina", "guinea", "senegal", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "barkhane", "serval", "takuba", "minusma", "police", "army", "camp", "village", "ville",
    "bella", "somono", "minianka", "kounta", "mossi", "sanogo", "goita", "konate", "togo",
}


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(h))


def read_extract(path: Path) -> list[dict[str, str]]:
    """The extract's rows, one per geonameid (the first copy wins)."""
    columns = ["geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
               "fclass", "fcode", "admin1", "admin2"]
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != len(columns):
                sys.exit(f"{path}:{number}: expected {len(columns)} columns, got {len(fields)}")
            row = dict(zip(columns, fields))
            try:
                float(row["latitude"]), float(row["longitude"])
            except ValueError:
                sys.exit(f"{path}:{number}: bad coordinates")
            rows.setdefault(row["geonameid"], row)
    return sorted(rows.values(), key=lambda r: int(r["geonameid"]))


def stop_words(resources: Path, fold: Callable[[str], str]) -> set[str]:
    words = set(EXTRA_STOP)
    for dictionary in DICTIONARIES:
        if not dictionary.exists():
            sys.exit(f"{dictionary} is missing: apt-get install wamerican wfrench")
        for word in dictionary.read_text(encoding="utf-8", errors="replace").split():
            # Common words only: the dictionaries' proper nouns are mostly places and people
            # ("Kano", "Timbuktu"), not words a village name could be mistaken for.
            if word == word.lower():
                words.add(fold(word))
    # Actor spellings and region hints are never villages here.
    for name, column in (("actors.tsv", None), ("region_hints.tsv", 0)):
        for line in (resources / name).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            phrases = cells if column is None else [cells[column]]
            for phrase in phrases:
                for part in phrase.split("|"):
                    if part.strip():
                        words.add(fold(part))
    return words


def cercle_seats(rows: list[dict[str, str]], manual: list[dict[str, str]],
                 admin1: dict[str, str], fold: Callable[[str], str]) -> list[dict[str, object]]:
    """Each cercle of manual.tsv with the coordinates of its seat (the GeoNames place of the
    cercle's name in a compatible region, administrative seats first)."""
    seats = []
    rank = {"PPLC": 0, "PPLA": 1, "PPLA2": 2, "PPLA3": 3, "PPL": 4}
    for cercle in (r for r in manual if r["kind"] == "cercle"):
        names = {fold(cercle["name"])} | {fold(a) for a in cercle["aliases"].split("|") if a}
        best = None
        for row in rows:
            if row["fclass"] != "P" or row["fcode"] not in SEAT_CODES:
                continue
            if fold(row["name"]) not in names and fold(row["asciiname"]) not in names:
                continue
            if parent_region(cercle["region"]) != parent_region(admin1.get(row["admin1"], "")):
                continue
            if best is None or rank[row["fcode"]] < rank[best["fcode"]]:
                best = row
        if best is not None:
            seats.append({
                "cercle": cercle["name"], "region": cercle["region"],
                "region_2023": cercle["region_2023"],
                "at": (float(best["latitude"]), float(best["longitude"])),
            })
    return seats


def parent_region(region: str) -> str:
    """GeoNames' older first-level division a region lies in."""
    return {"Ménaka": "Gao", "Taoudénit": "Timbuktu"}.get(region, region)


def village_rows(manual: list[dict[str, str]], gazetteer_rows: list[dict[str, str]],
                 admin1: dict[str, str], fold: Callable[[str], str],
                 clean: Callable[[str, list[str]], list[str]], extract: Path,
                 resources: Path) -> list[dict[str, str]]:
    rows = read_extract(extract)
    seats = cercle_seats(rows, manual, admin1, fold)
    known: set[str] = set()
    for row in gazetteer_rows:
        known.add(fold(row["name"]))
        known.update(fold(a) for a in row["aliases"].split("|") if a)
    stop = stop_words(resources, fold)

    def usable(name: str) -> bool:
        key = fold(name)
        letters = sum(ch.isalpha() for ch in key)
        return letters >= MIN_NAME_LENGTH and key not in known and key not in stop

    result = []
    for row in rows:
        if (row["fclass"], row["fcode"]) not in KEPT_CODES:
            continue
        region = admin1.get(row["admin1"])
        if region is None or not usable(row["name"]):
            continue
        at = (float(row["latitude"]), float(row["longitude"]))
        candidates = [s for s in seats if parent_region(s["region"]) == parent_region(region)]
        seat = min(candidates, key=lambda s: haversine(at, s["at"])) if candidates else None
        raw = [a for a in row["alternatenames"].split(",") if a]
        if row["asciiname"] != row["name"]:
            raw.append(row["asciiname"])
        aliases = [a for a in clean(row["name"], raw) if usable(a)]
        place = {
            "name": row["name"],
            "region": seat["region"] if seat else region,
            "region_2023": seat["region_2023"] if seat else "",
            "cercle": seat["cercle"] if seat else "",
            "geonameid": row["geonameid"],
        }
        keys: set[str] = set()
        for spelling in [row["name"]] + aliases:
            key = swift_key(spelling)
            if not key or key in keys or not simple_latin(spelling):
                continue
            keys.add(key)
            result.append({**place, "key": key, "spelling": spelling})
    # Sorted by key as UTF-8 bytes (the order of code points), as the app's binary search wants.
    result.sort(key=lambda r: (r["key"], r["spelling"], int(r["geonameid"])))
    return result


VILLAGE_COMMENTS = [
    "Villages, hamlets, camps and wells of Mali for Watchfloor. GENERATED by",
    "scripts/gazetteer/build.py from GeoNames' Mali file (geonames.org, CC BY 4.0): do not edit.",
    "One row per spelling, sorted by folded key. region: GeoNames' first-level division;",
    "Ménaka/Taoudénit and the cercle by the nearest cercle seat (an approximation).",
]


def validate_villages(path: Path, regions: set[str], regions_2023: set[str]) -> int:
    count = 0
    previous = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#") or number == 1:
            continue
        fields = line.split("\t")
        if len(fields) != len(VILLAGE_COLUMNS):
            sys.exit(f"{path}:{number}: expected {len(VILLAGE_COLUMNS)} columns, got {len(fields)}")
        if not fields[0] or not fields[2] or fields[3] not in regions or fields[4] not in regions_2023:
            sys.exit(f"{path}:{number}: bad key, name or region")
        if fields[0] != swift_key(fields[1]):
            sys.exit(f"{path}:{number}: key {fields[0]!r} is not the folded spelling")
        if not fields[6].isdigit():
            sys.exit(f"{path}:{number}: bad geonameid")
        if previous is not None and fields[0] < previous:
            sys.exit(f"{path}:{number}: rows are not sorted by key")
        previous = fields[0]
        count += 1
    return count
