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
from natodata import NoDataError
from reference import (
    NoData,
    RefOperation,
    RefRow,
    RefTable,
    active_operations,
    first_day,
    last_day,
    members_on,
    personnel_on,
    rows_on,
)

NATIONS = {
    "AUS": "AU,036,900,Australia",
    "FRA": "FR,250,220,France",
    "GBR": "GB,826,200,United Kingdom",
    "NOR": "NO,578,385,Norway",
    "TUR": "TR,792,640,Türkiye",
}
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
def datasets(draw):
    ops = [draw(operations("OPA")), draw(operations("OPB"))]
    kept: list[RefTable] = []
    for number in range(draw(st.integers(1, 7))):
        table = draw(tables(ops, f"s{number}"))
        if _fits(table, ops) and _unambiguous(kept, table):
            kept.append(table)
    joined = {
        nation: draw(date_texts(1949, 2005)) if draw(st.booleans()) else None
        for nation in ("NOR", "GBR", "TUR")
    }
    members = {nation: text for nation, text in joined.items() if text is not None}
    return ops, kept, {nation: _as_day(text) for nation, text in members.items()}


def _as_day(text):
    """A member's joining day, written to the day (the table gives one)."""
    return first_day(text).isoformat()


def _days(ops, kept, extra):
    """The days worth asking about: each table's first day and the day before, each operation's
    first and last day and the days around them, and *extra*.
    """
    days = set(extra)
    for table in kept:
        days |= {first_day(table.as_of), first_day(table.as_of) - dt.timedelta(days=1)}
    for operation in ops:
        start = first_day(operation.start)
        days |= {start, start - dt.timedelta(days=1)}
        if operation.end:
            end = last_day(operation.end)
            days |= {end, end + dt.timedelta(days=1)}
    return sorted(days)


def write(directory, ops, kept, members):
    """Write the dataset as a folder of tables in the packaged layout."""
    text = {
        "alliance.csv": "name,abbreviation,founded,headquarters,sources\n"
        "North Atlantic Treaty Organization,NATO,1949-04-04,Brussels,seed\n",
        "sources.csv": "id,title,publisher,url,published,complete\n"
        "seed,An article,Someone,https://example.org/seed,,false\n"
        + "".join(
            f"{t.source},A table,Someone,https://example.org/{t.source},,{str(t.complete).lower()}\n"
            for t in kept
        ),
        "countries.csv": "code,alpha_2,numeric,cow,name,other_names,sources\n"
        + "".join(f"{code},{rest},,seed\n" for code, rest in NATIONS.items()),
        "members.csv": "code,joined,founding,notes,sources\n"
        + "".join(f"{code},{day},false,,seed\n" for code, day in members.items()),
        "operations.csv": "code,name,start,end,theatre,kind,mandate,predecessor,successor,"
        "description,sources\n"
        + "".join(
            f"{o.code},Operation {o.code},{o.start},{o.end},Somewhere,support,,,,,seed\n"
            for o in ops
        ),
        "contributions.csv": "operation,country,as_of,personnel,qualifier,kind,description,source\n"
        + "".join(
            f"{t.operation},{r.country},{t.as_of},{'' if r.personnel is None else r.personnel},"
            f"exact,{r.kind},,{t.source}\n"
            for t in kept
            for r in t.rows
        ),
        "partnerships.csv": "country,framework,start,end,notes,source\n",
        "strengths.csv": "operation,as_of,personnel,qualifier,table_total,description,source\n",
    }
    for name, body in text.items():
        (directory / name).write_text(body, encoding="utf-8")
    return natodata.load(directory)


def loaded(ops, kept, members):
    with tempfile.TemporaryDirectory() as folder:
        return write(Path(folder), ops, kept, members)


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
        ops, kept, members = dataset
        alliance = loaded(ops, kept, members)
        for operation in ops:
            for day in _days(ops, kept, extra):
                try:
                    expected = personnel_on(operation, kept, day)
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
        ops, kept, members = dataset
        alliance = loaded(ops, kept, members)
        for operation in ops:
            for day in _days(ops, kept, extra):
                try:
                    expected = rows_on(operation, kept, day)
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
        """Without an operation, the rows in force on a day in every operation running then."""
        ops, kept, members = dataset
        alliance = loaded(ops, kept, members)
        for day in _days(ops, kept, extra):
            expected: Counter[tuple[str, str, str, int | None]] = Counter()
            by_operation = {}
            for operation in ops:
                try:
                    by_operation[operation.code] = _ref_rows(
                        operation.code, rows_on(operation, kept, day)
                    )
                except NoData:
                    by_operation[operation.code] = Counter()
                expected += by_operation[operation.code]
            assert _rows(alliance.contributions(on=day)) == expected, day
            for code, rows in by_operation.items():
                assert _rows(alliance.contributions(operation=code, on=day)) == rows, (code, day)


class TestMembersAndOperationsOn:
    """members(on=) and operations(active_on=) answer as the reference does."""

    @SETTINGS
    @hypothesis.given(datasets(), EXTRA_DAYS)
    def test_members_on(self, dataset, extra):
        """A state is a member from the day it joined."""
        ops, kept, members = dataset
        alliance = loaded(ops, kept, members)
        days = _days(ops, kept, extra)
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
        ops, kept, members = dataset
        alliance = loaded(ops, kept, members)
        for day in _days(ops, kept, extra):
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
    @hypothesis.given(datasets(), EXTRA_DAYS)
    def test_same_answers(self, dataset, extra):
        """On generated tables, pandas_personnel and personnel_by_country agree wherever there
        is data.
        """
        bench = _bench_queries()
        ops, kept, members = dataset
        alliance = loaded(ops, kept, members)
        frame = bench.pandas_frame(alliance)
        for operation in ops:
            for day in _days(ops, kept, extra):
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
