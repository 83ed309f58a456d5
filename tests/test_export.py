"""Export: records, query results and whole tables to plain records, CSV, JSON, pandas, polars."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys

import importlib_resources
import pytest

import natodata
from natodata import MissingExtraError

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

DAY = dt.date(2009, 10, 1)


class TestRecords:
    def test_single_record(self, nato):
        """A record is one row of its attributes; lists are joined as in the tables."""
        (row,) = natodata.to_records(nato.operation("IFOR"))
        assert row["code"] == "IFOR"
        assert row["start"] == dt.date(1995, 12, 20)
        assert row["kind"] == "peace_support"
        assert row["successor"] == "SFOR"
        assert "UN Security Council authorisation of 15 Dec 1995" in row["mandate"].split(";")

    def test_members_keep_their_membership(self, nato):
        """countries() mixes members and partners: member columns are empty for partners."""
        rows = {r["code"]: r for r in natodata.to_records(nato.countries())}
        assert rows["NOR"]["founding"] is True
        assert rows["AUS"]["joined"] is None

    def test_personnel_mapping(self, tiny):
        """A mapping of figures becomes country and personnel columns, in its order."""
        small = natodata.load(tiny())
        figures = natodata.personnel_by_country("ISAF", on=dt.date(2007, 4, 1), alliance=small)
        assert natodata.to_records(figures) == [
            {"country": "NOR", "personnel": 700},
            {"country": "AUS", "personnel": 500},
        ]

    def test_grouped_rows(self, tiny):
        """contributions_by_country's mapping becomes its rows, each nation's rows in turn."""
        small = natodata.load(tiny())
        grouped = natodata.contributions_by_country("AMIS", on=dt.date(2007, 6, 1), alliance=small)
        rows = natodata.to_records(grouped)
        assert [(r["country"], r["kind"], r["personnel"]) for r in rows] == [
            ("GBR", "airlift", None),
            ("NOR", "airlift", None),
        ]

    def test_table_names(self, nato):
        """Each table the Alliance gives by name exports whole; a name alone is refused."""
        for name in natodata._alliance.TABLE_NAMES:
            assert natodata.to_records(nato.table(name)), name
        assert len(natodata.to_records(nato.table("operations"))) == len(nato.operations())
        with pytest.raises(ValueError, match="no table is called 'people'"):
            nato.table("people")
        with pytest.raises(TypeError, match=r"nato\.table\(name\)"):
            natodata.to_records("members")  # type: ignore[arg-type]

    @pytest.mark.parametrize("name", ["members", "countries", "operations", "sources"])
    def test_table_by_name_is_whole(self, name, nato):
        """A table by name gives the whole table: a row for each row of the packaged CSV file."""
        text = importlib_resources.files("natodata").joinpath(f"data/{name}.csv").read_text("utf-8")
        codes = [row[0] for row in csv.reader(io.StringIO(text))][1:]
        key = "id" if name == "sources" else "code"
        assert sorted(r[key] for r in natodata.to_records(nato.table(name))) == sorted(codes)

    @pytest.mark.parametrize("name", ["contributions", "strengths", "partnerships"])
    def test_fact_tables_whole(self, name, nato):
        """A table of figures gives as many rows as its packaged CSV file holds."""
        text = importlib_resources.files("natodata").joinpath(f"data/{name}.csv").read_text("utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        exported = natodata.to_records(nato.table(name))
        assert len(exported) == len(rows)
        assert {r["source"] for r in exported} == {r["source"] for r in rows}

    def test_refuses_other_things(self):
        """Something that is no record is refused with a TypeError."""
        with pytest.raises(TypeError):
            natodata.to_records(42)
        with pytest.raises(TypeError, match="one kind"):
            natodata.to_records([natodata.load().operation("ISAF"), natodata.load().member("NOR")])


class TestText:
    def test_csv(self, nato):
        """CSV has a header, ISO dates and empty cells for missing values."""
        text = natodata.to_csv(nato.operations(active_on=dt.date(2007, 3, 29)))
        rows = list(csv.DictReader(io.StringIO(text)))
        kfor = next(r for r in rows if r["code"] == "KFOR")
        assert kfor["start"] == "1999-06-12"
        assert kfor["end"] == ""

    def test_json(self, nato):
        """JSON is an array of objects, dates in ISO 8601."""
        (row,) = json.loads(natodata.to_json(nato.member("Sweden")))
        assert row["joined"] == "2024-03-07"


class TestPandas:
    def test_dtypes(self):
        """Dates are datetimes, counts nullable integers, enums categories, text strings."""
        frame = natodata.to_pandas(natodata.load().table("contributions"))
        assert str(frame["as_of"].dtype).startswith("datetime64")
        assert str(frame["personnel"].dtype) == "Int64"
        assert frame["personnel"].isna().any()  # the airlift to Darfur counts no people
        assert isinstance(frame["kind"].dtype, pd.CategoricalDtype)
        assert list(frame["qualifier"].cat.categories) == ["exact", "about", "over", "up_to"]

    def test_isaf_by_nation_in_one_line(self):
        """A DataFrame of ISAF contributions by nation on a day, as the tutorial shows."""
        frame = natodata.to_pandas(natodata.personnel_by_country("ISAF", on=DAY))
        assert list(frame.columns) == ["country", "personnel"]
        assert frame["personnel"].sum() == 67694

    def test_empty_result(self, nato):
        """An empty result is an empty DataFrame, not an error."""
        assert natodata.to_pandas(nato.operations(active_on=dt.date(1980, 1, 1))).empty


class TestPolars:
    def test_dtypes(self):
        """Dates are Date, counts Int64 with nulls, enums Enum."""
        frame = natodata.to_polars(natodata.load().table("contributions"))
        assert frame.schema["as_of"] == pl.Date
        assert frame.schema["personnel"] == pl.Int64
        assert isinstance(frame.schema["kind"], pl.Enum)
        assert frame["personnel"].null_count() > 0

    def test_same_rows_as_pandas(self):
        """polars and pandas get the same table: the same columns and the same cells."""
        theirs = natodata.to_pandas(natodata.load().table("operations"))
        ours = natodata.to_polars(natodata.load().table("operations"))
        assert ours.columns == list(theirs.columns)
        for column in ours.columns:
            left = [None if v is None else str(v) for v in ours[column].to_list()]
            right = [None if pd.isna(v) else str(v) for v in theirs[column].astype(object)]
            right = [v.removesuffix(" 00:00:00") if v is not None else v for v in right]
            assert left == right, column


class TestWithoutTheExtras:
    @pytest.mark.parametrize(
        ("function", "extra"), [("to_pandas", "pandas"), ("to_polars", "polars")]
    )
    def test_error_names_the_extra(self, monkeypatch, function, extra):
        """Without the package, the error says which extra to install."""
        monkeypatch.setitem(sys.modules, extra, None)  # import fails as if not installed
        with pytest.raises(MissingExtraError, match=rf"pip install 'natodata\[{extra}\]'"):
            getattr(natodata, function)("members")

    def test_core_imports_no_dataframe_library(self):
        """Loading and querying imports neither pandas, polars nor matplotlib."""
        import subprocess

        code = (
            "import sys, datetime, natodata\n"
            "nato = natodata.load()\n"
            "nato.members(); nato.operations(); nato.contributions(country='NOR')\n"
            "natodata.personnel_by_country('ISAF', on=datetime.date(2009, 10, 1))\n"
            "natodata.to_records(nato.table('members')); natodata.to_csv(nato.operations())\n"
            "print(sorted({'pandas', 'polars', 'matplotlib'} & set(sys.modules)))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == "[]"
