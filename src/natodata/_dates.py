"""Dates known to a day, a month or a year, without inventing the part that is not known."""

from __future__ import annotations

import datetime
import enum
from typing import Protocol, Union

__all__ = [
    "DateLike",
    "FastEnum",
    "Precision",
    "as_day",
    "format_date",
    "iso_at",
    "parse_date",
    "parse_day",
    "period_end",
]

# English names, not calendar.month_name: that one follows the process locale.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class FastEnum(enum.Enum):
    """An enum whose members hash by identity, in C: they are singletons, so it is the same hash.

    enum.Enum hashes a member by its name in Python code, which the loader would pay for on every
    row whose key holds a date's precision or a kind.
    """

    __hash__ = object.__hash__


class Precision(FastEnum):
    """How much of a date its source gives.

    A date known to the month is stored as the first day of that month (the last day, for the end of
    a period) and carries ``Precision.MONTH`` beside it, so nothing shows a day nobody stated.
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_LENGTHS = {4: Precision.YEAR, 7: Precision.MONTH, 10: Precision.DAY}


def parse_date(text: str) -> tuple[datetime.date, Precision]:
    """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into the first day it covers and its precision.

    Raises:
        ValueError: For anything else, including a day that does not exist (``2005-02-30``).
    """
    precision = _LENGTHS.get(len(text))
    if precision is None or not _looks_like_date(text):
        raise ValueError(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}")
    year = int(text[:4])
    month = int(text[5:7]) if precision is not Precision.YEAR else 1
    day = int(text[8:10]) if precision is Precision.DAY else 1
    try:
        return datetime.date(year, month, day), precision
    except ValueError:
        raise ValueError(f"{text!r} is not a date that exists") from None


def _looks_like_date(text: str) -> bool:
    """Whether *text*, of 4, 7 or 10 characters, is ASCII digits with a dash after YYYY and MM."""
    if not text.isascii():
        return False
    if len(text) == 4:
        return text.isdigit()
    if text[4] != "-" or (len(text) == 10 and text[7] != "-"):
        return False
    return (text[:4] + text[5:7] + text[8:]).isdigit()


def period_end(first: datetime.date, precision: Precision) -> datetime.date:
    """The last day of the day, month or year that starts on *first*."""
    if precision is Precision.YEAR:
        return first.replace(month=12, day=31)
    if precision is Precision.MONTH:
        if first.month == 12:
            return first.replace(day=31)
        return first.replace(month=first.month + 1, day=1) - datetime.timedelta(days=1)
    return first


def format_date(value: datetime.date, precision: Precision) -> str:
    """Write a date at its precision, the way a person reads it: ``"11 August 2003"``,
    ``"July 2005"`` or ``"2003"``.
    """  # noqa: D205
    if precision is Precision.YEAR:
        return str(value.year)
    month = _MONTHS[value.month - 1]
    if precision is Precision.MONTH:
        return f"{month} {value.year}"
    return f"{value.day} {month} {value.year}"


def iso_at(value: datetime.date, precision: Precision) -> str:
    """Write a date at its precision as the tables do: ``2003-08-11``, ``2005-07``, ``2003``."""
    return value.isoformat()[: _ISO_LENGTHS[precision]]


_ISO_LENGTHS = {Precision.YEAR: 4, Precision.MONTH: 7, Precision.DAY: 10}


class _HasDate(Protocol):
    """Anything with a ``.date()``, such as a pandas ``Timestamp``."""

    def date(self) -> datetime.date: ...


DateLike = Union[datetime.date, str, _HasDate]  # noqa: UP007 - an alias evaluated at run time
"""What every public date argument accepts (see :func:`as_day`)."""

_FORMS = (
    "a datetime.date, a datetime.datetime, an ISO date string 'YYYY-MM-DD'"
    " or anything with a .date() such as a pandas Timestamp"
)


def parse_day(text: str, argument: str = "date") -> datetime.date:
    """Read exactly ``YYYY-MM-DD``, the same on every Python (3.11 would take ``20240307`` too).

    Raises:
        ValueError: For any other text, naming *argument*; or a day that does not exist.
    """
    if len(text) != 10 or text[4] != "-" or text[7] != "-" or not _looks_like_date(text):
        raise ValueError(f"{argument} must be a date as YYYY-MM-DD, got {text[:40]!r}")
    try:
        return datetime.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:
        raise ValueError(f"{argument}: {text!r} is not a date that exists") from None


def as_day(value: DateLike, argument: str) -> datetime.date:
    """The calendar day a public date argument stands for.

    A ``datetime`` gives its own date (an aware one, the date in its own time zone); a string must
    be ``YYYY-MM-DD``; anything else with a ``.date()`` gives what that returns.

    Raises:
        TypeError: *value* is none of those, naming *argument* and the forms accepted.
        ValueError: A string that is not ``YYYY-MM-DD`` or a day that does not exist.

    >>> as_day("2009-06-15", "on"), as_day(datetime.datetime(2009, 6, 15, 23, 59), "on")
    (datetime.date(2009, 6, 15), datetime.date(2009, 6, 15))
    """
    if type(value) is datetime.date:
        return value
    if isinstance(value, str):
        return parse_day(value, argument)
    method = getattr(value, "date", None)
    if not isinstance(value, datetime.date) and not callable(method):
        raise TypeError(f"{argument} must be {_FORMS}; got {type(value).__name__}")
    try:
        # A datetime, a pandas Timestamp: its .date(); a subclass of date: its own fields.
        day: datetime.date = value if not callable(method) else method()  # type: ignore[assignment] # checked below
        return datetime.date(day.year, day.month, day.day)
    except (AttributeError, TypeError, ValueError):  # pandas' NaT: a missing time
        raise ValueError(f"{argument} is not a day: {value!r}") from None
