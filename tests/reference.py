"""A deliberately simple, slow reading of the rules in docs/data.md, to check natodata against.

Written from the page "The figure for a nation on a date" and from what it says of members and
operations, not from natodata's code: no bisecting, no indexes, no shared helpers. Dates come in
as the tables write them (``2007``, ``2007-06``, ``2007-06-15``) and are read here, by hand.
Every function walks every table it is given, every time.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = [
    "NoData",
    "RefOperation",
    "RefPeriod",
    "RefRow",
    "RefTable",
    "active_operations",
    "first_day",
    "last_day",
    "members_on",
    "personnel_on",
    "rows_on",
]


class NoData(Exception):  # noqa: N818 - the reference's own name for natodata's NoDataError
    """The data cannot say: outside the operation's dates, or before its first table."""


def first_day(text: str) -> datetime.date:
    """The first day a date written as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` covers."""
    parts = [int(part) for part in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(parts[0], parts[1], parts[2])


def last_day(text: str) -> datetime.date:
    """The last day a date written as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` covers."""
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 12, 31)
    if len(parts) == 2:
        # The day before the first of the next month: counted by hand, no calendar module.
        year, month = (parts[0] + 1, 1) if parts[1] == 12 else (parts[0], parts[1] + 1)
        return datetime.date(year, month, 1) - datetime.timedelta(days=1)
    return datetime.date(parts[0], parts[1], parts[2])


@dataclass(frozen=True)
class RefRow:
    """One row of a contribution table: a nation, what it gave, and how many people (or None)."""

    country: str
    kind: str
    personnel: int | None


@dataclass(frozen=True)
class RefTable:
    """The rows one source gives for one operation on one date, as written in the tables."""

    operation: str
    as_of: str
    source: str
    complete: bool
    rows: tuple[RefRow, ...] = field(default=())

    def lists(self, country: str) -> bool:
        """Whether the table has a row for *country*."""
        return any(row.country == country for row in self.rows)

    def of(self, country: str) -> list[RefRow]:
        """The rows of *country*."""
        return [row for row in self.rows if row.country == country]


@dataclass(frozen=True)
class RefPeriod:
    """A contribution that lasts a period (a rotation): from its ``as_of`` to its ``until``."""

    operation: str
    country: str
    kind: str
    personnel: int | None
    as_of: str
    until: str
    source: str

    def on(self, day: datetime.date) -> bool:
        """It counts on every day of its period, both ends at their precision, and no other."""
        return first_day(self.as_of) <= day <= last_day(self.until)


@dataclass(frozen=True)
class RefOperation:
    """An operation's code and its dates as written (``end`` empty while it runs)."""

    code: str
    start: str
    end: str = ""

    def active_on(self, day: datetime.date) -> bool:
        """Active from its start to its end inclusive; an end to the month or year counts whole."""
        if day < first_day(self.start):
            return False
        return self.end == "" or day <= last_day(self.end)


def active_operations(operations: Sequence[RefOperation], day: datetime.date) -> list[str]:
    """The codes of the operations running on *day*, in code order."""
    return sorted(operation.code for operation in operations if operation.active_on(day))


def members_on(joined: dict[str, str], day: datetime.date) -> list[str]:
    """The codes of the states that had joined (the day they became a party) by *day*."""
    return sorted(code for code, text in joined.items() if first_day(text) <= day)


def rows_on(
    operation: RefOperation,
    tables: Sequence[RefTable],
    day: datetime.date,
    periods: Sequence[RefPeriod] = (),
) -> dict[str, list[RefRow]]:
    """Each nation's rows in force on *day*, by the rule of docs/data.md.

    Periods take no part in the tables' rule: each counts on the days of its period.

    Raises:
        NoData: Before the operation began, after it ended, or before its first table (the
            start of a period counts as a table's date).
    """
    if not operation.active_on(day):
        raise NoData(f"{operation.code} is not running on {day}")
    # A table dated to the month or year counts from the first day of it.
    dated = [t for t in tables if t.operation == operation.code and first_day(t.as_of) <= day]
    mine = [p for p in periods if p.operation == operation.code]
    if not dated and not [p for p in mine if first_day(p.as_of) <= day]:
        raise NoData(f"no table of {operation.code} on or before {day}")
    snapshots = [t for t in tables if t.operation == operation.code]
    if not snapshots and not [p for p in mine if p.on(day)]:
        # An operation known only by rotations: a day none covers is a gap in the sources, not a
        # day nobody served (natodata's code says so; docs/data.md does not yet).
        raise NoData(f"no rotation of {operation.code} covers {day}")
    nations = sorted({row.country for table in dated for row in table.rows})
    found: dict[str, list[RefRow]] = {}
    for nation in nations:
        chosen = _table_for(nation, dated)
        if chosen is not None:
            found[nation] = chosen.of(nation)
    for period in mine:
        if period.on(day):
            row = RefRow(period.country, period.kind, period.personnel)
            found.setdefault(period.country, []).append(row)
    return dict(sorted(found.items()))


def _table_for(nation: str, dated: list[RefTable]) -> RefTable | None:
    """The table that gives *nation*'s figure among *dated*, or None if the nation had left."""
    listing = [t for t in dated if t.lists(nation)]
    latest = max(first_day(t.as_of) for t in listing)
    on_latest = [t for t in dated if first_day(t.as_of) == latest]
    complete_on_latest = [t for t in on_latest if t.complete]
    if complete_on_latest:
        # On one date, a complete table outranks a partial one: it alone says who was there.
        chosen = next((t for t in complete_on_latest if t.lists(nation)), None)
    else:
        chosen = next(t for t in on_latest if t.lists(nation))
    if chosen is None:
        return None
    # Missing from a later complete table: the nation had left by then.
    for table in dated:
        if table.complete and first_day(table.as_of) > latest and not table.lists(nation):
            return None
    return chosen


def personnel_on(
    operation: RefOperation,
    tables: Sequence[RefTable],
    day: datetime.date,
    periods: Sequence[RefPeriod] = (),
) -> dict[str, int]:
    """Each nation's people on *day*: its rows in force added up; nations counting no people left
    out.

    Raises:
        NoData: As :func:`rows_on`.
    """
    found: dict[str, int] = {}
    for nation, rows in rows_on(operation, tables, day, periods).items():
        counted = [row.personnel for row in rows if row.personnel is not None]
        if counted:
            total = 0
            for people in counted:
                total += people
            found[nation] = total
    return found
