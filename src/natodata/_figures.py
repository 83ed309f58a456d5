"""The figure for each nation on a date, from an operation's dated tables.

Contributions come in tables: the rows one source gives for one operation on one date.
The rule: a nation's figure on day D comes from the latest table dated on or before D that lists it;
a nation missing from a later complete table (one that lists every contributor) had left, and has no
figure at all. Between tables of the same date, a complete one outranks a partial one.

A contribution that lasts a period (an air-policing rotation, with ``until``) is not a snapshot: it
counts on every day from its ``as_of`` to its ``until``, both included, and on no other, whatever
the tables around it say. It takes no part in the snapshot rule.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import operator
from collections.abc import Collection, Iterable, Iterator, KeysView, Mapping, Sequence
from typing import TYPE_CHECKING

from ._dates import Precision
from ._lazy import Lazy

if TYPE_CHECKING:
    from ._model import Source
    from ._model_figures import Contribution, Strength, Table
    from ._model_operations import Operation

__all__ = ["DatedTable", "Figures", "Tables"]


class DatedTable:
    """The rows one source gives for one operation on one date, in nation order.

    It holds its rows as they came, and finds a nation's by bisection: most tables are never asked
    for by nation, so grouping each one at first use would be work for nothing.
    """

    __slots__ = ("_rows", "as_of", "complete", "source")

    def __init__(
        self,
        as_of: datetime.date,
        complete: bool,  # noqa: FBT001 - a plain record of the module's own
        source: str,
        rows: Sequence[Contribution],
    ) -> None:
        """Hold *rows*, which are sorted by nation."""
        self.as_of = as_of
        self.complete = complete
        self.source = source
        self._rows = rows

    def __len__(self) -> int:
        """How many nations it lists."""
        return len(set(map(_COUNTRY, self._rows)))

    def nations(self) -> KeysView[str]:
        """The nations it lists, in code order."""
        return dict.fromkeys(map(_COUNTRY, self._rows)).keys()

    def get(self, nation: str) -> tuple[Contribution, ...]:
        """A nation's rows; () if it is not listed."""
        rows = self._rows
        start = bisect.bisect_left(rows, nation, key=_COUNTRY)
        return tuple(rows[start : bisect.bisect_right(rows, nation, lo=start, key=_COUNTRY)])

    def by_nation(self) -> Iterator[tuple[str, tuple[Contribution, ...]]]:
        """Each nation it lists, in code order, with its rows."""
        for nation, rows in itertools.groupby(self._rows, _COUNTRY):
            yield nation, tuple(rows)

    def rows(self) -> Iterable[Contribution]:
        """Every row."""
        return iter(self._rows)


_AS_OF = operator.attrgetter("as_of")
_COUNTRY = operator.attrgetter("country")
_BY_DATE_AND_SOURCE = operator.attrgetter("as_of", "source")
_BY_DATE_AND_COMPLETE = operator.attrgetter("as_of", "complete")
_UNTIL = operator.attrgetter("until")


class Tables:
    """One operation's contributions, grouped into dated tables and ordered by date.

    Snapshots form the dated tables of the figure-on-a-date rule; contributions that last a period
    are held apart and count on the days of their period.
    """

    __slots__ = ("_by_date_and_source", "_dates", "_period_tables", "_periods", "_tables")

    def __init__(self, rows: Sequence[Contribution], complete_sources: Collection[str]) -> None:
        """Group *rows*, which are sorted by date, source, then nation (as loaded), into tables."""
        periods = (
            tuple(row for row in rows if row.until is not None) if any(map(_UNTIL, rows)) else ()
        )
        if periods:
            rows = [row for row in rows if row.until is None]
        self._periods = periods
        self._period_tables = tuple(
            DatedTable(as_of, False, source, sorted(held, key=_COUNTRY))  # noqa: FBT003
            for (as_of, source), held in itertools.groupby(
                sorted(periods, key=_BY_DATE_AND_SOURCE), _BY_DATE_AND_SOURCE
            )
        )
        # Each run of one date and source is one table, its rows already in nation order.
        by_date_and_source = tuple(
            DatedTable(as_of, source in complete_sources, source, list(held))
            for (as_of, source), held in itertools.groupby(rows, _BY_DATE_AND_SOURCE)
        )
        # Oldest first; on one date, partial before complete, so that walking backwards from the
        # newest meets a complete table before the partial ones of its date.
        # Among tables alike in both, the source id first in alphabetical order is met first:
        # a stable sort of the tables in reverse source order keeps that order among equals.
        tables = list(reversed(by_date_and_source))
        tables.sort(key=_BY_DATE_AND_COMPLETE)
        self._tables = tuple(tables)
        self._dates = tuple(t.as_of for t in tables)
        self._by_date_and_source = by_date_and_source

    def rows(self, country: str) -> tuple[Contribution, ...]:
        """Every row of one nation, oldest first."""
        found: list[Contribution] = []
        for table in self._by_date_and_source:
            found.extend(table.get(country))
        found.extend(row for row in self._periods if row.country == country)
        found.sort(key=_AS_OF)
        return tuple(found)

    @property
    def tables(self) -> tuple[DatedTable, ...]:
        """The tables, oldest first: the snapshots' and, for a summary, each period source's."""
        if not self._period_tables:
            return self._tables
        return tuple(sorted((*self._tables, *self._period_tables), key=_BY_DATE_AND_SOURCE))

    @property
    def first(self) -> datetime.date | None:
        """The date of the oldest table or period start, None if there is none."""
        starts = [*self._dates[:1], *(row.as_of for row in self._periods)]
        return min(starts) if starts else None

    @property
    def only_periods(self) -> bool:
        """Whether every contribution of the operation lasts a period (rotations, no snapshots)."""
        return bool(self._periods) and not self._tables

    @property
    def last_day(self) -> datetime.date | None:
        """The last day any recorded period covers, None without periods."""
        return max((row.until for row in self._periods if row.until is not None), default=None)

    def periods_on(self, day: datetime.date) -> list[Contribution]:
        """The contributions whose period includes *day*."""
        return [row for row in self._periods if row.as_of <= day <= row.until]  # type: ignore[operator]

    def on(self, day: datetime.date) -> dict[str, tuple[Contribution, ...]]:
        """Each nation's rows in force on *day*, by alpha-3 code; empty before the first table."""
        found: dict[str, tuple[Contribution, ...]] = {}
        for table in self._in_force(day):
            for country, rows in table.by_nation():
                if country not in found:
                    found[country] = rows
        for row in self.periods_on(day):
            found[row.country] = (*found.get(row.country, ()), row)
        return dict(sorted(found.items()))

    def _in_force(self, day: datetime.date) -> list[DatedTable]:
        """The snapshot tables that speak for *day*, newest first, down to the first complete."""
        found: list[DatedTable] = []
        for index in range(bisect.bisect_right(self._dates, day) - 1, -1, -1):
            table = self._tables[index]
            found.append(table)
            if table.complete:
                # Every nation it leaves out had left: nothing older may speak for them.
                break
        return found


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
    from ._model_figures import Table  # the figures' records, created when first read

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
