"""Records to plain data and back, through natodata's one cattrs converter.

Plain data is what JSON holds: dicts, lists, strings, numbers, booleans and None.
A date is written as ISO 8601 (``"2003-08-11"``) beside its precision, an enum as its value, a
tuple as a list.
The converter is built on first use: cattrs is imported only by those who ask for plain data.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, TypeVar

import cattrs
import cattrs.v

from ._dates import parse_day
from ._model import Country, InvalidValueError, MemberState, Source
from ._model_figures import Contribution, Strength
from ._model_operations import Operation
from ._model_partners import Partnership

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
    return parse_day(value)


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

    >>> import natodata
    >>> try:
    ...     natodata.from_dict(natodata.Operation, {"code": "ISAF"})
    ... except natodata.ConversionError as error:
    ...     print(error.problems[0])
    required field missing @ $.name

    Raises:
        TypeError: *record* is not one of natodata's record classes.
        ConversionError: *data* is not a mapping, lacks a field, has an unknown one, or holds a
            value the record refuses; its ``problems`` name each field.
    """
    if record not in RECORDS:
        raise TypeError(f"expected one of natodata's record classes, got {record!r}")
    from .exceptions import ConversionError

    name = getattr(record, "__name__", str(record))
    if not isinstance(data, Mapping):
        raise ConversionError(name, [f"expected a mapping of fields, got {type(data).__name__}"])
    try:
        made: R = _converter().structure(data, record)
    except (cattrs.BaseValidationError, ValueError, TypeError) as error:
        problems = cattrs.transform_error(error, format_exception=_problem)
        raise ConversionError(name, problems) from None
    return made


def _problem(error: BaseException, kind: type | None) -> str:
    """What was wrong with one value: a record's own check says it in its words, with the field."""
    if isinstance(error, InvalidValueError):
        return str(error)
    return cattrs.v.format_exception(error, kind)
