"""The records of the figures tables: contributions, strengths, and summaries and panels of them.

They are created when a query first needs the figures, not with the model's other records: a
member lookup never pays for them (see docs/performance.md).
"""

from __future__ import annotations

import datetime
import functools
from decimal import Decimal
from typing import Any

import attrs

from ._dates import DateLike, Precision, as_day, format_date, iso_at, period_end
from ._model import (
    ContributionKind,
    ContributionRole,
    Qualifier,
    _code,
    _first_day,
    _invalid,
    _last_day,
    _not_empty,
    _not_negative,
    _Shown,
)

__all__ = ["Contribution", "Coverage", "PanelRow", "Strength", "Table"]


def _with_a_figure(record: Any, attribute: attrs.Attribute[Any], value: Qualifier | None) -> None:  # noqa: ANN401 - an attrs validator
    """A qualifier goes with a figure, and only with one."""
    if (value is None) != (record.personnel is None):
        _invalid(attribute, "a qualifier goes with a figure, and only with one")


def _after_as_of(record: Any, attribute: attrs.Attribute[Any], value: datetime.date | None) -> None:  # noqa: ANN401 - an attrs validator
    """A period's last day comes with its precision, and not before its first day."""
    if (value is None) != (record.until_precision is None):
        _invalid(attribute, "a last day and its precision go together")
    if value is not None and value < record.as_of:
        _invalid(attribute, f"ends ({value}) before it starts ({record.as_of})")


@attrs.frozen(weakref_slot=False)
class Contribution(_Shown):
    """One nation's contribution to an operation, as one source states it on one date.

    Attributes:
        operation: Code of the operation.
        country: Alpha-3 code of the contributing nation (an Ally or a partner).
        as_of: The date the source gives the figure for (first day of it, at a coarser precision).
        as_of_precision: How much of *as_of* the source gives.
        personnel: Number of people, or None for a contribution not counted in people.
        qualifier: Whether *personnel* is exact, approximate ("about 700"), or a bound; None when
            there is no figure.
        kind: What was contributed.
        description: A line on what it was.
        source: Id of the source the figure comes from.
        until: The last day of the period the contribution lasts (an air-policing rotation), or
            None for a snapshot, which holds from *as_of* until the operation's next table.
        until_precision: How much of *until* the source gives; None without it.
        role: The nation's part (framework nation, lead or augmenting nation), where one is named.
        evidence: The source's own words that state the row's values, verbatim, as printed.
    """

    operation: str = attrs.field(validator=_not_empty)
    country: str = attrs.field(validator=_code(3))
    as_of: datetime.date
    as_of_precision: Precision = attrs.field(validator=functools.partial(_first_day, "as_of"))
    personnel: int | None = attrs.field(validator=_not_negative)
    qualifier: Qualifier | None = attrs.field(validator=_with_a_figure)
    kind: ContributionKind
    description: str
    source: str = attrs.field(validator=_not_empty)
    until: datetime.date | None = attrs.field(default=None, kw_only=True, validator=_after_as_of)
    until_precision: Precision | None = attrs.field(
        default=None, kw_only=True, validator=functools.partial(_last_day, "until")
    )
    role: ContributionRole | None = attrs.field(default=None, kw_only=True)
    evidence: str = attrs.field(default="", kw_only=True)

    @property
    def figure_text(self) -> str:
        """The figure as its source words it (``"about 700"``), or ``"no figure"`` without one."""
        if self.personnel is None or self.qualifier is None:
            return "no figure"
        return self.qualifier.describe(self.personnel)

    @property
    def period(self) -> bool:
        """True when it lasts a period (``as_of`` to ``until``) rather than being a snapshot."""
        return self.until is not None

    def in_force_on(self, day: DateLike) -> bool:
        """For a contribution with a period: whether *day* is within it (its last day included)."""
        if type(day) is not datetime.date:
            day = as_day(day, "day")
        return self.until is not None and self.as_of <= day <= self.until

    @property
    def as_of_text(self) -> str:
        """The date as a person reads it, at its precision."""
        return format_date(self.as_of, self.as_of_precision)

    @property
    def as_of_last_day(self) -> datetime.date:
        """The last day the date covers (``as_of`` itself when known to the day)."""
        return period_end(self.as_of, self.as_of_precision)

    def __str__(self) -> str:
        figure = (
            ""
            if self.personnel is None or self.qualifier is None
            else f" {self.qualifier.describe(self.personnel)}"
        )
        when = iso_at(self.as_of, self.as_of_precision)
        if self.until is not None and self.until_precision is not None:
            when = f"{when} to {iso_at(self.until, self.until_precision)}"
        return f"{self.country} in {self.operation}, {when}: {self.kind.value}{figure}"


@attrs.frozen(weakref_slot=False)
class Strength(_Shown):
    """An operation's total strength, as one source states it on one date.

    Attributes:
        operation: Code of the operation.
        as_of: The date the source gives the figure for.
        as_of_precision: How much of *as_of* the source gives.
        personnel: The number of people.
        qualifier: Whether it is exact, approximate or a bound ("over 35 000").
        table_total: True when it is the stated total of the complete contribution table of the
            same operation and date: that table's rows add up to it, within its rounding.
        description: What the source adds, in our words.
        source: Id of the source.
        evidence: The source's own words that state the row's values, verbatim, as printed.
        table_sum: True for a figure no source states: the sum of the rows of the complete
            contribution table of *source* on *as_of* (only :meth:`Alliance.peak` gives these).
    """

    operation: str = attrs.field(validator=_not_empty)
    as_of: datetime.date
    as_of_precision: Precision = attrs.field(validator=functools.partial(_first_day, "as_of"))
    personnel: int = attrs.field(validator=_not_negative)
    qualifier: Qualifier
    table_total: bool
    description: str
    source: str = attrs.field(validator=_not_empty)
    evidence: str = attrs.field(default="", kw_only=True)
    table_sum: bool = attrs.field(default=False, kw_only=True)

    @property
    def figure_text(self) -> str:
        """The figure as its source words it: ``"about 67,700"``, ``"over 130,000"``."""
        return self.qualifier.describe(self.personnel)

    @property
    def as_of_text(self) -> str:
        """The date as a person reads it, at its precision."""
        return format_date(self.as_of, self.as_of_precision)


@attrs.frozen(weakref_slot=False)
class Table(_Shown):
    """One contribution table: the rows one source gives for one operation on one date.

    Attributes:
        operation: Code of the operation.
        as_of: The date of the table (first day of it, at a coarser precision).
        as_of_precision: How much of *as_of* the source gives.
        source: Id of the source of its rows.
        complete: Whether the source lists every contributing nation (see Source.complete).
        nations: How many nations it lists.
        personnel: Its rows' people added up.
        stated_total: The total a source states for it, when its rows have been checked against
            one (see Strength.table_total); None otherwise.
    """

    operation: str
    as_of: datetime.date
    as_of_precision: Precision
    source: str
    complete: bool
    nations: int
    personnel: int
    stated_total: Strength | None

    @property
    def as_of_text(self) -> str:
        """The date as a person reads it, at its precision."""
        return format_date(self.as_of, self.as_of_precision)


@attrs.frozen(weakref_slot=False)
class Coverage(_Shown):
    """What the contribution tables of one operation cover.

    Attributes:
        operation: Code of the operation.
        first: Date of its oldest table.
        last: Date of its newest table.
        tables: How many tables it has.
        complete: How many of them list every contributing nation.
        checked: How many add up to a total their sources state.
        nations: How many nations appear in any of them.
    """

    operation: str
    first: datetime.date
    last: datetime.date
    tables: int
    complete: int
    checked: int
    nations: int


@attrs.frozen
class PanelRow:
    """One nation's figure in one operation on one year's reference day.

    "No figure" and zero differ: *personnel* is 0 when a complete table (one that lists every
    contributing nation) in force that day leaves the nation out, and None when the data cannot
    say: no table speaks for the nation that day, or the one that does is older than the panel's
    *max_age*. A nation whose rows count no people (an airlift, say) has None as well, but with
    the *as_of* and *source* of those rows.

    Attributes:
        country: ISO 3166-1 alpha-3 code of the nation (``"NOR"``).
        cow: Correlates of War state number, for joins with COW-coded data; None where unknown.
        year: The year.
        on: The reference day of the year the figure is in force on.
        operation: Code of the operation; only operations running on the reference day have rows.
        personnel: People in the operation that day; 0 when a complete table leaves the nation
            out; None when there is no figure.
        as_of: Date of the table the figure comes from (first day of it, at a coarser precision);
            None when there is no figure.
        as_of_precision: How much of *as_of* the source gives; None without a date.
        complete: Whether that table lists every contributing nation; None without a figure.
        source: Id of the source of the figure; None without a figure.
        member: Whether the nation was a member of NATO on the reference day.
        percent_of_gdp: The nation's defence expenditure that year as a share of its GDP, as
            NATO publishes it (2.29 means 2.29 %), from the latest edition that has the year
            (each edition revises the years before it); None where NATO publishes none.
        spending_estimate: Whether NATO marks that share as an estimate; None without a share.
    """

    country: str
    cow: int | None
    year: int
    on: datetime.date
    operation: str
    personnel: int | None
    as_of: datetime.date | None
    as_of_precision: Precision | None
    complete: bool | None
    source: str | None
    member: bool
    percent_of_gdp: Decimal | None = None
    spending_estimate: bool | None = None
