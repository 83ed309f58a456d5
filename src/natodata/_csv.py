"""Reading one table: bytes -> text -> csv rows -> parsed columns, each problem located.

Cells are parsed by their column's parser (see ``_schema``), chosen once per column rather than
dispatched per cell, and each distinct cell text of a column is parsed once: the same text yields
the same (shared) value, so a repeated date, code or name is held once however many rows carry it.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from ._schema import TABLES, Column, TableSpec
from .exceptions import Problem

__all__ = ["MAX_PROBLEMS", "MAX_TABLE_BYTES", "Problems", "Reader", "Row", "Rows", "read_table"]

#: A table larger than this is rejected before it is parsed (a guard, not an expected size).
MAX_TABLE_BYTES = 128 * 1024 * 1024

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

    def __init__(self, spec: TableSpec, lines: Sequence[int], columns: list[list[Any]]) -> None:
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
    data = _read_bytes(read, name, problems)
    return empty(name) if data is None else _rows(TABLES[name], data, problems)


def _read_bytes(read: Reader, name: str, problems: Problems) -> bytes | None:
    """A table's bytes, known to be UTF-8; None, with the problem, if they cannot be read."""
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
    if not _utf8(data):
        try:
            data.decode("utf-8-sig")  # decoded whole only to say where the bad byte is
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            problems.add(name, line, "", f"bytes that are not UTF-8 at byte {error.start}")
            return None
    return data


#: Bytes decoded at a time to check a table is UTF-8.
_BLOCK = 1 << 20


def _utf8(data: bytes) -> bool:
    """Whether *data* is UTF-8, decoded a block at a time and the text let go.

    The whole text at once would take up to four bytes a character: more than the bytes and
    the parsed table together, for a text that is thrown away.
    """
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    view = memoryview(data)
    try:
        for start in range(0, len(data), _BLOCK):
            decoder.decode(view[start : start + _BLOCK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _text(data: bytes) -> Iterator[str]:
    r"""The lines of a table, decoded a block at a time: the whole text is never held at once.

    Every line break, ``\r\n``, ``\r`` or ``\n``, is read as ``\n``: a table saved with
    Windows line ends reads like one saved with Unix ones, quoted cells that span lines included
    (kept as read, their ``\r`` would be refused as a control character).
    """
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline=None)


#: Rows parsed at a time: the csv module's lists of cells live for one chunk, not the whole table.
#: Fewer than the 700 new objects after which the collector first looks (its default), so most of
#: a chunk's lists die before it looks at them: at 4,096 rows a chunk, a load of 53,725
#: contributions ran the collector 282 times and twice over everything, at 512 165 times and once.
CHUNK = 512


def _rows(spec: TableSpec, data: bytes, problems: Problems) -> Rows:
    """The rows whose every cell parses, with the line each starts on; report the others.

    The rows are read a chunk at a time and each chunk's cells parsed column by column, each
    distinct text once: the same text yields the same (shared) value, the work per row is done by
    the interpreter's C loops, and only the parsed columns grow with the table, never its cells.
    """
    name = spec.file
    reader = csv.reader(_text(data), strict=True)
    # Rows of one line each are parsed a chunk at a time: no cell of theirs is longer than its line.
    columns = _Columns(spec, short=len(data) <= MAX_CELL or _short_lines(data))
    try:
        header = next(reader, None)
        if header is None:
            problems.add(name, 0, "", "the file is empty; expected a header row")
            return empty(name)
        if spec.derived and set(spec.derived).isdisjoint(header):
            spec = spec.underived()  # the derived columns left out, as a folder may
            columns = _Columns(spec, short=columns.short)
        if not _header_ok(name, header, spec, problems):
            return empty(name)
        if not _chunks(reader, columns):
            # A cell spans lines, or a row is blank or of another width: row by row.
            columns = _Columns(spec, short=len(data) <= MAX_CELL)
            _lines(name, data, columns, problems)
    except csv.Error as error:
        reason = str(error)
        if "field larger than field limit" in reason:
            reason = f"a cell is longer than {MAX_CELL:,} characters"
        problems.add(name, reader.line_num, "", f"the file is not valid CSV: {reason}")
        return empty(name)
    for line in columns.long:
        problems.add(name, line, "", f"a cell is longer than {MAX_CELL:,} characters")
    if problems.full or not columns.count or columns.long:
        return empty(name)
    return columns.rows(problems)


class _Columns:
    """A table's columns as they are parsed, a chunk of rows at a time.

    Each column keeps the value of each distinct text it has met; a text that does not parse is
    kept with its reason, and reported with its rows when the table is done.
    """

    def __init__(self, spec: TableSpec, *, short: bool) -> None:
        self.spec = spec
        self.short = short  # no cell of it can be too long
        self.count = 0
        self._lines: list[int] | None = None  # None while row i starts on line i + 2
        self.values: list[list[Any]] = [[] for _ in spec.columns]
        self._known: list[dict[str, Any]] = [{} for _ in spec.columns]
        self._failed: list[dict[str, str]] = [{} for _ in spec.columns]
        self._bad: list[list[tuple[int, str]]] = [[] for _ in spec.columns]
        self._empty: list[int] = []
        self.long: list[int] = []  # lines of rows with a cell over MAX_CELL: nothing is kept
        self._derived = [
            (position, spec.index(column.derived_from), column)
            for position, column in enumerate(spec.columns)
            if column.derived_from
        ]
        # Each derived column's expected cell beside each distinct cell of its date (None beside a
        # date that does not parse), worked out once for the whole table.
        self._expected: list[dict[str, str | None]] = [{} for _ in self._derived]

    def long_cells(self, lines: Iterable[int], cells: list[list[str]]) -> bool:
        """Note each row with a cell over MAX_CELL characters; whether there was one.

        The csv module's own limit is process-wide and other libraries raise it: ours is here.
        """
        if self.short or max(map(len, itertools.chain.from_iterable(cells)), default=0) <= MAX_CELL:
            return False
        self.long.extend(
            line
            for line, row in zip(lines, cells, strict=True)
            if any(len(cell) > MAX_CELL for cell in row)
        )
        return True

    def add(self, lines: Iterable[int], cells: list[list[str]]) -> None:
        """Parse a chunk of rows, each starting on its line; blank rows are reported later."""
        first = self.count
        if self._lines is not None:
            self._lines.extend(lines)
        elif not (isinstance(lines, range) and lines.start == first + 2 and lines.step == 1):
            self._lines = [*range(2, first + 2), *lines]
        self.count += len(cells)
        if not cells:
            return
        if not all(map(any, cells)):
            self._empty.extend(first + index for index, row in enumerate(cells) if not any(row))
        transposed = list(zip(*cells, strict=True))
        for position, (column, texts) in enumerate(zip(self.spec.columns, transposed, strict=True)):
            # Nothing is kept of a derived cell: it is checked against its date's cell below.
            if not column.derived_from:
                self._parse(first, position, texts)
        if self._derived:
            self._check_derived_columns(first, transposed)

    def _parse(self, first: int, position: int, texts: tuple[str, ...]) -> None:
        """Parse a chunk's cells of one column, each distinct text once; report those that fail."""
        parse, known, failed = (
            self.spec.columns[position].parse,
            self._known[position],
            self._failed[position],
        )
        for text in set(texts).difference(known, failed):
            try:
                known[text] = parse(text)
            except ValueError as error:  # noqa: PERF203 - once per distinct text, not per row
                failed[text] = str(error)
        self.values[position].extend(map(known.get, texts))
        if failed and not failed.keys().isdisjoint(texts):
            self._bad[position].extend(
                (first + index, failed[text]) for index, text in enumerate(texts) if text in failed
            )

    def _check_derived_columns(self, first: int, transposed: list[tuple[str, ...]]) -> None:
        """Check a chunk's derived cells against the cells of their dates.

        Each distinct date is derived once for the whole table, and when a chunk's cells are all
        what their dates derive, one comparison in C proves it; otherwise the chunk's wrong cells
        are found and reported.
        """
        for (position, base, column), expected in zip(self._derived, self._expected, strict=True):
            bases, texts = transposed[base], transposed[position]
            for text in set(bases).difference(expected):
                try:
                    expected[text] = column.derive(text)
                except ValueError:  # noqa: PERF203 - once per distinct date, not per row
                    expected[text] = None  # its own column's problem
            if tuple(map(expected.__getitem__, bases)) != texts:
                self._check_derived(first, bases, texts, column, expected)

    def _check_derived(
        self,
        first: int,
        bases: Sequence[str],
        texts: Sequence[str],
        column: Column,
        derived: dict[str, str | None],
    ) -> None:
        """Report each row whose derived cell is not what its column derives from its date.

        *derived* holds what each of the chunk's dates derives (None for a date that does not
        parse: its own column's problem). Each distinct pair of cells is checked once.
        """
        wrong: dict[tuple[str, str], str] = {}
        for base, text in set(zip(bases, texts, strict=True)):
            expected = derived[base]
            if expected is None:
                continue
            if text != expected:
                day = "last" if column.last_day else "first"
                wrong[base, text] = (
                    f"expected {expected!r}, the {day} day of {column.derived_from} {base!r}"
                    if expected
                    else f"expected it empty, as {column.derived_from} is"
                )
        if wrong:
            self._bad[self.spec.index(column.name)].extend(
                (first + index, wrong[pair])
                for index, pair in enumerate(zip(bases, texts, strict=True))
                if pair in wrong
            )

    def rows(self, problems: Problems) -> Rows:
        """The rows that parsed; the problems of the others reported."""
        name = self.spec.file
        lines: Sequence[int] = range(2, self.count + 2) if self._lines is None else self._lines
        empty = set(self._empty)
        for index in self._empty:
            problems.add(name, lines[index], "", "the row is empty; remove it")
        drop = set(empty)
        for column, bad in zip(self.spec.columns, self._bad, strict=True):
            for index, reason in bad:
                if index not in empty:
                    problems.add(name, lines[index], column.name, reason)
                    drop.add(index)
        # The rows hold no derived column: each was checked cell by cell against its date.
        spec = self.spec.underived() if self._derived else self.spec
        values = [
            held
            for column, held in zip(self.spec.columns, self.values, strict=True)
            if not column.derived_from
        ]
        if drop:
            keep = [index for index in range(self.count) if index not in drop]
            lines = [lines[index] for index in keep]
            values = [[column[index] for index in keep] for column in values]
        return Rows(spec, lines, values)


def _short_lines(data: bytes) -> bool:
    """Whether no line of *data* is longer than MAX_CELL bytes (so no cell of a one-line row is).

    A line longer than MAX_CELL holds a whole block of MAX_CELL / 2 bytes that starts at a multiple
    of it: a newline in every such block proves there is none, in a few searches in C, where
    measuring every cell would take a pass over them all. A block with no newline proves nothing:
    the cells are then measured.
    """
    width = MAX_CELL // 2
    return all(
        data.find(b"\n", start, start + width) >= 0
        for start in range(0, len(data) - width + 1, width)
    )


def _chunks(reader: Iterator[list[str]], columns: _Columns) -> bool:
    """Parse the rows after the header a chunk at a time, while each row is one full line.

    Returns:
        False, having stopped, when a row spans lines or has another width (the caller then reads
        the table row by row); True when every row was parsed.
    """
    width = len(columns.spec.columns)
    line = 1
    while chunk := list(itertools.islice(reader, CHUNK)):
        end = getattr(reader, "line_num", 0)
        if end != line + len(chunk) or set(map(len, chunk)) != {width}:
            return False
        lines = range(line + 1, end + 1)
        if not columns.long_cells(lines, chunk) and not columns.long:
            columns.add(lines, chunk)
        line = end
    return True


def _lines(name: str, data: bytes, columns: _Columns, problems: Problems) -> None:
    """Parse each row of the table's width with the line it starts on; report rows of another width.

    The slow way, for a table whose cells span lines, or with blank or short rows. A line with
    nothing on it is passed over; a row of empty cells is reported.
    """
    width = len(columns.spec.columns)
    reader = csv.reader(_text(data), strict=True)
    next(reader)
    line = reader.line_num
    lines: list[int] = []
    cells: list[list[str]] = []
    for row in reader:
        line, start = reader.line_num, line + 1
        if not row:
            continue
        if columns.long_cells((start,), [row]):
            pass
        elif len(row) != width:
            problems.add(name, start, "", f"expected {width} cells, found {len(row)}")
        else:
            lines.append(start)
            cells.append(row)
        if len(cells) == CHUNK:
            columns.add(lines, cells)
            lines, cells = [], []
        if problems.full:
            return
    columns.add(lines, cells)


def _header_ok(name: str, header: list[str], spec: TableSpec, problems: Problems) -> bool:
    columns = list(spec.names)
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
    if not ok and spec.derived:
        problems.add(
            name,
            1,
            "",
            f"the columns {', '.join(spec.derived)} may be left out, all of them together;"
            f" then the others are {', '.join(spec.underived().names)}",
        )
    return ok
