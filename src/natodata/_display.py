"""How records and query results show themselves: HTML tables in a notebook, text in a terminal.

Query results are :class:`Records` (a tuple) and :class:`ByNation` (a read-only mapping): they
behave exactly as a tuple and a mapping do, and add a display and a way out to a DataFrame.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._dates import Precision, format_date

if TYPE_CHECKING:
    import natodata

__all__ = ["MAX_SHOWN", "ByNation", "Records", "record_html", "record_text", "text_table"]

#: How many rows a display shows before it only counts the rest.
MAX_SHOWN = 20

T = TypeVar("T", covariant=True)  # noqa: PLC0105 - a result's items are only read
V = TypeVar("V", covariant=True)  # noqa: PLC0105 - as above

# The columns a list of records shows, by class name; a single record shows every attribute.
_SHOWN = {
    "Source": ("id", "title", "publisher", "published"),
    "Country": ("code", "name", "alpha_2", "numeric", "cow"),
    "MemberState": ("code", "name", "joined", "founding"),
    "Operation": ("code", "name", "start", "end", "theatre", "kind"),
    "Contribution": ("operation", "country", "as_of", "personnel", "qualifier", "kind", "source"),
    "Strength": ("operation", "as_of", "personnel", "qualifier", "source"),
    "Partnership": ("country", "framework", "start", "end"),
    "Table": ("operation", "as_of", "source", "complete", "nations", "personnel"),
    "Coverage": ("operation", "first", "last", "tables", "complete", "checked", "nations"),
    "PanelRow": ("country", "year", "operation", "personnel", "as_of", "complete", "member"),
}


def _cell(record: object, name: str) -> str:
    value = getattr(record, name)
    precision = getattr(record, f"{name}_precision", None)
    if isinstance(value, datetime.date) and isinstance(precision, Precision):
        return format_date(value, precision)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return "; ".join(map(str, value))
    if attrs.has(type(value)):
        return str(getattr(value, "personnel", value))
    return (
        ""
        if value is None
        else f"{value:,}"
        if isinstance(value, int) and not isinstance(value, bool) and name != "year"
        else str(value)
    )


def _columns(records: tuple[object, ...]) -> tuple[str, ...]:
    kinds = {type(r).__name__ for r in records}
    if kinds == {"Country", "MemberState"}:
        return _SHOWN["Country"]
    (kind,) = kinds
    return _SHOWN[kind]


def _html_table(header: tuple[str, ...], rows: list[list[str]], more: int, caption: str) -> str:
    import html  # only a notebook pays for it

    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    foot = f"<tr><td colspan='{len(header)}'>… and {more:,} more</td></tr>" if more else ""
    return (
        f"<table><caption>{html.escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}{foot}</tbody></table>"
    )


def _text_table(
    header: tuple[str, ...], rows: list[list[str]], more: int, caption: str, *, wrap: bool = True
) -> str:
    cap = 40 if wrap else 10_000
    widths = [min(cap, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(header)]

    def line(cells: list[str] | tuple[str, ...]) -> str:
        return "  ".join(
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
            for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    lines = [caption, line(header), *(line(r) for r in rows)]
    if more:
        lines.append(f"… and {more:,} more")
    return "\n".join(lines)


def _record_rows(record: object) -> list[list[str]]:
    fields = attrs.fields(type(record))  # type: ignore[arg-type] # records are attrs classes
    return [[f.name, _cell(record, f.name)] for f in fields if not f.name.endswith("_precision")]


def record_html(record: object) -> str:
    """One record as a two-column HTML table of its attributes."""
    return _html_table(("attribute", "value"), _record_rows(record), 0, type(record).__name__)


def record_text(record: object) -> str:
    """One record as text: an attribute a line, every line in full."""
    rows = _record_rows(record)
    width = max(len(name) for name, _ in rows)
    return "\n".join([type(record).__name__, *(f"{n.ljust(width)}  {v}" for n, v in rows)])


def text_table(records: Records[object], *, limit: int | None = None) -> str:
    """Records as a text table; every row unless *limit* is given."""
    header = _columns(records) if records else ()
    shown = records if limit is None else records[:limit]
    rows = [[_cell(r, name) for name in header] for r in shown]
    kinds = sorted({type(r).__name__ for r in records})
    caption = f"{len(records):,} {' and '.join(kinds) or 'records'}"
    return _text_table(header, rows, len(records) - len(shown), caption, wrap=limit is not None)


class _Exportable:
    """A result's way out to a DataFrame."""

    __slots__ = ()

    def to_pandas(self) -> Any:  # noqa: ANN401 - a pandas.DataFrame
        """The result as a pandas DataFrame (see :func:`natodata.to_pandas`)."""
        from ._export import to_pandas

        return to_pandas(self)

    def to_polars(self) -> Any:  # noqa: ANN401 - a polars.DataFrame
        """The result as a polars DataFrame (see :func:`natodata.to_polars`)."""
        from ._export import to_polars

        return to_polars(self)


class Records(_Exportable, tuple[T, ...]):
    """A query's records: a tuple, shown as a table, and ready for a DataFrame.

    >>> import natodata
    >>> founders = natodata.load().members(on=natodata.load().founded)
    >>> len(founders), isinstance(founders, tuple)
    (12, True)
    """

    __slots__ = ()

    def _rows(self) -> tuple[tuple[str, ...], list[list[str]], int, str]:
        shown = self[:MAX_SHOWN]
        header = _columns(shown) if shown else ()
        rows = [[_cell(r, name) for name in header] for r in shown]
        kinds = sorted({type(r).__name__ for r in self})
        caption = f"{len(self):,} {' and '.join(kinds) or 'records'}"
        return header, rows, max(0, len(self) - MAX_SHOWN), caption

    def __repr__(self) -> str:
        return _text_table(*self._rows())

    def _repr_html_(self) -> str:
        return _html_table(*self._rows())


class ByNation(_Exportable, Mapping[str, V]):
    """A query's answer by nation (alpha-3 code): a read-only mapping, shown as a table."""

    __slots__ = ("_items",)

    def __init__(self, items: dict[str, V]) -> None:
        self._items = items

    def __getitem__(self, key: str) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        return dict(self._items) == other if isinstance(other, Mapping) else NotImplemented

    __hash__ = None  # type: ignore[assignment] # as for dict: equal to a mapping, so not hashable

    def _rows(self) -> tuple[tuple[str, ...], list[list[str]], int, str]:
        shown = list(self._items.items())[:MAX_SHOWN]
        rows = [[nation, _value(value)] for nation, value in shown]
        caption = f"{len(self):,} nations"
        return ("country", "value"), rows, max(0, len(self) - MAX_SHOWN), caption

    def __repr__(self) -> str:
        return f"ByNation({self._items!r})"

    def _repr_html_(self) -> str:
        return _html_table(*self._rows())


def _value(value: object) -> str:
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def alliance_html(nato: natodata.Alliance) -> str:
    """The Alliance in a notebook: what the dataset holds."""
    rows = [
        ["name", f"{nato.name} ({nato.abbreviation})"],
        ["founded", format_date(nato.founded, Precision.DAY)],
        ["headquarters", nato.headquarters],
        ["members today", f"{len(nato.members()):,}"],
        ["countries", f"{len(nato.countries()):,}"],
        ["operations", f"{len(nato.operations()):,}"],
        ["contributions", f"{len(nato.contributions()):,}"],
        ["sources", f"{len(nato.sources()):,}"],
    ]
    return _html_table(("", ""), rows, 0, "Alliance")
