"""Write a synthetic dataset in natodata's own table format, for the benchmarks.

It is the packaged dataset with synthetic contribution tables added: each a complete table of
one operation on one day, citing a source of its own, with 40 nations (more when the operations
run out of free days: up to every nation in countries.csv). The result loads with
``natodata.load(path)`` and passes every check the packaged data passes: every row has evidence,
every date lies inside its operation and not in the future, every source is complete, and no
synthetic table falls on a day for which the packaged data has a figure of the same operation (a
stated strength must agree with the complete table of its day).

The columns come from natodata's own description of the tables (``natodata._schema.TABLES``),
so a new column is written empty, or filled here where the loader requires it.

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

import natodata
from natodata._schema import TABLES

NATIONS_PER_TABLE = 40
# Operations that ran long enough to hold many tables; their dates come from operations.csv.
OPERATIONS = ("ISAF", "KFOR", "SFOR", "RSM")


def free_days(directory: Path) -> list[tuple[str, datetime.date]]:
    """Each (operation, day) of OPERATIONS on which the tables in *directory* have no figure."""
    taken: set[tuple[str, str]] = set()
    for table in ("contributions.csv", "strengths.csv"):
        with (directory / table).open(encoding="utf-8", newline="") as stream:
            taken.update((row["operation"], row["as_of"]) for row in csv.DictReader(stream))
    today = datetime.date.today()  # noqa: DTZ011 - the loader's calendar day
    found = []
    for code in OPERATIONS:
        operation = natodata.load().operation(code)
        last = min(operation.end or today, today)
        for offset in range((last - operation.start).days + 1):
            day = operation.start + datetime.timedelta(days=offset)
            if (code, day.isoformat()) not in taken:
                found.append((code, day))
    return found


def generate(rows: int, directory: Path, seed: int = 2007) -> Path:
    """Write the packaged tables plus *rows* synthetic contributions into *directory*.

    Raises:
        ValueError: More rows than the operations' free days can hold, with every nation in each.
    """
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    data = importlib_resources.files("natodata").joinpath("data")
    for entry in data.iterdir():
        if entry.name.endswith((".csv", ".json")):
            (directory / entry.name).write_bytes(entry.read_bytes())
    with (directory / "countries.csv").open(encoding="utf-8", newline="") as stream:
        nations = [row["code"] for row in csv.DictReader(stream)]

    days = free_days(directory)
    width = max(NATIONS_PER_TABLE, -(-rows // len(days)))
    if width > len(nations):
        most = len(days) * len(nations)
        raise ValueError(f"at most {most:,} synthetic rows fit in {', '.join(OPERATIONS)}")
    tables = -(-rows // width)
    figure_columns = TABLES["contributions.csv"].names
    source_columns = TABLES["sources.csv"].names
    with (
        (directory / "contributions.csv").open("a", encoding="utf-8", newline="") as figures,
        (directory / "sources.csv").open("a", encoding="utf-8", newline="") as sources,
    ):
        figures_out = csv.DictWriter(figures, figure_columns)
        sources_out = csv.DictWriter(sources, source_columns, restval="")
        written = 0
        for number, (operation, day) in enumerate(rng.sample(days, tables)):
            source = f"synthetic-{number:06d}"
            sources_out.writerow(
                {
                    "id": source,
                    "title": f"Synthetic table {number}",
                    "publisher": "natodata benchmarks",
                    "url": f"https://example.org/synthetic/{number}",
                    "published": day.isoformat(),
                    "complete": "true",
                    "rank": "nato",
                }
            )
            for nation in rng.sample(nations, min(width, rows - written)):
                personnel = rng.choice((rng.randrange(1, 100), rng.randrange(100, 12_000)))
                figures_out.writerow(
                    dict.fromkeys(figure_columns, "")
                    | {
                        "operation": operation,
                        "country": nation,
                        "as_of": day.isoformat(),
                        "as_of_first": day.isoformat(),
                        "as_of_last": day.isoformat(),
                        "personnel": personnel,
                        "qualifier": "exact",
                        "kind": "troops",
                        "source": source,
                        "evidence": f"{nation} {personnel}",
                    }
                )
                written += 1
    return directory


if __name__ == "__main__":
    count, target = int(sys.argv[1]), Path(sys.argv[2])
    if target.exists():
        shutil.rmtree(target)
    generate(count, target)
    print(f"wrote {count:,} synthetic contributions to {target}")
