"""The packaged tables as other tools read them: through data_path(), with no natodata code."""

# ruff: noqa: S608 - the SQL is built from the package's own paths and dates, as the docs do

from __future__ import annotations

import csv
import datetime
import json

import pytest

import natodata
from natodata._dates import iso_at
from natodata._schema import TABLES

# What turns a date at any precision into the first day it covers, in DuckDB's SQL.
FIRST_DAY = (
    "CAST({0} || CASE length({0}) WHEN 4 THEN '-01-01' WHEN 7 THEN '-01' ELSE '' END AS DATE)"
)
# ... and into the last day it covers, by DuckDB's own calendar.
LAST_DAY = (
    "CASE length({0}) WHEN 4 THEN make_date(CAST({0} AS INTEGER), 12, 31)"
    " WHEN 7 THEN last_day(CAST({0} || '-01' AS DATE)) ELSE CAST({0} AS DATE) END"
)
# Every full date written beside a date at its precision: (table, column, its date, last day?).
DERIVED = [
    (name[:-4], column.name, column.derived_from, column.last_day)
    for name, spec in TABLES.items()
    for column in spec.columns
    if column.derived_from
]


@pytest.fixture(scope="module")
def duckdb():
    duckdb = pytest.importorskip("duckdb")
    return duckdb.connect()


def columns(duckdb, name):
    """Each column of a table and the type DuckDB gives it."""
    described = duckdb.sql(f"DESCRIBE SELECT * FROM read_csv('{table(name)}')").fetchall()
    return {row[0]: row[1] for row in described}


def table(name):
    return str(natodata.data_path() / f"{name}.csv")


class TestDataPath:
    def test_a_folder_of_every_table(self):
        """data_path() is a real folder holding every table datapackage.json describes."""
        folder = natodata.data_path()
        assert folder.is_dir()
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        assert {r["path"] for r in package["resources"]} == set(TABLES)
        assert all((folder / name).is_file() for name in TABLES)

    def test_the_command_prints_it(self, capsys):
        """`natodata path` prints the same folder, and nothing else."""
        from natodata._cli import main

        assert main(["path"]) == 0
        assert capsys.readouterr().out == f"{natodata.data_path()}\n"

    def test_inside_a_zip(self, run_zipped):
        """Imported from a zip archive, data_path() says how to copy the tables out."""
        out = run_zipped(
            """
            import natodata
            try:
                natodata.data_path()
            except natodata.NatodataError as error:
                print(error)
            """
        )
        assert "importlib_resources.as_file" in out


class TestTableNames:
    def test_every_packaged_table_has_a_name(self):
        """Each packaged table of records can be asked for by its file's name."""
        packaged = {name.removesuffix(".csv") for name in TABLES} - {"alliance"}
        assert packaged <= set(natodata.TABLE_NAMES)

    @pytest.mark.parametrize("name", natodata.TABLE_NAMES)
    def test_every_name_is_a_table(self, nato, name):
        """Every name in TABLE_NAMES is a table the Alliance gives, ready for the exports."""
        assert natodata.to_records(nato.table(name))

    def test_an_unknown_name_lists_them(self, nato):
        """A name that is no table gets the list of those that are."""
        with pytest.raises(ValueError, match="coverage"):
            nato.table("member")


class TestDuckDB:
    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_reads_every_table(self, duckdb, name):
        """DuckDB reads every table with its header, one row per record."""
        ((count,),) = duckdb.sql(f"SELECT count(*) FROM read_csv('{table(name[:-4])}')").fetchall()
        with (natodata.data_path() / name).open(encoding="utf-8", newline="") as stream:
            assert count == sum(1 for _ in csv.reader(stream)) - 1

    def test_types(self, duckdb):
        """Full dates, numbers and true/false are typed; mixed-precision dates stay text."""
        members = columns(duckdb, "members")
        assert (members["joined"], members["founding"]) == ("DATE", "BOOLEAN")
        contributions = columns(duckdb, "contributions")
        assert (contributions["personnel"], contributions["as_of"]) == ("BIGINT", "VARCHAR")
        assert (contributions["as_of_first"], contributions["until_last"]) == ("DATE", "DATE")

    def test_every_date_has_its_days(self):
        """Every date at its precision in a table of facts has a first and a last day beside it."""
        dated = {
            (name, column.name)
            for name, spec in TABLES.items()
            for column in spec.columns
            if column.date and name != "sources.csv"
        }
        assert (
            dated
            == {(f"{table}.csv", base) for table, _, base, last in DERIVED if last}
            == {(f"{table}.csv", base) for table, _, base, last in DERIVED if not last}
        )

    @pytest.mark.parametrize(("name", "column", "base", "last"), DERIVED)
    def test_the_days_by_duckdbs_calendar(self, duckdb, name, column, base, last):
        """Each full date is the first (or last) day its date covers, by DuckDB's calendar."""
        day = (LAST_DAY if last else FIRST_DAY).format(f'"{base}"')  # "end" is an SQL word
        ((wrong, empty, count),) = duckdb.sql(
            f"""
            SELECT count(*) FILTER ({column} IS DISTINCT FROM {day}),
                   count(*) FILTER ("{base}" IS NULL AND {column} IS NULL), count(*)
            FROM read_csv('{table(name)}', types={{'{base}': 'VARCHAR', '{column}': 'DATE'}})
            """
        ).fetchall()
        assert count
        assert wrong == 0
        if name == "contributions" and base == "until":
            assert 0 < empty < count  # snapshots have none, rotations have one

    def test_a_placemat_adds_up_as_in_natodata(self, duckdb):
        """ISAF's complete table of 6 August 2010, summed in SQL, agrees with natodata."""
        day = datetime.date(2010, 8, 6)
        rows = duckdb.sql(
            f"""
            SELECT country, sum(personnel) FROM read_csv('{table("contributions")}')
            WHERE operation = 'ISAF' AND as_of_first = DATE '{day}'
            GROUP BY country
            """
        ).fetchall()
        assert dict(rows) == dict(natodata.personnel_by_country("ISAF", on=day))

    def test_first_day_of_any_precision(self, duckdb):
        """The documented SQL gives the first day natodata gives, at every precision."""
        firsts = dict(
            duckdb.sql(
                f"""
                SELECT DISTINCT as_of, {FIRST_DAY.format("as_of")}
                FROM read_csv('{table("contributions")}', types={{'as_of': 'VARCHAR'}})
                """
            ).fetchall()
        )
        assert {len(text) for text in firsts} == {4, 7, 10}
        for row in natodata.load().contributions():
            assert firsts[iso_at(row.as_of, row.as_of_precision)] == row.as_of

    def test_members_join_countries(self, duckdb):
        """members.code joins countries.code: each member has its names and COW number."""
        rows = duckdb.sql(
            f"""
            SELECT m.code, c.name, c.cow FROM read_csv('{table("members")}') AS m
            JOIN read_csv('{table("countries")}', types={{'numeric': 'VARCHAR'}}) AS c USING (code)
            WHERE m.code = 'NOR'
            """
        ).fetchall()
        assert rows == [("NOR", "Norway", 385)]


class TestJoinKeys:
    def test_alpha_3(self, nato):
        """alpha_3 is a nation's code, for members and partners, as pycountry names it."""
        for country in nato.countries():
            assert country.alpha_3 == country.code

    def test_alpha_3_matches_pycountry(self, nato):
        """pycountry finds every nation by its alpha_3."""
        pycountry = pytest.importorskip("pycountry")
        for country in nato.countries():
            assert pycountry.countries.get(alpha_3=country.alpha_3).alpha_2 == country.alpha_2

    def test_read_only(self, nato):
        """alpha_3 cannot be set: the record stays frozen."""
        with pytest.raises(AttributeError):
            nato.member("NOR").alpha_3 = "NOX"
