"""natodata's records as tables for other tools: plain records, CSV, JSON, pandas and polars.

Any query result (a tuple of records, a mapping by nation), a single record, or a table's name
becomes rows whose columns are the records' attributes.
pandas and polars are imported only here, when a DataFrame is asked for; without them the error
names the extra to install.
"""

from __future__ import annotations

import csv
import datetime
import enum
import io
import json
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from ._model import Country, MemberState
from .exceptions import MissingExtraError

__all__ = ["TABLE_NAMES", "to_csv", "to_json", "to_pandas", "to_polars", "to_records"]

#: The names of whole tables that every export accepts, with the query that gives each.
TABLE_NAMES = (
    "members",
    "countries",
    "operations",
    "contributions",
    "strengths",
    "partnerships",
    "sources",
    "tables",
    "coverage",
)

Exportable = Any
"""A record, an iterable of records, a mapping from a nation to rows or to a figure, or a name."""


def _records(value: Exportable) -> tuple[type[Any] | None, list[Any]]:  # noqa: PLR0911 - one per kind
    """The record class and the records *value* stands for; None as the class for figures."""
    if isinstance(value, str):
        return _records(_table(value))
    if attrs.has(type(value)):
        return type(value), [value]
    if isinstance(value, Mapping):
        items = list(value.values())
        if items and all(isinstance(v, int) for v in items):
            return None, [{"country": k, "personnel": v} for k, v in value.items()]
        return _records([row for rows in items for row in rows])
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


def _table(name: str) -> Iterable[Any]:
    from ._api import load

    nato = load()
    tables: dict[str, Callable[[], Iterable[Any]]] = {
        "members": nato.members,
        "countries": nato.countries,
        "operations": nato.operations,
        "contributions": nato.contributions,
        "strengths": lambda: [s for o in nato.operations() for s in nato.strengths(o.code)],
        "partnerships": nato.partnerships,
        "sources": nato.sources,
        "tables": nato.tables,
        "coverage": nato.coverage,
    }
    if name not in tables:
        raise ValueError(f"no table called {name!r}; the tables are {', '.join(TABLE_NAMES)}")
    return tables[name]()


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


def _value(record: Any, name: str, kind: Any) -> Any:  # noqa: ANN401 - any cell
    value = record.get(name) if isinstance(record, dict) else getattr(record, name, None)
    if kind == "list" and value is not None:
        return ";".join(value)
    if kind == "figure" and value is not None:
        return value.personnel
    if isinstance(value, enum.Enum):
        return value.value
    return value


def to_records(value: Exportable) -> list[dict[str, Any]]:
    """Rows as dicts of plain values: dates as ``datetime.date``, enums as their values.

    Lists (sources, other names, mandates) are joined with ``;`` as in the packaged tables.

    >>> import natodata
    >>> natodata.to_records(natodata.load().member("NOR"))[0]["joined"]
    datetime.date(1949, 4, 4)
    """
    cls, records = _records(value)
    columns = _columns(cls, records)
    return [{name: _value(r, name, kind) for name, kind in columns.items()} for r in records]


def to_csv(value: Exportable) -> str:
    """The rows as CSV text with a header, as the packaged tables write them.

    Dates in ISO 8601, ``true`` and ``false``, lists joined with ``;``, empty cells for missing
    values.
    """
    rows = to_records(value)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if rows:
        writer.writerow(rows[0])
        writer.writerows([_csv_cell(v) for v in row.values()] for row in rows)
    return out.getvalue()


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, datetime.date) else value


def to_json(value: Exportable, **dumps: Any) -> str:  # noqa: ANN401 - json.dumps' options
    """The rows as a JSON array of objects, dates in ISO 8601, lists as arrays."""
    cls, records = _records(value)
    columns = _columns(cls, records)
    rows = [
        {
            name: list(getattr(r, name)) if kind == "list" else _value(r, name, kind)
            for name, kind in columns.items()
        }
        for r in records
    ]
    return json.dumps(rows, default=_iso, **dumps)


def _iso(value: object) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _typed(value: Exportable) -> tuple[dict[str, str | list[str]], list[list[Any]]]:
    """The rows, and each column's type: "date", "int", "bool", "text", or an enum's values."""
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
        elif isinstance(kind, type) and issubclass(kind, enum.Enum):
            types[name] = [m.value for m in kind]
        else:
            types[name] = "text"
    rows = [[_value(r, name, kind) for name, kind in columns.items()] for r in records]
    return types, rows


def to_pandas(value: Exportable) -> Any:  # noqa: ANN401 - a pandas.DataFrame; pandas is optional
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
            dtype = {"int": "Int64", "bool": "boolean", "text": "string"}[kind]
            data[name] = pd.array(cells, dtype=dtype)
    return pd.DataFrame(data, columns=list(types))


def to_polars(value: Exportable) -> Any:  # noqa: ANN401 - a polars.DataFrame; polars is optional
    """A polars DataFrame: ``Date`` dates, nullable ``Int64`` numbers, enums as ``Enum``.

    Needs the extra: ``pip install 'natodata[polars]'``.
    """
    try:
        import polars as pl
    except ImportError:
        raise MissingExtraError("to_polars", "polars") from None
    types, rows = _typed(value)
    plain = {"date": pl.Date, "int": pl.Int64, "bool": pl.Boolean, "text": pl.String}
    schema = {
        name: pl.Enum(kind) if isinstance(kind, list) else plain[kind]
        for name, kind in types.items()
    }
    return pl.DataFrame(rows, schema=schema, orient="row")
