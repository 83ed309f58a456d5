"""The command line's research commands, and its CSV and JSON written as the packaged tables are."""

from __future__ import annotations

import csv
import io
import json

import pytest

import natodata
from natodata._cli import EXIT_OK, EXIT_USAGE, main


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert (status, err) == (EXIT_OK, "")
    return out


def usage_error(capsys, *argv):
    with pytest.raises(SystemExit) as stop:
        main(list(argv))
    assert stop.value.code == EXIT_USAGE
    return capsys.readouterr().err


class TestCommands:
    def test_countries(self, capsys, nato):
        """`countries` lists every nation, members and partners."""
        rows = list(csv.DictReader(io.StringIO(run(capsys, "countries", "--format", "csv"))))
        assert len(rows) == len(nato.countries())
        assert {"NOR", "AUS"} <= {r["code"] for r in rows}

    def test_strengths(self, capsys, nato):
        """`strengths OPERATION` lists an operation's strengths."""
        rows = json.loads(run(capsys, "strengths", "ISAF", "--format", "json"))
        assert len(rows) == len(nato.strengths("ISAF"))
        assert {r["operation"] for r in rows} == {"ISAF"}

    def test_partnerships(self, capsys):
        """`partnerships` filters by nation and framework, as the query does."""
        out = run(
            capsys, "partnerships", "--framework", "mediterranean_dialogue", "--format", "csv"
        )
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {r["framework"] for r in rows} == {"mediterranean_dialogue"}
        out = run(capsys, "partnerships", "--country", "Sweden", "--format", "csv")
        assert {r["country"] for r in csv.DictReader(io.StringIO(out))} == {"SWE"}

    def test_coverage(self, capsys):
        """`coverage` gives one row per operation with tables."""
        out = run(capsys, "coverage", "--format", "csv")
        assert "ISAF" in {r["operation"] for r in csv.DictReader(io.StringIO(out))}

    def test_panel(self, capsys, nato):
        """`panel` prints the rows Alliance.panel gives, with its options."""
        out = run(
            capsys, "panel", "2016", "2019", "--operation", "KFOR", "--max-age", "none",
            "--reference-day", "06-30", "--format", "csv",
        )  # fmt: skip
        rows = list(csv.DictReader(io.StringIO(out)))
        expected = nato.panel(2016, 2019, operations=["KFOR"], reference_day=(6, 30), max_age=None)
        assert len(rows) == len(expected)
        norway = [r for r in rows if r["country"] == "NOR"]
        figures = [r.personnel for r in expected if r.country == "NOR"]
        assert [r["personnel"] for r in norway] == ["" if f is None else str(f) for f in figures]
        assert norway[1]["on"] == "2017-06-30"

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (("--reference-day", "13-01"), "MM-DD"),
            (("--reference-day", "02-29"), "29 February"),
            (("--max-age", "a year"), "number of days"),
        ],
    )
    def test_panel_bad_options(self, capsys, argv, message):
        """A bad reference day or age is a usage error that says what to give."""
        assert message in usage_error(capsys, "panel", "2007", "2008", *argv)

    def test_path(self, capsys):
        """`path` prints the folder of the packaged tables."""
        assert run(capsys, "path") == f"{natodata.data_path()}\n"


class TestFormats:
    def test_csv_booleans_as_in_the_tables(self, capsys):
        """CSV writes true and false, as the packaged tables do, not Python's True."""
        out = run(capsys, "members", "--on", "1949-08-24", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {r["founding"] for r in rows} == {"true"}
        out = run(capsys, "sources", "--format", "csv")
        assert {r["complete"] for r in csv.DictReader(io.StringIO(out))} == {"true", "false"}

    def test_json_lists_as_arrays(self, capsys):
        """JSON gives list fields (sources, other names, mandates) as arrays."""
        (row,) = json.loads(run(capsys, "member", "Türkiye", "--format", "json"))
        assert "Turkey" in row["other_names"]
        assert isinstance(row["sources"], list)
        (isaf,) = json.loads(run(capsys, "operation", "ISAF", "--format", "json"))
        assert isinstance(isaf["mandate"], list)

    def test_library_csv_the_same(self, nato):
        """natodata.to_csv writes booleans as the command line does."""
        text = natodata.to_csv(nato.member("NOR"))
        assert next(csv.DictReader(io.StringIO(text)))["founding"] == "true"
