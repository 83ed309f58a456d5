"""Reading one table: bytes -> text -> csv rows -> parsed columns, each problem located.

Cells are parsed by their column's parser (see ``_schema``), chosen once per column rather than
dispatched per cell, and each distinct cell text of a column is parsed once: the same text yields
the same (shared) value, so a repeated date, code or name is held once however many rows carry it.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections import Counter
from collections.abc import Iterator
from typing import Any, Protocol

from ._schema import TABLES, Column, TableSpec
from .exceptions import Problem

__all__ = ["MAX_PROBLEMS", "MAX_TABLE_BYTES", "Problems", "Reader", "Row", "Rows", "read_table"]

#: A table larger than this is rejected before it is parsed (a guard, not an expected size).
MAX_TABLE_BYTES = 32 * 1024 * 1024

#: Problems past this many are counted, not kept: a hostile table cannot make a load use gigabytes.
MAX_PROBLEMS = 1000

#: The longest cell a table may hold (the csv module's own default limit).
MAX_CELL = 131_072

Row = tuple[Any, ...]


class Reader(Protocol):
    """Reads a table's bytes: at most *limit* of them, or None if there is no such file.

    A reader raises OSError with a reason a person reads when the file exists but cannot be read
    (a directory, a FIFO, a loop of links).
    """

    def __call__(self, name: str, limit: int) -> bytes | None: ...


class Problems:
    """The problems found so far: the first MAX_PROBLEMS kept, the rest counted."""

    def __init__(self) -> None:
        self.found: list[Problem] = []
        self.more = 0

    def add(self, file: str, row: int, column: str, reason: str) -> None:
        """Record one problem, at *row* (1 is the header, 0 the file itself) and *column*."""
        if len(self.found) < MAX_PROBLEMS:
            self.found.append(Problem(file=file, row=row, column=column, reason=reason))
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.found)

    @property
    def full(self) -> bool:
        """Whether no more problems are kept: reading further would only count them."""
        return len(self.found) >= MAX_PROBLEMS


class Rows:
    """A table's rows that parsed: their values column by column, and the line each starts on.

    Iterating gives (line, row) pairs, made on first use; the large tables are checked and built
    from the columns directly. ``column(name)`` gives one column by its name.
    """

    __slots__ = ("_rows", "columns", "lines", "spec")

    def __init__(self, spec: TableSpec, lines: list[int], columns: list[list[Any]]) -> None:
        self.spec = spec
        self.lines = lines
        self.columns = columns
        self._rows: list[tuple[int, Row]] | None = None

    @property
    def rows(self) -> list[tuple[int, Row]]:
        """(line, row) for each row."""
        if self._rows is None:
            self._rows = list(zip(self.lines, zip(*self.columns, strict=True), strict=True))
        return self._rows

    def column(self, name: str) -> list[Any]:
        """The values of the column called *name*, one per row (empty if no row parsed)."""
        if not self.columns:
            return []
        return self.columns[self.spec.index(name)]

    def cells(self, name: str) -> list[tuple[int, Any]]:
        """The column called *name*, each value with the line its row starts on."""
        return list(zip(self.lines, self.column(name), strict=True)) if self.columns else []

    def records(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """Each row as a mapping of column name to value, with its line."""
        names = self.spec.names
        for line, row in self.rows:
            yield line, dict(zip(names, row, strict=True))

    def __iter__(self) -> Iterator[tuple[int, Row]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, index: int) -> tuple[int, Row]:
        return self.rows[index]


def empty(name: str) -> Rows:
    """No rows of table *name*."""
    return Rows(TABLES[name], [], [])


def read_table(read: Reader, name: str, problems: Problems) -> Rows:
    """The rows of table *name* whose every cell parses; the problems of the others."""
    text = _read_text(read, name, problems)
    return empty(name) if text is None else _rows(TABLES[name], text, problems)


def _read_text(read: Reader, name: str, problems: Problems) -> str | None:
    try:
        data = read(name, MAX_TABLE_BYTES + 1)
    except OSError as error:
        problems.add(name, 0, "", f"the file cannot be read: {error.strerror or error}")
        return None
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


def _rows(spec: TableSpec, text: str, problems: Problems) -> Rows:
    """The rows whose every cell parses, with the line each starts on; report the others.

    Cells are parsed column by column, each distinct text once: the same text yields the same
    (shared) value, and the work per row is done by the interpreter's C loops.
    """
    name = spec.file
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            problems.add(name, 0, "", "the file is empty; expected a header row")
            return empty(name)
        if not _header_ok(name, header, list(spec.names), problems):
            return empty(name)
        lines, cells = _cells(name, text, reader, len(spec.columns), problems)
    except csv.Error as error:
        reason = str(error)
        if "field larger than field limit" in reason:
            reason = f"a cell is longer than {MAX_CELL:,} characters"
        problems.add(name, reader.line_num, "", f"the file is not valid CSV: {reason}")
        return empty(name)
    if problems.full:
        return empty(name)
    if not cells:
        return empty(name)
    bad: set[int] = set()
    values = [
        _column_values(name, column, texts, lines, bad, problems)
        for column, texts in zip(spec.columns, zip(*cells, strict=True), strict=True)
    ]
    if bad:
        keep = [index for index in range(len(lines)) if index not in bad]
        lines = [lines[index] for index in keep]
        values = [[column[index] for index in keep] for column in values]
    return Rows(spec, lines, values)


def _cells(
    name: str,
    text: str,
    reader: Iterator[list[str]],
    width: int,
    problems: Problems,
) -> tuple[list[int], list[list[str]]]:
    """The rows after the header, each with the line it starts on; blank rows reported."""
    found = list(reader)
    # The csv module's own limit is process-wide and other libraries raise it: check ours here.
    if max(map(len, itertools.chain.from_iterable(found)), default=0) > MAX_CELL:
        return _too_long(name, found, problems)
    if getattr(reader, "line_num", 0) == len(found) + 1 and set(map(len, found)) == {width}:
        # One line per row, every row full: the line numbers are the row numbers.
        lines = list(range(2, len(found) + 2))
        if all(map(any, found)):
            return lines, found
        kept: tuple[list[int], list[list[str]]] = ([], [])
        for line, row in zip(lines, found, strict=True):
            if any(row):
                kept[0].append(line)
                kept[1].append(row)
            else:
                problems.add(name, line, "", "the row is empty; remove it")
        return kept
    return _lines(name, text, width, problems)


def _too_long(
    name: str, found: list[list[str]], problems: Problems
) -> tuple[list[int], list[list[str]]]:
    """Report the rows with a cell over MAX_CELL characters; nothing of the table is kept."""
    for row_number, row in enumerate(found, 2):
        if any(len(cell) > MAX_CELL for cell in row):
            problems.add(name, row_number, "", f"a cell is longer than {MAX_CELL:,} characters")
    return [], []


def _lines(
    name: str, text: str, width: int, problems: Problems
) -> tuple[list[int], list[list[str]]]:
    """Each row of *width* cells with the line it starts on, reporting rows of another width.

    The slow way, for a table whose cells span lines, or with blank or short rows. A line with
    nothing on it is passed over; a row of empty cells is reported.
    """
    lines: list[int] = []
    cells: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    next(reader)
    line = reader.line_num
    for row in reader:
        line, start = reader.line_num, line + 1
        if not row:
            continue
        if len(row) != width:
            problems.add(name, start, "", f"expected {width} cells, found {len(row)}")
        elif not any(row):
            problems.add(name, start, "", "the row is empty; remove it")
        else:
            lines.append(start)
            cells.append(row)
        if problems.full:
            break
    return lines, cells


def _column_values(  # noqa: PLR0913, PLR0917 - the column, its cells, and where to report
    name: str,
    column: Column,
    texts: tuple[str, ...],
    lines: list[int],
    bad: set[int],
    problems: Problems,
) -> list[Any]:
    """One column's values, each distinct text parsed once; rows with a failing cell go in *bad*."""
    known: dict[str, Any] = {}
    failed: dict[str, str] = {}
    parse = column.parse
    for text in dict.fromkeys(texts):
        try:
            known[text] = parse(text)
        except ValueError as error:  # noqa: PERF203 - once per distinct text, not per row
            failed[text] = str(error)
    if failed:
        for index, text in enumerate(texts):
            if text in failed:
                problems.add(name, lines[index], column.name, failed[text])
                bad.add(index)
    return list(map(known.get, texts))


def _header_ok(name: str, header: list[str], columns: list[str], problems: Problems) -> bool:
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
