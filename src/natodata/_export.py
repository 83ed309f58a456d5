"""natodata's records as tables for other tools: plain records, CSV, JSON, pandas and polars.

Any query result (a tuple of records, a mapping by nation), a single record, or a whole table that
the Alliance gives (``nato.table("members")``) becomes rows whose columns are the records'
attributes. Nothing here loads data: what is exported is what the caller asked the Alliance for.
pandas and polars are imported only here, when a DataFrame is asked for; without them the error
names the extra to install.
"""

from __future__ import annotations

import csv
import datetime
import decimal
import enum
import io
import json
import types
import typing
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Union, cast

import attrs

from ._model import Country, MemberState, Source
from ._model_figures import Contribution, Coverage, Strength, Table
from ._model_operations import Operation
from ._model_partners import Partnership
from ._model_spending import Expenditure, Guideline
from .exceptions import MissingExtraError

if TYPE_CHECKING:
    import pandas
    import polars

__all__ = [
    "Cell",
    "Exportable",
    "csv_text",
    "to_csv",
    "to_json",
    "to_pandas",
    "to_polars",
    "to_records",
]

Record = Union[  # noqa: UP007 - an alias evaluated at run time
    Source,
    Country,
    Operation,
    Contribution,
    Strength,
    Partnership,
    Table,
    Coverage,
    Expenditure,
    Guideline,
]
"""Any of natodata's records."""

Exportable = Union[  # noqa: UP007 - as above
    Record,
    Iterable[Record],
    Mapping[str, int],
    Mapping[str, tuple[Contribution, ...]],
]
"""What the exports take: a record, records of one kind (any query result, a table from
``Alliance.table(name)``), or an answer by nation (rows or figures)."""

Cell = Union[str, int, float, decimal.Decimal, bool, datetime.date, None]  # noqa: UP007 - as above
"""A plain value in an exported row."""

# The first characters that make a spreadsheet read a text cell as a formula (OWASP's list).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _records(value: Exportable) -> tuple[type[Any] | None, list[Any]]:
    """The record class and the records *value* stands for; None as the class for figures."""
    if isinstance(value, str):
        raise TypeError(
            f"cannot make a table of the text {str(value)[:40]!r}; for a whole table give"
            " nato.table(name), e.g. natodata.to_csv(natodata.load().table('members'))"
        )
    if attrs.has(type(value)):
        return type(value), [value]
    if isinstance(value, Mapping):
        items = list(value.values())
        if items and all(isinstance(v, int) and not isinstance(v, bool) for v in items):
            return None, [{"country": k, "personnel": v} for k, v in value.items()]
        if not all(isinstance(v, tuple) for v in items):
            raise TypeError("expected a mapping from nations to rows or to numbers of people")
        return _records([row for rows in cast("list[tuple[Any, ...]]", items) for row in rows])
    if isinstance(value, Iterable):
        found = list(value)
        kinds = {type(v) for v in found}
        if not kinds:
            return None, []
        if kinds == {Country, MemberState}:
            return Country, found
        if len(kinds) == 1 and attrs.has(next(iter(kinds))):
            return next(iter(kinds)), found
        raise TypeError(f"expected records of one kind, got {sorted(k.__name__ for k in kinds)}")
    raise TypeError(f"cannot make a table of {type(value).__name__}")


def _columns(cls: type[Any] | None, records: list[Any]) -> dict[str, Any]:
    """Each column's name and the kind of value it holds."""
    if cls is None:
        return {"country": str, "personnel": int}
    hints = typing.get_type_hints(cls)
    columns: dict[str, Any] = {}
    if cls is Country and any(isinstance(r, MemberState) for r in records):
        hints = typing.get_type_hints(MemberState)
    for name, hint in hints.items():
        if name.startswith("_"):
            continue
        kind = hint
        if isinstance(hint, types.UnionType):  # X | None: the column holds X, or is empty
            kind = next(a for a in typing.get_args(hint) if a is not type(None))
        if typing.get_origin(kind) is tuple:
            kind = "list"
        elif attrs.has(kind):
            kind = "figure"
        columns[name] = kind
    return columns


def _value(record: Any, name: str, kind: Any) -> Cell:  # noqa: ANN401 - any record
    value: Any = record.get(name) if isinstance(record, dict) else getattr(record, name, None)
    if kind == "list" and value is not None:
        value = ";".join(value)
    elif kind == "figure" and value is not None:
        value = value.personnel
    elif isinstance(value, enum.Enum):
        value = value.value
    cell: Cell = value
    return cell


def to_records(value: Exportable) -> list[dict[str, Cell]]:
    """Rows as dicts of plain values: dates as ``datetime.date``, enums as their values.

    Lists (sources, other names, mandates) are joined with ``;`` as in the packaged tables.
    A whole table is ``nato.table(name)``: it works as well on a directory of your own tables.

    >>> import natodata
    >>> natodata.to_records(natodata.load().member("NOR"))[0]["joined"]
    datetime.date(1949, 4, 4)
    >>> natodata.to_records(natodata.load().table("members"))[0]["name"]
    'Albania'

    Raises:
        TypeError: *value* is none of the things that make a table (a name of a table is not:
            ask the Alliance for it with ``nato.table(name)``).
    """
    cls, records = _records(value)
    columns = _columns(cls, records)
    return [{name: _value(r, name, kind) for name, kind in columns.items()} for r in records]


def to_csv(value: Exportable, *, escape_formulas: bool = False) -> str:
    """The rows as CSV text with a header, as the packaged tables write them.

    Dates in ISO 8601, ``true`` and ``false``, lists joined with ``;``, empty cells for missing
    values.

    Args:
        value: What to export (see :func:`to_records`).
        escape_formulas: Put a ``'`` before any text cell that starts with ``=``, ``+``, ``-``,
            ``@``, a tab or a carriage return, so that a spreadsheet shows it as text instead of
            running it as a formula. Off by default, since it changes the text: turn it on for a
            file that will be opened in a spreadsheet. No packaged cell starts so, but the tables
            of a directory of your own may.

    An empty result has no record to name its columns, so it gives ``""``; the command line, which
    knows the table it prints, writes the header even then.

    >>> import natodata
    >>> print(natodata.to_csv(natodata.load().member("NOR")).splitlines()[0])
    code,alpha_2,numeric,cow,name,other_names,sources,joined,founding,notes,evidence
    """
    cls, records = _records(value)
    return _csv(cls, records, escape_formulas=escape_formulas)


def csv_text(value: Exportable, kind: type[Any], *, escape_formulas: bool = False) -> str:
    """As :func:`to_csv`, with the header of *kind*'s table even when there is no row."""
    cls, records = _records(value)
    return _csv(cls or kind, records, escape_formulas=escape_formulas)


def _csv(cls: type[Any] | None, records: list[Any], *, escape_formulas: bool) -> str:
    columns = _columns(cls, records)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if records or cls is not None:
        writer.writerow(columns)
    for record in records:
        writer.writerow(
            _csv_cell(_value(record, name, kind), escape_formulas=escape_formulas)
            for name, kind in columns.items()
        )
    return out.getvalue()


def _csv_cell(value: Cell, *, escape_formulas: bool) -> str | int | float | decimal.Decimal:
    if value is None:
        return ""
    if isinstance(value, bool):  # as the packaged tables write it
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if escape_formulas and isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def to_json(
    value: Exportable,
    *,
    indent: int | str | None = None,
    sort_keys: bool = False,
    ensure_ascii: bool = True,
) -> str:
    """The rows as a JSON array of objects, dates in ISO 8601, lists as arrays.

    The options are json.dumps'.
    """
    cls, records = _records(value)
    columns = _columns(cls, records)
    rows = [
        {
            name: list(getattr(r, name)) if kind == "list" else _value(r, name, kind)
            for name, kind in columns.items()
        }
        for r in records
    ]
    return json.dumps(
        rows,
        default=_iso,
        indent=indent,
        sort_keys=sort_keys,
        ensure_ascii=ensure_ascii,
    )


def _iso(value: object) -> str | float:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):  # a share as published, 2.29: its shortest float
        return float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _typed(value: Exportable) -> tuple[dict[str, str | list[str]], list[list[Any]]]:
    """The rows, and each column's type: "date", "int", "number", "bool", "text", or an enum's
    values. A decimal (a share of GDP as published) is a "number", held as a float.
    """  # noqa: D205
    cls, records = _records(value)
    columns = _columns(cls, records)
    types: dict[str, str | list[str]] = {}
    for name, kind in columns.items():
        if kind is datetime.date:
            types[name] = "date"
        elif kind in (int, "figure"):
            types[name] = "int"
        elif kind is bool:
            types[name] = "bool"
        elif kind in (float, decimal.Decimal):
            types[name] = "number"
        elif isinstance(kind, type) and issubclass(kind, enum.Enum):
            types[name] = [m.value for m in kind]
        else:
            types[name] = "text"
    rows = [
        [
            float(cell) if isinstance(cell, decimal.Decimal) else cell
            for cell in (_value(r, name, kind) for name, kind in columns.items())
        ]
        for r in records
    ]
    return types, rows


def to_pandas(value: Exportable) -> pandas.DataFrame:
    """A pandas DataFrame: dates as ``datetime64``, nullable ``Int64`` numbers, enums as categories.

    Needs the extra: ``pip install 'natodata[pandas]'``.
    """
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError("to_pandas", "pandas") from None
    types, rows = _typed(value)
    data: dict[str, Any] = {}
    for index, (name, kind) in enumerate(types.items()):
        cells = [row[index] for row in rows]
        if kind == "date":
            data[name] = pd.to_datetime(pd.Series(cells, dtype="object"))
        elif isinstance(kind, list):
            data[name] = pd.Categorical(cells, categories=kind)
        else:
            dtype = {"int": "Int64", "number": "Float64", "bool": "boolean", "text": "string"}[kind]
            data[name] = pd.array(cells, dtype=dtype)
    return pd.DataFrame(data, columns=list(types))


def to_polars(value: Exportable) -> polars.DataFrame:
    """A polars DataFrame: ``Date`` dates, nullable ``Int64`` numbers, enums as ``Enum``.

    Needs the extra: ``pip install 'natodata[polars]'``.
    """
    try:
        import polars as pl
    except ImportError:
        raise MissingExtraError("to_polars", "polars") from None
    types, rows = _typed(value)
    plain = {
        "date": pl.Date,
        "int": pl.Int64,
        "number": pl.Float64,
        "bool": pl.Boolean,
        "text": pl.String,
    }
    schema = {
        name: pl.Enum(kind) if isinstance(kind, list) else plain[kind]
        for name, kind in types.items()
    }
    return pl.DataFrame(rows, schema=schema, orient="row")
