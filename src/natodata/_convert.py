"""Records to plain data and back, through natodata's one cattrs converter.

Plain data is what JSON holds: dicts, lists, strings, numbers, booleans and None.
A date is written as ISO 8601 (``"2003-08-11"``) beside its precision, an enum as its value, a
tuple as a list.
The converter is built on first use: cattrs is imported only by those who ask for plain data.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, TypeVar

import cattrs

from ._model import (
    Contribution,
    Country,
    MemberState,
    Operation,
    Partnership,
    Source,
    Strength,
)

__all__ = ["RECORDS", "from_dict", "to_dict"]

R = TypeVar("R")

RECORDS: tuple[type[Any], ...] = (
    Source,
    Country,
    MemberState,
    Operation,
    Contribution,
    Strength,
    Partnership,
)
"""Every record class plain data converts to and from."""


def _date(value: object, _: object) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"expected a date as YYYY-MM-DD, got {value!r}")
    return datetime.date.fromisoformat(value)


def _strings(value: object, _: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise TypeError(f"expected a list of strings, got {value!r}")
    if not all(isinstance(item, str) for item in value):
        raise TypeError(f"expected a list of strings, got {value!r}")
    return tuple(value)


@functools.cache
def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.date, _date)
    strings = tuple[str, ...]
    converter.register_unstructure_hook_func(lambda t: t == strings, list)
    converter.register_structure_hook_func(lambda t: t == strings, _strings)
    return converter


def to_dict(record: object) -> dict[str, Any]:
    """A record as plain data, ready for ``json.dumps``.

    >>> import natodata
    >>> natodata.to_dict(natodata.load().operation("ISAF"))["start"]
    '2003-08-11'

    Raises:
        TypeError: *record* is not one of natodata's records.
    """
    if type(record) not in RECORDS:
        raise TypeError(f"expected one of natodata's records, got {type(record).__name__}")
    data: dict[str, Any] = _converter().unstructure(record)
    return data


def from_dict(record: type[R], data: dict[str, Any]) -> R:
    """A record made from plain data, as :func:`to_dict` writes it; the record's checks apply.

    Raises:
        TypeError: *record* is not one of natodata's record classes.
        cattrs.ClassValidationError: *data* lacks a field, has an unknown one, or holds a value
            the record refuses.
    """
    if record not in RECORDS:
        raise TypeError(f"expected one of natodata's record classes, got {record!r}")
    made: R = _converter().structure(data, record)
    return made
