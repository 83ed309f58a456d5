"""The figure for each nation on a date, from an operation's dated tables.

Contributions come in tables: the rows one source gives for one operation on one date.
The rule: a nation's figure on day D comes from the latest table dated on or before D that lists it;
a nation missing from a later complete table (one that lists every contributor) had left, and has no
figure at all. Between tables of the same date, a complete one outranks a partial one.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Collection, Iterable

import attrs

from ._model import Contribution

__all__ = ["DatedTable", "Tables"]


@attrs.frozen
class DatedTable:
    """The rows one source gives for one operation on one date, by nation."""

    as_of: datetime.date
    complete: bool
    source: str
    rows: dict[str, tuple[Contribution, ...]]


class Tables:
    """One operation's contributions, grouped into dated tables and ordered by date."""

    __slots__ = ("_dates", "_tables")

    def __init__(self, rows: Iterable[Contribution], complete_sources: Collection[str]) -> None:
        grouped: dict[tuple[datetime.date, str], dict[str, list[Contribution]]] = {}
        for row in rows:
            table = grouped.setdefault((row.as_of, row.source), {})
            table.setdefault(row.country, []).append(row)
        tables = [
            DatedTable(
                as_of=as_of,
                complete=source in complete_sources,
                source=source,
                rows={country: tuple(found) for country, found in sorted(by_country.items())},
            )
            for (as_of, source), by_country in grouped.items()
        ]
        # Oldest first; on one date, partial before complete, so that walking backwards from the
        # newest meets a complete table before the partial ones of its date.
        # Among tables alike in both, the source id first in alphabetical order is met first.
        tables.sort(key=lambda t: t.source, reverse=True)
        tables.sort(key=lambda t: (t.as_of, t.complete))
        self._tables = tuple(tables)
        self._dates = tuple(t.as_of for t in tables)

    @property
    def tables(self) -> tuple[DatedTable, ...]:
        """The tables, oldest first."""
        return self._tables

    @property
    def first(self) -> datetime.date | None:
        """The date of the oldest table, None if there is none."""
        return self._dates[0] if self._dates else None

    def on(self, day: datetime.date) -> dict[str, tuple[Contribution, ...]]:
        """Each nation's rows in force on *day*, by alpha-3 code; empty before the first table."""
        found: dict[str, tuple[Contribution, ...]] = {}
        for index in range(bisect.bisect_right(self._dates, day) - 1, -1, -1):
            table = self._tables[index]
            for country, rows in table.rows.items():
                found.setdefault(country, rows)
            if table.complete:
                # Every nation it leaves out had left: nothing older may speak for them.
                break
        return dict(sorted(found.items()))
