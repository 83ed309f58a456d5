"""Reading a directory of tables into an Alliance: every row checked, every problem reported.

The flow: bytes -> text (UTF-8, a byte-order mark allowed) -> csv rows -> one cattrs converter
structures each row into a row class of this module -> the model's records -> checks across rows
and tables (keys, references, dates) -> an Alliance.
Problems are collected, not raised one by one, so a DataError lists them all; nothing half-built
ever leaves this module.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
from collections import Counter
from collections.abc import Callable, Container, Iterator
from typing import Any, NewType, TypeVar

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, ClassValidationError

from ._alliance import Alliance
from ._dates import Precision, parse_date, period_end
from ._lookup import normalize
from ._model import (
    Contribution,
    ContributionKind,
    Country,
    InvalidValueError,
    MemberState,
    Operation,
    OperationKind,
    Qualifier,
    Source,
    Strength,
)
from .exceptions import DataError, Problem

__all__ = ["MAX_TABLE_BYTES", "TABLES", "read_alliance"]

#: A table larger than this is rejected before it is parsed (a guard, not an expected size).
MAX_TABLE_BYTES = 32 * 1024 * 1024

# A protocol for both a pathlib.Path and an importlib.resources Traversable.
Traversable = Any

R = TypeVar("R")

# Column types whose text needs more than a plain conversion.
Free = NewType("Free", str)
"""Free text that may be empty."""
Names = NewType("Names", tuple[str, ...])
"""A list of names or ids in one cell, separated by semicolons."""


@attrs.frozen
class PartialDate:
    """A date as a table writes it, at the precision of its source."""

    first: datetime.date
    precision: Precision


# The row classes: one per table, the columns in the order the tables have them.


@attrs.frozen
class AllianceRow:
    name: str
    abbreviation: str
    founded: datetime.date
    headquarters: str
    sources: Names


@attrs.frozen
class SourceRow:
    id: str
    title: str
    publisher: str
    url: str
    published: PartialDate | None
    complete: bool


@attrs.frozen
class CountryRow:
    code: str
    alpha_2: str
    name: str
    other_names: Names
    sources: Names


@attrs.frozen
class MemberRow:
    code: str
    joined: datetime.date
    founding: bool
    notes: Free
    sources: Names


@attrs.frozen
class OperationRow:
    code: str
    name: str
    start: PartialDate
    end: PartialDate | None
    theatre: str
    kind: OperationKind
    mandate: Names
    description: Free
    sources: Names


@attrs.frozen
class ContributionRow:
    operation: str
    country: str
    as_of: PartialDate
    personnel: int | None
    qualifier: Qualifier
    kind: ContributionKind
    description: Free
    source: str


@attrs.frozen
class StrengthRow:
    operation: str
    as_of: PartialDate
    personnel: int
    qualifier: Qualifier
    description: Free
    source: str


TABLES: dict[str, type[Any]] = {
    "alliance.csv": AllianceRow,
    "sources.csv": SourceRow,
    "countries.csv": CountryRow,
    "members.csv": MemberRow,
    "operations.csv": OperationRow,
    "contributions.csv": ContributionRow,
    "strengths.csv": StrengthRow,
}
"""Every table a dataset directory holds, with the row class its rows are structured into."""


# The converter: one, configured once, never cattrs' global one.


def _required(value: str, _: object) -> str:
    if not value.strip():
        raise ValueError("is empty; a value is required")
    if value != value.strip():
        raise ValueError(f"has spaces around it: {value!r}")
    return value


def _free(value: str, _: object) -> str:
    return value.strip()


def _names(value: str, _: object) -> Names:
    return Names(tuple(part.strip() for part in value.split(";") if part.strip()))


def _full_date(value: str, _: object) -> datetime.date:
    first, precision = parse_date(value)
    if precision is not Precision.DAY:
        raise ValueError(f"expected a full date YYYY-MM-DD, got {value!r}")
    return first


def _partial_date(value: str, _: object) -> PartialDate:
    return PartialDate(*parse_date(value))


def _optional_partial_date(value: str, _: object) -> PartialDate | None:
    return _partial_date(value, None) if value else None


def _count(value: str, _: object) -> int:
    if not (value.isascii() and value.isdigit()):
        raise ValueError(f"expected a whole number of people, 0 or more, got {value!r}")
    return int(value)


def _optional_count(value: str, _: object) -> int | None:
    return _count(value, None) if value else None


def _boolean(value: str, _: object) -> bool:
    if value not in ("true", "false"):
        raise ValueError(f"expected true or false, got {value!r}")
    return value == "true"


def _enum(value: str, kind: type[Any]) -> Any:  # noqa: ANN401 - any of our enums
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise ValueError(f"expected one of {allowed}; got {value!r}") from None


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    converter.register_structure_hook(str, _required)
    converter.register_structure_hook(Free, _free)
    converter.register_structure_hook(Names, _names)
    converter.register_structure_hook(datetime.date, _full_date)
    converter.register_structure_hook(PartialDate, _partial_date)
    converter.register_structure_hook_func(
        lambda t: t == (PartialDate | None), _optional_partial_date
    )
    converter.register_structure_hook(int, _count)
    converter.register_structure_hook_func(lambda t: t == (int | None), _optional_count)
    converter.register_structure_hook(bool, _boolean)
    for kind in (OperationKind, ContributionKind, Qualifier):
        converter.register_structure_hook(kind, _enum)
    return converter


_converter: cattrs.Converter | None = None


def _get_converter() -> cattrs.Converter:
    global _converter  # noqa: PLW0603 - built once, on first load
    if _converter is None:
        _converter = _make_converter()
    return _converter


# Reading


class _Problems:
    """The problems found so far, with the file being read."""

    def __init__(self) -> None:
        self.found: list[Problem] = []

    def add(self, file: str, row: int, column: str, reason: str) -> None:
        self.found.append(Problem(file=file, row=row, column=column, reason=reason))


def _read_text(directory: Traversable, name: str, problems: _Problems) -> str | None:
    resource = directory.joinpath(name)
    if not resource.is_file():
        problems.add(name, 0, "", "the file is missing")
        return None
    with resource.open("rb") as stream:
        data: bytes = stream.read(MAX_TABLE_BYTES + 1)
    if len(data) > MAX_TABLE_BYTES:
        problems.add(name, 0, "", f"the file is larger than {MAX_TABLE_BYTES:,} bytes")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        problems.add(name, line, "", f"bytes that are not UTF-8 at byte {error.start}")
        return None


def _rows(
    name: str, text: str, row_class: type[Any], problems: _Problems
) -> Iterator[tuple[int, Any]]:
    """Yield (line, row) for each row that structures; report the others."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            problems.add(name, 0, "", "the file is empty; expected a header row")
            return
        columns = [f.name for f in attrs.fields(row_class)]
        if not _header_ok(name, header, columns, problems):
            return
        converter = _get_converter()
        line = reader.line_num
        for cells in reader:
            line, start = reader.line_num, line + 1
            if not any(cells):
                continue
            if len(cells) != len(columns):
                problems.add(name, start, "", f"expected {len(columns)} cells, found {len(cells)}")
                continue
            try:
                yield start, converter.structure(dict(zip(columns, cells, strict=True)), row_class)
            except ClassValidationError as error:
                for column, reason in _reasons(error):
                    problems.add(name, start, column, reason)
    except csv.Error as error:
        problems.add(name, reader.line_num, "", f"the file is not valid CSV: {error}")


def _header_ok(name: str, header: list[str], columns: list[str], problems: _Problems) -> bool:
    ok = True
    for column in columns:
        if column not in header:
            problems.add(name, 1, column, "the column is missing")
            ok = False
    for column, times in Counter(header).items():
        if column not in columns:
            problems.add(name, 1, column, f"unknown column; expected {', '.join(columns)}")
            ok = False
        elif times > 1:
            problems.add(name, 1, column, "the column appears more than once")
            ok = False
    if ok and header != columns:
        problems.add(name, 1, "", f"columns out of order; expected {', '.join(columns)}")
        ok = False
    return ok


def _reasons(error: ClassValidationError) -> Iterator[tuple[str, str]]:
    for exc in error.exceptions:
        notes = [n for n in getattr(exc, "__notes__", ()) if isinstance(n, AttributeValidationNote)]
        column = notes[0].name if notes else ""
        yield column, str(exc)


def read_alliance(directory: Traversable, location: str) -> Alliance:
    """Read, check and build the Alliance from a directory of tables.

    Raises:
        DataError: Anything is wrong; it lists every problem found.
    """
    problems = _Problems()
    tables: dict[str, list[tuple[int, Any]]] = {}
    for name, row_class in TABLES.items():
        text = _read_text(directory, name, problems)
        tables[name] = [] if text is None else list(_rows(name, text, row_class, problems))
    alliance = None if problems.found else _assemble(tables, problems)
    if alliance is None:
        order = list(TABLES)
        found = sorted(problems.found, key=lambda p: (order.index(p.file), p.row))
        raise DataError(location, found)
    return alliance


# Building records and checking across rows and tables

# Where a record's attribute comes from a column of another name.
_COLUMNS = {
    "published_precision": "published",
    "start_precision": "start",
    "end_precision": "end",
    "as_of_precision": "as_of",
}


class _Checker:
    """Checks across rows and tables, each failure reported as a problem."""

    def __init__(self, problems: _Problems, today: datetime.date) -> None:
        self.problems = problems
        self.today = today

    def build(self, file: str, line: int, make: Callable[[], R]) -> R | None:
        """Make a record from a row, reporting a value the record rejects."""
        try:
            return make()
        except InvalidValueError as error:
            self.problems.add(file, line, _COLUMNS.get(error.field, error.field), str(error))
            return None

    def unique(
        self, file: str, rows: list[tuple[int, Any]], column: str, make: Callable[[Any], R]
    ) -> list[R]:
        """Build a table's records, whose *column* is their key."""
        self.duplicates(file, [(line, getattr(row, column)) for line, row in rows], column)
        built = (self.build(file, line, functools.partial(make, row)) for line, row in rows)
        return [record for record in built if record is not None]

    def duplicates(self, file: str, keys: list[tuple[int, object]], column: str) -> None:
        """Report each row whose key an earlier row already has."""
        first: dict[object, int] = {}
        for line, key in keys:
            if key in first:
                self.problems.add(
                    file, line, column, f"duplicate key {key!r}; row {first[key]} has it already"
                )
            else:
                first[key] = line

    def cited(
        self, file: str, column: str, citing: list[tuple[int, tuple[str, ...]]], known: set[str]
    ) -> None:
        """Report rows that cite no source, or a source sources.csv does not have."""
        for line, ids in citing:
            if not ids:
                self.problems.add(file, line, column, "cites no source; every row needs one")
            for source in ids:
                self.exists(file, line, column, source, known, "sources.csv")

    def exists(  # noqa: PLR0913, PLR0917 - where (three values), what, and what it must be in
        self, file: str, line: int, column: str, key: str, known: Container[str], table: str
    ) -> bool:
        """Report a reference to a key that *table* does not have."""
        if key in known:
            return True
        self.problems.add(file, line, column, f"{key!r} is not in {table}")
        return False

    def not_future(self, file: str, line: int, column: str, day: datetime.date) -> bool:
        """Report a date after today: the tables record what happened."""
        if day <= self.today:
            return True
        self.problems.add(file, line, column, f"{day} is in the future")
        return False

    def dated_within(
        self,
        file: str,
        line: int,
        row: ContributionRow | StrengthRow,
        known: dict[str, Operation | None],
    ) -> bool:
        """Report a figure for an unknown operation, or dated outside the operation's life.

        *known* maps each operation code in operations.csv to its record, None where the record
        could not be built (that problem is reported already).
        """
        code, as_of = row.operation, row.as_of
        if not self.exists(file, line, "operation", code, known, "operations.csv"):
            return False
        operation = known[code]
        if operation is None:
            return False
        if period_end(as_of.first, as_of.precision) < operation.start or (
            operation.end is not None and as_of.first > operation.end
        ):
            self.problems.add(
                file, line, "as_of", f"{as_of.first} is outside {code}'s dates ({operation.period})"
            )
            return False
        return self.not_future(file, line, "as_of", as_of.first)


def _from_row(record: type[R], row: Any, **overrides: object) -> R:  # noqa: ANN401 - any row class
    """Make a record from a row of the same names; a date column `x` fills `x` and `x_precision`."""
    values: dict[str, object] = {}
    for field in attrs.fields(type(row)):
        value = getattr(row, field.name)
        if isinstance(value, PartialDate):
            values[field.name], values[f"{field.name}_precision"] = value.first, value.precision
        elif value is None and f"{field.name}_precision" in attrs.fields_dict(record):  # type: ignore[arg-type]
            values[field.name] = values[f"{field.name}_precision"] = None
        else:
            values[field.name] = value
    values.update(overrides)
    return record(**values)


def _make_country(row: CountryRow, member: MemberRow | None) -> Country:
    if member is None:
        return _from_row(Country, row)
    return _from_row(
        MemberState,
        row,
        sources=tuple(dict.fromkeys(row.sources + member.sources)),
        joined=member.joined,
        founding=member.founding,
        notes=member.notes,
    )


def _make_operation(row: OperationRow) -> Operation:
    # An end known to the month or year is the last day of it.
    end = None if row.end is None else period_end(row.end.first, row.end.precision)
    return _from_row(Operation, row, end=end)


def _assemble(tables: dict[str, list[tuple[int, Any]]], problems: _Problems) -> Alliance | None:
    """Build the records and check what no single row can: keys, references and dates."""
    check = _Checker(problems, datetime.date.today())  # noqa: DTZ011 - calendar days

    # References are checked against the keys the tables have, built or not, so that one bad
    # row is reported once, not again by every row that refers to it.
    sources = check.unique(
        "sources.csv", tables["sources.csv"], "id", functools.partial(_from_row, Source)
    )
    source_ids = {row.id for _, row in tables["sources.csv"]}
    for line, row in tables["sources.csv"]:
        if row.published is not None:
            check.not_future("sources.csv", line, "published", row.published.first)
    for table in ("alliance.csv", "countries.csv", "members.csv", "operations.csv"):
        check.cited(table, "sources", [(ln, r.sources) for ln, r in tables[table]], source_ids)
    for table in ("contributions.csv", "strengths.csv"):
        check.cited(table, "source", [(ln, (r.source,)) for ln, r in tables[table]], source_ids)

    alliance_rows = tables["alliance.csv"]
    if len(alliance_rows) != 1:
        problems.add("alliance.csv", 0, "", f"expected exactly one row, found {len(alliance_rows)}")

    member_rows = tables["members.csv"]
    check.duplicates("members.csv", [(ln, r.code) for ln, r in member_rows], "code")
    members = {row.code: row for _, row in member_rows}
    country_rows = tables["countries.csv"]
    check.duplicates("countries.csv", [(ln, r.alpha_2) for ln, r in country_rows], "alpha_2")
    countries = check.unique(
        "countries.csv", country_rows, "code", lambda row: _make_country(row, members.get(row.code))
    )
    country_codes = {row.code for _, row in country_rows}
    for line, row in member_rows:
        check.exists("members.csv", line, "code", row.code, country_codes, "countries.csv")
        check.not_future("members.csv", line, "joined", row.joined)

    operations = check.unique("operations.csv", tables["operations.csv"], "code", _make_operation)
    by_code: dict[str, Operation | None] = dict.fromkeys(
        r.code for _, r in tables["operations.csv"]
    )
    by_code.update((o.code, o) for o in operations)

    contributions = _figures(
        check, "contributions.csv", Contribution, tables, by_code, country_codes
    )
    check.duplicates(
        "contributions.csv",
        [
            (ln, (r.operation, r.country, r.as_of, r.kind, r.source))
            for ln, r in tables["contributions.csv"]
        ],
        "country",
    )
    strengths = _figures(check, "strengths.csv", Strength, tables, by_code, None)
    check.duplicates(
        "strengths.csv",
        [(ln, (r.operation, r.as_of, r.source)) for ln, r in tables["strengths.csv"]],
        "as_of",
    )

    if problems.found:
        return None
    facts: AllianceRow = alliance_rows[0][1]
    return Alliance(
        name=facts.name,
        abbreviation=facts.abbreviation,
        founded=facts.founded,
        headquarters=facts.headquarters,
        alliance_sources=facts.sources,
        countries=tuple(sorted(countries, key=lambda c: normalize(c.name))),
        operations=tuple(sorted(operations, key=lambda o: (o.start, o.code))),
        contributions=tuple(sorted(contributions, key=lambda c: (c.operation, c.as_of, c.country))),
        strengths=tuple(sorted(strengths, key=lambda s: (s.operation, s.as_of))),
        source_records=tuple(sorted(sources, key=lambda s: s.id)),
    )


def _figures(  # noqa: PLR0913, PLR0917 - the table, its record class, and what it refers to
    check: _Checker,
    file: str,
    record: type[Contribution | Strength],
    tables: dict[str, list[tuple[int, Any]]],
    operations: dict[str, Operation | None],
    countries: set[str] | None,
) -> list[Any]:
    """Build the dated figures of *file*, checking their operation, date and nation."""
    built = []
    for line, row in tables[file]:
        dated = check.dated_within(file, line, row, operations)
        known = countries is None or check.exists(
            file, line, "country", row.country, countries, "countries.csv"
        )
        made = check.build(file, line, functools.partial(_from_row, record, row))
        if dated and known and made is not None:
            built.append(made)
    return built
