"""Citations: of the dataset, of a source, and of a figure by way of its source."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from ._dates import Precision, format_date
from ._version import DATA_DATE, DATA_VERSION, __version__

if TYPE_CHECKING:
    from ._model import Source

__all__ = ["Style", "dataset_citation", "source_citation"]

Style = Literal["text", "bibtex"]

_TITLE = "natodata: NATO members, operations and national contributions"
_AUTHOR = "The natodata developers"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _bibtex_text(text: str) -> str:
    """Text safe inside BibTeX braces: specials escaped, capitals kept as written."""
    escaped = re.sub(r"([&%$#_{}])", r"\\\1", text)
    return escaped.replace("~", r"\textasciitilde{}").replace("^", r"\^{}")


def _check(style: str) -> None:
    if style not in ("text", "bibtex"):
        raise ValueError(f"style is 'text' or 'bibtex', not {style!r}")


def dataset_citation(style: Style = "text") -> str:
    """How to cite natodata and the version of its data you used."""
    _check(style)
    when = format_date(DATA_DATE, Precision.DAY)
    if style == "text":
        return (
            f"{_AUTHOR}. {_TITLE}. Software version {__version__},"
            f" data version {DATA_VERSION} ({when})."
        )
    return "\n".join(
        [
            f"@misc{{natodata_{DATA_VERSION.replace('.', '_')},",
            f"  author = {{{{{_AUTHOR}}}}},",
            f"  title = {{{{{_TITLE}}}}},",
            f"  year = {{{DATA_DATE.year}}},",
            f"  month = {_MONTHS[DATA_DATE.month - 1]},",
            f"  version = {{{__version__}}},",
            f"  note = {{Data version {DATA_VERSION}}},",
            "}",
        ]
    )


def source_citation(source: Source, style: Style = "text") -> str:
    """How to cite one source: its publisher, date, title and address."""
    _check(style)
    published = source.published_text
    if style == "text":
        date = f" {published}." if published else ""
        return f"{source.publisher}.{date} \u201c{source.title}\u201d. {source.url}"
    key = re.sub(r"[^A-Za-z0-9]+", "_", source.id)
    lines = [
        f"@misc{{{key},",
        f"  author = {{{{{_bibtex_text(source.publisher)}}}}},",
        f"  title = {{{{{_bibtex_text(source.title)}}}}},",
        f"  url = {{{source.url}}},",
    ]
    if source.published is not None:
        lines.append(f"  year = {{{source.published.year}}},")
        if source.published_precision is not Precision.YEAR:
            lines.append(f"  month = {_MONTHS[source.published.month - 1]},")
    lines.append("}")
    return "\n".join(lines)
