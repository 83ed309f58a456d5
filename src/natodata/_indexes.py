"""The indexes queries answer from: built on first use, once, whichever thread asks first.

Nothing here is built when the data is loaded: a program that only counts members never pays for
the contribution indexes, and loading stays as cheap as reading the tables.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Generic, TypeVar

from ._dates import Precision
from ._figures import DatedTable, Tables
from ._lookup import KeyIndex
from ._model import Contribution, Country, Operation, Source, Strength, Table

__all__ = ["Figures", "Keys", "Lazy"]

T = TypeVar("T")

#: Lookups remembered by the exact key asked, so a repeated lookup skips folding the key.
MEMO_SIZE = 4096


class Lazy(Generic[T]):
    """A value built by *build* the first time it is asked for, then shared by every thread."""

    __slots__ = ("_build", "_lock", "_value")

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._value: T | None = None

    @property
    def built(self) -> bool:
        """Whether the value has been built."""
        return self._value is not None

    def get(self) -> T:
        """The value, built now if no one has asked before."""
        value = self._value
        if value is None:
            with self._lock:
                value = self._value
                if value is None:
                    value = self._value = self._build()
        return value


class Keys:
    """Countries, operations and sources by every key they are looked up by."""

    __slots__ = ("_countries", "_memo", "operations", "sources")

    def __init__(
        self,
        countries: Iterable[Country],
        operations: Iterable[Operation],
        sources: Iterable[Source],
    ) -> None:
        self._countries = KeyIndex(
            countries,
            codes=lambda c: (
                c.code,
                c.alpha_2,
                c.numeric,
                f"numeric:{c.numeric}",
                *(() if c.cow is None else (f"cow:{c.cow}",)),
            ),
            names=lambda c: (c.name, *c.other_names),
            label=lambda c: c.code,
        )
        self.operations = KeyIndex(
            operations,
            codes=lambda o: (o.code,),
            names=lambda o: (o.name,),
            label=lambda o: o.code,
        )
        self.sources: Mapping[str, Source] = MappingProxyType({s.id: s for s in sources})
        self._memo: dict[str, tuple[Country, ...]] = {}

    def countries(self, key: str) -> tuple[Country, ...]:
        """Every country *key* could mean (see KeyIndex.find), remembered by the key as asked."""
        found = self._memo.get(key)
        if found is None:
            found = self._countries.find(key)
            if found and len(self._memo) < MEMO_SIZE:
                self._memo[key] = found
        return found

    def suggest_country(self, key: str) -> tuple[str, ...]:
        """The country names closest to *key*."""
        return self._countries.suggest(key)


class Figures:
    """Contributions by operation and nation, their dated tables, and a summary of each table."""

    __slots__ = ("dated", "rows", "tables")

    def __init__(
        self,
        operations: Iterable[Operation],
        contributions: Iterable[Contribution],
        sources: Iterable[Source],
        strengths: Iterable[Strength],
    ) -> None:
        rows: dict[tuple[str | None, str | None], list[Contribution]] = {}
        by_operation: dict[str, list[Contribution]] = {o.code: [] for o in operations}
        for row in contributions:
            by_operation[row.operation].append(row)
            rows.setdefault((row.operation, None), []).append(row)
            rows.setdefault((row.operation, row.country), []).append(row)
            rows.setdefault((None, row.country), []).append(row)
        complete = {s.id for s in sources if s.complete}
        self.rows: Mapping[tuple[str | None, str | None], tuple[Contribution, ...]] = (
            MappingProxyType({key: tuple(found) for key, found in rows.items()})
        )
        self.dated: Mapping[str, Tables] = MappingProxyType(
            {code: Tables(found, complete) for code, found in by_operation.items()}
        )
        totals = {(s.operation, s.as_of, s.as_of_precision): s for s in strengths if s.table_total}
        self.tables = tuple(
            _summary(code, table, totals)
            for code, tables in self.dated.items()
            for table in sorted(tables.tables, key=lambda t: (t.as_of, t.source))
        )


def _summary(
    operation: str,
    table: DatedTable,
    totals: Mapping[tuple[str, datetime.date, Precision], Strength],
) -> Table:
    first = next(iter(table.rows.values()))[0]
    personnel = sum(r.personnel or 0 for found in table.rows.values() for r in found)
    total = totals.get((operation, table.as_of, first.as_of_precision)) if table.complete else None
    return Table(
        operation=operation,
        as_of=table.as_of,
        as_of_precision=first.as_of_precision,
        source=table.source,
        complete=table.complete,
        nations=len(table.rows),
        personnel=personnel,
        stated_total=total
        if total is not None and total.qualifier.admits(total.personnel, personnel)
        else None,
    )
