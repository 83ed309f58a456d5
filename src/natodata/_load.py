"""Reading a directory of tables into an Alliance: every row checked, every problem reported.

The flow: bytes -> text (UTF-8, a byte-order mark allowed) -> csv rows -> each cell parsed by its
column's parser -> the model's records -> checks across rows and tables (keys, references, dates)
-> an Alliance.
Problems are collected, not raised one by one, so a DataError lists them all; nothing half-built
ever leaves this module.

Cells are parsed by the parsers in :data:`TABLES`, chosen once per column rather than dispatched per
cell, and each distinct cell text of a column is parsed once: the same text yields the same (shared)
value, so a repeated date, code or name is held once however many rows carry it.
cattrs is deliberately not on this path: importing it costs more than reading the whole packaged
dataset (see docs/performance.md); the model's one cattrs converter lives in ``_convert``.

The cyclic garbage collector is paused while the tables are read and built, and restored after,
whatever happens. A load allocates hundreds of thousands of containers (a list per csv row, a
record per row) that it either keeps or drops to reference counting, so the collector's passes find
nothing to free while costing a fifth of a large load: each walks every row and record built so
far, again and again. If two threads load at once, the collector comes back on when the load that
found it on finishes; a load never leaves it off, nor turns it on if it was off when it began (so
a thread that turns it off while another thread's load runs finds it on again when that load ends).
"""

from __future__ import annotations

import csv
import datetime
import gc
import io
import itertools
import operator
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from ._alliance import Alliance
from ._dates import Precision, iso_at, parse_date, period_end
from ._lookup import normalize
from ._model import (
    Contribution,
    ContributionKind,
    Country,
    Framework,
    InvalidValueError,
    MemberState,
    Operation,
    OperationKind,
    Partnership,
    Qualifier,
    Source,
    Strength,
)
from ._results import Records
from .exceptions import DataError, Problem

__all__ = ["MAX_TABLE_BYTES", "TABLES", "Reader", "read_alliance"]

#: A table larger than this is rejected before it is parsed (a guard, not an expected size).
MAX_TABLE_BYTES = 32 * 1024 * 1024

R = TypeVar("R")


class Reader(Protocol):
    """Reads a table's bytes: at most *limit* of them, or None if there is no such file."""

    def __call__(self, name: str, limit: int) -> bytes | None: ...


# Cell parsers: text in, value out, or a ValueError whose message is the reason a person reads.

Parse = Callable[[str], Any]


def _text(value: str) -> str:
    if not value.strip():
        raise ValueError("is empty; a value is required")
    if value != value.strip():
        raise ValueError(f"has spaces around it: {value!r}")
    return value


def _free(value: str) -> str:
    return value.strip()


def _names(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


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


def _boolean(value: str) -> bool:
    if value not in ("true", "false"):
        raise ValueError(f"expected true or false, got {value!r}")
    return value == "true"


def _optional(parse: Parse) -> Parse:
    """An empty cell is None; anything else must parse."""

    def parse_optional(value: str) -> Any:  # noqa: ANN401 - whatever *parse* makes
        return parse(value) if value else None

    return parse_optional


def _enum(kind: type[Any]) -> Parse:
    members = {member.value: member for member in kind}
    allowed = ", ".join(members)

    def parse_enum(value: str) -> Any:  # noqa: ANN401 - a member of *kind*
        try:
            return members[value]
        except KeyError:
            raise ValueError(f"expected one of {allowed}; got {value!r}") from None

    return parse_enum


# The tables: each column's name, in the order the files have them, and its parser.
# A date column holds a (first day, precision) pair: parse_date's result.

TABLES: dict[str, tuple[tuple[str, Parse], ...]] = {
    "alliance.csv": (
        ("name", _text),
        ("abbreviation", _text),
        ("founded", _day),
        ("headquarters", _text),
        ("sources", _names),
    ),
    "sources.csv": (
        ("id", _text),
        ("title", _text),
        ("publisher", _text),
        ("url", _text),
        ("published", _optional(parse_date)),
        ("complete", _boolean),
    ),
    "countries.csv": (
        ("code", _text),
        ("alpha_2", _text),
        ("numeric", _text),
        ("cow", _optional(_number)),
        ("name", _text),
        ("other_names", _names),
        ("sources", _names),
    ),
    "members.csv": (
        ("code", _text),
        ("joined", _day),
        ("founding", _boolean),
        ("notes", _free),
        ("sources", _names),
    ),
    "operations.csv": (
        ("code", _text),
        ("name", _text),
        ("start", parse_date),
        ("end", _optional(parse_date)),
        ("theatre", _text),
        ("kind", _enum(OperationKind)),
        ("mandate", _names),
        ("predecessor", _optional(_text)),
        ("successor", _optional(_text)),
        ("description", _free),
        ("sources", _names),
    ),
    "contributions.csv": (
        ("operation", _text),
        ("country", _text),
        ("as_of", parse_date),
        ("personnel", _optional(_count)),
        ("qualifier", _enum(Qualifier)),
        ("kind", _enum(ContributionKind)),
        ("description", _free),
        ("source", _text),
    ),
    "partnerships.csv": (
        ("country", _text),
        ("framework", _enum(Framework)),
        ("start", _optional(parse_date)),
        ("end", _optional(parse_date)),
        ("notes", _free),
        ("source", _text),
    ),
    "strengths.csv": (
        ("operation", _text),
        ("as_of", parse_date),
        ("personnel", _count),
        ("qualifier", _enum(Qualifier)),
        ("table_total", _boolean),
        ("description", _free),
        ("source", _text),
    ),
}
"""Every table a dataset directory holds: its columns, in order, with the parser of each."""

Row = tuple[Any, ...]


class Rows:
    """A table's rows that parsed: their values column by column, and the line each starts on.

    Iterating gives (line, row) pairs, made on first use; the large tables are checked and built
    from the columns directly.
    """

    __slots__ = ("_rows", "columns", "lines")

    def __init__(self, lines: list[int], columns: list[list[Any]]) -> None:
        self.lines = lines
        self.columns = columns
        self._rows: list[tuple[int, Row]] | None = None

    @property
    def rows(self) -> list[tuple[int, Row]]:
        """(line, row) for each row."""
        if self._rows is None:
            self._rows = list(zip(self.lines, zip(*self.columns, strict=True), strict=True))
        return self._rows

    def __iter__(self) -> Iterator[tuple[int, Row]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, index: int) -> tuple[int, Row]:
        return self.rows[index]


_EMPTY = Rows([], [])


def _column(table: str, name: str) -> int:
    return [column for column, _ in TABLES[table]].index(name)


# Reading


class _Problems:
    """The problems found so far, with the file being read."""

    def __init__(self) -> None:
        self.found: list[Problem] = []

    def add(self, file: str, row: int, column: str, reason: str) -> None:
        self.found.append(Problem(file=file, row=row, column=column, reason=reason))


def _read_text(read: Reader, name: str, problems: _Problems) -> str | None:
    data = read(name, MAX_TABLE_BYTES + 1)
    if data is None:
        problems.add(name, 0, "", "the file is missing")
        return None
    if len(data) > MAX_TABLE_BYTES:
        problems.add(name, 0, "", f"the file is larger than {MAX_TABLE_BYTES:,} bytes")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        problems.add(name, line, "", f"bytes that are not UTF-8 at byte {error.start}")
        return None


def _rows(name: str, text: str, problems: _Problems) -> Rows:
    """The rows whose every cell parses, with the line each starts on; report the others.

    Cells are parsed column by column, each distinct text once: the same text yields the same
    (shared) value, and the work per row is done by the interpreter's C loops.
    """
    columns = [column for column, _ in TABLES[name]]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            problems.add(name, 0, "", "the file is empty; expected a header row")
            return _EMPTY
        if not _header_ok(name, header, columns, problems):
            return _EMPTY
        width = len(columns)
        found = list(reader)
        if reader.line_num == len(found) + 1 and set(map(len, found)) == {width}:
            # One line per row, every row full: the line numbers are the row numbers.
            if all(map(any, found)):
                lines, cells = list(range(2, len(found) + 2)), found
            else:
                lines = [line for line, row in enumerate(found, 2) if any(row)]
                cells = [row for row in found if any(row)]
        else:
            lines, cells = _lines(name, text, width, problems)
    except csv.Error as error:
        problems.add(name, reader.line_num, "", f"the file is not valid CSV: {error}")
        return _EMPTY
    if not cells:
        return _EMPTY
    bad: set[int] = set()
    values = [
        _column_values(name, column, parse, texts, lines, bad, problems)
        for (column, parse), texts in zip(TABLES[name], zip(*cells, strict=True), strict=True)
    ]
    if bad:
        keep = [index for index in range(len(lines)) if index not in bad]
        lines = [lines[index] for index in keep]
        values = [[column[index] for index in keep] for column in values]
    return Rows(lines, values)


def _lines(
    name: str, text: str, width: int, problems: _Problems
) -> tuple[list[int], list[list[str]]]:
    """Each row of *width* cells with the line it starts on, reporting rows of another width.

    The slow way, for a table whose cells span lines, or with blank or short rows.
    """
    lines: list[int] = []
    cells: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    next(reader)
    line = reader.line_num
    for row in reader:
        line, start = reader.line_num, line + 1
        if len(row) == width and any(row):
            lines.append(start)
            cells.append(row)
        elif any(row):
            problems.add(name, start, "", f"expected {width} cells, found {len(row)}")
    return lines, cells


def _column_values(  # noqa: PLR0913, PLR0917 - the column, its cells, and where to report
    name: str,
    column: str,
    parse: Parse,
    texts: tuple[str, ...],
    lines: list[int],
    bad: set[int],
    problems: _Problems,
) -> list[Any]:
    """One column's values, each distinct text parsed once; rows with a failing cell go in *bad*."""
    known: dict[str, Any] = {}
    failed: dict[str, str] = {}
    for text in dict.fromkeys(texts):
        try:
            known[text] = parse(text)
        except ValueError as error:  # noqa: PERF203 - once per distinct text, not per row
            failed[text] = str(error)
    if failed:
        for index, text in enumerate(texts):
            if text in failed:
                problems.add(name, lines[index], column, failed[text])
                bad.add(index)
    return list(map(known.get, texts))


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


def read_alliance(read: Reader, location: str) -> Alliance:
    """Read, check and build the Alliance from a set of tables.

    Args:
        read: Reads one table's bytes by file name.
        location: Where the tables are, for the error message.

    Raises:
        DataError: Anything is wrong; it lists every problem found.
    """
    problems = _Problems()
    tables: dict[str, Rows] = {}
    collecting = gc.isenabled()
    gc.disable()  # see the module's docstring: a load makes no cycles for it to find
    try:
        for name in TABLES:
            text = _read_text(read, name, problems)
            tables[name] = _EMPTY if text is None else _rows(name, text, problems)
        alliance = None if problems.found else _assemble(tables, problems)
    finally:
        if collecting:
            gc.enable()
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

    def build(self, file: str, line: int, make: Callable[[Row], R], row: Row) -> R | None:
        """Make a record from a row, reporting a value the record rejects."""
        try:
            return make(row)
        except InvalidValueError as error:
            self.problems.add(file, line, _COLUMNS.get(error.field, error.field), str(error))
            return None

    def unique(self, file: str, rows: Rows, make: Callable[[Row], R]) -> list[R]:
        """Build a table's records, whose first column is their key."""
        return self.unique_by(file, rows, lambda row: row[0], TABLES[file][0][0], make)

    def unique_by(
        self,
        file: str,
        rows: Rows,
        key: Callable[[Row], object],
        column: str,
        make: Callable[[Row], R],
    ) -> list[R]:
        """Build a table's records, no two of which may share *key*."""
        self.duplicates(file, [(line, key(row)) for line, row in rows], column)
        built = (self.build(file, line, make, row) for line, row in rows)
        return [record for record in built if record is not None]

    def duplicates(
        self,
        file: str,
        keys: Iterable[tuple[int, Any]],
        column: str,
        show: Callable[[Any], object] = lambda key: key,
    ) -> None:
        """Report each row whose key an earlier row already has; *show* writes a key for people."""
        first: dict[object, int] = {}
        for line, key in keys:
            seen = first.setdefault(key, line)
            if seen != line:
                self.problems.add(
                    file, line, column, f"duplicate key {show(key)!r}; row {seen} has it already"
                )

    def cited(
        self, file: str, column: str, citing: Sequence[tuple[int, tuple[str, ...]]], known: set[str]
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

    def all_exist(self, file: str, rows: Rows, column: str, known: set[str], table: str) -> None:
        """Report each cell of *column* that is not a key of *table*; one set operation if none."""
        if not rows.columns or set(rows.columns[_column(file, column)]) <= known:
            return
        for line, cell in _cells({file: rows}, file, column):
            self.exists(file, line, column, cell, known, table)

    def not_future(self, file: str, line: int, column: str, day: datetime.date) -> bool:
        """Report a date after today: the tables record what happened."""
        if day <= self.today:
            return True
        self.problems.add(file, line, column, f"{day} is in the future")
        return False

    def date_problem(
        self,
        code: str,
        as_of: tuple[datetime.date, Precision],
        known: dict[str, Operation | None],
    ) -> tuple[str, str] | None:
        """The column and reason a figure of *code* dated *as_of* is wrong, if it is.

        *known* maps each operation code in operations.csv to its record, None where the record
        could not be built (that problem is reported already: the column is then empty).
        """
        if code not in known:
            return "operation", f"{code!r} is not in operations.csv"
        operation = known[code]
        if operation is None:
            return "", ""
        first, precision = as_of
        if period_end(first, precision) < operation.start or (
            operation.end is not None and first > operation.end
        ):
            return "as_of", f"{first} is outside {code}'s dates ({operation.period})"
        if first > self.today:
            return "as_of", f"{first} is in the future"
        return None


def _country(row: Row, member: Row | None) -> Country:
    code, alpha_2, numeric, cow, name, other_names, sources = row
    if member is None:
        return Country(code, alpha_2, numeric, cow, name, other_names, sources)
    _, joined, founding, notes, member_sources = member
    return MemberState(
        code,
        alpha_2,
        numeric,
        cow,
        name,
        other_names,
        tuple(dict.fromkeys(sources + member_sources)),
        joined=joined,
        founding=founding,
        notes=notes,
    )


def _source(row: Row) -> Source:
    id_, title, publisher, url, published, complete = row
    day, precision = (None, None) if published is None else published
    return Source(id_, title, publisher, url, day, precision, complete)


def _operation(row: Row) -> Operation:
    code, name, (start, start_precision), end, theatre, kind, mandate, *rest = row
    return Operation(code, name, start, start_precision, *_last(end), theatre, kind, mandate, *rest)


def _last(end: tuple[datetime.date, Precision] | None) -> tuple[Any, Any]:
    """An end date and its precision; an end known to the month or year is the last day of it."""
    return (None, None) if end is None else (period_end(*end), end[1])


def _partnership(row: Row) -> Partnership:
    country, framework, start, end, notes, source = row
    first, precision = (None, None) if start is None else start
    return Partnership(country, framework, first, precision, *_last(end), notes, source)


def _contribution(row: Row) -> Contribution:
    operation, country, (as_of, precision), personnel, qualifier, kind, description, source = row
    return Contribution(
        operation, country, as_of, precision, personnel, qualifier, kind, description, source
    )


def _strength(row: Row) -> Strength:
    operation, (as_of, precision), *rest = row
    return Strength(operation, as_of, precision, *rest)


def _cells(tables: dict[str, Rows], table: str, column: str) -> list[tuple[int, Any]]:
    """One column of a table, each cell with its line."""
    found = tables[table]
    if not found.columns:
        return []
    return list(zip(found.lines, found.columns[_column(table, column)], strict=True))


def _assemble(tables: dict[str, Rows], problems: _Problems) -> Alliance | None:
    """Build the records and check what no single row can: keys, references and dates."""
    check = _Checker(problems, datetime.date.today())  # noqa: DTZ011 - calendar days

    sources = _sources(check, tables)
    alliance_rows = tables["alliance.csv"]
    if len(alliance_rows) != 1:
        problems.add("alliance.csv", 0, "", f"expected exactly one row, found {len(alliance_rows)}")

    countries = _countries(check, tables)
    country_codes = {row[0] for _, row in tables["countries.csv"]}

    operations = check.unique("operations.csv", tables["operations.csv"], _operation)
    by_code: dict[str, Operation | None] = dict.fromkeys(
        row[0] for _, row in tables["operations.csv"]
    )
    by_code.update((o.code, o) for o in operations)
    _check_links(check, tables["operations.csv"], by_code)

    partnerships = _partnerships(check, tables, country_codes)

    contributions = _figures(
        check,
        "contributions.csv",
        _contribution,
        _build_contributions,
        tables,
        by_code,
        (0, 1, 2, 5, 7),
        lambda k: (k[0], k[1], iso_at(*k[2]), k[3].value, k[4]),
    )
    check.all_exist(
        "contributions.csv", tables["contributions.csv"], "country", country_codes, "countries.csv"
    )
    strengths = _figures(
        check,
        "strengths.csv",
        _strength,
        _build_strengths,
        tables,
        by_code,
        (0, 1, 6),
        lambda k: (k[0], iso_at(*k[1]), k[2]),
    )
    _check_totals(check, tables, {s.id for s in sources if s.complete})

    if problems.found:
        return None
    name, abbreviation, founded, headquarters, alliance_sources = alliance_rows[0][1]
    return Alliance(
        name=name,
        abbreviation=abbreviation,
        founded=founded,
        headquarters=headquarters,
        alliance_sources=alliance_sources,
        countries=Records(sorted(countries, key=lambda c: normalize(c.name))),
        operations=Records(sorted(operations, key=lambda o: (o.start, o.code))),
        contributions=Records(_by_table(contributions, tables["contributions.csv"])),
        strengths=Records(sorted(strengths, key=operator.attrgetter("operation", "as_of"))),
        partnerships=Records(
            sorted(partnerships, key=lambda p: (p.country, p.framework.value, p.start or _EARLY))
        ),
        source_records=Records(sorted(sources, key=lambda s: s.id)),
    )


def _sources(check: _Checker, tables: dict[str, Rows]) -> list[Source]:
    """Build the sources, and check that every row cites sources that exist."""
    # References are checked against the keys the tables have, built or not, so that one bad
    # row is reported once, not again by every row that refers to it.
    sources = check.unique("sources.csv", tables["sources.csv"], _source)
    source_ids = {row[0] for _, row in tables["sources.csv"]}
    for line, published in _cells(tables, "sources.csv", "published"):
        if published is not None:
            check.not_future("sources.csv", line, "published", published[0])
    for table in ("alliance.csv", "countries.csv", "members.csv", "operations.csv"):
        check.cited(table, "sources", _cells(tables, table, "sources"), source_ids)
    for table in ("contributions.csv", "partnerships.csv", "strengths.csv"):
        check.all_exist(table, tables[table], "source", source_ids, "sources.csv")
    return sources


def _countries(check: _Checker, tables: dict[str, Rows]) -> list[Country]:
    """Build the nations, members with their membership, checking codes and references."""
    member_rows = tables["members.csv"]
    check.duplicates("members.csv", _cells(tables, "members.csv", "code"), "code")
    members = {row[0]: row for _, row in member_rows}
    for column in ("alpha_2", "numeric", "cow"):
        cells = [(ln, c) for ln, c in _cells(tables, "countries.csv", column) if c is not None]
        check.duplicates("countries.csv", cells, column)
    countries = check.unique(
        "countries.csv", tables["countries.csv"], lambda row: _country(row, members.get(row[0]))
    )
    country_codes = {row[0] for _, row in tables["countries.csv"]}
    for line, (code, joined, *_) in member_rows:
        check.exists("members.csv", line, "code", code, country_codes, "countries.csv")
        check.not_future("members.csv", line, "joined", joined)
    return countries


def _partnerships(
    check: _Checker, tables: dict[str, Rows], country_codes: set[str]
) -> list[Partnership]:
    """Build the partnerships, checking their nations and dates."""
    partnerships = check.unique_by(
        "partnerships.csv",
        tables["partnerships.csv"],
        lambda row: (row[0], row[1].value, row[2] and iso_at(*row[2])),
        "framework",
        _partnership,
    )
    for line, (country, _, start, end, *_) in tables["partnerships.csv"]:
        check.exists("partnerships.csv", line, "country", country, country_codes, "countries.csv")
        for column, date in (("start", start), ("end", end)):
            if date is not None:
                check.not_future("partnerships.csv", line, column, date[0])
    return partnerships


_EARLY = datetime.date.min


def _check_totals(check: _Checker, tables: dict[str, Rows], complete: set[str]) -> None:
    """A stated total of a table is met by its rows: the complete table of that operation and date.

    The rows add up to the total within the total's rounding (see Qualifier.admits).
    """
    wanted = {(row[0], row[1]) for _, row in tables["strengths.csv"] if row[4]}
    sums: dict[tuple[str, tuple[datetime.date, Precision]], dict[str, int]] = {}
    figures = tables["contributions.csv"]
    if wanted and figures.columns:
        operation, _, as_of, personnel, *_, source = figures.columns
        for key, people, cited in zip(
            zip(operation, as_of, strict=True), personnel, source, strict=True
        ):
            if key in wanted and cited in complete:
                table = sums.setdefault(key, {})
                table[cited] = table.get(cited, 0) + (people or 0)
    for line, (operation, as_of, personnel, qualifier, table_total, *_) in tables["strengths.csv"]:
        if not table_total:
            continue
        found = sums.get((operation, as_of), {}).values()
        if not found:
            check.problems.add(
                "strengths.csv",
                line,
                "table_total",
                f"no complete contribution table of {operation} is dated {iso_at(*as_of)}",
            )
        elif not any(qualifier.admits(personnel, total) for total in found):
            check.problems.add(
                "strengths.csv",
                line,
                "personnel",
                f"the table of {operation} on {iso_at(*as_of)} adds up to"
                f" {' or '.join(f'{t:,}' for t in found)}, not {qualifier.describe(personnel)}",
            )


def _check_links(check: _Checker, rows: Rows, operations: dict[str, Operation | None]) -> None:
    """Each predecessor and successor is an operation, and the two links agree both ways."""
    links = {row[0]: (row[7], row[8]) for _, row in rows}
    for line, (code, *_, predecessor, successor, _, _) in rows:
        for column, other, back in (("predecessor", predecessor, 1), ("successor", successor, 0)):
            if other is None:
                continue
            if other == code:
                check.problems.add("operations.csv", line, column, f"{code} cannot follow itself")
            elif (
                check.exists("operations.csv", line, column, other, operations, "operations.csv")
                and links[other][back] != code
            ):
                word = ("predecessor", "successor")[back]
                check.problems.add(
                    "operations.csv",
                    line,
                    column,
                    f"{other}'s {word} is {links[other][back] or 'empty'}, not {code}",
                )


def _figures(  # noqa: PLR0913, PLR0917 - the table, how to build it, and what it refers to
    check: _Checker,
    file: str,
    make: Callable[[Row], R],
    build: Callable[[list[list[Any]]], list[R]],
    tables: dict[str, Rows],
    operations: dict[str, Operation | None],
    key: tuple[int, ...],
    show: Callable[[Any], object],
) -> list[R]:
    """Build the dated figures of *file*, checking each row's operation, date and uniqueness.

    Rows of one operation and date share one verdict on the date, worked out once.
    When nothing is wrong, *build* makes every record from the columns at once; otherwise *make*
    builds row by row, so that each problem is reported with its row.
    """
    table = tables[file]
    if not table.columns:
        return []
    operation, as_of = _column(file, "operation"), _column(file, "as_of")
    verdicts = {
        dated: check.date_problem(*dated, operations)
        for dated in set(zip(table.columns[operation], table.columns[as_of], strict=True))
    }
    built: list[R] | None = None
    if all(verdict is None for verdict in verdicts.values()):
        try:
            built = build(table.columns)
        except InvalidValueError:
            built = None  # some record refuses a value: find it, row by row, below
    if built is None:
        built = []
        for line, row in table:
            verdict = verdicts[row[operation], row[as_of]]
            made = check.build(file, line, make, row)
            if verdict is not None:
                if verdict[0]:
                    check.problems.add(file, line, *verdict)
            elif made is not None:
                built.append(made)
    keys = list(zip(*(table.columns[index] for index in key), strict=True))
    if len(set(keys)) != len(keys):
        check.duplicates(file, zip(table.lines, keys, strict=True), _DUPLICATE[file], show)
    return built


def _by_table(records: list[Contribution], rows: Rows) -> tuple[Contribution, ...]:
    """The contributions ordered by operation, date and source, each table's rows by nation.

    *records* are *rows* built, in the same order. Tables come as runs of rows, so the runs are
    sorted, and the rows within each: far less work than sorting every row, at any size.
    """
    if not records:
        return ()
    operation, country, as_of, *_, source = rows.columns
    keys = list(zip(operation, map(operator.itemgetter(0), as_of), source, strict=True))
    runs: dict[tuple[str, datetime.date, str], list[int]] = {}
    for key, run in itertools.groupby(range(len(keys)), keys.__getitem__):
        runs.setdefault(key, []).extend(run)
    order: list[int] = []
    for key in sorted(runs):
        order.extend(sorted(runs[key], key=country.__getitem__))
    return tuple(map(records.__getitem__, order))


def _build_contributions(columns: list[list[Any]]) -> list[Contribution]:
    operation, country, as_of, personnel, qualifier, kind, description, source = columns
    first, precision = operator.itemgetter(0), operator.itemgetter(1)
    return list(
        itertools.starmap(
            Contribution,
            zip(
                operation,
                country,
                map(first, as_of),
                map(precision, as_of),
                personnel,
                qualifier,
                kind,
                description,
                source,
                strict=True,
            ),
        )
    )


def _build_strengths(columns: list[list[Any]]) -> list[Strength]:
    return [_strength(row) for row in zip(*columns, strict=True)]


# The column a duplicate figure is reported in.
_DUPLICATE = {"contributions.csv": "country", "strengths.csv": "as_of"}
