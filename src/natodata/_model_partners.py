"""The record of the partnerships table: a nation's part in one of NATO's partnership frameworks.

Created when a query first reads the partnerships, not with the records of a first lookup (see
``_model``).
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

import attrs

from ._dates import DateLike, Precision, as_day
from ._model import Framework, _code, _first_day, _invalid, _last_day, _not_empty, _Shown

__all__ = ["Partnership"]


@attrs.frozen(weakref_slot=False)
class Partnership(_Shown):
    """A nation's part in one of NATO's partnership frameworks.

    Attributes:
        country: Alpha-3 code of the partner.
        framework: Which framework.
        start: When it joined (first day of it at a coarser precision); None where no source says.
        start_precision: How much of *start* the source gives; None without a date.
        end: When it left (the last day of it), e.g. on becoming a member; None if it has not.
        end_precision: How much of *end* the source gives; None without a date.
        notes: What the source adds, in our words.
        source: Id of the source.
        evidence: The source's own words that state the row's values, verbatim, as printed.
    """

    country: str = attrs.field(validator=_code(3))
    framework: Framework
    start: datetime.date | None
    start_precision: Precision | None = attrs.field(
        validator=functools.partial(_first_day, "start")
    )
    end: datetime.date | None = attrs.field()
    end_precision: Precision | None = attrs.field(validator=functools.partial(_last_day, "end"))
    notes: str
    source: str = attrs.field(validator=_not_empty)
    evidence: str = attrs.field(default="", kw_only=True)

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[Any], value: datetime.date | None) -> None:
        if value is not None and self.start is not None and value < self.start:
            _invalid(attribute, f"ends ({value}) before it starts ({self.start})")

    def active_on(self, day: DateLike) -> bool:
        """Whether the nation was in the framework on *day*; False if when it joined is unknown."""
        if type(day) is not datetime.date:
            day = as_day(day, "day")
        return (
            self.start is not None and self.start <= day and (self.end is None or day <= self.end)
        )
