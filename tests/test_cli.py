"""The command line: `natodata` and `python -m natodata`, each command's output and errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

import natodata
from conftest import TINY
from natodata._cli import EXIT_NO_DATA, EXIT_OK, EXIT_USAGE, main


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def fails(capsys, status, *argv):
    """Run a command that must fail: a one-line error on stderr, nothing on stdout."""
    try:
        got, out, err = run(capsys, *argv)
    except SystemExit as stop:  # argparse's own errors
        got, (out, err) = stop.code, capsys.readouterr()
    assert got == status
    assert out == ""
    assert err.startswith("natodata: error: ")
    assert err.count("\n") == 1
    return err


class TestSummary:
    def test_today(self, capsys):
        """Without a command it summarises the dataset and lists today's 32 members."""
        status, out, _ = run(capsys)
        assert status == EXIT_OK
        assert "North Atlantic Treaty Organization (NATO)" in out
        assert ": 32\n" in out
        assert "NOR  Norway" in out
        assert "data version" in out

    def test_on_date(self, capsys):
        """--on lists the members on that date."""
        _, out, _ = run(capsys, "--on", "2007-03-29")
        assert "Members on 29 March 2007: 26" in out
        assert "SWE" not in out

    @pytest.mark.parametrize("argv", [["--on", "29/03/2007"], ["--on", "2007-02-30"], ["--bogus"]])
    def test_bad_arguments(self, capsys, argv):
        """A bad argument is a one-line error and exit status 2."""
        fails(capsys, EXIT_USAGE, *argv)

    def test_module_runs(self):
        """python -m natodata runs as a program."""
        result = subprocess.run(
            [sys.executable, "-m", "natodata", "--on", "1949-12-31"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "Members on 31 December 1949: 12" in result.stdout


class TestMembers:
    def test_table(self, capsys):
        """members --on prints a table of that day's members."""
        status, out, _ = run(capsys, "members", "--on", "1949-04-04")
        assert status == EXIT_OK
        lines = out.splitlines()
        assert lines[0] == "12 member states"
        assert lines[1].split() == ["code", "name", "joined", "founding"]
        assert lines[2].startswith("BEL ")
        assert len(lines) == 2 + 12

    def test_csv_pipes_cleanly(self, capsys):
        """--format csv is plain CSV with a header: nothing else on stdout."""
        _, out, _ = run(capsys, "members", "--on", "2024-03-07", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 32
        assert rows[-1]["joined"]

    def test_json(self, capsys):
        """--format json is a JSON array."""
        _, out, _ = run(capsys, "members", "--format", "json")
        assert len(json.loads(out)) == 32

    def test_bad_format(self, capsys):
        """An unknown format is a usage error."""
        fails(capsys, EXIT_USAGE, "members", "--format", "xml")


class TestOneRecord:
    @pytest.mark.parametrize(
        ("command", "key", "expected"),
        [
            ("member", "no", "name         Norway"),
            ("country", "Australia", "code         AUS"),
            ("country", "578", "name         Norway"),
            ("operation", "kfor", "code         KFOR"),
        ],
    )
    def test_record(self, capsys, command, key, expected):
        """member, country and operation print one record, an attribute a line."""
        status, out, _ = run(capsys, command, key)
        assert status == EXIT_OK
        assert expected in out.splitlines()

    def test_record_as_json(self, capsys):
        """--format json gives the record as a one-element array."""
        _, out, _ = run(capsys, "operation", "IFOR", "--format", "json")
        (row,) = json.loads(out)
        assert row["successor"] == "SFOR"

    @pytest.mark.parametrize(
        ("command", "key", "message"),
        [
            ("member", "Atlantis", "no country is known as 'Atlantis'"),
            ("member", "Australia", "has never been a member"),
            ("operation", "Overlord", "Overlord"),
            ("country", "Narnia", "no country is known as 'Narnia'"),
        ],
    )
    def test_unknown_key(self, capsys, command, key, message):
        """A key that names nothing is a one-line error and exit status 2."""
        assert message in fails(capsys, EXIT_USAGE, command, key)


class TestOperations:
    def test_running_on_a_day(self, capsys):
        """operations --on lists those running that day."""
        _, out, _ = run(capsys, "operations", "--on", "1995-09-10", "--format", "csv")
        codes = [r["code"] for r in csv.DictReader(io.StringIO(out))]
        assert codes == ["ODF", "OSGD", "ODLF"]  # by start: April 1993, June 1993, August 1995

    def test_bad_date(self, capsys):
        """A date that is not YYYY-MM-DD is a usage error."""
        assert "not a date" in fails(capsys, EXIT_USAGE, "operations", "--on", "March 1995")

    def test_all(self, capsys):
        """operations without --on lists every one, the text table not cut short."""
        _, out, _ = run(capsys, "operations")
        count = len(natodata.load().operations())
        assert count > 20  # more than one screenful of the text table
        assert out.splitlines()[0] == f"{count} operations"
        assert len(out.splitlines()) == 2 + count


class TestContributions:
    def test_figures_on_a_day(self, capsys):
        """With --operation and --on: the figures in force that day."""
        _, out, _ = run(
            capsys, "contributions", "--operation", "ISAF", "--on", "2009-10-01", "--format", "csv"
        )
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 42
        assert sum(int(r["personnel"]) for r in rows) == 67694

    def test_one_nation(self, capsys):
        """--country narrows to one nation."""
        _, out, _ = run(
            capsys,
            "contributions",
            "--operation",
            "ISAF",
            "--country",
            "Norway",
            "--on",
            "2009-10-01",
            "--format",
            "json",
        )
        (row,) = json.loads(out)
        assert (row["country"], row["personnel"]) == ("NOR", 600)

    def test_every_row_of_a_nation(self, capsys):
        """Without --on: every dated row."""
        _, out, _ = run(capsys, "contributions", "--country", "NOR", "--format", "csv")
        operations = {r["operation"] for r in csv.DictReader(io.StringIO(out))}
        assert {"AMIS", "ISAF", "KFOR", "NTM-I", "IFOR", "SFOR", "BAP"} <= operations

    def test_unknown_country(self, capsys):
        """An unknown --country is a usage error."""
        assert "Narnia" in fails(capsys, EXIT_USAGE, "contributions", "--country", "Narnia")

    def test_no_data(self, capsys):
        """A day the data cannot speak for is exit status 1, with the reason."""
        err = fails(
            capsys, EXIT_NO_DATA, "contributions", "--operation", "ISAF", "--on", "2020-01-01"
        )
        assert "no figures for 2020-01-01" in err


class TestSourcesAndCite:
    def test_sources(self, capsys):
        """sources lists every source."""
        _, out, _ = run(capsys, "sources", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {"id", "title", "publisher", "url", "published", "complete"} <= set(rows[0])

    def test_sources_bad_option(self, capsys):
        """sources takes no --on: an unknown option is a usage error."""
        fails(capsys, EXIT_USAGE, "sources", "--on", "2007-01-01")

    def test_cite_natodata(self, capsys):
        """cite prints how to cite natodata; --bibtex as BibTeX."""
        _, out, _ = run(capsys, "cite")
        assert out.startswith("The natodata developers.")
        _, out, _ = run(capsys, "cite", "--bibtex")
        assert out.startswith("@misc{natodata_")

    def test_cite_a_source(self, capsys):
        """cite SOURCE prints that source's citation."""
        _, out, _ = run(capsys, "cite", "nato-1999-news-26179-htm")
        assert out.startswith("NATO. 1 December 1999.")

    def test_cite_unknown_source(self, capsys):
        """An unknown source id is a usage error."""
        assert "no-such" in fails(capsys, EXIT_USAGE, "cite", "no-such")


class TestData:
    def test_own_directory(self, capsys, tiny):
        """--data uses a directory of tables instead of the packaged data."""
        _, out, _ = run(capsys, "members", "--data", str(tiny()), "--on", "2000-01-01")
        assert out.splitlines()[0] == "3 member states"

    def test_broken_directory(self, capsys, tiny):
        """Tables that fail their checks: exit status 1, and each problem with where it is."""
        text = TINY["countries.csv"] + "NOR,NQ,999,,Norway again,,seed\n"
        status, out, err = run(capsys, "members", "--data", str(tiny(countries=text)))
        assert (status, out) == (EXIT_NO_DATA, "")
        assert err.startswith("natodata: error: 1 problem in the tables at ")
        assert "  countries.csv, row 7, column 'code': duplicate key 'NOR'" in err

    def test_missing_directory(self, capsys, tmp_path):
        """A directory that does not exist is a usage error."""
        fails(capsys, EXIT_USAGE, "members", "--data", str(tmp_path / "nowhere"))


class TestPipes:
    def test_closed_pipe_is_no_error(self):
        """Piping into a reader that stops early (head) ends quietly."""
        result = subprocess.run(  # noqa: S602 - a fixed command line, to get a real pipe
            f"{sys.executable} -m natodata contributions --format csv | head -n 2",
            shell=True,
            capture_output=True,
            text=True,
            check=True,
        )
        assert len(result.stdout.splitlines()) == 2
        assert "Traceback" not in result.stderr
