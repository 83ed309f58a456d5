"""The indexes queries answer from: built on first use, once, whichever thread asks first.

Nothing here is built when the data is loaded: a program that only counts members never pays for
the contribution indexes, and loading stays as cheap as reading the tables.
"""

from __future__ import annotations

import _thread
import bisect
import datetime
import functools
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
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
        self._lock = _thread.allocate_lock()  # as threading.Lock(), without importing threading
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
    """Countries, operations and sources by every key they are looked up by.

    Codes as written ("NOR", "NO", "ISAF") are found in a plain dict; the index that folds case,
    accents and punctuation is built the first time a key needs it.
    """

    __slots__ = (
        "_codes",
        "_folded",
        "_memo",
        "_operation_codes",
        "_operations",
        "_records",
        "sources",
    )

    def __init__(
        self,
        countries: Sequence[Country],
        operations: Sequence[Operation],
        sources: Iterable[Source],
    ) -> None:
        self._records = (countries, operations)
        self._codes: dict[str, tuple[Country, ...]] = {}
        for country in countries:
            for code in (country.code, country.alpha_2, country.numeric):
                self._codes[code] = (country,)
        self._folded: Lazy[KeyIndex[Country]] = Lazy(self._fold_countries)
        self._operations: Lazy[KeyIndex[Operation]] = Lazy(self._fold_operations)
        # Operation codes as written, then every other key once it has been asked.
        self._operation_codes: dict[str, tuple[Operation, ...]] = {o.code: (o,) for o in operations}
        self.sources: Mapping[str, Source] = MappingProxyType({s.id: s for s in sources})
        self._memo: dict[str, tuple[Country, ...]] = {}

    def _fold_countries(self) -> KeyIndex[Country]:
        return KeyIndex(
            self._records[0],
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

    def _fold_operations(self) -> KeyIndex[Operation]:
        return KeyIndex(
            self._records[1],
            codes=lambda o: (o.code,),
            names=lambda o: (o.name,),
            label=lambda o: o.code,
        )

    def operations(self, key: str) -> tuple[Operation, ...]:
        """Every operation *key* could mean, by code as written or by folded code or name."""
        found = self._operation_codes.get(key)
        if found is None:
            found = self._operations.get().find(key)
            if found and len(self._operation_codes) < MEMO_SIZE:
                self._operation_codes[key] = found
        return found

    def suggest_operation(self, key: str) -> tuple[str, ...]:
        """The operation codes and names closest to *key*."""
        return self._operations.get().suggest(key)

    def countries(self, key: str) -> tuple[Country, ...]:
        """Every country *key* could mean (see KeyIndex.find), remembered by the key as asked."""
        found = self._codes.get(key) or self._memo.get(key)
        if found is None:
            found = self._folded.get().find(key)
            if found and len(self._memo) < MEMO_SIZE:
                self._memo[key] = found
        return found

    def suggest_country(self, key: str) -> tuple[str, ...]:
        """The country names closest to *key*."""
        return self._folded.get().suggest(key)


_OPERATION = operator.attrgetter("operation")


class Figures:
    """Contributions by operation and nation, their dated tables, and a summary of each table.

    Each part is built the first time a query needs it: an operation's dated tables when its
    figures on a day are asked for, the index by nation for contributions(country=).
    """

    __slots__ = ("_contributions", "_dated", "_operations", "_strengths", "complete")

    def __init__(
        self,
        operations: Sequence[Operation],
        contributions: Sequence[Contribution],
        sources: Iterable[Source],
        strengths: Iterable[Strength],
    ) -> None:
        self._operations = operations
        # Sorted by operation, so that an operation's rows are one slice of the tuple.
        self._contributions = contributions
        self._strengths = strengths
        self.complete = frozenset(s.id for s in sources if s.complete)
        self._dated: dict[str, Lazy[Tables]] = {
            o.code: Lazy(functools.partial(self._tables_of, o.code)) for o in operations
        }

    def _slice(self, operation: str) -> Sequence[Contribution]:
        rows = self._contributions
        return rows[
            bisect.bisect_left(rows, operation, key=_OPERATION) : bisect.bisect_right(
                rows, operation, key=_OPERATION
            )
        ]

    def _tables_of(self, operation: str) -> Tables:
        return Tables(self._slice(operation), self.complete)

    def dated(self, operation: str) -> Tables:
        """An operation's dated tables."""
        return self._dated[operation].get()

    def rows(self, operation: str | None, country: str | None) -> tuple[Contribution, ...]:
        """The rows of an operation, a nation, or both, oldest first within an operation."""
        if country is None:
            return tuple(self._slice(operation)) if operation is not None else ()
        if operation is not None:
            return self.dated(operation).rows(country)
        return tuple(row for o in sorted(self._dated) for row in self.dated(o).rows(country))

    @property
    def tables(self) -> tuple[Table, ...]:
        """A summary of every table, by operation and date."""
        totals = {
            (s.operation, s.as_of, s.as_of_precision): s for s in self._strengths if s.table_total
        }
        return tuple(
            _summary(o.code, table, totals)
            for o in self._operations
            for table in sorted(self.dated(o.code).tables, key=lambda t: (t.as_of, t.source))
        )


def _summary(
    operation: str,
    table: DatedTable,
    totals: Mapping[tuple[str, datetime.date, Precision], Strength],
) -> Table:
    first = next(iter(table.rows()))
    personnel = sum(r.personnel or 0 for r in table.rows())
    total = totals.get((operation, table.as_of, first.as_of_precision)) if table.complete else None
    return Table(
        operation=operation,
        as_of=table.as_of,
        as_of_precision=first.as_of_precision,
        source=table.source,
        complete=table.complete,
        nations=len(table),
        personnel=personnel,
        stated_total=total
        if total is not None and total.qualifier.admits(total.personnel, personnel)
        else None,
    )
