"""Reading a directory of tables into an Alliance: every row checked, every problem reported.

The flow: each table read by ``_csv`` from its description in ``_schema`` -> the model's records,
built by column name -> the rules across rows and tables in ``_checks`` -> an Alliance.
Problems are collected, not raised one by one, so a DataError lists them all; nothing half-built
ever leaves this module.

cattrs is deliberately not on this path: importing it costs more than reading the whole packaged
dataset (see docs/performance.md); the model's one cattrs converter lives in ``_convert``.
"""

from __future__ import annotations

import datetime
import itertools
import operator
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from ._alliance import Alliance
from ._checks import Checker, check_links, check_totals
from ._csv import MAX_TABLE_BYTES, Problems, Reader, Row, Rows, read_table
from ._dates import Precision, iso_at, period_end
from ._lookup import normalize
from ._model import (
    Contribution,
    Country,
    Expenditure,
    Guideline,
    InvalidValueError,
    MemberState,
    Operation,
    Partnership,
    Source,
    Strength,
)
from ._results import Records
from ._schema import TABLES, TableSpec
from .exceptions import DataError

__all__ = ["MAX_TABLE_BYTES", "TABLES", "Reader", "read_alliance"]

R = TypeVar("R")

# Date columns that end a period: a date known to the month or year stands for its last day.
_LAST_DAY = frozenset({"end", "until"})


def read_alliance(read: Reader, location: str) -> Alliance:
    """Read, check and build the Alliance from a set of tables.

    Args:
        read: Reads one table's bytes by file name.
        location: Where the tables are, for the error message.

    Raises:
        DataError: Anything is wrong; it lists every problem found (the first thousand, and how
            many more).
    """
    problems = Problems()
    tables: dict[str, Rows] = {}
    for name in TABLES:
        tables[name] = read_table(read, name, problems)
    alliance = None if problems else _assemble(tables, problems)
    if alliance is None:
        order = list(TABLES)
        found = sorted(problems.found, key=lambda p: (order.index(p.file), p.row))
        raise DataError(location, found, more=problems.more)
    return alliance


# Building records by column name


def _maker(spec: TableSpec, record: type[R]) -> Callable[[list[list[Any]]], list[R]]:
    """How to build *record*s from the columns of *spec*, each attribute from its column by name.

    An attribute ``x_precision`` takes the precision of the date column ``x``; a date column gives
    its first day (its last day for an end); an attribute with no column keeps its default.
    """
    dates = {column.name for column in spec.columns if column.date}
    positional: list[Callable[[list[list[Any]]], list[Any]]] = []
    keywords: list[tuple[str, Callable[[list[list[Any]]], list[Any]]]] = []
    for field in attrs.fields(record):  # type: ignore[arg-type] # R is an attrs class
        name = field.alias or field.name
        take = _taker(spec, field.name, dates)
        if take is None:
            continue
        if field.kw_only:
            keywords.append((name, take))
        else:
            positional.append(take)

    def make(columns: list[list[Any]]) -> list[R]:
        args = zip(*(take(columns) for take in positional), strict=True)
        if not keywords:
            return list(itertools.starmap(record, args))
        names = [name for name, _ in keywords]
        kwargs = zip(*(take(columns) for _, take in keywords), strict=True)
        return [
            record(*arg, **dict(zip(names, kwarg, strict=True)))
            for arg, kwarg in zip(args, kwargs, strict=True)
        ]

    return make


def _taker(
    spec: TableSpec, name: str, dates: set[str]
) -> Callable[[list[list[Any]]], list[Any]] | None:
    """The values of attribute *name* from a table's columns, or None if no column holds it."""
    if name in dates:
        index = spec.index(name)
        last = name in _LAST_DAY
        return lambda columns: [_day(cell, last=last) for cell in columns[index]]
    if name.endswith("_precision") and name.removesuffix("_precision") in dates:
        index = spec.index(name.removesuffix("_precision"))
        return lambda columns: [None if cell is None else cell[1] for cell in columns[index]]
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


def _assemble(tables: dict[str, Rows], problems: Problems) -> Alliance | None:
    """Build the records and check what no single row can: keys, references and dates."""
    check = Checker(problems, datetime.date.today())  # noqa: DTZ011 - calendar days

    sources = _sources(check, tables)
    ranks = {source.id: source.rank for source in sources}
    alliance_rows = tables["alliance.csv"]
    if len(alliance_rows) != 1:
        problems.add("alliance.csv", 0, "", f"expected exactly one row, found {len(alliance_rows)}")

    countries = _countries(check, tables)
    country_codes = set(tables["countries.csv"].column("code"))

    operation_rows = tables["operations.csv"]
    check.keys_unique(operation_rows)
    operations = _build(check, operation_rows, Operation)
    by_code: dict[str, Operation | None] = dict.fromkeys(operation_rows.column("code"))
    by_code.update((o.code, o) for o in operations)
    check_links(check, operation_rows, by_code)
    for line, start in operation_rows.cells("start"):
        check.not_future("operations.csv", line, "start", start[0])
        check.not_before_treaty("operations.csv", line, "start", period_end(*start))

    partnerships = _partnerships(check, tables, country_codes)

    contribution_rows = tables["contributions.csv"]
    contributions = _figures(check, contribution_rows, Contribution, by_code)
    check.all_exist(contribution_rows, "country", country_codes, "countries.csv")
    for line, until in contribution_rows.cells("until"):
        if until is not None:
            check.not_future("contributions.csv", line, "until", until[0])
    strengths = _figures(check, tables["strengths.csv"], Strength, by_code)
    check_totals(
        check,
        tables["strengths.csv"],
        contribution_rows,
        {s.id for s in sources if s.complete},
    )
    expenditures, guidelines = _spending(check, tables, {s.id for s in sources})
    for table in ("contributions.csv", "partnerships.csv", "strengths.csv", "expenditure.csv"):
        check.ranked(
            table, "source", ((ln, (s,)) for ln, s in tables[table].cells("source")), ranks
        )
    for table in ("alliance.csv", "members.csv", "operations.csv", "guidelines.csv"):
        check.ranked(table, "sources", tables[table].cells("sources"), ranks)

    if problems:
        return None
    row = dict(zip(alliance_rows.spec.names, alliance_rows[0][1], strict=True))
    return Alliance(
        name=row["name"],
        abbreviation=row["abbreviation"],
        founded=row["founded"],
        headquarters=row["headquarters"],
        alliance_sources=row["sources"],
        alliance_evidence=row["evidence"],
        countries=Records(sorted(countries, key=lambda c: normalize(c.name))),
        operations=Records(sorted(operations, key=lambda o: (o.start, o.code))),
        contributions=Records(_by_table(contributions, contribution_rows)),
        strengths=Records(sorted(strengths, key=operator.attrgetter("operation", "as_of"))),
        partnerships=Records(
            sorted(partnerships, key=lambda p: (p.country, p.framework.value, p.start or _EARLY))
        ),
        source_records=Records(sorted(sources, key=lambda s: s.id)),
        expenditures=Records(
            sorted(expenditures, key=operator.attrgetter("country", "year", "edition"))
        ),
        guidelines=Records(sorted(guidelines, key=operator.attrgetter("agreed", "id"))),
    )


def _spending(
    check: Checker, tables: dict[str, Rows], source_ids: set[str]
) -> tuple[list[Expenditure], list[Guideline]]:
    """Build the expenditure figures and the guidelines, checking their Allies and sources."""
    rows = tables["expenditure.csv"]
    check.keys_unique(rows)
    expenditures = _build(check, rows, Expenditure)
    members = set(tables["members.csv"].column("code"))
    check.all_exist(rows, "country", members, "members.csv")
    check.all_exist(rows, "source", source_ids, "sources.csv")
    for line, edition in rows.cells("edition"):
        check.not_future("expenditure.csv", line, "edition", edition[0])
    guideline_rows = tables["guidelines.csv"]
    check.keys_unique(guideline_rows)
    guidelines = _build(check, guideline_rows, Guideline)
    check.cited("guidelines.csv", "sources", guideline_rows.cells("sources"), source_ids)
    return expenditures, guidelines


def _sources(check: Checker, tables: dict[str, Rows]) -> list[Source]:
    """Build the sources, and check that every row cites sources that exist."""
    rows = tables["sources.csv"]
    check.keys_unique(rows)
    sources = _build(check, rows, Source)
    source_ids = set(rows.column("id"))
    for line, published in rows.cells("published"):
        if published is not None:
            check.not_future("sources.csv", line, "published", published[0])
    for table in ("alliance.csv", "countries.csv", "members.csv", "operations.csv"):
        check.cited(table, "sources", tables[table].cells("sources"), source_ids)
    for table in ("contributions.csv", "partnerships.csv", "strengths.csv"):
        check.all_exist(tables[table], "source", source_ids, "sources.csv")
    return sources


def _countries(check: Checker, tables: dict[str, Rows]) -> list[Country]:
    """Build the nations, members with their membership, checking codes and references."""
    member_rows = tables["members.csv"]
    check.duplicates("members.csv", member_rows.cells("code"), "code")
    members = {row["code"]: row for _, row in member_rows.records()}
    country_rows = tables["countries.csv"]
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
    check: Checker, tables: dict[str, Rows], country_codes: set[str]
) -> list[Partnership]:
    """Build the partnerships, checking their nations and dates."""
    rows = tables["partnerships.csv"]
    check.keys_unique(rows)
    partnerships = _build(check, rows, Partnership)
    members = {row["code"]: row["joined"] for _, row in tables["members.csv"].records()}
    for line, row in rows.records():
        check.exists(
            "partnerships.csv", line, "country", row["country"], country_codes, "countries.csv"
        )
        for column in ("start", "end"):
            if row[column] is not None:
                check.not_future("partnerships.csv", line, column, row[column][0])
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
    keys = list(
        zip(
            rows.column("operation"),
            map(operator.itemgetter(0), rows.column("as_of")),
            rows.column("source"),
            strict=True,
        )
    )
    runs: dict[tuple[str, datetime.date, str], list[int]] = {}
    for key, run in itertools.groupby(range(len(keys)), keys.__getitem__):
        runs.setdefault(key, []).extend(run)
    order: list[int] = []
    for key in sorted(runs):
        order.extend(sorted(runs[key], key=country.__getitem__))
    return tuple(map(built.__getitem__, order))
