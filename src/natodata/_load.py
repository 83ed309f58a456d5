"""Reading a directory of tables into an Alliance: every row checked, every problem reported.

The flow: each table read by ``_csv`` from its description in ``_schema`` -> the model's records,
built by column name -> the rules across rows and tables in ``_checks`` -> an Alliance.
Problems are collected, not raised one by one, so a DataError lists them all; nothing half-built
ever leaves this module.

cattrs is deliberately not on this path: importing it costs more than reading the whole packaged
dataset (see docs/performance.md); the model's one cattrs converter lives in ``_convert``.
"""

from __future__ import annotations

import _thread
import datetime
import itertools
import operator
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from ._alliance import Alliance
from ._checks import Checker, check_links, check_totals
from ._csv import MAX_TABLE_BYTES, Problems, Reader, Row, Rows, read_table
from ._dates import Precision, iso_at, period_end
from ._lookup import normalize
from ._model import (
    Country,
    InvalidValueError,
    MemberState,
    Source,
    SourceRank,
)
from ._results import Records
from ._schema import TABLES, TableSpec
from .exceptions import DataError

if TYPE_CHECKING:
    from ._model_figures import Contribution
    from ._model_operations import Operation
    from ._model_partners import Partnership

__all__ = ["MAX_TABLE_BYTES", "TABLES", "Reader", "read_alliance"]

R = TypeVar("R")

# Date columns that end a period: a date known to the month or year stands for its last day.
_LAST_DAY = frozenset({"end", "until"})


def read_alliance(read: Reader, location: str, *, lazy: bool = False) -> Alliance:
    """The Alliance of a set of tables, every table checked now, or each on first use.

    Args:
        read: Reads one table's bytes by file name.
        location: Where the tables are, for the error message.
        lazy: Read and check each group of tables the first time a query needs it (the packaged
            tables, which CI checks in full); otherwise check every table before returning.

    Raises:
        DataError: Anything is wrong; it lists every problem found (the first thousand, and how
            many more). With *lazy*, raised by the first query that reads a broken table.
    """
    dataset = Dataset(read, location)
    if not lazy:
        dataset.check_all()
    return Alliance(data=dataset)


# The groups of tables read together: each group's tables, and the groups it refers to.
GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sources": (("sources.csv",), ()),
    "countries": (("countries.csv", "members.csv"), ("sources",)),
    "facts": (("alliance.csv",), ("sources",)),
    "operations": (("operations.csv",), ("sources",)),
    "partnerships": (("partnerships.csv",), ("sources", "countries")),
    "figures": (("contributions.csv", "strengths.csv"), ("sources", "countries", "operations")),
    "spending": (("expenditure.csv", "guidelines.csv"), ("sources", "countries")),
}

# Which group holds each kind of records an Alliance asks for.
_HELD_IN = {
    "sources": "sources",
    "countries": "countries",
    "facts": "facts",
    "operations": "operations",
    "partnerships": "partnerships",
    "contributions": "figures",
    "strengths": "figures",
    "expenditures": "spending",
    "guidelines": "spending",
}


class Dataset:
    """The tables of one directory or of the package, read and checked group by group, once.

    A group is read with every check that concerns it, after the groups it refers to, the first
    time its records are asked for; then it is kept and shared (under a lock: any thread may ask
    first). A group that fails raises its DataError, the same one each time it is asked for.
    """

    def __init__(self, read: Reader, location: str) -> None:
        self._read = read
        self._location = location
        self._built: dict[str, dict[str, Any]] = {}
        self._failed: dict[str, DataError] = {}
        self._lock = _thread.RLock()  # a group builds the groups it needs under the same lock

    def get(self, name: str) -> Any:  # noqa: ANN401 - records of the kind asked for
        """The records of one kind (``"countries"``, ``"contributions"``, ...), built if needed."""
        group = _HELD_IN[name]
        built = self._built.get(group)
        if built is None:
            built = self._group(group)
        return built[name]

    def _group(self, group: str) -> dict[str, Any]:
        with self._lock:
            if group in self._built:
                return self._built[group]
            if group in self._failed:
                raise self._failed[group]
            tables, needs = GROUPS[group]
            for need in needs:
                self._group(need)
            problems = Problems()
            rows = {name: read_table(self._read, name, problems) for name in tables}
            built = None
            if not problems:
                context = _Context(problems, rows, self._built)
                built = _BUILDERS[group](context)
            if problems or built is None:
                error = _error(self._location, problems)
                self._failed[group] = error
                raise error
            self._built[group] = built
            return built

    def check_all(self) -> None:
        """Read and check every table now, listing every problem of every table in one error."""
        with self._lock:
            problems = Problems()
            rows = {name: read_table(self._read, name, problems) for name in TABLES}
            if problems:
                raise _error(self._location, problems)
            built: dict[str, dict[str, Any]] = {}
            context = _Context(problems, rows, built)
            for group in GROUPS:
                built[group] = _BUILDERS[group](context)
            if problems:
                raise _error(self._location, problems)
            self._built.update(built)

    def __reduce__(self) -> tuple[Any, ...]:
        """A pickle holds the records: every group is read first."""
        for group in GROUPS:
            self._group(group)
        return _Snapshot, (dict(self._built),)


class _Snapshot:
    """A dataset read back from a pickle: every group already built."""

    def __init__(self, built: dict[str, dict[str, Any]]) -> None:
        self._built = built

    def get(self, name: str) -> Any:  # noqa: ANN401 - records of the kind asked for
        return self._built[_HELD_IN[name]][name]

    def __reduce__(self) -> tuple[Any, ...]:
        return _Snapshot, (self._built,)


def _error(location: str, problems: Problems) -> DataError:
    order = list(TABLES)
    found = sorted(problems.found, key=lambda p: (order.index(p.file), p.row))
    return DataError(location, found, more=problems.more)


class _Context:
    """What a group's builder reads: the rows of the tables, and the groups built before it."""

    def __init__(
        self, problems: Problems, rows: dict[str, Rows], built: dict[str, dict[str, Any]]
    ) -> None:
        self.problems = problems
        self.check = Checker(problems, datetime.date.today())  # noqa: DTZ011 - calendar days
        self._rows = rows
        self._built = built

    def rows(self, name: str) -> Rows:
        """A table of this group's."""
        return self._rows[name]

    def built(self, group: str, name: str) -> Any:  # noqa: ANN401 - records of that kind
        """Records a group built before this one."""
        return self._built[group][name]

    def ranked(self, table: str, column: str) -> None:
        """Report rows of *table* whose every source is of the lowest rank."""
        ranks = self.built("sources", "ranks")
        rows = self.rows(table)
        if column == "source":
            # One source a row: only the rows citing a source of the lowest rank can fail.
            low = {s for s in set(rows.column(column)) if ranks.get(s) is SourceRank.OTHER}
            if low:
                cited = zip(rows.lines, rows.column(column), strict=True)
                self.check.ranked(table, column, ((ln, (s,)) for ln, s in cited if s in low), ranks)
        else:
            self.check.ranked(table, column, rows.cells(column), ranks)

    def cited(self, table: str, column: str) -> None:
        """Report rows of *table* citing sources that sources.csv does not have."""
        known: set[str] = self.built("sources", "ids")
        rows = self.rows(table)
        if column == "source":
            self.check.all_exist(rows, "source", known, "sources.csv")
        else:
            self.check.cited(table, column, rows.cells(column), known)


# Building records by column name


def _maker(spec: TableSpec, record: type[R]) -> Callable[[list[list[Any]]], list[R]]:
    """How to build *record*s from the columns of *spec*, each attribute from its column by name.

    An attribute ``x_precision`` takes the precision of the date column ``x``; a date column gives
    its first day (its last day for an end); an attribute with no column keeps its default.
    """
    dates = {column.name for column in spec.columns if column.date}
    positional: list[Callable[[list[list[Any]]], Iterable[Any]]] = []
    keywords: list[tuple[str, Callable[[list[list[Any]]], Iterable[Any]]]] = []
    for field in attrs.fields(cast("type[attrs.AttrsInstance]", record)):
        name = field.alias or field.name
        take = _taker(spec, field.name, dates)
        if take is None:
            continue
        if field.kw_only:
            keywords.append((name, take))
        else:
            positional.append(take)

    if not keywords:

        def make(columns: list[list[Any]]) -> list[R]:
            return list(map(record, *(take(columns) for take in positional)))

        return make
    call = _caller(record, len(positional), [name for name, _ in keywords])

    def make_with_keywords(columns: list[list[Any]]) -> list[R]:
        values = [take(columns) for take in positional]
        values += [take(columns) for _, take in keywords]
        return list(map(call, *values))

    return make_with_keywords


def _caller(record: type[R], count: int, names: list[str]) -> Callable[..., R]:
    """A function of *count* positional values then one value per name, calling *record*.

    It passes the names as keywords: ``map`` gives values by position only, and a dict per row
    would cost more than the record itself.
    """
    positional = [f"a{index}" for index in range(count)]
    keywords = [f"k{index}" for index in range(len(names))]
    passed = [
        *positional,
        *(f"{name}={value}" for name, value in zip(names, keywords, strict=True)),
    ]
    source = (
        f"def call({', '.join(positional + keywords)}):\n    return record({', '.join(passed)})"
    )
    namespace: dict[str, Any] = {"record": record}
    # The names are the attrs class's own attribute names: identifiers, as attrs made them.
    exec(source, namespace)  # noqa: S102
    made: Callable[..., R] = namespace["call"]
    return made


def _taker(
    spec: TableSpec, name: str, dates: set[str]
) -> Callable[[list[list[Any]]], Iterable[Any]] | None:
    """The values of attribute *name* from a table's columns, or None if no column holds it."""
    if name in dates:
        index = spec.index(name)
        last = name in _LAST_DAY

        def days(columns: list[list[Any]]) -> Iterable[Any]:
            cells = columns[index]  # each distinct date is one shared (day, precision) value
            found = {cell: _day(cell, last=last) for cell in set(cells)}
            return map(found.__getitem__, cells)  # read as the records are made: no list held

        return days
    if name.endswith("_precision") and name.removesuffix("_precision") in dates:
        index = spec.index(name.removesuffix("_precision"))

        def precisions(columns: list[list[Any]]) -> Iterable[Any]:
            cells = columns[index]
            found = {cell: None if cell is None else cell[1] for cell in set(cells)}
            return map(found.__getitem__, cells)

        return precisions
    if name in spec.names:
        index = spec.index(name)
        return operator.itemgetter(index)
    return None


def _day(cell: tuple[datetime.date, Precision] | None, *, last: bool) -> datetime.date | None:
    if cell is None:
        return None
    return period_end(*cell) if last else cell[0]


def _build(check: Checker, rows: Rows, record: type[R]) -> list[R]:
    """Every record of a table, built from its columns at once; row by row if one is refused."""
    make = _maker(rows.spec, record)
    if not rows.columns:
        return []
    try:
        return make(rows.columns)
    except InvalidValueError:

        def single(row: Row) -> R:
            return make([[cell] for cell in row])[0]

        built = (check.build(rows.spec.file, line, single, row) for line, row in rows)
        return [made for made in built if made is not None]


def _build_sources(ctx: _Context) -> dict[str, Any]:
    rows = ctx.rows("sources.csv")
    ctx.check.keys_unique(rows)
    sources = _build(ctx.check, rows, Source)
    for line, published in rows.cells("published"):
        if published is not None:
            ctx.check.not_future("sources.csv", line, "published", *published)
    return {
        "sources": Records(sorted(sources, key=lambda s: s.id)),
        # References are checked against the keys the table has, built or not, so that one bad
        # row is reported once, not again by every row that refers to it.
        "ids": set(rows.column("id")),
        "ranks": {source.id: source.rank for source in sources},
        "complete": {source.id for source in sources if source.complete},
    }


def _build_countries(ctx: _Context) -> dict[str, Any]:
    countries = _countries(ctx.check, ctx.rows("countries.csv"), ctx.rows("members.csv"))
    for table in ("countries.csv", "members.csv"):
        ctx.cited(table, "sources")
    ctx.ranked("members.csv", "sources")
    members = ctx.rows("members.csv")
    return {
        "countries": Records(sorted(countries, key=lambda c: normalize(c.name))),
        "codes": set(ctx.rows("countries.csv").column("code")),
        "joined": dict(zip(members.column("code"), members.column("joined"), strict=True)),
    }


def _build_facts(ctx: _Context) -> dict[str, Any]:
    rows = ctx.rows("alliance.csv")
    ctx.cited("alliance.csv", "sources")
    ctx.ranked("alliance.csv", "sources")
    if len(rows) != 1:
        ctx.problems.add("alliance.csv", 0, "", f"expected exactly one row, found {len(rows)}")
        return {"facts": None}
    return {"facts": dict(zip(rows.spec.names, rows[0][1], strict=True))}


def _build_operations(ctx: _Context) -> dict[str, Any]:
    from ._model_operations import Operation  # created when the operations are first read

    check, rows = ctx.check, ctx.rows("operations.csv")
    check.keys_unique(rows)
    operations = _build(check, rows, Operation)
    by_code: dict[str, Operation | None] = dict.fromkeys(rows.column("code"))
    by_code.update((o.code, o) for o in operations)
    check_links(check, rows, by_code)
    for line, start in rows.cells("start"):
        check.not_future("operations.csv", line, "start", *start)
        check.not_before_treaty("operations.csv", line, "start", period_end(*start))
    ctx.cited("operations.csv", "sources")
    ctx.ranked("operations.csv", "sources")
    return {
        "operations": Records(sorted(operations, key=lambda o: (o.start, o.code))),
        "by_code": by_code,
    }


def _build_partnerships(ctx: _Context) -> dict[str, Any]:
    partnerships = _partnerships(
        ctx.check,
        ctx.rows("partnerships.csv"),
        ctx.built("countries", "codes"),
        ctx.built("countries", "joined"),
    )
    ctx.cited("partnerships.csv", "source")
    ctx.ranked("partnerships.csv", "source")
    return {
        "partnerships": Records(
            sorted(partnerships, key=lambda p: (p.country, p.framework.value, p.start or _EARLY))
        )
    }


def _build_figures(ctx: _Context) -> dict[str, Any]:
    from ._model_figures import Contribution, Strength  # created when the figures are first read

    check = ctx.check
    by_code = ctx.built("operations", "by_code")
    contribution_rows, strength_rows = ctx.rows("contributions.csv"), ctx.rows("strengths.csv")
    contributions = _figures(check, contribution_rows, Contribution, by_code)
    check.all_exist(contribution_rows, "country", ctx.built("countries", "codes"), "countries.csv")
    untils = contribution_rows.column("until")
    late = {until for until in set(untils) - {None} if until[0] > check.today}
    for line, until in zip(contribution_rows.lines, untils, strict=True) if late else ():
        if until in late:
            check.not_future("contributions.csv", line, "until", *until)
    strengths = _figures(check, strength_rows, Strength, by_code)
    check_totals(check, strength_rows, contribution_rows, ctx.built("sources", "complete"))
    for table in ("contributions.csv", "strengths.csv"):
        ctx.cited(table, "source")
        ctx.ranked(table, "source")
    return {
        "contributions": Records(_by_table(contributions, contribution_rows))
        if not ctx.problems
        else Records(),
        "strengths": Records(sorted(strengths, key=operator.attrgetter("operation", "as_of"))),
    }


def _build_spending(ctx: _Context) -> dict[str, Any]:
    from ._model_spending import Expenditure, Guideline  # created when the spending is first read

    check, rows = ctx.check, ctx.rows("expenditure.csv")
    check.keys_unique(rows)
    expenditures = _build(check, rows, Expenditure)
    check.all_exist(rows, "country", set(ctx.built("countries", "joined")), "members.csv")
    for line, edition in rows.cells("edition"):
        check.not_future("expenditure.csv", line, "edition", *edition)
    guideline_rows = ctx.rows("guidelines.csv")
    check.keys_unique(guideline_rows)
    guidelines = _build(check, guideline_rows, Guideline)
    ctx.cited("expenditure.csv", "source")
    ctx.cited("guidelines.csv", "sources")
    ctx.ranked("expenditure.csv", "source")
    ctx.ranked("guidelines.csv", "sources")
    return {
        "expenditures": Records(
            sorted(expenditures, key=operator.attrgetter("country", "year", "edition"))
        ),
        "guidelines": Records(sorted(guidelines, key=operator.attrgetter("agreed", "id"))),
    }


_BUILDERS: dict[str, Callable[[_Context], dict[str, Any]]] = {
    "sources": _build_sources,
    "countries": _build_countries,
    "facts": _build_facts,
    "operations": _build_operations,
    "partnerships": _build_partnerships,
    "figures": _build_figures,
    "spending": _build_spending,
}


def _countries(check: Checker, country_rows: Rows, member_rows: Rows) -> list[Country]:
    """Build the nations, members with their membership, checking codes and references."""
    check.duplicates("members.csv", member_rows.cells("code"), "code")
    members = {row["code"]: row for _, row in member_rows.records()}
    for column in ("alpha_2", "numeric", "cow"):
        cells = [(ln, c) for ln, c in country_rows.cells(column) if c is not None]
        check.duplicates("countries.csv", cells, column)
    names = country_rows.spec.names
    countries = check.unique(
        country_rows,
        lambda row: _country(dict(zip(names, row, strict=True)), members.get(row[0])),
    )
    country_codes = set(country_rows.column("code"))
    for line, row in member_rows.records():
        check.exists("members.csv", line, "code", row["code"], country_codes, "countries.csv")
        joined: datetime.date = row["joined"]
        check.not_future("members.csv", line, "joined", joined)
        check.not_before_treaty("members.csv", line, "joined", joined)
        if row["founding"] != (joined == _TREATY):
            check.problems.add(
                "members.csv",
                line,
                "founding",
                f"founding is {'true' if row['founding'] else 'false'} but it joined on {joined};"
                f" the founders joined on {_TREATY}, the day they signed the Treaty",
            )
    return countries


_TREATY = datetime.date(1949, 4, 4)


def _country(row: dict[str, Any], member: dict[str, Any] | None) -> Country:
    fields = (
        row["code"],
        row["alpha_2"],
        row["numeric"],
        row["cow"],
        row["name"],
        row["other_names"],
    )
    if member is None:
        return Country(*fields, row["sources"])
    return MemberState(
        *fields,
        tuple(dict.fromkeys(row["sources"] + member["sources"])),
        joined=member["joined"],
        founding=member["founding"],
        notes=member["notes"],
        evidence=member["evidence"],
    )


def _partnerships(
    check: Checker,
    rows: Rows,
    country_codes: set[str],
    members: dict[str, datetime.date],
) -> list[Partnership]:
    """Build the partnerships, checking their nations and dates."""
    from ._model_partners import Partnership  # created when the partnerships are first read

    check.keys_unique(rows)
    partnerships = _build(check, rows, Partnership)
    for line, row in rows.records():
        check.exists(
            "partnerships.csv", line, "country", row["country"], country_codes, "countries.csv"
        )
        for column in ("start", "end"):
            if row[column] is not None:
                check.not_future("partnerships.csv", line, column, *row[column])
        joined = members.get(row["country"])
        start = row["start"]
        if joined is not None and start is not None and start[0] >= joined:
            check.problems.add(
                "partnerships.csv",
                line,
                "start",
                f"{row['country']} was a member from {joined}, so it cannot become a partner on"
                f" {iso_at(*start)}",
            )
    return partnerships


_EARLY = datetime.date.min


def _figures(
    check: Checker,
    rows: Rows,
    record: type[R],
    operations: dict[str, Operation | None],
) -> list[R]:
    """Build the dated figures of a table, checking each row's operation, date and uniqueness.

    Rows of one operation and date share one verdict on the date, worked out once.
    """
    if not rows.columns:
        return []
    file = rows.spec.file
    verdicts = {
        dated: check.date_problem(*dated, operations)
        for dated in set(zip(rows.column("operation"), rows.column("as_of"), strict=True))
    }
    check.keys_unique(rows)
    if all(verdict is None for verdict in verdicts.values()):
        return _build(check, rows, record)
    operation, as_of = rows.spec.index("operation"), rows.spec.index("as_of")
    keep: list[int] = []
    for index, (line, row) in enumerate(rows):
        verdict = verdicts[row[operation], row[as_of]]
        if verdict is None:
            keep.append(index)
        elif verdict[0]:
            check.problems.add(file, line, *verdict)
    kept = Rows(
        rows.spec,
        [rows.lines[index] for index in keep],
        [[column[index] for index in keep] for column in rows.columns],
    )
    return _build(check, kept, record)


def _by_table(records: Iterable[Contribution], rows: Rows) -> tuple[Contribution, ...]:
    """The contributions ordered by operation, date and source, each table's rows by nation.

    *records* are *rows* built, in the same order. Tables come as runs of rows, so the runs are
    sorted, and the rows within each: far less work than sorting every row, at any size.
    """
    built = list(records)
    if not built:
        return ()
    country = rows.column("country")
    keys = zip(
        rows.column("operation"),
        map(operator.itemgetter(0), rows.column("as_of")),
        rows.column("source"),
        strict=True,
    )
    runs: dict[tuple[str, datetime.date, str], list[range]] = {}
    start = 0
    for key, run in itertools.groupby(keys):
        end = start + len(list(run))
        runs.setdefault(key, []).append(range(start, end))
        start = end
    ordered: list[Contribution] = []
    for key in sorted(runs):
        rows_of_table = sorted(itertools.chain(*runs[key]), key=country.__getitem__)
        ordered.extend(map(built.__getitem__, rows_of_table))
    return tuple(ordered)
