"""Run every benchmark and say whether each target is met.

Usage (from the repository's root):
    python -m pip install . -r benchmarks/requirements.txt && python benchmarks/run.py
"""

from __future__ import annotations

import os
import platform
import sys

import bench_load
import bench_memory
import bench_queries
import bench_startup

import natodata


def main() -> int:
    machine = platform.processor() or platform.machine()
    print(
        f"{machine}, {os.cpu_count()} cores, {platform.system()}, Python {sys.version.split()[0]},"
        f" natodata {natodata.__version__} installed at {natodata.__file__},"
        f" data {natodata.DATA_VERSION}"
    )
    results = {
        "startup": bench_startup.main(),
        "load": bench_load.main(50_000),
        "queries": bench_queries.main(50_000),
        "memory": bench_memory.main(1_000_000),
    }
    missed = [name for name, ok in results.items() if not ok]
    print("\nevery target met" if not missed else f"\ntargets missed in: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
