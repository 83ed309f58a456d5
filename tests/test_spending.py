"""Defence expenditure: figures as printed, chosen by edition, compared with the guidelines."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest

import natodata
from conftest import ROOT, SPENDING_FIGURES, TINY, needs_source_tree
from natodata import NoDataError
from natodata._schema import EXPENDITURE_FIGURES

# Two editions of the same years, the later one revising Norway's 2024 figure.
EXPENDITURE = f"""\
country,year,edition,estimate,percent_of_gdp,basis,{SPENDING_FIGURES},source,evidence
NOR,2014,2023,,1.54,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,Norway 1.54 1.67
NOR,2023,2023,,1.67,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,Norway 1.54 1.67
GBR,2023,2023,,2.07,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,United Kingdom 2.07
NOR,2014,2024-06,false,1.55,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,Norway 1.55 2.20
NOR,2024,2024-06,true,2.20,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,Norway 1.55 2.20
GBR,2024,2024-06,true,2.33,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,United Kingdom 2.07 2.33
GBR,2014,2024-06,false,2.00,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,UK 2.00 2.33
"""


@pytest.fixture
def small(tiny):
    return natodata.load(tiny(expenditure=EXPENDITURE))


class TestFigures:
    """Figures keep their printed precision and their edition; the latest edition answers."""

    def test_printed_precision_kept(self, small):
        """2.20 stays Decimal('2.20'), not a float."""
        figure = small.expenditure("NOR", 2024)
        assert figure.percent_of_gdp == Decimal("2.20")
        assert str(figure.percent_of_gdp) == "2.20"

    def test_latest_edition_that_has_the_year(self, small):
        """Without an edition, a year's figure comes from the latest edition that has it."""
        assert small.expenditure("NOR", 2014).percent_of_gdp == Decimal("1.55")
        assert small.expenditure("NOR", 2023).edition == dt.date(2023, 1, 1)

    def test_named_edition(self, small):
        """A named edition answers, even where a later one revised the figure."""
        assert small.expenditure("NOR", 2014, edition="2023").percent_of_gdp == Decimal("1.54")
        assert small.expenditure("NOR", 2014, edition=dt.date(2024, 6, 17)).edition_text == (
            "June 2024"
        )

    def test_estimate_three_ways(self, small):
        """An estimate is True or False where the edition marks it, None where it is unknown."""
        assert small.expenditure("NOR", 2024).estimate is True
        assert small.expenditure("NOR", 2014).estimate is False
        assert small.expenditure("NOR", 2023).estimate is None

    def test_no_figure_is_no_data(self, small):
        """A year no edition covers is NoDataError, never 0."""
        with pytest.raises(NoDataError, match="no figure for NOR in 2010"):
            small.expenditure("NOR", 2010)
        with pytest.raises(NoDataError, match="editions: 2023, 2024-06"):
            small.expenditure("NOR", 2014, edition="2025")


class TestShares:
    """Shares by Ally for a year come from one edition, largest first."""

    def test_one_edition_largest_first(self, small):
        """The latest edition with the year, every Ally in it, largest share first."""
        assert dict(small.defence_shares(2014)) == {"GBR": Decimal("2.00"), "NOR": Decimal("1.55")}

    def test_as_of_a_day(self, small):
        """What NATO had said by a day: the latest edition published by then."""
        assert small.defence_shares(2014, as_of=dt.date(2024, 1, 1))["NOR"] == Decimal("1.54")
        assert small.defence_shares(2014, as_of=dt.date(2024, 7, 1))["NOR"] == Decimal("1.55")
        with pytest.raises(NoDataError, match="published by 2020-01-01"):
            small.defence_shares(2014, as_of=dt.date(2020, 1, 1))

    def test_edition_and_day_refused_together(self, small):
        """An edition and a day cannot both choose the edition."""
        with pytest.raises(TypeError, match="not both"):
            small.defence_shares(2014, "2023", as_of=dt.date(2024, 1, 1))

    def test_meeting_a_share(self, small):
        """At or above the share counts: 2.00 meets 2 %, 1.99 would not."""
        assert small.allies_meeting(2014) == ("GBR",)
        assert small.allies_meeting(2014, "1.55") == ("GBR", "NOR")
        assert small.allies_meeting(2014, 2, edition="2023") == ()

    def test_count_per_year(self, small):
        """The count of Allies at or above a share, each year of one edition."""
        assert small.allies_meeting_by_year(2) == {2014: 1, 2024: 2}
        assert small.allies_meeting_by_year(2, edition="2023") == {2014: 0, 2023: 1}

    def test_series(self, small):
        """One Ally's figures from one edition, by year."""
        assert [f.year for f in small.spending("Norway")] == [2014, 2024]
        assert [str(f.percent_of_gdp) for f in small.spending("NOR", "2023")] == ["1.54", "1.67"]


class TestGuidelines:
    """The guidelines are records with their sources, and compare shares as printed."""

    def test_met_by(self, small):
        """2 % is met by 2.00 and not by 1.99."""
        two = small.guideline("two-percent")
        assert two.met_by(Decimal("2.00"))
        assert not two.met_by(Decimal("1.99"))

    def test_unknown(self, small):
        """An unknown guideline lists the known ones."""
        with pytest.raises(NoDataError, match="two-percent"):
            small.guideline("wales")


class TestBadRows:
    """Bad expenditure rows are named with file, row and column."""

    @pytest.mark.parametrize(
        ("old", "new", "column"),
        [
            ("NOR,2014,2023,,1.54", "NOR,2014,2023,,1,54", None),
            ("NOR,2014,2023,,1.54", "NOR,2014,2023,,1.5.4", "percent_of_gdp"),
            ("NOR,2014,2023,,1.54", "NOR,14,2023,,1.54", "year"),
            ("NOR,2014,2023,,1.54", "AUS,2014,2023,,1.54", "country"),
            ("NOR,2014,2023,,1.54", "NOR,2014,2023,maybe,1.54", "estimate"),
        ],
    )
    def test_named(self, tiny, old, new, column):
        """A comma decimal, a bad number or year, a partner, a bad flag: each at its row."""
        with pytest.raises(natodata.DataError) as caught:
            natodata.load(tiny(expenditure=EXPENDITURE.replace(old, new)))
        (problem,) = caught.value.problems
        assert (problem.file, problem.row) == ("expenditure.csv", 2)
        if column is not None:
            assert problem.column == column

    def test_a_partner_names_the_members_table(self, tiny):
        """Expenditure is for Allies: a partner's row says where members are listed."""
        text = EXPENDITURE.replace("NOR,2014,2023,,1.54", "AUS,2014,2023,,1.54")
        with pytest.raises(natodata.DataError) as caught:
            natodata.load(tiny(expenditure=text))
        assert caught.value.problems == (
            natodata.Problem("expenditure.csv", 2, "country", "'AUS' is not in members.csv"),
        )

    def test_an_edition_in_the_future(self, tiny):
        """An edition not yet published is in the future, at its edition column."""
        year = dt.date.today().year + 1  # noqa: DTZ011
        text = EXPENDITURE.replace("NOR,2014,2023,,1.54", f"NOR,2014,{year},,1.54")
        with pytest.raises(natodata.DataError) as caught:
            natodata.load(tiny(expenditure=text))
        assert caught.value.problems == (
            natodata.Problem("expenditure.csv", 2, "edition", f"{year} is in the future"),
        )


class TestOrder:
    """expenditures() edition by edition, oldest first, each by country code then year;
    guidelines oldest first."""

    def test_expenditures(self, small):
        got = [(f.edition_text, f.country, f.year) for f in small.expenditures()]
        assert got == [
            ("2023", "GBR", 2023),
            ("2023", "NOR", 2014),
            ("2023", "NOR", 2023),
            ("June 2024", "GBR", 2014),  # after GBR 2024 in the file
            ("June 2024", "GBR", 2024),
            ("June 2024", "NOR", 2014),
            ("June 2024", "NOR", 2024),
        ]

    def test_expenditure_table(self, tiny):
        """The whole table, for export: by country code, year, then edition, whatever the
        file's order."""
        header, *rows = EXPENDITURE.splitlines()
        small = natodata.load(tiny(expenditure="\n".join([header, *reversed(rows)]) + "\n"))
        got = [(f.country, f.year, f.edition_text) for f in small.table("expenditure")]
        assert got == [
            ("GBR", 2014, "June 2024"),
            ("GBR", 2023, "2023"),
            ("GBR", 2024, "June 2024"),
            ("NOR", 2014, "2023"),
            ("NOR", 2014, "June 2024"),
            ("NOR", 2023, "2023"),
            ("NOR", 2024, "June 2024"),
        ]

    def test_guidelines(self, tiny):
        """Oldest first, whatever the file's order or the ids' order; ids break a tie."""
        text = TINY["guidelines.csv"] + "a-later,A later guideline,2014-09,2,20,2024,spend,later\n"
        small = natodata.load(tiny(guidelines=text))
        assert [g.id for g in small.guidelines()] == ["two-percent", "a-later"]
        text = (
            TINY["guidelines.csv"].replace("two-percent,", "z-first,")
            + "a-same,Another of 2006,2006,2,,,spend,same\n"
        )
        small = natodata.load(tiny(guidelines=text))
        assert [g.id for g in small.guidelines()] == ["a-same", "z-first"]


class TestPackaged:
    """The packaged editions answer the questions the docs promise."""

    def test_norway_every_year_of_the_latest_edition(self, nato):
        """Norway's share for every year of the latest edition is one call."""
        series = nato.spending("Norway")
        assert [f.year for f in series] == list(range(2014, 2027))
        assert all(f.edition_text == "July 2026" for f in series)

    def test_revisions_between_editions(self, nato):
        """The same year's figure differs between editions, and each is kept."""
        figures = {
            f.edition_text: f.percent_of_gdp for f in nato.expenditures(country="POL", year=2023)
        }
        assert len(figures) >= 3
        assert len(set(figures.values())) >= 2

    def test_iceland_has_no_figures(self, nato):
        """Iceland, which has no armed forces, is absent from every edition, never 0."""
        assert nato.expenditures(country="ISL") == ()
        assert "ISL" not in nato.defence_shares(2024)


RAW = ROOT / "data-raw" / "expenditure" / "2026-07"
# Columns of the latest edition's Tables 1 and 8, as the independent reading of Czechia's rows
# from NATO's PDF names them.
CZECH = {
    ("1", "current"): "national_currency_millions",
    ("1", "constant 2021"): "national_currency_millions_constant",
    ("8a", "equipment"): "equipment_percent",
    ("8a", "personnel"): "personnel_percent",
    ("8b", "infrastructure"): "infrastructure_percent",
    ("8b", "other"): "other_percent",
}


def latest(nato):
    """The latest edition's figures, by Ally and year."""
    edition = nato.latest_edition()
    return {(f.country, f.year): f for f in nato.expenditures(edition=edition)}


class TestEveryTable:
    """The latest edition gives every figure of its tables, checked against other readings."""

    def test_every_ally_every_year_every_table(self, nato):
        """31 Allies, 2014 to 2026, each with its figures; only the two gaps the notes name."""
        figures = latest(nato)
        assert len({country for country, _ in figures}) == 31
        assert {year for _, year in figures} == set(range(2014, 2027))
        missing = {
            (f.country, f.year, name)
            for f in figures.values()
            for name, _, _ in EXPENDITURE_FIGURES
            if getattr(f, name) is None
        }
        assert missing == {
            (country, 2026, name)
            for country in ("NLD", "PRT")
            for name in ("personnel_percent", "infrastructure_percent", "other_percent")
        }
        assert {f.price_base_year for f in figures.values()} == {2021}
        assert {type(f) for f in figures.values()} == {natodata.Expenditure}

    def test_categories_add_up(self, nato):
        """The four categories of Tables 8a and 8b add up to 100 %, within NATO's rounding."""
        for f in latest(nato).values():
            parts = (f.equipment_percent, f.personnel_percent)
            parts += (f.infrastructure_percent, f.other_percent)
            if None not in parts:
                assert abs(sum(parts) - 100) <= Decimal("0.02"), (f.country, f.year)

    def test_base_year_is_at_its_own_prices(self, nato):
        """In 2021, the base year, current and constant prices give the same figure."""
        for (country, year), f in latest(nato).items():
            if year == 2021:
                assert f.national_currency_millions == f.national_currency_millions_constant
                assert f.usd_millions == f.usd_millions_constant, country

    def test_share_is_spending_over_gdp(self, nato):
        """Table 3's share equals Table 2 over Table 5 at constant prices, within rounding."""
        for f in latest(nato).values():
            share = 100 * f.usd_millions_constant / f.gdp_usd_millions_constant
            assert abs(share - f.percent_of_gdp) <= Decimal("0.01"), (f.country, f.year)

    def test_printed_decimals(self, nato):
        """Shares of spending and real change keep NATO's two decimals: 5.30 stays '5.30'."""
        norway = latest(nato)["NOR", 2014]
        assert str(norway.real_change_percent) == "5.30"
        assert str(norway.military_personnel_thousands) == "21.0"
        assert {len(str(f.equipment_percent).partition(".")[2]) for f in latest(nato).values()} == {
            2
        }

    def test_single_cells_read_elsewhere(self, nato):
        """Eight cells a second project asserts on NATO's own workbook, and one read by OCR."""
        figures = latest(nato)
        assert figures["SWE", 2024].national_currency_millions == Decimal(140549)
        assert figures["SWE", 2026].usd_millions == Decimal(24186)
        assert figures["USA", 2026].usd_millions == Decimal(1032849)
        assert figures["NOR", 2026].usd_millions == Decimal(19247)
        assert figures["DNK", 2026].usd_millions == Decimal(17615)
        assert figures["FIN", 2026].usd_millions == Decimal(9027)
        assert figures["SWE", 2026].usd_millions_constant == Decimal(21538)
        assert figures["SWE", 2026].equipment_percent == Decimal("25.41")
        assert figures["DEU", 2026].national_currency_millions == Decimal(124660)

    @needs_source_tree
    def test_czechia_as_read_from_the_pdf(self, nato):
        """Czechia's rows of Tables 1, 8a and 8b, read by another person from NATO's PDF."""
        figures = latest(nato)
        checked = 0
        for name in ("pdf-czechia-table1.csv", "pdf-czechia-table8.csv"):
            with (RAW / name).open(encoding="utf-8", newline="") as stream:
                for row in csv.DictReader(stream):
                    column = CZECH[row.get("table", "1"), row.get("category") or row["prices"]]
                    for header, cell in row.items():
                        if header[:4].isdigit():
                            printed = getattr(figures["CZE", int(header[:4])], column)
                            assert str(printed) == cell, (column, header)
                            checked += 1
        assert checked == 78


class TestCommandLine:
    """natodata spending answers by year, by Ally, or both."""

    def run(self, capsys, *args):
        from natodata.__main__ import main

        status = main(["spending", *args])
        return status, capsys.readouterr().out

    def test_year(self, capsys):
        """--year lists the Allies of one edition that year, largest first."""
        status, out = self.run(capsys, "--year", "2024", "--edition", "2024-06", "--format", "csv")
        assert status == 0
        lines = out.splitlines()
        assert lines[1].startswith("POL,2024,")
        assert len(lines) == 1 + 31

    def test_country(self, capsys):
        """--country gives one Ally's series."""
        status, out = self.run(capsys, "--country", "NOR")
        assert status == 0
        assert "2026" in out


class TestPresence:
    """Battlegroups name their framework nation; rotations answer for the days they cover."""

    def test_framework_nation_and_handover(self, nato):
        """Bulgaria's battlegroup was led by Bulgaria, then by Italy."""
        assert nato.framework_nation("FLF-BGR", on=dt.date(2022, 5, 1)).code == "BGR"
        assert nato.framework_nation("FLF-BGR", on=dt.date(2023, 1, 1)).code == "ITA"
        assert nato.framework_nation("EFP-LTU", on=dt.date(2020, 1, 1)).code == "DEU"

    def test_norway_in_the_balkans(self, nato):
        """The seed's "large troop contributions to operations in the Balkans", with figures."""
        rows = [
            r
            for r in nato.contributions(country="NOR")
            if r.operation in {"IFOR", "SFOR", "KFOR"} and r.personnel
        ]
        assert len({r.as_of for r in rows}) >= 4
        assert {r.operation for r in rows} == {"IFOR", "SFOR", "KFOR"}


class TestPlots:
    """The spending and rotation charts draw the data they are asked for."""

    @pytest.fixture(autouse=True)
    def _agg(self):
        matplotlib = pytest.importorskip("matplotlib")
        matplotlib.use("Agg")

    def test_spending_bars_and_line(self, small):
        """One bar an Ally, heights as printed, a dashed 2 % line, a zero-based axis."""
        import natodata.plot

        ax = natodata.plot.spending(2024, alliance=small)
        heights = [bar.get_height() for bar in ax.patches]
        assert heights == [2.33, 2.20]
        assert ax.get_ylim()[0] == 0
        assert [line.get_ydata()[0] for line in ax.get_lines()] == [2]
        assert "edition of 2024-06" in ax.get_title()

    def test_trend_marks_estimates(self, small):
        """A series from one edition; estimates hollow, reported figures filled."""
        import natodata.plot

        ax = natodata.plot.spending_trend("NOR", alliance=small)
        reported, estimated = ax.collections
        assert [tuple(p) for p in reported.get_offsets()] == [(2014.0, 1.55)]
        assert [tuple(p) for p in estimated.get_offsets()] == [(2024.0, 2.2)]

    def test_rotations_one_bar_a_period(self, nato):
        """Every packaged BAP rotation is one bar, on its nation's row."""
        import natodata.plot

        ax = natodata.plot.rotations("BAP", alliance=nato)
        periods = [r for r in nato.contributions(operation="BAP") if r.until is not None]
        assert len(ax.patches) == len(periods)

    def test_policing_answers_each_day_and_admits_its_gaps(self, nato):
        """Who policed Baltic airspace: an answer on every day from 2004, no data past the last."""
        import datetime as dt

        day, last = dt.date(2004, 3, 29), dt.date(2025, 11, 27)
        while day <= last:
            assert nato.contributions(operation="BAP", on=day), day
            day += dt.timedelta(days=30)
        with pytest.raises(NoDataError, match="no rotation recorded covers"):
            nato.contributions_by_country("BAP", on=last + dt.timedelta(days=1))
