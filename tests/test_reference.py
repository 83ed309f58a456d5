"""natodata against the reference reading of docs/data.md (tests/reference.py), on generated tables.

Each example writes a small folder of tables (one or two operations, a handful of dated tables,
partial and complete, on the same and on different days, dated to the day, the month or the year,
with several rows for a nation in one table), loads it through ``natodata.load``, and asks natodata
and the reference the same questions on the days that matter: every table's first day, the day
before it, and a few others.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import tempfile
from collections import Counter
from pathlib import Path

import hypothesis
import hypothesis.strategies as st
import pytest

import natodata
from conftest import TINY
from natodata import NoDataError
from reference import (
    NoData,
    RefOperation,
    RefPeriod,
    RefRow,
    RefTable,
    active_operations,
    first_day,
    last_day,
    members_on,
    personnel_on,
    rows_on,
)

NATIONS = ("AUS", "GBR", "MAR", "NOR", "TUR")  # as in conftest.TINY
KINDS = ("troops", "training", "airlift", "naval")


@st.composite
def date_texts(draw, first_year, last_year):
    """A date as the tables write it, to the year, the month or the day, on a coarse grid.

    The grid (months 1, 2 and 6; days 1, 15 and the month's last) makes tables of different
    precisions share their first day often.
    """
    year = draw(st.integers(first_year, last_year))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return f"{year}"
    month = draw(st.sampled_from((1, 2, 6)))
    if precision == "month":
        return f"{year}-{month:02}"
    day = draw(st.sampled_from((1, 15, last_day(f"{year}-{month:02}").day)))
    return f"{year}-{month:02}-{day:02}"


@st.composite
def operations(draw, code):
    start = draw(date_texts(2000, 2001))
    end = draw(st.one_of(st.just(""), date_texts(2002, 2004)))
    return RefOperation(code, start, end)


@st.composite
def tables(draw, ops, source):
    operation = draw(st.sampled_from(ops))
    nations = draw(st.lists(st.sampled_from(sorted(NATIONS)), min_size=1, max_size=4, unique=True))
    rows = []
    for nation in nations:
        kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=3, unique=True))
        for kind in kinds:
            people = draw(st.one_of(st.none(), st.integers(0, 3000)))
            rows.append(RefRow(nation, kind, people))
    return RefTable(
        operation=operation.code,
        as_of=draw(date_texts(1999, 2005)),
        source=source,
        complete=draw(st.booleans()),
        rows=tuple(rows),
    )


def _fits(table, ops):
    """Whether the loader must accept *table*'s date: it overlaps its operation's life."""
    operation = next(o for o in ops if o.code == table.operation)
    if last_day(table.as_of) < first_day(operation.start):
        return False
    return operation.end == "" or first_day(table.as_of) <= last_day(operation.end)


def _unambiguous(kept, table):
    """Whether the rules decide every figure with *table* added to *kept*.

    docs/data.md does not say which of two complete tables of one date wins, nor which of two
    partial tables of one date that list the same nation: the generator makes neither.
    """
    for other in kept:
        same_day = other.operation == table.operation and first_day(other.as_of) == first_day(
            table.as_of
        )
        if not same_day:
            continue
        if other.complete and table.complete:
            return False
        both_partial = not other.complete and not table.complete
        nations = {row.country for row in table.rows}
        if both_partial and nations & {row.country for row in other.rows}:
            return False
    return True


@st.composite
def period_rows(draw, ops, source):
    operation = draw(st.sampled_from(ops))
    start = draw(date_texts(1999, 2005))
    until = draw(date_texts(1999, 2005))
    return RefPeriod(
        operation=operation.code,
        country=draw(st.sampled_from(sorted(NATIONS))),
        kind=draw(st.sampled_from(KINDS)),
        personnel=draw(st.one_of(st.none(), st.integers(0, 3000))),
        as_of=start,
        until=until,
        source=source,
    )


def _period_fits(period, ops):
    """Whether the loader must accept *period*: in order, and within its operation's life."""
    operation = next(o for o in ops if o.code == period.operation)
    if last_day(period.until) < first_day(period.as_of):
        return False
    if first_day(period.as_of) < first_day(operation.start):
        return False
    return operation.end == "" or last_day(period.until) <= last_day(operation.end)


@st.composite
def datasets(draw, *, with_periods=True):
    ops = [draw(operations("OPA")), draw(operations("OPB"))]
    kept: list[RefTable] = []
    for number in range(draw(st.integers(1, 7))):
        table = draw(tables(ops, f"s{number}"))
        if _fits(table, ops) and _unambiguous(kept, table):
            kept.append(table)
    periods = []
    for number in range(draw(st.integers(0, 3)) if with_periods else 0):
        period = draw(period_rows(ops, f"p{number}"))
        if _period_fits(period, ops):
            periods.append(period)
    joined = {
        nation: draw(date_texts(1950, 2005)) if draw(st.booleans()) else None
        for nation in ("NOR", "GBR", "TUR")
    }
    members = {nation: text for nation, text in joined.items() if text is not None}
    return ops, kept, {nation: _as_day(text) for nation, text in members.items()}, periods


def _as_day(text):
    """A member's joining day, written to the day (the table gives one)."""
    return first_day(text).isoformat()


def _days(ops, kept, extra, periods):
    """The days worth asking about: each table's first day and the day before, each operation's
    first and last day and the days around them, and *extra*.
    """
    days = set(extra)
    for period in periods:
        start, end = first_day(period.as_of), last_day(period.until)
        days |= {start, start - dt.timedelta(days=1), end, end + dt.timedelta(days=1)}
    for table in kept:
        days |= {first_day(table.as_of), first_day(table.as_of) - dt.timedelta(days=1)}
    for operation in ops:
        start = first_day(operation.start)
        days |= {start, start - dt.timedelta(days=1)}
        if operation.end:
            end = last_day(operation.end)
            days |= {end, end + dt.timedelta(days=1)}
    return sorted(days)


def write(directory, ops, kept, members, periods=()):
    """Write the dataset as a folder of tables in the packaged layout (the rest as in TINY)."""
    evidence = "as printed"
    text = dict(TINY)
    text["sources.csv"] = TINY["sources.csv"] + "".join(
        f"{source},A table,Someone,https://example.org/{source},,{str(complete).lower()},nato,\n"
        for source, complete in [
            *((t.source, t.complete) for t in kept),
            *((p.source, False) for p in periods),
        ]
    )
    text["members.csv"] = "code,joined,founding,notes,sources,evidence\n" + "".join(
        f"{code},{day},false,,seed,{evidence}\n" for code, day in members.items()
    )
    text["operations.csv"] = (
        "code,name,start,end,theatre,kind,mandate,predecessor,successor,description,sources,"
        "evidence\n"
        + "".join(
            f"{o.code},Operation {o.code},{o.start},{o.end},Somewhere,support,,,,,seed,{evidence}\n"
            for o in ops
        )
    )
    rows = [
        (t.operation, r.country, t.as_of, "", r.personnel, r.kind, t.source)
        for t in kept
        for r in t.rows
    ] + [(p.operation, p.country, p.as_of, p.until, p.personnel, p.kind, p.source) for p in periods]
    text["contributions.csv"] = (
        "operation,country,as_of,until,personnel,qualifier,kind,role,description,source,evidence\n"
        + "".join(
            f"{op},{country},{as_of},{until},{'' if people is None else people},"
            f"{'' if people is None else 'exact'},{kind},,,{source},{evidence}\n"
            for op, country, as_of, until, people, kind, source in rows
        )
    )
    for table in ("strengths.csv", "expenditure.csv"):  # ISAF's, and members' that may not be
        text[table] = TINY[table].splitlines()[0] + "\n"
    for name, body in text.items():
        (directory / name).write_text(body, encoding="utf-8")
    return natodata.load(directory)


def loaded(ops, kept, members, periods=()):
    with tempfile.TemporaryDirectory() as folder:
        return write(Path(folder), ops, kept, members, periods)


def _rows(records):
    """Rows as comparable tuples, as many times as they occur."""
    return Counter((r.operation, r.country, r.kind.value, r.personnel) for r in records)


def _ref_rows(operation, found):
    return Counter((operation, n, r.kind, r.personnel) for n, rows in found.items() for r in rows)


SETTINGS = hypothesis.settings(max_examples=40, deadline=None)
EXTRA_DAYS = st.lists(st.dates(dt.date(1999, 1, 1), dt.date(2006, 1, 1)), max_size=3)


class TestFigureOnADate:
    """personnel_by_country and contributions_by_country answer as the reference does."""

    @SETTINGS
    @hypothesis.given(datasets(), EXTRA_DAYS)
    def test_personnel_by_country(self, dataset, extra):
        """Each nation's people on a day, and no data where the reference has none."""
        ops, kept, members, periods = dataset
        alliance = loaded(ops, kept, members, periods)
        for operation in ops:
            for day in _days(ops, kept, extra, periods):
                try:
                    expected = personnel_on(operation, kept, day, periods)
                except NoData:
                    with pytest.raises(NoDataError):
                        natodata.personnel_by_country(operation.code, day, alliance=alliance)
                    continue
                got = natodata.personnel_by_country(operation.code, day, alliance=alliance)
                assert dict(got) == expected, (operation.code, day)
                assert list(got.values()) == sorted(got.values(), reverse=True)

    @SETTINGS
    @hypothesis.given(datasets(), EXTRA_DAYS)
    def test_contributions_by_country(self, dataset, extra):
        """Each nation's rows in force on a day, and no data where the reference has none."""
        ops, kept, members, periods = dataset
        alliance = loaded(ops, kept, members, periods)
        for operation in ops:
            for day in _days(ops, kept, extra, periods):
                try:
                    expected = rows_on(operation, kept, day, periods)
                except NoData:
                    with pytest.raises(NoDataError):
                        natodata.contributions_by_country(operation.code, on=day, alliance=alliance)
                    continue
                got = natodata.contributions_by_country(operation.code, on=day, alliance=alliance)
                assert list(got) == sorted(expected), (operation.code, day)
                for nation, rows in got.items():
                    assert _rows(rows) == _ref_rows(operation.code, {nation: expected[nation]})


class TestContributionsOn:
    """Alliance.contributions(on=) filters by the same rule; no rows where it cannot say."""

    @SETTINGS
    @hypothesis.given(datasets(), EXTRA_DAYS)
    def test_every_operation(self, dataset, extra):
        """Without an operation, the rows in force in every operation running that day; with
        one, its rows, or NoDataError where the reference has no data.
        """
        ops, kept, members, periods = dataset
        alliance = loaded(ops, kept, members, periods)
        for day in _days(ops, kept, extra, periods):
            expected: Counter[tuple[str, str, str, int | None]] = Counter()
            for operation in ops:
                try:
                    rows = _ref_rows(operation.code, rows_on(operation, kept, day, periods))
                except NoData:
                    with pytest.raises(NoDataError):
                        alliance.contributions(operation=operation.code, on=day)
                    continue
                got = alliance.contributions(operation=operation.code, on=day)
                assert _rows(got) == rows, (operation.code, day)
                expected += rows
            assert _rows(alliance.contributions(on=day)) == expected, day


class TestMembersAndOperationsOn:
    """members(on=) and operations(active_on=) answer as the reference does."""

    @SETTINGS
    @hypothesis.given(datasets(), EXTRA_DAYS)
    def test_members_on(self, dataset, extra):
        """A state is a member from the day it joined."""
        ops, kept, members, periods = dataset
        alliance = loaded(ops, kept, members, periods)
        days = _days(ops, kept, extra, periods)
        days += [first_day(d) for d in members.values()]
        days += [first_day(d) - dt.timedelta(days=1) for d in members.values()]
        for day in days:
            got = sorted(m.code for m in alliance.members(on=day))
            assert got == members_on(members, day), day

    @SETTINGS
    @hypothesis.given(datasets(), EXTRA_DAYS)
    def test_operations_active_on(self, dataset, extra):
        """An operation runs from start to end inclusive, oldest first; an end to the month counts
        whole.
        """
        ops, kept, members, periods = dataset
        alliance = loaded(ops, kept, members, periods)
        for day in _days(ops, kept, extra, periods):
            got = alliance.operations(active_on=day)
            assert sorted(o.code for o in got) == active_operations(ops, day), day
            assert [o.start for o in got] == sorted(o.start for o in got), "oldest first"


def _bench_queries():
    """The benchmark's module, or a skip where the benchmarks are not beside the tests."""
    folder = Path(__file__).resolve().parent.parent / "benchmarks"
    if not (folder / "bench_queries.py").is_file():
        pytest.skip("benchmarks/ is not beside the tests (a run against the installed wheel)")
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location("bench_queries", folder / "bench_queries.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(folder))
    return module


class TestPandasBaseline:
    """The benchmark's pandas "same rule" gives natodata's answers."""

    @SETTINGS
    @hypothesis.given(datasets(with_periods=False), EXTRA_DAYS)
    def test_same_answers(self, dataset, extra):
        """On generated tables, pandas_personnel and personnel_by_country agree wherever there
        is data.
        """
        bench = _bench_queries()
        ops, kept, members, periods = dataset
        alliance = loaded(ops, kept, members, periods)
        frame = bench.pandas_frame(alliance)
        for operation in ops:
            for day in _days(ops, kept, extra, periods):
                try:
                    ours = natodata.personnel_by_country(operation.code, day, alliance=alliance)
                except NoDataError:
                    continue
                theirs = bench.pandas_personnel(frame, operation.code, day)
                assert dict(ours) == {k: int(v) for k, v in theirs.items()}, (operation.code, day)

    def test_partial_table_on_a_complete_tables_date(self):
        """A partial table dated the day of a complete one is outranked: pandas must agree."""
        bench = _bench_queries()
        ops = [RefOperation("OPA", "2000"), RefOperation("OPB", "2000")]
        kept = [
            RefTable("OPA", "2001-06-01", "s0", complete=True, rows=(RefRow("NOR", "troops", 5),)),
            RefTable(
                "OPA",
                "2001-06",
                "s1",
                complete=False,
                rows=(RefRow("NOR", "training", 7), RefRow("GBR", "troops", 9)),
            ),
        ]
        alliance = loaded(ops, kept, {})
        day = dt.date(2001, 7, 1)
        theirs = bench.pandas_personnel(bench.pandas_frame(alliance), "OPA", day)
        assert {k: int(v) for k, v in theirs.items()} == {"NOR": 5}
        assert dict(natodata.personnel_by_country("OPA", day, alliance=alliance)) == {"NOR": 5}
