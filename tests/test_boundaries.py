"""The edges of the public API: every kind of date, key and flag; errors that travel; no data."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

import natodata
from conftest import TINY
from natodata._cli import EXIT_NO_DATA, EXIT_OK, EXIT_USAGE, main
from natodata.exceptions import (
    ConversionError,
    DataError,
    MissingExtraError,
    NatodataError,
    NoDataError,
    Problem,
    UnknownCountryError,
    UnknownOperationError,
    UnknownSourceError,
)

DAY = dt.date(2009, 6, 15)
ISAF_DAY = dt.date(2009, 10, 1)


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


class TestDates:
    """Item 1: every public date argument takes each form of a day, and refuses the rest."""

    @pytest.mark.parametrize(
        "day",
        [
            DAY,
            "2009-06-15",
            dt.datetime(2009, 6, 15, 23, 59),  # noqa: DTZ001 - a naive datetime is a form too
            # Aware: the date in its own zone, though it is already the 16th in UTC.
            dt.datetime(2009, 6, 15, 22, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ],
    )
    def test_forms_of_a_day(self, nato, day):
        """A date, a datetime (naive or aware) and an ISO string give the same answer."""
        assert nato.members(on=day) == nato.members(on=DAY)
        assert nato.is_member("Albania", on=day) is True
        assert nato.operations(active_on=day) == nato.operations(active_on=DAY)
        assert nato.partners(on=day) == nato.partners(on=DAY)

    def test_newer_queries(self, nato):
        """Queries added since take the same forms: framework_nation and latest_edition."""
        day = next(r.as_of for r in nato.contributions() if r.role is not None)
        code = next(r.operation for r in nato.contributions() if r.role is not None)
        try:
            expected = nato.framework_nation(code, on=day)
        except NoDataError:
            expected = None
        if expected is not None:
            assert nato.framework_nation(code, on=day.isoformat()) == expected
        assert nato.latest_edition(as_of="2025-01-01") == nato.latest_edition(
            as_of=dt.date(2025, 1, 1)
        )

    def test_record_methods(self, nato):
        """The records' own date methods take the same forms."""
        assert nato.member("Norway").member_on("1949-08-24")
        assert nato.operation("ISAF").active_on("2009-06-15")
        assert not nato.operation("ISAF").active_on(dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc))
        with pytest.raises(TypeError, match="day must be"):
            nato.operation("ISAF").active_on(2009)  # type: ignore[arg-type]

    def test_pandas_timestamp(self, nato):
        """Anything with .date(), such as a pandas Timestamp, is its date."""
        pd = pytest.importorskip("pandas")
        stamp = pd.Timestamp("2009-10-01 18:00")
        assert natodata.personnel_by_country("ISAF", on=stamp) == natodata.personnel_by_country(
            "ISAF", on=ISAF_DAY
        )
        assert nato.strength("ISAF", on=stamp) == nato.strength("ISAF", on=ISAF_DAY)

    def test_every_query_takes_a_string(self, nato):
        """The helpers and the figure queries take "YYYY-MM-DD" too."""
        text = "2009-10-01"
        assert natodata.contributions_by_country("ISAF", on=text) == (
            natodata.contributions_by_country("ISAF", on=ISAF_DAY)
        )
        assert nato.contributions(operation="ISAF", on=text) == nato.contributions(
            operation="ISAF", on=ISAF_DAY
        )
        assert nato.strength("ISAF", on=text) == nato.strength("ISAF", on=ISAF_DAY)

    @pytest.mark.parametrize("text", ["15/06/2009", "20090615", "2009-6-15", "2009-06-31", ""])
    def test_bad_text(self, nato, text):
        """Text other than a real YYYY-MM-DD day is a ValueError naming the argument."""
        with pytest.raises(ValueError, match="on"):
            nato.members(on=text)

    @pytest.mark.parametrize("value", [2009, 2009.5, (2009, 6, 15), b"2009-06-15"])
    def test_other_types(self, nato, value):
        """Anything else is a TypeError that names the argument and the forms it takes."""
        with pytest.raises(TypeError, match=r"active_on must be a datetime\.date.*YYYY-MM-DD"):
            nato.operations(active_on=value)

    def test_nat(self):
        """pandas' NaT, a missing time, is no day."""
        pd = pytest.importorskip("pandas")
        with pytest.raises(ValueError, match="on is not a day"):
            natodata.load().members(on=pd.NaT)

    @pytest.mark.parametrize("text", ["20240307", "2024-03-07T00:00", "2024-W10-4"])
    def test_cli_takes_exactly_yyyy_mm_dd(self, capsys, text):
        """The command line takes YYYY-MM-DD only, on every Python (3.11 reads 20240307)."""
        with pytest.raises(SystemExit) as stop:
            main(["members", "--on", text])
        assert stop.value.code == EXIT_USAGE
        assert "not a date as YYYY-MM-DD" in capsys.readouterr().err


class TestKeys:
    """Item 2: keys of every type, enum values as text, ByNation by any key, bounded lookups."""

    def test_int_is_iso_numeric(self, nato):
        """An int key is an ISO 3166-1 numeric code."""
        assert nato.country(578).code == "NOR"
        assert nato.country(40).code == "AUT"
        assert nato.member(578).name == "Norway"
        assert nato.is_member(578, on=DAY)

    @pytest.mark.parametrize("key", [None, 5.0, b"NOR", ("NOR",)])
    def test_other_types(self, nato, key):
        """None or a key of another type is a TypeError naming the argument."""
        with pytest.raises(TypeError, match="key"):
            nato.country(key)
        with pytest.raises(TypeError, match="key"):
            nato.member(key)
        with pytest.raises(TypeError, match="key"):
            nato.operation(key)

    def test_contributions_filter_types(self, nato):
        """A filter of the wrong type is a TypeError too, not an AttributeError."""
        with pytest.raises(TypeError, match="key"):
            nato.contributions(operation=42)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="cow"):
            nato.country(cow="385")  # type: ignore[arg-type]

    def test_enum_values(self, nato):
        """An enum argument takes its value as text."""
        pfp = natodata.Framework.PARTNERSHIP_FOR_PEACE
        assert nato.partners("partnership_for_peace") == nato.partners(pfp)
        assert len(nato.partners("partnership_for_peace")) > 0
        assert nato.partnerships(framework="partnership_for_peace") == nato.partnerships(
            framework=pfp
        )
        with pytest.raises(ValueError, match="'partnership_for_peace'"):
            nato.partners("pfp")
        with pytest.raises(TypeError, match="framework"):
            nato.partners(1)  # type: ignore[arg-type]

    def test_by_nation_any_key(self):
        """An answer by nation answers to a name or an alpha-2 code as to the alpha-3 code."""
        isaf = natodata.personnel_by_country("ISAF", on=ISAF_DAY)
        assert isaf["Norway"] == isaf["NO"] == isaf["nor"] == isaf["NOR"] == 600
        assert "Norway" in isaf
        assert isaf.get("Norway") == 600
        assert "Atlantis" not in isaf
        assert isaf.get("Atlantis") is None
        assert None not in isaf
        with pytest.raises(UnknownCountryError, match="Atlantis"):
            isaf["Atlantis"]
        absent = next(c.code for c in natodata.load().countries() if c.code not in isaf)
        with pytest.raises(KeyError):
            isaf[absent]
        assert isaf.get(absent) is None

    def test_grouped_rows_any_key(self, nato):
        """Rows grouped without an operation answer to any key as well."""
        grouped = natodata.contributions_by_country(nato.contributions(country="NOR"))
        assert grouped["Norway"] == grouped["NOR"]

    def test_a_megabyte_key(self, nato):
        """A megabyte-long key is refused fast, and the shared memo does not keep it."""
        nato.country("Norway")
        keys = nato._keys.get()
        before = (len(keys._memo), len(keys._operation_codes.get()))
        start = time.perf_counter()
        for key in ("x" * 1_000_000, "Norway" + " " * 1_000_000, "N" + "." * 1_000_000):
            with pytest.raises(UnknownCountryError) as caught:
                nato.country(key)
            assert len(str(caught.value)) < 200
            with pytest.raises(UnknownOperationError):
                nato.operation(key)
            with pytest.raises(UnknownSourceError):
                nato.source(key)
        assert time.perf_counter() - start < 0.5
        assert (len(keys._memo), len(keys._operation_codes.get())) == before


def _every_error() -> list[NatodataError]:
    return [
        NatodataError("something"),
        NoDataError("no figures for ISAF on 2002-01-01"),
        UnknownCountryError("Narnia", suggestions=["Namibia"]),
        UnknownCountryError("Congo", candidates=["Congo (COG)", "Congo (COD)"]),
        UnknownCountryError("Australia", message="Australia (AUS) has never been a member"),
        UnknownOperationError("Overlord"),
        UnknownSourceError("no-such", suggestions=["no-such-thing"]),
        MissingExtraError("to_pandas", "pandas"),
        DataError("my-tables", [Problem("members.csv", 3, "joined", "not a date")]),
        ConversionError("Operation", ["required field missing @ $.name"]),
    ]


class TestErrorsTravel:
    """Item 4: errors pickle, the Alliance pickles and copies, every error is a NatodataError."""

    @pytest.mark.parametrize("error", _every_error(), ids=lambda e: type(e).__name__)
    def test_pickle(self, error):
        """Every error pickles and unpickles to the same type, message and attributes."""
        back = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
        assert type(back) is type(error)
        assert str(back) == str(error)
        assert vars(back) == vars(error)

    def test_through_a_process_pool(self, tiny):
        """A DataError raised in a worker process comes back whole."""
        text = TINY["countries.csv"] + "NOR,NQ,999,,Norway again,,seed\n"
        folder = str(tiny(countries=text))
        with ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(DataError) as caught:
            pool.submit(natodata.load, folder).result()
        assert caught.value.problems[0].file == "countries.csv"

    def test_alliance_pickles(self, nato, tiny):
        """The packaged Alliance comes back as the shared one; another comes back equal."""
        assert pickle.loads(pickle.dumps(nato)) is nato  # noqa: S301 - our own bytes
        assert copy.deepcopy(nato) is nato
        assert copy.copy(nato) is nato
        own = natodata.load(tiny())
        back = pickle.loads(pickle.dumps(own))  # noqa: S301 - our own bytes
        assert back is not own
        assert back.members() == own.members()
        assert back.personnel_by_country("ISAF", on="2008-03-01") == own.personnel_by_country(
            "ISAF", on="2008-03-01"
        )

    def test_results_pickle(self, nato):
        """Results pickle too, and an answer by nation still takes any key."""
        isaf = pickle.loads(pickle.dumps(natodata.personnel_by_country("ISAF", on=ISAF_DAY)))  # noqa: S301
        assert isaf["Norway"] == 600
        members = pickle.loads(pickle.dumps(nato.members()))  # noqa: S301 - our own bytes
        assert isinstance(members, natodata.Records)
        assert members == nato.members()

    def test_records_refuse_with_natodata_errors(self, nato):
        """A value a record cannot hold is a NatodataError (and a ValueError) that pickles."""
        plain = natodata.to_dict(nato.operation("ISAF"))
        with pytest.raises(NatodataError) as caught:
            natodata.Operation(**(plain | {"name": " "}))  # type: ignore[arg-type]
        assert isinstance(caught.value, ValueError)
        back = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 - our own bytes
        assert (str(back), back.field) == (str(caught.value), "name")

    def test_unknown_source(self, nato):
        """An unknown source id is a NatodataError, and still the KeyError it was."""
        with pytest.raises(UnknownSourceError, match="no source is known as 'x'") as caught:
            nato.source("x")
        assert isinstance(caught.value, NatodataError)
        assert isinstance(caught.value, KeyError)
        with pytest.raises(UnknownSourceError):
            nato.cite("x")

    def test_from_dict(self, nato):
        """from_dict's errors are natodata's, and name the field."""
        plain = natodata.to_dict(nato.operation("ISAF")) | {"start": "2003/08/11"}
        with pytest.raises(ConversionError, match=r"\$\.start") as caught:
            natodata.from_dict(natodata.Operation, plain)
        assert isinstance(caught.value, NatodataError)
        assert isinstance(caught.value, ValueError)
        with pytest.raises(ConversionError, match="mapping"):
            natodata.from_dict(natodata.Operation, "ISAF")  # type: ignore[arg-type]


class TestNoData:
    """Item 5: an empty result when nothing is in force; NoDataError when the data cannot say."""

    @pytest.mark.parametrize("day", [dt.date(2002, 1, 1), dt.date(2020, 1, 1)])
    def test_the_data_cannot_say(self, nato, day):
        """Before an operation or after it, every query of its figures says why, alike."""
        with pytest.raises(NoDataError):
            nato.contributions(operation="ISAF", on=day)
        with pytest.raises(NoDataError):
            natodata.contributions_by_country("ISAF", on=day)
        with pytest.raises(NoDataError):
            natodata.personnel_by_country("ISAF", on=day)

    def test_nothing_in_force(self, tiny):
        """A nation absent from the tables in force: an empty answer, in every query."""
        own = natodata.load(tiny())
        on = dt.date(2008, 3, 1)  # the complete table of February 2008 lists GBR and TUR only
        assert own.contributions(operation="ISAF", country="NOR", on=on) == ()
        assert "NOR" not in own.contributions_by_country("ISAF", on=on)
        assert "NOR" not in own.personnel_by_country("ISAF", on=on)

    def test_across_operations(self, nato):
        """Without an operation, those that cannot speak for the day are left out."""
        assert nato.contributions(country="NOR", on=dt.date(1990, 1, 1)) == ()

    def test_cli_agrees(self, capsys, nato):
        """The command exits 1 where the API raises NoDataError, 0 with an empty answer."""
        status, out, err = run(capsys, "contributions", "--operation", "ISAF", "--on", "2002-01-01")
        assert (status, out) == (EXIT_NO_DATA, "")
        assert "ISAF ran" in err
        absent = next(
            c.code
            for c in nato.countries()
            if c.code not in natodata.personnel_by_country("ISAF", on=ISAF_DAY)
        )
        argv = ["contributions", "--operation", "ISAF", "--country", absent, "--on", "2009-10-01"]
        status, out, _ = run(capsys, *argv, "--format", "csv")
        assert status == EXIT_OK
        assert out.startswith("operation,country,as_of,")
        assert out.count("\n") == 1


class TestCommandLine:
    """Item 3: options anywhere, problems shown, output errors and interrupts handled."""

    def test_options_before_the_command(self, capsys, tiny):
        """--on, --data and --format before the command are honoured."""
        _, out, _ = run(capsys, "--on", "1950-01-01", "members", "--format", "csv")
        assert out.count("\n") == 1 + 12
        _, out, _ = run(capsys, "--data", str(tiny()), "--format", "csv", "members")
        assert {line.split(",")[0] for line in out.splitlines()[1:]} == {"NOR", "GBR", "TUR"}

    def test_after_wins(self, capsys):
        """Given before and after the command, the one after it counts."""
        _, out, _ = run(capsys, "--on", "1950-01-01", "members", "--on", "2004-04-02")
        assert out.startswith("26 member states")

    @pytest.mark.parametrize(
        "argv",
        [
            ["--on", "2007-01-01", "member", "NOR"],
            ["--on", "2007-01-01", "sources"],
            ["--format", "csv"],
            ["--format", "json", "cite"],
            ["cite", "--format", "json"],
        ],
    )
    def test_options_that_do_not_apply(self, capsys, argv):
        """An option the command does not take is refused, wherever it is given."""
        with pytest.raises(SystemExit) as stop:
            main(argv)
        assert stop.value.code == EXIT_USAGE
        err = capsys.readouterr().err
        assert err.startswith("natodata: error: ")
        assert err.count("\n") == 1

    def test_data_error_shows_problems(self, capsys, tiny):
        """A DataError prints its problems with file, row and column: the first 20, and a count."""
        rows = "".join(
            f"ISAF,NOR,2007-03-{day:02},,lots,exact,troops,,,seed,x\n" for day in range(1, 26)
        )
        broken = tiny(contributions=TINY["contributions.csv"] + rows)
        status, out, err = run(capsys, "members", "--data", str(broken))
        assert (status, out) == (EXIT_NO_DATA, "")
        lines = err.splitlines()
        assert lines[0].startswith("natodata: error: 25 problems in the tables at ")
        assert lines[1].startswith("  contributions.csv, row 10, column 'personnel': ")
        assert len(lines) == 1 + 20 + 1
        assert lines[-1] == "  ... and 5 more"

    def test_empty_csv_has_its_header(self, capsys):
        """An empty CSV answer is its header; an empty JSON answer is []."""
        status, out, _ = run(capsys, "members", "--on", "1900-01-01", "--format", "csv")
        assert status == EXIT_OK
        assert out == (
            "code,alpha_2,numeric,cow,name,other_names,sources,joined,founding,notes,evidence\n"
        )
        _, out, _ = run(capsys, "operations", "--on", "1900-01-01", "--format", "json")
        assert out == "[]\n"

    def test_interrupted(self, capsys, monkeypatch):
        """Ctrl-C exits 130 with no traceback."""
        from natodata import _cli

        def interrupted(*_):
            raise KeyboardInterrupt

        monkeypatch.setattr(_cli, "summary", interrupted)
        assert main([]) == 130
        assert "Traceback" not in capsys.readouterr().err

    def test_full_disk(self):
        """Output to a full disk: a one-line error and exit status 1."""
        with open("/dev/full", "w") as full:  # noqa: PTH123 - a device, not a file
            result = subprocess.run(
                [sys.executable, "-m", "natodata", "sources"],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
            )
        assert result.returncode == EXIT_NO_DATA
        assert result.stderr.startswith("natodata: error: cannot write the output: ")
        assert result.stderr.count("\n") == 1

    def test_closed_stdout(self):
        """Standard output closed: a one-line error and exit status 1."""
        result = subprocess.run(  # noqa: S602 - a fixed command line, to close the descriptor
            f"{sys.executable} -m natodata members >&-",
            shell=True,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == EXIT_NO_DATA
        assert result.stderr.startswith("natodata: error: cannot write the output")
        assert result.stderr.count("\n") == 1


class TestSharedDataset:
    """Item 7: a back-door change of a figure cannot make two queries disagree."""

    def test_figure_changed_through_the_back_door(self, tiny):
        """Every query reads a figure from its record: changed there, it is changed everywhere."""
        own = natodata.load(tiny())
        on = dt.date(2008, 3, 1)
        before = own.personnel_by_country("ISAF", on=on)
        (row,) = own.contributions(operation="ISAF", country="GBR", on=on)
        object.__setattr__(row, "personnel", 1)  # what the guarantee is about; never do this
        rows = own.contributions(operation="ISAF", on=on)
        figures = own.personnel_by_country("ISAF", on=on)
        assert figures == {r.country: r.personnel for r in rows}
        assert figures["GBR"] == 1 != before["GBR"]
        assert own.tables("ISAF")[-1].personnel == sum(figures.values())


class TestExports:
    """Item 8: text a spreadsheet would run as a formula is exported safely on request."""

    def test_formulas(self, tiny):
        """escape_formulas=True quotes a text cell that starts with = + - @; off by default."""
        rows = TINY["contributions.csv"].replace(
            "flew troops,seed", '"=HYPERLINK(""https://example.org"",""x"")",seed', 1
        )
        own = natodata.load(tiny(contributions=rows))
        table = own.contributions(operation="AMIS")
        plain = natodata.to_csv(table)
        safe = natodata.to_csv(table, escape_formulas=True)
        assert ',"=HYPERLINK(' in plain
        assert ",\"'=HYPERLINK(" in safe
        assert "2007-03-29" in safe  # dates and numbers are left alone
        for start in "=+-@":
            assert natodata._export._csv_cell(f"{start}1", escape_formulas=True) == f"'{start}1"

    def test_shares_of_gdp(self, nato):
        """A share of GDP (a Decimal as published) is a JSON number and a float column."""
        import json

        figures = nato.table("expenditure")[:3]
        rows = json.loads(natodata.to_json(figures))
        assert [r["percent_of_gdp"] for r in rows] == [float(f.percent_of_gdp) for f in figures]
        pytest.importorskip("pandas")
        pytest.importorskip("polars")
        assert str(natodata.to_pandas(figures).dtypes["percent_of_gdp"]) == "Float64"
        assert str(natodata.to_polars(figures).schema["percent_of_gdp"]) == "Float64"

    def test_only_text_is_escaped(self, nato):
        """Numbers and dates are never escaped; ordinary text is unchanged."""
        table = nato.operations()
        assert natodata.to_csv(table, escape_formulas=True) == natodata.to_csv(table)


class TestTypes:
    """Item 9: public signatures name real types, not Any."""

    def test_no_any_in_public_signatures(self):
        """Every public function and method is annotated without Any where a real type exists."""
        import inspect

        allowed = {"to_dict", "from_dict"}  # plain data: JSON's values are any of several types
        found = []
        for name in natodata.__all__:
            value = getattr(natodata, name)
            members = [(name, value)]
            if isinstance(value, type):
                members = [
                    (f"{name}.{attr}", member)
                    for attr, member in vars(value).items()
                    if callable(member) and not attr.startswith("_")
                ]
            for label, member in members:
                if not callable(member) or isinstance(member, type) or label in allowed:
                    continue
                signature = inspect.signature(member)
                annotations = [p.annotation for p in signature.parameters.values()]
                annotations.append(signature.return_annotation)
                if any("Any" in str(a) for a in annotations):
                    found.append(label)
        assert found == []

    def test_dataframes_and_axes_named(self):
        """to_pandas, to_polars and the plots name what they return."""
        import inspect

        import natodata.plot

        assert inspect.signature(natodata.to_pandas).return_annotation == "pandas.DataFrame"
        assert inspect.signature(natodata.to_polars).return_annotation == "polars.DataFrame"
        assert inspect.signature(natodata.plot.strength).return_annotation == "Axes"

    def test_describe_takes_no_figure(self):
        """describe() takes the int | None a record holds."""
        assert natodata.Qualifier.EXACT.describe(None) == "no figure"
        assert natodata.Qualifier.ABOUT.describe(700) == "about 700"

    def test_by_nation_unparameterised(self):
        """ByNation works bare: made, checked with isinstance, and empty."""
        empty = natodata.ByNation()
        assert isinstance(empty, natodata.ByNation)
        assert empty == {}
        assert natodata.ByNation({"NOR": 600})["NOR"] == 600

    @pytest.mark.parametrize("value", ["members", 42, [1, 2], {"NOR": "x"}])
    def test_exports_refuse(self, value):
        """What cannot be exported is a TypeError, a table's name included."""
        with pytest.raises(TypeError):
            natodata.to_csv(value)


class TestDisplay:
    """Item 10: stable, doctest-friendly reprs and consistent HTML."""

    def test_empty_result(self, nato):
        """An empty result is one line, no trailing newline."""
        assert repr(nato.operations(active_on="1980-01-01")) == "0 records"

    def test_captions_name_what_they_count(self, nato, tiny):
        """Captions read "1 contribution", "3 contributions", "12 member states"."""
        own = natodata.load(tiny())
        assert repr(own.contributions(country="NOR", operation="ISAF")).startswith(
            "1 contribution\n"
        )
        assert repr(own.contributions(operation="AMIS")).startswith("2 contributions\n")
        assert repr(nato.members(on="1949-04-04")).startswith("12 member states\n")
        assert repr(nato.sources()[:2]).startswith("2 sources\n")

    def test_alliance_repr_does_not_depend_on_today(self, monkeypatch, nato):
        """The Alliance's repr is the same on any day."""
        from natodata import _alliance

        now = repr(nato)
        monkeypatch.setattr(_alliance, "_today", lambda: dt.date(1950, 1, 1))
        assert repr(nato) == now
        assert nato._repr_html_() == nato._repr_html_()
        assert "today" not in now

    def test_slices_stay_results(self, nato):
        """A slice of a result is a result, with its display and its DataFrame."""
        first = nato.members()[:3]
        assert isinstance(first, natodata.Records)
        assert repr(first).startswith("3 member states\n")
        assert "<caption>3 member states</caption>" in first._repr_html_()
        pytest.importorskip("pandas")
        assert len(first.to_pandas()) == 3

    def test_html(self, nato):
        """No empty header row; a source's title links to it; dates in words, one style."""
        page = nato._repr_html_()
        assert "<th></th>" not in page
        assert "<thead>" not in page
        source = nato.sources()[0]
        assert f"<a href='{source.url}'>" in nato.sources()._repr_html_()
        assert f"<a href='{source.url}'>" in source._repr_html_()
        members = nato.members(on="1949-04-04")._repr_html_()
        assert "<td>4 April 1949</td>" in members
        assert "1949-04-04" not in members
        assert "1949-04-04" not in repr(nato.members(on="1949-04-04"))

    def test_no_figure_no_qualifier(self, tiny):
        """A row with no figure shows no qualifier."""
        own = natodata.load(tiny())
        airlift = own.contributions(operation="AMIS")
        page = airlift._repr_html_()
        assert "exact" not in page
        assert "exact" not in repr(airlift)

    def test_zero_is_an_answer(self, tiny):
        """As its docstring says, a nation with 0 people is in personnel_by_country, with 0."""
        rows = TINY["contributions.csv"].replace(
            "ISAF,NOR,2007-03-29,,700", "ISAF,NOR,2007-03-29,,0"
        )
        own = natodata.load(tiny(contributions=rows))
        assert own.personnel_by_country("ISAF", on="2007-04-01")["NOR"] == 0
        assert "NOR" not in own.personnel_by_country("AMIS", on="2007-04-01")
        assert "is in the answer with 0" in (natodata.personnel_by_country.__doc__ or "")

    def test_stated_total_reads_as_its_source(self, nato):
        """A stated total inside a table shows with its qualifier: "about 52,908"."""
        table = next(
            t
            for t in nato.tables("ISAF")
            if t.stated_total is not None and t.stated_total.qualifier.value == "about"
        )
        total = table.stated_total
        assert total is not None
        assert f"<td>about {total.personnel:,}</td>" in table._repr_html_()

    def test_help_and_dir(self):
        """help(natodata) explains the package; dir(natodata) shows only the public names."""
        doc = natodata.__doc__ or ""
        for word in ("load", "Alliance", "members", "contributions", "NatodataError", "YYYY-MM-DD"):
            assert word in doc
        names = dir(natodata)
        assert set(natodata.__all__) <= set(names)
        assert not [n for n in names if n.startswith("_") and n not in natodata.__all__]
        assert "TYPE_CHECKING" not in names


class TestLayers:
    """Issue 15: results are core; the core imports no edge; the public names agree."""

    def _modules_after(self, code):
        result = subprocess.run(
            [sys.executable, "-c", f"import sys\n{code}\nprint(sorted(sys.modules))"],
            capture_output=True,
            text=True,
            check=True,
        )
        return {m for m in eval(result.stdout) if m.startswith("natodata")}  # noqa: S307 - our own output

    def test_queries_import_no_renderer(self):
        """Loading and querying import neither the renderer nor the exports nor the CLI."""
        loaded = self._modules_after(
            "import natodata\nnato = natodata.load()\nnato.members(); nato.contributions()\n"
            "natodata.personnel_by_country('ISAF', on='2009-10-01')"
        )
        assert "natodata._results" in loaded
        assert not loaded & {"natodata._display", "natodata._export", "natodata._cli"}

    def test_records_display_without_the_core(self):
        """A record's display and citation import no query, export or CLI module."""
        loaded = self._modules_after(
            "import natodata._model as m\n"
            "s = m.Source(id='seed', title='T', publisher='P', url='https://example.org')\n"
            "s._repr_html_(); s.citation()"
        )
        assert not loaded & {
            "natodata._alliance",
            "natodata._api",
            "natodata._load",
            "natodata._results",
            "natodata._export",
            "natodata._cli",
        }

    def test_exports_read_no_packaged_data(self, tiny):
        """Exports take what they are given: a user's table, without loading the packaged one."""
        loaded = subprocess.run(
            [
                sys.executable,
                "-c",
                (
                    "import natodata, natodata._api as api\n"
                    f"nato = natodata.load({str(tiny())!r})\n"
                    "print(natodata.to_csv(nato.table('members')).count(chr(10)), api._packaged)"
                ),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        assert loaded.stdout.split() == ["4", "None"]

    def test_public_names_agree(self):
        """__init__'s type-checking imports, __all__ and its table of homes name the same things."""
        import ast
        import importlib
        import inspect

        tree = ast.parse(inspect.getsource(natodata))
        imported = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
                for statement in node.body:
                    assert isinstance(statement, ast.ImportFrom)
                    for alias in statement.names:
                        imported[alias.name] = (statement.module or "").lstrip(".")
        assert imported == natodata._HOMES
        assert set(natodata.__all__) == {
            *natodata._HOMES,
            "DATA_DATE",
            "DATA_VERSION",
            "__version__",
        }
        for name, home in natodata._HOMES.items():
            value = getattr(natodata, name)
            if isinstance(value, tuple):  # a constant (TABLE_NAMES) has no __module__
                assert getattr(importlib.import_module(f"natodata.{home}"), name) is value
            else:
                assert value.__module__ in {f"natodata.{home}", "natodata"}, name


class TestValidators:
    """Item 6, the records' part: validators enforce what their messages claim."""

    @pytest.mark.parametrize("code", ["N0R", "N-R", "NO ", "ÑOR"])
    def test_codes_are_letters(self, nato, code):
        """A code is upper-case ASCII letters only: no digit, sign or space."""
        plain = natodata.to_dict(nato.country("NOR")) | {"code": code}
        with pytest.raises(ConversionError, match="upper-case letters"):
            natodata.from_dict(natodata.MemberState, plain)

    def test_personnel_bound(self, nato):
        """A figure above a million people is refused as a typo."""
        (row,) = nato.contributions(operation="ISAF", country="NOR", on="2007-03-29")
        plain = natodata.to_dict(row) | {"personnel": 7_000_000}
        with pytest.raises(ConversionError, match="at most 1,000,000"):
            natodata.from_dict(natodata.Contribution, plain)
