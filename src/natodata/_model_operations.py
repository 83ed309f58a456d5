"""The record of the operations table: one NATO-led operation or mission.

Created when a query first reads the operations, not with the records of a first lookup (see
``_model``).
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

import attrs

from ._dates import DateLike, Precision, as_day, format_date
from ._model import (
    OperationKind,
    _cites_something,
    _first_day,
    _invalid,
    _last_day,
    _not_empty,
    _Shown,
)

__all__ = ["Operation"]


@attrs.frozen(weakref_slot=False)
class Operation(_Shown):
    """A NATO-led operation or mission.

    Attributes:
        code: Short key, e.g. ``"ISAF"``.
        name: Full name.
        start: First day of its start date (the first of the month when only the month is known).
        start_precision: How much of *start* the sources give.
        end: Last day of its end date; None while it runs.
        end_precision: How much of *end* the sources give.
        theatre: Where it took place.
        kind: What kind of operation it was.
        mandate: Its legal basis, e.g. UN Security Council resolutions.
        predecessor: Code of the NATO operation it took over from, if any (SFOR's is IFOR).
        successor: Code of the NATO operation that took over from it, if any.
        description: A line on what it did.
        sources: Ids of the sources for its dates and facts.
        evidence: The source's own words that state the row's values, verbatim, as printed.
    """

    code: str = attrs.field(validator=_not_empty)
    name: str = attrs.field(validator=_not_empty)
    start: datetime.date
    start_precision: Precision = attrs.field(validator=functools.partial(_first_day, "start"))
    end: datetime.date | None = attrs.field()
    end_precision: Precision | None = attrs.field(validator=functools.partial(_last_day, "end"))
    theatre: str = attrs.field(validator=_not_empty)
    kind: OperationKind
    mandate: tuple[str, ...] = ()
    predecessor: str | None = None
    successor: str | None = None
    description: str = ""
    sources: tuple[str, ...] = attrs.field(default=(), validator=_cites_something)
    evidence: str = attrs.field(default="", kw_only=True)

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[Any], value: datetime.date | None) -> None:
        if value is not None and value < self.start:
            _invalid(attribute, f"ends ({value}) before it starts ({self.start})")
        if (value is None) != (self.end_precision is None):
            _invalid(attribute, "an end date and its precision go together")

    def active_on(self, day: DateLike) -> bool:
        """Whether *day* is within its dates (an end known to the month or year counts whole)."""
        if type(day) is not datetime.date:
            day = as_day(day, "day")
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def ongoing(self) -> bool:
        """True while it runs (no end date is recorded)."""
        return self.end is None

    @property
    def period(self) -> str:
        """Its dates as a person reads them, e.g. ``"11 August 2003 to 31 December 2014"``."""
        start = format_date(self.start, self.start_precision)
        if self.end is None or self.end_precision is None:
            return f"since {start}"
        return f"{start} to {format_date(self.end, self.end_precision)}"
