"""Import cost and cold start to a first answer, as whole processes, against attrs and pycountry.

Two floors are measured beside them: importing attrs and creating natodata's record classes, and
that plus parsing every packaged table, with no check and no record built. They show what a cold
start that reads the CSV tables costs before it does any of the work the loader must do.

Each command runs in a fresh interpreter; the commands take turns, RUNS times, and the medians
are compared, so that the machine's drift touches all of them alike.

Usage: python benchmarks/bench_startup.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 25
# Every record class: a first lookup creates those of _model, later queries the others.
RECORDS = (
    "import natodata._model, natodata._model_operations, natodata._model_partners,"
    " natodata._model_figures, natodata._model_spending"
)
COMMANDS = {
    "python -c pass": "pass",
    "import attrs": "import attrs",
    "import natodata": "import natodata",
    "natodata cold member": "import natodata; natodata.load().member('NOR')",
    "natodata cold member+figures": (
        "import datetime, natodata; natodata.load().member('NOR');"
        " natodata.personnel_by_country('ISAF', on=datetime.date(2007, 4, 1))"
    ),
    "pycountry cold answer": "import pycountry; pycountry.countries.get(alpha_2='NO')",
    # Floors, not targets: what parts of a cold start cost with nothing else around them.
    "floor: record classes": RECORDS,
    "floor: parse, no checks": (
        f"{RECORDS}\n"
        "from natodata._api import _packaged_reader\n"
        "from natodata._csv import Problems, read_table\n"
        "from natodata._schema import TABLES\n"
        "read = _packaged_reader()\n"
        "for name in TABLES:\n"
        "    read_table(read, name, Problems())"
    ),
}
FLOORS = ("floor: record classes", "floor: parse, no checks")
TARGETS = {
    ("import natodata", "import attrs"): 1.15,
    ("natodata cold member", "pycountry cold answer"): 1.0,
    ("natodata cold member+figures", "pycountry cold answer"): 1.35,
}


def run(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def timed(commands: dict[str, str]) -> dict[str, float]:
    """Each command's median time as a whole process: they take turns; the medians are printed."""
    for code in commands.values():  # warm the file cache and the .pyc files
        run(code)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, code in commands.items():
            times[name].append(run(code))
    medians = {name: statistics.median(found) for name, found in times.items()}
    print(f"whole processes, median of {RUNS}, {sys.version.split()[0]}:")
    for name, median in medians.items():
        print(f"  {name:24} {median * 1e3:7.1f} ms")
    return medians


def main() -> bool:
    medians = timed(COMMANDS)
    ok = True
    for (ours, theirs), target in TARGETS.items():
        ratio = medians[ours] / medians[theirs]
        ok &= ratio <= target
        print(f"  {ours} / {theirs}: {ratio:.2f}x (target <= {target}x)")
    for floor in FLOORS:  # see docs/performance.md, "The target that is missed"
        ratio = medians[floor] / medians["pycountry cold answer"]
        print(f"  {floor} / pycountry cold answer: {ratio:.2f}x (not a target)")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
