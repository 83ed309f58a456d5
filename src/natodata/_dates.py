"""Dates known to a day, a month or a year, without inventing the part that is not known."""

from __future__ import annotations

import datetime
import enum

__all__ = ["FastEnum", "Precision", "format_date", "iso_at", "parse_date", "period_end"]

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
    parts = text.split("-")
    return (
        all(part.isascii() and part.isdigit() for part in parts)
        and len(parts[0]) == 4
        and all(len(part) == 2 for part in parts[1:])
    )


def period_end(first: datetime.date, precision: Precision) -> datetime.date:
    """The last day of the day, month or year that starts on *first*."""
    if precision is Precision.YEAR:
        return first.replace(month=12, day=31)
    if precision is Precision.MONTH:
        following = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        return following - datetime.timedelta(days=1)
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
