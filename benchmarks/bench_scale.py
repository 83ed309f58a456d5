"""How a cold first answer grows with the dataset: generated folders of 5k, 50k and 500k rows.

Each folder is the packaged tables plus synthetic contributions (generate.py). Three cold starts,
each a whole process, are timed on each folder:

- a member lookup, with the folder's tables read on first use, as the packaged data is read;
- the same plus ``personnel_by_country``: it reads the contribution tables;
- ``natodata.load(path).member("NOR")``: a user's folder, every table checked before the answer.

Not a target: docs/performance.md shows the table.

Usage: python benchmarks/bench_scale.py [ROWS ...]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generate

RUNS = 3
LAZY = (
    "import functools, sys, datetime\n"
    "from natodata._api import _read_traversable\n"
    "from natodata._load import read_alliance\n"
    "from pathlib import Path\n"
    "nato = read_alliance(functools.partial(_read_traversable, Path(sys.argv[1])), 'here',"
    " lazy=True)\n"
    "nato.member('NOR')\n"
)
COMMANDS = {
    "member, tables on first use": LAZY,
    "+ personnel_by_country": LAZY
    + "nato.personnel_by_country('ISAF', on=datetime.date(2010, 6, 1))\n",
    "load(path), all checked, + member": (
        "import sys, natodata; natodata.load(sys.argv[1]).member('NOR')"
    ),
}


def cold(code: str, directory: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(directory)], check=True)
    return time.perf_counter() - start


def main(sizes: list[int]) -> None:
    print(f"cold answers, whole processes, median of {RUNS}, in ms:")
    print("| synthetic rows | " + " | ".join(COMMANDS) + " |")
    print("| --- " * (len(COMMANDS) + 1) + "|")
    for rows in sizes:
        with tempfile.TemporaryDirectory() as folder:
            directory = generate(rows, Path(folder) / "tables")
            for code in COMMANDS.values():
                cold(code, directory)  # warm the file cache
            times: dict[str, list[float]] = {name: [] for name in COMMANDS}
            for _ in range(RUNS):
                for name, code in COMMANDS.items():
                    times[name].append(cold(code, directory))
        cells = [f"{statistics.median(found) * 1e3:,.0f}" for found in times.values()]
        print(f"| {rows:,} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main([int(size) for size in sys.argv[1:]] or [5_000, 50_000, 500_000])
