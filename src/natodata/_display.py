"""How records show themselves: HTML tables in a notebook, text in a terminal.

It renders records and rows of cells; it knows nothing of the Alliance or of query results, and
imports nothing of natodata but its dates, so a record may call it lazily for its own display.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping, Sequence

import attrs

from ._dates import Precision, format_date

__all__ = [
    "MAX_SHOWN",
    "caption",
    "figures_html",
    "html_table",
    "record_html",
    "record_text",
    "summary_html",
    "text_table",
]

#: How many rows a display shows before it only counts the rest.
MAX_SHOWN = 20

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
    "Expenditure": ("country", "year", "percent_of_gdp", "estimate", "edition", "source"),
    "Guideline": ("id", "name", "agreed", "percent_of_gdp", "target_year"),
}

# What a caption calls one record of a class, and several.
_NAMES = {
    "Source": ("source", "sources"),
    "Country": ("country", "countries"),
    "MemberState": ("member state", "member states"),
    "Operation": ("operation", "operations"),
    "Contribution": ("contribution", "contributions"),
    "Strength": ("strength", "strengths"),
    "Partnership": ("partnership", "partnerships"),
    "Table": ("contribution table", "contribution tables"),
    "Coverage": ("operation covered", "operations covered"),
    "Expenditure": ("expenditure figure", "expenditure figures"),
    "Guideline": ("spending guideline", "spending guidelines"),
    "PanelRow": ("panel row", "panel rows"),
}


# Whole numbers that are years, shown without a thousands separator.
_YEARS = frozenset({"year", "target_year"})


def _cell(record: object, name: str) -> str:  # noqa: PLR0911 - one return a kind of value
    """A value as a person reads it: dates in words at their precision, numbers grouped."""
    value = getattr(record, name)
    if name == "qualifier" and getattr(record, "personnel", 0) is None:
        return ""  # no figure, so nothing to qualify
    if isinstance(value, datetime.date):
        precision = getattr(record, f"{name}_precision", None)
        return format_date(value, precision if isinstance(precision, Precision) else Precision.DAY)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return "; ".join(map(str, value))
    if attrs.has(type(value)):  # a figure within a record: as its source put it, "about 119,819"
        qualifier = getattr(value, "qualifier", None)
        figure = getattr(value, "personnel", None)
        if qualifier is not None and isinstance(figure, int):
            return str(qualifier.describe(figure))
        return str(value)
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if name in _YEARS else f"{value:,}"
    return str(value)


def _link(record: object, name: str) -> str | None:
    """Where a cell links to in HTML: a source's title and address go to the address."""
    url = getattr(record, "url", None)
    return url if name in {"title", "url"} and isinstance(url, str) else None


def _columns(records: Sequence[object]) -> tuple[str, ...]:
    kinds = {type(r).__name__ for r in records}
    if not kinds:
        return ()
    if kinds == {"Country", "MemberState"}:
        return _SHOWN["Country"]
    (kind,) = kinds
    return _SHOWN[kind]


def caption(records: Sequence[object]) -> str:
    """What a list of records is, with its count: ``"3 contributions"``, ``"1 member state"``."""
    kinds = {type(r).__name__ for r in records}
    if kinds == {"Country", "MemberState"}:
        kinds = {"Country"}
    (kind,) = kinds if len(kinds) == 1 else ("",)
    one, several = _NAMES.get(kind, ("record", "records"))
    return f"{len(records):,} {one if len(records) == 1 else several}"


def _html(
    header: Sequence[str],
    rows: Sequence[Sequence[tuple[str, str | None]]],
    more: int,
    title: str,
) -> str:
    import html  # only a notebook pays for it

    def cell(text: str, href: str | None) -> str:
        shown = html.escape(text)
        if href is not None:
            shown = f"<a href='{html.escape(href)}'>{shown}</a>"
        return f"<td>{shown}</td>"

    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    thead = f"<thead><tr>{head}</tr></thead>" if header else ""
    body = "".join("<tr>" + "".join(cell(*c) for c in row) + "</tr>" for row in rows)
    width = len(header) or max((len(r) for r in rows), default=1)
    foot = f"<tr><td colspan='{width}'>… and {more:,} more</td></tr>" if more else ""
    return (
        f"<table><caption>{html.escape(title)}</caption>{thead}<tbody>{body}{foot}</tbody></table>"
    )


def _text(
    header: Sequence[str], rows: Sequence[Sequence[str]], more: int, title: str, *, wrap: bool
) -> str:
    cap = 40 if wrap else 10_000
    widths = [min(cap, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(header)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
            for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    lines = [title, *([line(header)] if header else []), *(line(r) for r in rows)]
    if more:
        lines.append(f"… and {more:,} more")
    return "\n".join(lines)


def html_table(records: Sequence[object]) -> str:
    """Records as an HTML table: the first rows, then a count of the rest."""
    shown = records[:MAX_SHOWN]
    header = _columns(shown)
    rows = [[(_cell(r, name), _link(r, name)) for name in header] for r in shown]
    return _html(header, rows, len(records) - len(shown), caption(records))


def text_table(records: Sequence[object], *, limit: int | None = None) -> str:
    """Records as a text table; every row, in full, unless *limit* is given."""
    shown = records if limit is None else records[:limit]
    header = _columns(shown)
    rows = [[_cell(r, name) for name in header] for r in shown]
    more = len(records) - len(shown)
    return _text(header, rows, more, caption(records), wrap=limit is not None)


def figures_html(items: Mapping[str, object]) -> str:
    """An answer by nation as an HTML table: the first nations, then a count of the rest."""
    shown = list(items.items())[:MAX_SHOWN]
    rows = [[(nation, None), (_value(value), None)] for nation, value in shown]
    more = len(items) - len(shown)
    return _html(("country", "value"), rows, more, f"{len(items):,} nations")


def _value(value: object) -> str:
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _record_rows(record: object) -> list[tuple[str, str, str | None]]:
    fields = attrs.fields(type(record))  # type: ignore[arg-type] # records are attrs classes
    return [
        (f.name, _cell(record, f.name), _link(record, f.name))
        for f in fields
        if not f.name.endswith("_precision")
    ]


def record_html(record: object) -> str:
    """One record as a two-column HTML table of its attributes."""
    rows = [[(name, None), (text, href)] for name, text, href in _record_rows(record)]
    return _html(("attribute", "value"), rows, 0, type(record).__name__)


def record_text(record: object) -> str:
    """One record as text: an attribute a line, every line in full."""
    rows = _record_rows(record)
    width = max(len(name) for name, _, _ in rows)
    return "\n".join([type(record).__name__, *(f"{n.ljust(width)}  {v}" for n, v, _ in rows)])


def summary_html(title: str, rows: Sequence[tuple[str, str]]) -> str:
    """A summary as an HTML table of labelled values, with no header row."""
    return _html((), [[(label, None), (value, None)] for label, value in rows], 0, title)
