"""Peak memory while loading a user's folder of a million contributions, against what it retains.

``natodata.load(path)`` reads and checks every table of the folder before it returns; on the way it
holds the file's text, its cells and the checks' working sets. The target: the peak is at most
twice what the loaded Alliance keeps. Both are measured with tracemalloc in a fresh interpreter
(so nothing else this run allocated counts), from just before the load: the peak during it, and
what is still allocated after it, the Alliance kept and the garbage collected.

Usage: python benchmarks/bench_memory.py [ROWS]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from generate import generate

TARGET_RATIO = 2.0

MEASURE = """
import gc, json, sys, tracemalloc
import natodata
natodata.Alliance  # the modules a load imports, imported before the count starts
from natodata import _load, _api
gc.collect()
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
alliance = natodata.load(sys.argv[1])
gc.collect()
after, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(json.dumps({
    "retained": after - before, "peak": peak - before, "rows": len(alliance.contributions()),
}))
"""


def measure(directory: Path) -> dict[str, int]:
    """Peak and retained bytes of one load of *directory*, in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(directory)], capture_output=True, text=True, check=True
    )
    found: dict[str, int] = json.loads(done.stdout)
    return found


def main(rows: int) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        directory = generate(rows, Path(folder) / "tables")
        size = (directory / "contributions.csv").stat().st_size
        found = measure(directory)
    ratio = found["peak"] / found["retained"]
    print(f"memory of load(path), {found['rows']:,} contributions ({rows:,} synthetic):")
    print(f"  contributions.csv                  {size / 2**20:8.1f} MiB")
    print(f"  peak while loading                 {found['peak'] / 2**20:8.1f} MiB")
    print(
        f"  retained by the Alliance           {found['retained'] / 2**20:8.1f} MiB"
        f" ({found['retained'] / found['rows']:.0f} bytes per contribution)"
    )
    print(f"  ratio {ratio:.2f}x (target <= {TARGET_RATIO}x)")
    return ratio <= TARGET_RATIO


if __name__ == "__main__":
    sys.exit(0 if main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000) else 1)
