"""Queries at 50,000 contributions: personnel_by_country against pandas, lookups, index building.

Usage: python benchmarks/bench_queries.py [ROWS]
"""

from __future__ import annotations

import datetime
import gc
import statistics
import sys
import tempfile
import time
import timeit
from pathlib import Path

import pandas as pd
from generate import generate

import natodata

DAY = datetime.date(2010, 6, 1)
TARGET_SPEEDUP = 100
TARGET_LOOKUP_US = 1.0
TARGET_INDEX_MS = 30


def pandas_frame(alliance: natodata.Alliance) -> pd.DataFrame:
    complete = {s.id for s in alliance.sources() if s.complete}
    rows = alliance.contributions()
    return pd.DataFrame(
        {
            "operation": [r.operation for r in rows],
            "country": [r.country for r in rows],
            "as_of": pd.to_datetime([r.as_of for r in rows]),
            "personnel": pd.array([r.personnel for r in rows], dtype="Int64"),
            "source": [r.source for r in rows],
            "complete": [r.source in complete for r in rows],
        }
    )


def pandas_personnel(frame: pd.DataFrame, operation: str, day: datetime.date) -> pd.Series:
    """The same rule as natodata's, written the usual pandas way."""
    rows = frame[(frame["operation"] == operation) & (frame["as_of"] <= pd.Timestamp(day))]
    complete = rows.loc[rows["complete"], "as_of"]
    if not complete.empty:
        # The latest complete table says who was there; on its own date it outranks the partial
        # tables, so only the partial tables dated after it may add to it.
        last = complete.max()
        rows = rows[(rows["as_of"] > last) | ((rows["as_of"] == last) & rows["complete"])]
    latest = rows.groupby("country")["as_of"].transform("max")
    rows = rows[rows["as_of"] == latest]
    # A nation whose rows count no people has no figure (min_count=1), not 0.
    people = rows.groupby("country")["personnel"].sum(min_count=1).dropna()
    return people.astype("int64").sort_values(ascending=False)


def best_of(function, number: int, repeat: int = 7) -> float:
    return min(timeit.repeat(function, number=number, repeat=repeat)) / number


def main(rows: int) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        directory = generate(rows, Path(folder) / "tables")
        alliance = natodata.load(directory)

        # Indexes: none is built by loading; the first query builds what it needs.
        builds = []
        for _ in range(5):
            fresh = natodata.load(directory)
            gc.collect()
            start = time.perf_counter()
            fresh.personnel_by_country("ISAF", on=DAY)
            fresh.contributions(operation="KFOR", country="NOR")
            builds.append(time.perf_counter() - start)
        index_ms = statistics.median(builds) * 1e3

        ours = natodata.personnel_by_country("ISAF", on=DAY, alliance=alliance)
        frame = pandas_frame(alliance)
        theirs = pandas_personnel(frame, "ISAF", DAY)
        assert dict(ours) == {k: int(v) for k, v in theirs.items()}, "the two disagree"
        natodata_s = best_of(lambda: alliance.personnel_by_country("ISAF", on=DAY), 200)
        pandas_s = best_of(lambda: pandas_personnel(frame, "ISAF", DAY), 5)
        member_us = best_of(lambda: alliance.member("NOR"), 100_000) * 1e6
        operation_us = best_of(lambda: alliance.operation("ISAF"), 100_000) * 1e6
        filtered_us = (
            best_of(lambda: alliance.contributions(operation="KFOR", country="NOR"), 10_000) * 1e6
        )
        count = len(alliance.contributions())
    speedup = pandas_s / natodata_s
    print(f"queries at {count:,} contributions ({rows:,} synthetic):")
    print(f"  personnel_by_country('ISAF', on={DAY})  {natodata_s * 1e6:9.1f} us")
    print(f"  the same rule in pandas                   {pandas_s * 1e6:9.1f} us")
    print(f"  natodata is {speedup:.0f}x faster (target >= {TARGET_SPEEDUP}x)")
    print(
        f"  member('NOR') {member_us:.2f} us, operation('ISAF') {operation_us:.2f} us"
        f" (target < {TARGET_LOOKUP_US} us)"
    )
    print(f"  contributions(operation='KFOR', country='NOR') {filtered_us:.2f} us")
    print(f"  building the indexes on first use: {index_ms:.1f} ms (target < {TARGET_INDEX_MS} ms)")
    return (
        speedup >= TARGET_SPEEDUP
        and max(member_us, operation_us) < TARGET_LOOKUP_US
        and index_ms < TARGET_INDEX_MS
    )


if __name__ == "__main__":
    sys.exit(0 if main(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000) else 1)
