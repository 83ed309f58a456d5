"""Steady-state load at 50,000 contributions, against a hand-written baseline; memory per record.

natodata.load(path) reads and checks every table; the baseline reads only contributions.csv with
csv.reader and builds each Contribution by hand, with no checks at all. Both run in the same
process, alternately, with the same imports done; the medians are compared.

Usage: python benchmarks/bench_load.py [ROWS]
"""

from __future__ import annotations

import csv
import datetime
import gc
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from generate import generate

import natodata
from natodata import Contribution, ContributionKind, Precision, Qualifier
from natodata._schema import TABLES

RUNS = 7
TARGET_RATIO = 1.5
TARGET_BYTES = 200


def baseline(directory: Path) -> list[Contribution]:
    """csv.reader and a constructor call per row: the least any loader can do."""
    built = []
    with (directory / "contributions.csv").open(encoding="utf-8", newline="") as stream:
        rows = csv.reader(stream)
        columns = next(rows)
        at = {name: columns.index(name) for name in TABLES["contributions.csv"].names}
        for row in rows:
            as_of = row[at["as_of"]]
            if len(as_of) == 10:
                day, precision = datetime.date.fromisoformat(as_of), Precision.DAY
            elif len(as_of) == 7:
                day, precision = datetime.date.fromisoformat(f"{as_of}-01"), Precision.MONTH
            else:
                day, precision = datetime.date(int(as_of), 1, 1), Precision.YEAR
            personnel, qualifier = row[at["personnel"]], row[at["qualifier"]]
            built.append(
                Contribution(
                    row[at["operation"]],
                    row[at["country"]],
                    day,
                    precision,
                    int(personnel) if personnel else None,
                    Qualifier(qualifier) if qualifier else None,
                    ContributionKind(row[at["kind"]]),
                    row[at["description"]],
                    row[at["source"]],
                    evidence=row[at["evidence"]],
                )
            )
    return built


def timed(function, *args):
    gc.collect()
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def retained_bytes(directory: Path) -> tuple[int, int]:
    """Bytes still allocated after a load, with the Alliance kept; and its contribution count."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    alliance = natodata.load(directory)
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return after - before, len(alliance.contributions())


def main(rows: int) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        directory = generate(rows, Path(folder) / "tables")
        natodata.load(directory)  # imports and first-use costs out of the way
        baseline(directory)
        ours, theirs = [], []
        for _ in range(RUNS):
            ours.append(timed(natodata.load, directory))
            theirs.append(timed(baseline, directory))
        count = len(natodata.load(directory).contributions())
        ratio = statistics.median(ours) / statistics.median(theirs)
        size, records = retained_bytes(directory)
    per_record = size / records
    print(f"steady-state load, {count:,} contributions ({rows:,} synthetic), median of {RUNS}:")
    ours_ms, theirs_ms = statistics.median(ours) * 1e3, statistics.median(theirs) * 1e3
    print(f"  natodata.load(path), every table, every check  {ours_ms:8.1f} ms")
    print(f"  csv.reader + Contribution(...), no checks      {theirs_ms:8.1f} ms")
    print(f"  ratio {ratio:.2f}x (target <= {TARGET_RATIO}x)")
    print(
        f"  retained memory: {per_record:.0f} bytes per contribution, the whole Alliance included"
        f" (target <= {TARGET_BYTES})"
    )
    return ratio <= TARGET_RATIO and per_record <= TARGET_BYTES


if __name__ == "__main__":
    sys.exit(0 if main(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000) else 1)
