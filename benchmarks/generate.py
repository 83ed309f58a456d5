"""Write a synthetic dataset in natodata's own table format, for the benchmarks.

It is the packaged dataset with synthetic contribution tables added: each a complete table of
one operation on one day, citing a source of its own, with 40 nations. The result loads with
``natodata.load(path)`` and passes every check the packaged data passes.

Usage: python benchmarks/generate.py ROWS DIRECTORY
"""

from __future__ import annotations

import csv
import datetime
import random
import shutil
import sys
from pathlib import Path

import importlib_resources

NATIONS_PER_TABLE = 40
# Operations that ran long enough to hold many tables, with the days they ran.
SPANS = {
    "ISAF": (datetime.date(2003, 8, 11), datetime.date(2014, 12, 31)),
    "KFOR": (datetime.date(1999, 6, 12), datetime.date(2025, 12, 31)),
    "SFOR": (datetime.date(1996, 12, 20), datetime.date(2004, 12, 2)),
    "RSM": (datetime.date(2015, 1, 1), datetime.date(2021, 9, 30)),
}


def generate(rows: int, directory: Path, seed: int = 2007) -> Path:
    """Write the packaged tables plus *rows* synthetic contributions into *directory*."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    data = importlib_resources.files("natodata").joinpath("data")
    for entry in data.iterdir():
        if entry.name.endswith((".csv", ".json")):
            (directory / entry.name).write_bytes(entry.read_bytes())
    with (directory / "countries.csv").open(encoding="utf-8", newline="") as stream:
        nations = [row["code"] for row in csv.DictReader(stream)]

    tables = -(-rows // NATIONS_PER_TABLE)
    used: set[tuple[str, datetime.date]] = set()
    with (
        (directory / "contributions.csv").open("a", encoding="utf-8", newline="") as figures,
        (directory / "sources.csv").open("a", encoding="utf-8", newline="") as sources,
    ):
        figures_out, sources_out = csv.writer(figures), csv.writer(sources)
        written = 0
        for number in range(tables):
            operation = rng.choice(list(SPANS))
            first, last = SPANS[operation]
            day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
            while (operation, day) in used:
                day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
            used.add((operation, day))
            source = f"synthetic-{number:06d}"
            sources_out.writerow(
                [
                    source,
                    f"Synthetic table {number}",
                    "natodata benchmarks",
                    f"https://example.org/synthetic/{number}",
                    day.isoformat(),
                    "true",
                ]
            )
            for nation in rng.sample(nations, min(NATIONS_PER_TABLE, rows - written)):
                personnel = rng.choice((rng.randrange(1, 100), rng.randrange(100, 12_000)))
                figures_out.writerow(
                    [operation, nation, day.isoformat(), personnel, "exact", "troops", "", source]
                )
                written += 1
    return directory


if __name__ == "__main__":
    count, target = int(sys.argv[1]), Path(sys.argv[2])
    if target.exists():
        shutil.rmtree(target)
    generate(count, target)
    print(f"wrote {count:,} synthetic contributions to {target}")
