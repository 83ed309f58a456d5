"""Country-year panels: each nation's figure in each operation on one reference day a year.

A panel asks the Alliance's own queries, year by year, so its figures follow the same rule as
:meth:`natodata.Alliance.contributions`; what it adds is the year's reference day, zeros where a
complete table shows a nation had no one there, and a limit on how old a figure may be.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from ._dates import Precision
from ._model import Country, MemberState
from ._results import Records
from .exceptions import NoDataError

if TYPE_CHECKING:
    from decimal import Decimal

    from ._alliance import Alliance
    from ._model_figures import Contribution, PanelRow, Table

__all__ = ["DEFAULT_MAX_AGE", "Nations", "build_panel"]

#: How old a figure may be on the reference day before the panel calls it "no figure": a year,
#: counted as 366 days so that a figure of the same day a year before still counts in a leap year.
DEFAULT_MAX_AGE = datetime.timedelta(days=366)

Nations = Literal["members", "partners", "all"]


def _reference(year: int, reference_day: tuple[int, int]) -> datetime.date:
    month, day = reference_day
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError(
            f"reference_day {reference_day!r} is no day of {year}; give (month, day)"
        ) from None


def build_panel(  # noqa: PLR0913 - the panel's options are all keyword-only
    nato: Alliance,
    first_year: int,
    last_year: int,
    *,
    nations: Nations = "members",
    operations: Iterable[str] | None = None,
    reference_day: tuple[int, int] = (12, 31),
    max_age: datetime.timedelta | None = DEFAULT_MAX_AGE,
) -> Records[PanelRow]:
    """The panel :meth:`natodata.Alliance.panel` describes."""
    from ._model_figures import PanelRow  # the figures' records, created when first read

    if first_year > last_year:
        raise ValueError(f"first_year {first_year} is after last_year {last_year}")
    if nations not in ("members", "partners", "all"):
        raise ValueError(f"nations must be 'members', 'partners' or 'all', got {nations!r}")
    codes = (
        [c.operation for c in nato.coverage()]
        if operations is None
        else [nato.operation(key).code for key in operations]
    )
    ops = [nato.operation(code) for code in dict.fromkeys(codes)]
    complete_tables = {op.code: [t for t in nato.tables(op.code) if t.complete] for op in ops}
    countries = nato.countries()
    rows: list[PanelRow] = []
    for year in range(first_year, last_year + 1):
        day = _reference(year, reference_day)
        chosen = [(c, _member(c, day)) for c in countries]
        chosen = [
            (c, member)
            for c, member in chosen
            if nations == "all" or member == (nations == "members")
        ]
        shares = {c.code: _share(nato, c.code, year) for c, member in chosen if member}
        for op in ops:
            if not op.active_on(day):
                continue
            try:
                in_force = _by_nation(nato.contributions(operation=op.code, on=day))
            except NoDataError:  # before the operation's first table: no nation has a figure
                in_force = {}
            latest = _latest(complete_tables[op.code], day)
            for country, member in chosen:
                figure = _figure(nato, in_force.get(country.code), latest, day, max_age)
                share = shares.get(country.code, (None, None))
                rows.append(
                    PanelRow(country.code, country.cow, year, day, op.code, *figure, member, *share)
                )
    rows.sort(key=lambda r: (r.country, r.year, r.operation))
    return Records(rows)


def _share(nato: Alliance, code: str, year: int) -> tuple[Decimal | None, bool | None]:
    """An Ally's defence expenditure as a share of GDP in *year*, and whether it is an estimate."""
    try:
        figure = nato.expenditure(code, year)
    except NoDataError:
        return None, None
    return figure.percent_of_gdp, figure.estimate


def _member(country: Country, day: datetime.date) -> bool:
    return isinstance(country, MemberState) and country.member_on(day)


def _by_nation(rows: Iterable[Contribution]) -> dict[str, list[Contribution]]:
    found: dict[str, list[Contribution]] = {}
    for row in rows:
        found.setdefault(row.country, []).append(row)
    return found


def _latest(tables: list[Table], day: datetime.date) -> Table | None:
    """The newest complete table dated on or before *day*, None if there is none."""
    earlier = [t for t in tables if t.as_of <= day]
    return earlier[-1] if earlier else None


_Figure = tuple[int | None, datetime.date | None, Precision | None, bool | None, str | None]
_NO_FIGURE: _Figure = (None, None, None, None, None)


def _figure(
    nato: Alliance,
    rows: list[Contribution] | None,
    latest_complete: Table | None,
    day: datetime.date,
    max_age: datetime.timedelta | None,
) -> _Figure:
    """Personnel, as_of, its precision, completeness and source of a nation's figure on *day*."""
    if rows:
        first = rows[0]
        if max_age is not None and day - first.as_of > max_age:
            return _NO_FIGURE
        counted = [r.personnel for r in rows if r.personnel is not None]
        people = sum(counted) if counted else None
        complete = nato.source(first.source).complete
        return people, first.as_of, first.as_of_precision, complete, first.source
    if latest_complete is None:
        return _NO_FIGURE
    if max_age is not None and day - latest_complete.as_of > max_age:
        return _NO_FIGURE
    return 0, latest_complete.as_of, latest_complete.as_of_precision, True, latest_complete.source
