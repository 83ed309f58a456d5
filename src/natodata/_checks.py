"""Rules across rows and tables: keys, references, dates, sources and stated totals.

Each failure is reported as a problem with its file, row and column; none is raised here.
References are checked against the keys a table has, whether or not its rows could be built, so
that one bad row is reported once, not again by every row that refers to it.
"""

from __future__ import annotations

import datetime
import itertools
import operator
from collections.abc import Callable, Container, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ._csv import Problems, Row, Rows
from ._dates import Precision, iso_at, period_end
from ._model import InvalidValueError, Qualifier, SourceRank

if TYPE_CHECKING:
    from ._model_operations import Operation

__all__ = ["TREATY_SIGNED", "Checker"]

R = TypeVar("R")

#: The day the North Atlantic Treaty was signed: no membership or operation begins before it.
TREATY_SIGNED = datetime.date(1949, 4, 4)


class Checker:
    """Checks across rows and tables, each failure reported as a problem."""

    def __init__(self, problems: Problems, today: datetime.date) -> None:
        self.problems = problems
        self.today = today

    def build(self, file: str, line: int, make: Callable[[Row], R], row: Row) -> R | None:
        """Make a record from a row, reporting a value the record rejects.

        The record's error names the attribute, which is the column's name (a precision's error
        names its date).
        """
        try:
            return make(row)
        except InvalidValueError as error:
            self.problems.add(file, line, error.field, str(error))
            return None

    def keys_unique(self, rows: Rows) -> None:
        """Report each row whose key (the table's ``key`` columns) an earlier row has already."""
        spec = rows.spec
        if not rows.columns:
            return
        columns = [rows.column(column) for column in spec.key]
        if len(set(_packed(columns))) != len(rows):
            keys = zip(*columns, strict=True)
            column = spec.key[min(1, len(spec.key) - 1)]  # the key's second column, if any
            self.duplicates(spec.file, zip(rows.lines, keys, strict=True), column, _show)

    def unique(self, rows: Rows, make: Callable[[Row], R]) -> list[R]:
        """Build a table's records, no two of which may share the table's key."""
        self.keys_unique(rows)
        built = (self.build(rows.spec.file, line, make, row) for line, row in rows)
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

    def ranked(
        self,
        file: str,
        column: str,
        citing: Iterable[tuple[int, Iterable[str]]],
        ranks: dict[str, SourceRank],
    ) -> None:
        """Report rows whose every source is of the lowest rank (an encyclopedia, a blog...)."""
        for line, ids in citing:
            found = [ranks[source] for source in ids if source in ranks]
            if found and all(rank is SourceRank.OTHER for rank in found):
                self.problems.add(
                    file,
                    line,
                    column,
                    "rests only on sources of rank other; cite NATO, a government, a parliament,"
                    " a news agency, a research institute or the press",
                )

    def exists(  # noqa: PLR0913, PLR0917 - where (three values), what, and what it must be in
        self, file: str, line: int, column: str, key: str, known: Container[str], table: str
    ) -> bool:
        """Report a reference to a key that *table* does not have."""
        if key in known:
            return True
        self.problems.add(file, line, column, f"{key!r} is not in {table}")
        return False

    def all_exist(self, rows: Rows, column: str, known: set[str], table: str) -> None:
        """Report each cell of *column* that is not a key of *table*; one set operation if none."""
        values = rows.column(column)
        if not values or set(values) - {None} <= known:
            return
        for line, cell in rows.cells(column):
            if cell is not None:
                self.exists(rows.spec.file, line, column, cell, known, table)

    def not_future(
        self,
        file: str,
        line: int,
        column: str,
        day: datetime.date,
        precision: Precision = Precision.DAY,
    ) -> None:
        """Report a date whose period begins after today: the tables record what happened.

        The date is named as the table writes it (``2027``, not ``2027-01-01``).
        """
        if day > self.today:
            self.problems.add(file, line, column, f"{iso_at(day, precision)} is in the future")

    def not_before_treaty(self, file: str, line: int, column: str, day: datetime.date) -> None:
        """Report a date before the North Atlantic Treaty was signed."""
        if day < TREATY_SIGNED:
            self.problems.add(
                file, line, column, f"{day} is before the North Atlantic Treaty ({TREATY_SIGNED})"
            )

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
        if first > self.today:
            return "as_of", f"{iso_at(first, precision)} is in the future"
        if period_end(first, precision) < operation.start or (
            operation.end is not None and first > operation.end
        ):
            return (
                "as_of",
                f"{iso_at(first, precision)} is outside {code}'s dates ({operation.period})",
            )
        return None


def _show(key: tuple[Any, ...]) -> object:
    """A key as a person reads it: dates at their precision, enums by value, one part bare."""
    parts = tuple(_part(part) for part in key)
    return parts[0] if len(parts) == 1 else parts


def _part(value: Any) -> Any:  # noqa: ANN401 - any cell value
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], Precision):
        return iso_at(*value)
    return getattr(value, "value", value)


def _packed(columns: Sequence[Sequence[Any]]) -> Iterable[int]:
    """Each row's key as one number: equal numbers for equal keys, and only for them.

    Each column's values are numbered by their distinct values, and the numbers of a row are
    put together as the digits of one number, in C: no tuple a row for the collector to follow
    (a tuple of a date and its precision is never let go by it).
    """
    packed: Iterable[int] = itertools.repeat(0)
    for column in columns:
        numbers = {value: number for number, value in enumerate(dict.fromkeys(column))}
        shifted = map(operator.mul, packed, itertools.repeat(len(numbers)))
        packed = map(operator.add, shifted, map(numbers.__getitem__, column))
    return packed


def check_totals(
    check: Checker,
    strengths: Rows,
    contributions: Rows,
    complete: set[str],
) -> None:
    """Stated strengths agree with the complete contribution tables of their day.

    A strength marked ``table_total`` is the total its table states: the complete table of that
    operation and date adds up to it within its rounding (see Qualifier.admits). Any other
    strength dated on the day of a complete table must agree, within its qualifier, with that
    table's sum or with the total the table itself states: a source may round, but may not
    contradict a complete count of the same day.
    """
    sums = _complete_sums(contributions, complete)
    stated: dict[tuple[str, tuple[datetime.date, Precision]], list[int]] = {}
    for _, row in strengths.records():
        if row["table_total"]:
            stated.setdefault((row["operation"], row["as_of"]), []).append(row["personnel"])
    for line, row in strengths.records():
        key = (row["operation"], row["as_of"])
        reason = _disagreement(row, sums.get(key, {}), stated.get(key, []))
        if reason is not None:
            check.problems.add("strengths.csv", line, *reason)


def _complete_sums(
    contributions: Rows, complete: set[str]
) -> dict[tuple[str, tuple[datetime.date, Precision]], dict[str, int]]:
    """The people of each complete table, by operation and date, then by source."""
    sums: dict[tuple[str, tuple[datetime.date, Precision]], dict[str, int]] = {}
    if not contributions.columns:
        return sums
    rows = zip(
        contributions.column("operation"),
        contributions.column("as_of"),
        contributions.column("source"),
        contributions.column("personnel"),
        strict=True,
    )
    # A table's rows come as runs of one operation, date and source: each run is added up in C.
    for (operation, as_of, cited), run in itertools.groupby(rows, _TABLE):
        if cited in complete:
            table = sums.setdefault((operation, as_of), {})
            table[cited] = table.get(cited, 0) + sum(filter(None, map(_PEOPLE, run)))
    return sums


_TABLE = operator.itemgetter(0, 1, 2)
_PEOPLE = operator.itemgetter(3)


def _disagreement(
    row: dict[str, Any], found_by_source: dict[str, int], stated: list[int]
) -> tuple[str, str] | None:
    """Where and why a strength disagrees with the complete tables of its day, if it does."""
    qualifier: Qualifier = row["qualifier"]
    personnel: int = row["personnel"]
    sums = list(found_by_source.values())
    when = f"{row['operation']} on {iso_at(*row['as_of'])}"
    if row["table_total"]:
        if not sums:
            return (
                "table_total",
                f"no complete contribution table of {when.replace(' on ', ' is dated ')}",
            )
        if not any(qualifier.admits(personnel, total) for total in sums):
            wrote = qualifier.describe(personnel)
            return "personnel", f"the table of {when} adds up to {_totals(sums)}, not {wrote}"
        return None
    if row["source"] in found_by_source:
        return None  # the table's own printed figure: its source cannot contradict itself
    if sums and not any(qualifier.admits(personnel, total) for total in (*sums, *stated)):
        wrote = qualifier.describe(personnel)
        reason = f"contradicts the complete table of {when}, which adds up to {_totals(sums)}"
        return "personnel", f"{reason}: {wrote} cannot be right on that day"
    return None


def _totals(found: Iterable[int]) -> str:
    return " or ".join(f"{total:,}" for total in found)


def check_links(check: Checker, rows: Rows, operations: dict[str, Operation | None]) -> None:
    """Each predecessor and successor is an operation, and the two links agree both ways."""
    links = {
        code: (before, after)
        for code, before, after in zip(
            rows.column("code"), rows.column("predecessor"), rows.column("successor"), strict=True
        )
    }
    for line, row in rows.records():
        code = row["code"]
        for column, back in (("predecessor", 1), ("successor", 0)):
            other = row[column]
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
