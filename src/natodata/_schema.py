"""Each table described once: its file, columns by name, parsers, key and references.

The loader reads and checks the tables from these descriptions, ``datapackage.json`` is written from
them (``data-raw/build.py``), and the export columns and docs follow them, so the three cannot
disagree. Adding a table means adding its description here, its record class and its queries.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._dates import Precision, parse_date, period_end
from ._model import (
    ContributionKind,
    ContributionRole,
    Framework,
    OperationKind,
    Qualifier,
    SourceRank,
)

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["EXPENDITURE_FIGURES", "TABLES", "Column", "Parse", "TableSpec", "datapackage"]

Parse = Callable[[str], Any]
"""A cell parser: text in, value out, or a ValueError whose message a person reads."""

# The control characters, newline aside: one regex search scans a cell in C.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f]")


def _text(value: str) -> str:
    if not value.strip():
        raise ValueError("is empty; a value is required")
    if value != value.strip():
        raise ValueError(f"has spaces around it: {value!r}")
    return _printable(value)


def _printable(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError(f"holds a control character: {value[:60]!r}")
    return value


def _free(value: str) -> str:
    return _printable(value.strip())


def _names(value: str) -> tuple[str, ...]:
    return tuple(_printable(part.strip()) for part in value.split(";") if part.strip())


def _day(value: str) -> datetime.date:
    first, precision = parse_date(value)
    if precision is not Precision.DAY:
        raise ValueError(f"expected a full date YYYY-MM-DD, got {value!r}")
    return first


def _count(value: str) -> int:
    if not (value.isascii() and value.isdigit()):
        raise ValueError(f"expected a whole number of people, 0 or more, got {value!r}")
    return int(value)


def _number(value: str) -> int:
    if not (value.isascii() and value.isdigit()):
        raise ValueError(f"expected a whole number, got {value!r}")
    return int(value)


_DECIMAL = re.compile(r"[0-9]+(\.[0-9]+)?")
_SIGNED = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _decimal(value: str) -> Decimal:
    from decimal import Decimal  # imported when a table of figures in decimals is first read

    if not _DECIMAL.fullmatch(value):
        raise ValueError(f"expected a decimal number such as 2.29, got {value!r}")
    return Decimal(value)


def _signed_decimal(value: str) -> Decimal:
    from decimal import Decimal  # as above

    if not _SIGNED.fullmatch(value):
        raise ValueError(f"expected a decimal number such as -1.25 or 2.29, got {value!r}")
    return Decimal(value)


def _year(value: str) -> int:
    if not (len(value) == 4 and value.isascii() and value.isdigit()):
        raise ValueError(f"expected a year YYYY, got {value!r}")
    return int(value)


def _boolean(value: str) -> bool:
    if value not in {"true", "false"}:
        raise ValueError(f"expected true or false, got {value!r}")
    return value == "true"


def _optional(parse: Parse) -> Parse:
    """An empty cell is None; anything else must parse."""

    def parse_optional(value: str) -> Any:  # noqa: ANN401 - whatever *parse* makes
        return parse(value) if value else None

    return parse_optional


def _enum(kind: type[enum.Enum]) -> Parse:
    members = {member.value: member for member in kind}
    allowed = ", ".join(members)

    def parse_enum(value: str) -> Any:  # noqa: ANN401 - a member of *kind*
        try:
            return members[value]
        except KeyError:
            raise ValueError(f"expected one of {allowed}; got {value!r}") from None

    return parse_enum


@attrs.frozen
class Column:
    """One column of a table.

    Attributes:
        name: Its name in the header row.
        parse: Turns a cell's text into its value, or raises ValueError with the reason.
        type: Its Frictionless field type (``string``, ``integer``, ``boolean``, ``date``, ...).
        description: What it holds, for people (datapackage.json and the docs).
        required: Whether every row must fill it.
        constraints: Further Frictionless constraints (``pattern``, ``enum``, ``minimum``, ...).
        date: Whether it holds a date at the precision its source gives (a (day, precision) pair).
        derived_from: For a column written from another (a full date beside a date at its
            precision), the name of that column; empty otherwise. A folder may leave a table's
            derived columns out; where they are in, each cell must be what the column derives.
        last_day: For a derived date, whether it is the last day its date covers (else the first).
    """

    name: str
    parse: Parse
    type: str
    description: str
    required: bool = attrs.field(default=False, kw_only=True)
    constraints: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True)
    date: bool = attrs.field(default=False, kw_only=True)
    derived_from: str = attrs.field(default="", kw_only=True)
    last_day: bool = attrs.field(default=False, kw_only=True)

    def derive(self, text: str) -> str:
        """The cell this derived column holds beside the cell *text* of its column.

        The first (or last) day a date at its precision covers, in full ISO form; empty beside an
        empty cell.

        Raises:
            ValueError: If *text* is not a date.
        """
        if not text:
            return ""
        day, precision = parse_date(text)
        return (period_end(day, precision) if self.last_day else day).isoformat()

    def field(self) -> dict[str, Any]:
        """Its Frictionless field descriptor."""
        constraints = dict(self.constraints)
        if self.required:
            constraints = {"required": True, **constraints}
        found: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.date:
            found["format"] = "default"
        found["description"] = self.description
        if constraints:
            found["constraints"] = constraints
        return found


_DATE_PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
_AT_PRECISION = " Written at the precision of its source: YYYY, YYYY-MM or YYYY-MM-DD."


def _text_column(name: str, description: str, **constraints: Any) -> Column:  # noqa: ANN401
    return Column(name, _text, "string", description, required=True, constraints=constraints)


def _free_column(name: str, description: str) -> Column:
    return Column(name, _free, "string", description)


def _code_column(name: str, description: str, length: int = 3) -> Column:
    return _text_column(name, description, pattern=f"[A-Z]{{{length}}}")


def _list_column(name: str, description: str, *, required: bool = False) -> Column:
    return Column(
        name, _names, "string", f"{description} Semicolon-separated list.", required=required
    )


def _date_column(name: str, description: str, *, required: bool = False) -> Column:
    parse = parse_date if required else _optional(parse_date)
    return Column(
        name,
        parse,
        "string",
        description + _AT_PRECISION,
        required=required,
        constraints={"pattern": _DATE_PATTERN},
        date=True,
    )


def _dated(name: str, description: str, *, required: bool = False) -> tuple[Column, ...]:
    """A date at its source's precision, then the first and last days it covers as full dates.

    Tools that compare dates (DuckDB, R, a spreadsheet) read the two full dates; the loader reads
    the first and checks the other two against it.
    """
    return (
        _date_column(name, description, required=required),
        *(
            Column(
                f"{name}_{end}",
                _derived,
                "date",
                f"The {end} day `{name}` covers, as a full date (YYYY-MM-DD), written from it;"
                f" empty where `{name}` is.",
                derived_from=name,
                last_day=end == "last",
            )
            for end in ("first", "last")
        ),
    )


def _derived(value: str) -> None:
    """Never called: the reader checks a derived cell against its date's cell, and keeps nothing."""


def _enum_column(
    name: str, kind: type[enum.Enum], description: str, *, required: bool = True
) -> Column:
    parse = _enum(kind) if required else _optional(_enum(kind))
    return Column(
        name,
        parse,
        "string",
        description,
        required=required,
        constraints={"enum": [m.value for m in kind]},
    )


def _evidence() -> Column:
    return _text_column(
        "evidence", "The source's own words that state the row's values, verbatim, as printed."
    )


def _source_column() -> Column:
    return _text_column("source", "Id of the source (sources.csv).")


def _sources_column() -> Column:
    return _list_column("sources", "Ids of the sources (sources.csv).", required=True)


@attrs.frozen
class TableSpec:
    """A table of a dataset directory.

    Attributes:
        name: Its resource name (``"contributions"``); the file is ``{name}.csv``.
        description: What a row is.
        columns: Its columns, in the order the file has them.
        key: The columns whose values no two rows share.
        references: ``(column, table, column)``: each non-empty cell of the first column is a key
            of the other table.
    """

    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    references: tuple[tuple[str, str, str], ...] = ()

    @property
    def file(self) -> str:
        """The file name."""
        return f"{self.name}.csv"

    @property
    def names(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(column.name for column in self.columns)

    def index(self, name: str) -> int:
        """The position of a column in a row, by its name."""
        return self.names.index(name)

    @property
    def derived(self) -> tuple[str, ...]:
        """The names of the columns written from others, which a folder may leave out."""
        return tuple(column.name for column in self.columns if column.derived_from)

    def underived(self) -> TableSpec:
        """The same table without its derived columns: how a folder may give it."""
        columns = tuple(column for column in self.columns if not column.derived_from)
        return attrs.evolve(self, columns=columns)

    def resource(self) -> dict[str, Any]:
        """Its Frictionless tabular data resource descriptor."""
        schema: dict[str, Any] = {"fields": [column.field() for column in self.columns]}
        if self.key:
            schema["primaryKey"] = list(self.key)
        if self.references:
            schema["foreignKeys"] = [
                {
                    "fields": [column],
                    "reference": {"resource": "" if table == self.name else table, "fields": [to]},
                }
                for column, table, to in self.references
            ]
        return {
            "name": self.name,
            "path": self.file,
            "description": self.description,
            "schema": schema,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
        }


EXPENDITURE_FIGURES: tuple[tuple[str, bool, str], ...] = (
    (
        "national_currency_millions",
        False,
        (
            "Defence expenditure in millions of the national currency, at current prices (NATO's"
            " Table 1)"
        ),
    ),
    (
        "national_currency_millions_constant",
        False,
        (
            "Defence expenditure in millions of the national currency, at the constant prices of"
            " `price_base_year` (Table 1)"
        ),
    ),
    (
        "usd_millions",
        False,
        (
            "Defence expenditure in millions of US dollars, at current prices and exchange rates"
            " (Table 2)"
        ),
    ),
    (
        "usd_millions_constant",
        False,
        (
            "Defence expenditure in millions of US dollars, at the constant prices and"
            " exchange rates of `price_base_year` (Table 2)"
        ),
    ),
    (
        "real_change_percent",
        True,
        (
            "Annual real change of defence expenditure, in per cent, based on constant prices"
            " (Table 3)"
        ),
    ),
    (
        "gdp_usd_millions",
        False,
        "GDP in millions of US dollars, at current prices and exchange rates (Table 5)",
    ),
    (
        "gdp_usd_millions_constant",
        False,
        (
            "GDP in millions of US dollars, at the constant prices and exchange rates of"
            " `price_base_year` (Table 5)"
        ),
    ),
    (
        "gdp_per_capita_thousand_usd_constant",
        False,
        (
            "GDP per head in thousands of US dollars, at the constant prices and exchange rates of"
            " `price_base_year` (Table 6)"
        ),
    ),
    (
        "expenditure_per_capita_usd_constant",
        False,
        (
            "Defence expenditure per head in US dollars, at the constant prices and"
            " exchange rates of `price_base_year` (Table 6)"
        ),
    ),
    (
        "military_personnel_thousands",
        False,
        "Military personnel, in thousands (Table 7)",
    ),
    (
        "equipment_percent",
        False,
        (
            "Major equipment and associated research and development, in per cent of defence"
            " expenditure (Table 8a)"
        ),
    ),
    (
        "personnel_percent",
        False,
        (
            "Military and civilian personnel, pensions included, in per cent of defence expenditure"
            " (Table 8a)"
        ),
    ),
    (
        "infrastructure_percent",
        False,
        (
            "Infrastructure (NATO common and national military construction), in per cent of"
            " defence expenditure (Table 8b)"
        ),
    ),
    (
        "other_percent",
        False,
        (
            "Operations, maintenance and other expenditure, in per cent of defence expenditure"
            " (Table 8b)"
        ),
    ),
)
"""The figures of NATO's tables beside the share of GDP: (column, may be negative, what it is)."""


_SPECS: tuple[TableSpec, ...] = (
    TableSpec(
        "alliance",
        "The Alliance itself: one row.",
        (
            _text_column("name", "Full name."),
            _text_column("abbreviation", "Abbreviation."),
            Column(
                "founded",
                _day,
                "date",
                "The day the North Atlantic Treaty was signed.",
                required=True,
            ),
            _text_column("headquarters", "Seat of the headquarters."),
            _sources_column(),
            _evidence(),
        ),
    ),
    TableSpec(
        "sources",
        "Every public document the data cites.",
        (
            _text_column("id", "Stable slug that other tables cite.", unique=True),
            _text_column("title", "Title of the document."),
            _text_column("publisher", "Who published it."),
            _text_column("url", "The document's own address.", pattern="https?://.*"),
            _date_column("published", "Date the document bears, if any."),
            Column(
                "complete",
                _boolean,
                "boolean",
                "True if the document lists every contributing nation of what it covers.",
                required=True,
            ),
            _enum_column(
                "rank",
                SourceRank,
                "What kind of publisher it is; no row rests on sources of rank other only.",
            ),
            _free_column("via", "Where it was read, when not at its url; empty otherwise."),
        ),
        key=("id",),
    ),
    TableSpec(
        "countries",
        "Every nation that appears anywhere in the data, members and partners.",
        (
            _code_column("code", "ISO 3166-1 alpha-3 code."),
            Column(
                "alpha_2",
                _text,
                "string",
                "ISO 3166-1 alpha-2 code.",
                required=True,
                constraints={"pattern": "[A-Z]{2}", "unique": True},
            ),
            Column(
                "numeric",
                _text,
                "string",
                "ISO 3166-1 numeric code, three digits with leading zeros.",
                required=True,
                constraints={"pattern": "[0-9]{3}", "unique": True},
            ),
            Column(
                "cow",
                _optional(_number),
                "integer",
                "Correlates of War state number; empty where there is none.",
                constraints={"minimum": 2, "maximum": 999, "unique": True},
            ),
            _text_column("name", "Common English name."),
            _list_column("other_names", "Other names it is looked up by."),
            _sources_column(),
        ),
        key=("code",),
    ),
    TableSpec(
        "members",
        "Membership of the Alliance.",
        (
            _code_column("code", "Alpha-3 code of the member (countries.csv)."),
            Column(
                "joined",
                _day,
                "date",
                "Day it became a party to the North Atlantic Treaty: the deposit of its instrument"
                " of accession; for the founders, the signature of the Treaty.",
                required=True,
            ),
            Column(
                "founding",
                _boolean,
                "boolean",
                "True for the twelve signatories of 4 April 1949.",
                required=True,
            ),
            _free_column("notes", "What is special about its membership."),
            _sources_column(),
            _evidence(),
        ),
        key=("code",),
        references=(("code", "countries", "code"),),
    ),
    TableSpec(
        "operations",
        "NATO-led operations and missions.",
        (
            _text_column("code", "Short key."),
            _text_column("name", "Full name."),
            *_dated("start", "First day.", required=True),
            *_dated("end", "Last day; empty while it runs."),
            _text_column("theatre", "Where it took place."),
            _enum_column("kind", OperationKind, "Kind of operation."),
            _list_column("mandate", "Legal basis."),
            Column(
                "predecessor",
                _optional(_text),
                "string",
                "Code of the NATO operation it took over from; empty if none.",
            ),
            Column(
                "successor",
                _optional(_text),
                "string",
                "Code of the NATO operation that took over from it; empty if none.",
            ),
            _free_column("description", "What it did."),
            _sources_column(),
            _evidence(),
        ),
        key=("code",),
        references=(("predecessor", "operations", "code"), ("successor", "operations", "code")),
    ),
    TableSpec(
        "contributions",
        "National contributions to operations, in dated tables: the rows one source gives for one"
        " operation on one date.",
        (
            _text_column("operation", "Operation code (operations.csv)."),
            _code_column("country", "Alpha-3 code of the contributing nation (countries.csv)."),
            *_dated("as_of", "Date the source gives the figure for.", required=True),
            *_dated(
                "until",
                "Last day of the period the contribution lasts (an air-policing rotation); empty"
                " for a snapshot, which holds until the next table.",
            ),
            Column(
                "personnel",
                _optional(_count),
                "integer",
                "Number of people; empty for a contribution not counted in people.",
                constraints={"minimum": 0},
            ),
            _enum_column(
                "qualifier",
                Qualifier,
                "How exact the figure is, as the source states it; empty without a figure.",
                required=False,
            ),
            _enum_column("kind", ContributionKind, "What was contributed."),
            _enum_column(
                "role",
                ContributionRole,
                "The nation's part: framework nation of a battlegroup, lead or augmenting nation"
                " of an air-policing rotation; empty otherwise.",
                required=False,
            ),
            _free_column("description", "What it was, in our words."),
            _source_column(),
            _evidence(),
        ),
        key=("operation", "country", "as_of", "kind", "source"),
        references=(
            ("operation", "operations", "code"),
            ("country", "countries", "code"),
            ("source", "sources", "id"),
        ),
    ),
    TableSpec(
        "partnerships",
        "Nations in NATO's partnership frameworks, with when they joined and left, where a source"
        " gives it.",
        (
            _code_column("country", "ISO 3166-1 alpha-3 code of the partner."),
            _enum_column("framework", Framework, "The partnership framework."),
            *_dated("start", "When it joined; empty where no source says."),
            *_dated("end", "When it left; empty if it has not."),
            _free_column("notes", "What the source adds."),
            _source_column(),
            _evidence(),
        ),
        key=("country", "framework", "start"),
        references=(("country", "countries", "code"), ("source", "sources", "id")),
    ),
    TableSpec(
        "strengths",
        "Total strength of operations at dated points.",
        (
            _text_column("operation", "Operation code (operations.csv)."),
            *_dated("as_of", "Date the source gives the figure for.", required=True),
            Column(
                "personnel",
                _count,
                "integer",
                "Number of people.",
                required=True,
                constraints={"minimum": 0},
            ),
            _enum_column("qualifier", Qualifier, "How exact the figure is."),
            Column(
                "table_total",
                _boolean,
                "boolean",
                "true when the figure is the stated total of the complete contribution table of"
                " the same operation and date, whose rows add up to it within its rounding.",
                required=True,
            ),
            _free_column("description", "What the source adds, in our words."),
            _source_column(),
            _evidence(),
        ),
        key=("operation", "as_of", "source"),
        references=(("operation", "operations", "code"), ("source", "sources", "id")),
    ),
    TableSpec(
        "expenditure",
        "Defence expenditure of each Ally by year, as each edition of NATO's figures published it.",
        (
            _code_column("country", "Alpha-3 code of the Ally (countries.csv)."),
            Column("year", _year, "integer", "The year the figure is for.", required=True),
            *_dated("edition", "Date of the NATO release that published it.", required=True),
            Column(
                "estimate",
                _optional(_boolean),
                "boolean",
                "true where NATO marks the figure as an estimate, false where it does not; empty"
                " where the source read does not say.",
            ),
            Column(
                "percent_of_gdp",
                _decimal,
                "number",
                "Defence expenditure as a share of GDP, in per cent, as printed (2.29 means"
                " 2.29 %).",
                required=True,
                constraints={"minimum": 0, "maximum": 100},
            ),
            _text_column("basis", "What the share is a share of, as the edition states it."),
            *(
                Column(
                    name,
                    _optional(_signed_decimal if signed else _decimal),
                    "number",
                    f"{description}, as printed; empty where the edition read gives none.",
                    constraints={} if signed else {"minimum": 0},
                )
                for name, signed, description in EXPENDITURE_FIGURES
            ),
            Column(
                "price_base_year",
                _optional(_year),
                "integer",
                "The year whose prices (and exchange rates) the constant-price figures are in;"
                " empty where the row has none.",
            ),
            _source_column(),
            _evidence(),
        ),
        key=("country", "year", "edition"),
        references=(("country", "countries", "code"), ("source", "sources", "id")),
    ),
    TableSpec(
        "guidelines",
        "The spending commitments the Allies agreed, with their sources.",
        (
            _text_column("id", "Stable slug."),
            _text_column("name", "What it is called."),
            *_dated("agreed", "When it was agreed.", required=True),
            Column(
                "percent_of_gdp",
                _decimal,
                "number",
                "The share of GDP it sets, in per cent.",
                required=True,
            ),
            Column(
                "equipment_percent",
                _optional(_decimal),
                "number",
                "The share of defence expenditure it sets for major equipment, in per cent;"
                " empty where no source states one.",
            ),
            Column(
                "target_year",
                _optional(_year),
                "integer",
                "The year by which it is to be met; empty where no source states one.",
            ),
            _sources_column(),
            _evidence(),
        ),
        key=("id",),
    ),
)

TABLES: dict[str, TableSpec] = {spec.file: spec for spec in _SPECS}
"""Every table a dataset directory holds, by file name, in the order they are read."""


def datapackage(version: str, created: str) -> dict[str, Any]:
    """The Frictionless data package descriptor of the tables.

    Args:
        version: The data version (``natodata.DATA_VERSION``).
        created: When the data was compiled, as an ISO timestamp.
    """
    return {
        "profile": "tabular-data-package",
        "name": "natodata",
        "title": "natodata: NATO members, operations and national contributions",
        "description": (
            "Members of the North Atlantic Alliance with the dates they joined, NATO-led"
            " operations, and national contributions to them, every row citing the public source"
            " it came from and quoting its words."
        ),
        "version": version,
        "created": created,
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0",
            }
        ],
        "resources": [spec.resource() for spec in _SPECS],
    }
