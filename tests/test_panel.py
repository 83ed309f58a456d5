"""Country-year panels, pinned on the small dataset of conftest.py, whose answers are known.

The small dataset's ISAF tables: a partial one of 29 March 2007 (NOR 700, AUS 500), a complete
one of June 2007 (GBR 5,000, AUS 900) and a complete one of 1 February 2008 (GBR 7,000,
TUR 800). AMIS (July 2005 to 31 December 2007) has one partial table of 29 March 2007 in which
Norway and the United Kingdom flew troops, counted in no people.
"""

from __future__ import annotations

import datetime

import pytest

import natodata
from conftest import TINY
from natodata import Precision

YEAR_2007 = datetime.date(2007, 12, 31)


def cell(panel, country, year, operation):
    (found,) = [r for r in panel if (r.country, r.year, r.operation) == (country, year, operation)]
    return found


@pytest.fixture
def small(tiny):
    return natodata.load(tiny())


class TestReferenceDay:
    def test_end_of_year_by_default(self, small):
        """Each year's figures are those in force on 31 December."""
        panel = small.panel(2007, 2007)
        gbr = cell(panel, "GBR", 2007, "ISAF")
        assert gbr.on == YEAR_2007
        assert (gbr.personnel, gbr.as_of, gbr.as_of_precision) == (
            5000,
            datetime.date(2007, 6, 1),
            Precision.MONTH,
        )
        assert (gbr.complete, gbr.source) == (True, "mat-2007")

    def test_another_day(self, small):
        """On 31 March 2007 only the partial table of 29 March speaks, for the nations it lists."""
        panel = small.panel(2007, 2007, reference_day=(3, 31))
        nor = cell(panel, "NOR", 2007, "ISAF")
        assert (nor.on, nor.personnel, nor.complete) == (datetime.date(2007, 3, 31), 700, False)
        gbr = cell(panel, "GBR", 2007, "ISAF")
        assert (gbr.personnel, gbr.as_of) == (None, None)

    def test_a_day_that_some_year_lacks(self, small):
        """29 February is no day of 2007: the error says what to give."""
        with pytest.raises(ValueError, match=r"\(month, day\)"):
            small.panel(2007, 2008, reference_day=(2, 29))

    def test_only_running_operations(self, small):
        """AMIS ended on 31 December 2007, so 2008 has no AMIS rows."""
        panel = small.panel(2007, 2008)
        assert {r.year for r in panel if r.operation == "AMIS"} == {2007}


class TestNoFigureAndZero:
    def test_left_out_of_a_complete_table_is_zero(self, small):
        """Norway, absent from the complete table of June 2007, had no one in ISAF: zero."""
        nor = cell(small.panel(2007, 2007), "NOR", 2007, "ISAF")
        assert (nor.personnel, nor.as_of, nor.complete) == (0, datetime.date(2007, 6, 1), True)

    def test_no_table_is_no_figure(self, small):
        """Türkiye is in no AMIS table: no figure, not zero, and no date."""
        tur = cell(small.panel(2007, 2007), "TUR", 2007, "AMIS")
        assert (tur.personnel, tur.as_of, tur.complete, tur.source) == (None, None, None, None)

    def test_before_the_first_table(self, small):
        """ISAF ran in 2005 but its first table is of 2007: rows, each with no figure."""
        panel = small.panel(2005, 2005, operations=["ISAF"])
        assert {r.country for r in panel} == {"GBR", "NOR", "TUR"}
        assert {r.personnel for r in panel} == {None}

    def test_rows_that_count_no_people(self, small):
        """Norway's airlift in AMIS counts no people: no number, but the date of its rows."""
        nor = cell(small.panel(2007, 2007), "NOR", 2007, "AMIS")
        assert (nor.personnel, nor.as_of) == (None, datetime.date(2007, 3, 29))

    def test_in_a_dataframe(self, small):
        """In pandas, no figure is <NA> and zero is 0."""
        frame = small.panel(2007, 2007).to_pandas().set_index(["country", "operation"])
        assert frame.loc[("NOR", "ISAF"), "personnel"] == 0
        assert str(frame.loc[("TUR", "AMIS"), "personnel"]) == "<NA>"
        assert {"country", "cow", "year", "operation", "personnel", "as_of"} <= set(
            frame.reset_index()
        )


class TestStaleFigures:
    # The newest ISAF table is of 1 February 2008: 699 days old on 31 December 2009.

    def test_older_than_a_year_is_no_figure(self, small):
        """By default a figure more than 366 days old is no figure."""
        gbr = cell(small.panel(2009, 2009), "GBR", 2009, "ISAF")
        assert (gbr.personnel, gbr.as_of, gbr.source) == (None, None, None)

    def test_so_is_a_stale_zero(self, small):
        """A complete table too old to give a figure is too old to give a zero."""
        assert cell(small.panel(2009, 2009), "NOR", 2009, "ISAF").personnel is None

    def test_the_default_counts_a_year_to_the_day(self, small):
        """1 February 2008 still counts on 1 February 2009 (366 days), not on 2 February."""
        on_the_day = small.panel(2009, 2009, reference_day=(2, 1))
        assert cell(on_the_day, "GBR", 2009, "ISAF").personnel == 7000
        day_after = small.panel(2009, 2009, reference_day=(2, 2))
        assert cell(day_after, "GBR", 2009, "ISAF").personnel is None

    @pytest.mark.parametrize(("days", "expected"), [(699, 7000), (698, None)])
    def test_max_age_is_inclusive(self, small, days, expected):
        """A figure exactly max_age old still counts; a day older does not."""
        panel = small.panel(2009, 2009, max_age=datetime.timedelta(days=days))
        assert cell(panel, "GBR", 2009, "ISAF").personnel == expected

    def test_no_limit(self, small):
        """max_age=None lets the last figure stand until a newer table replaces it."""
        panel = small.panel(2009, 2009, max_age=None)
        assert cell(panel, "GBR", 2009, "ISAF").personnel == 7000
        assert cell(panel, "NOR", 2009, "ISAF").personnel == 0

    def test_the_packaged_example(self, nato):
        """Norway's 2 in KFOR's partial table of February 2017 do not stand for 2018 to 2022."""
        panel = nato.panel(2017, 2022, operations=["KFOR"])
        norway = [r.personnel for r in panel if r.country == "NOR"]
        assert norway == [2, None, None, None, None, None]


class TestNations:
    # Türkiye joins on 1 January 2008 instead of 1952.
    MEMBERS = TINY["members.csv"].replace("TUR,1952-02-18", "TUR,2008-01-01")

    def test_members_by_default(self, tiny):
        """A nation has rows in the years it was a member on the reference day."""
        panel = natodata.load(tiny(members=self.MEMBERS)).panel(2007, 2008)
        assert {(r.country, r.year) for r in panel if r.operation == "ISAF"} == {
            ("GBR", 2007),
            ("GBR", 2008),
            ("NOR", 2007),
            ("NOR", 2008),
            ("TUR", 2008),
        }
        assert all(r.member for r in panel)

    def test_partners(self, tiny):
        """Partners on request: the nations in the data that were not members that day."""
        panel = natodata.load(tiny(members=self.MEMBERS)).panel(2007, 2008, nations="partners")
        assert {(r.country, r.year) for r in panel if r.operation == "ISAF"} == {
            ("AUS", 2007),
            ("AUS", 2008),
            ("MAR", 2007),
            ("MAR", 2008),
            ("TUR", 2007),
        }
        assert not any(r.member for r in panel)

    def test_all(self, small):
        """Members and the others, each row saying which."""
        panel = small.panel(2007, 2007, nations="all", operations=["ISAF"])
        assert {r.country: r.member for r in panel} == {
            "AUS": False,
            "GBR": True,
            "MAR": False,
            "NOR": True,
            "TUR": True,
        }
        assert cell(panel, "AUS", 2007, "ISAF").personnel == 900

    def test_cow_numbers_for_joins(self, small):
        """Each row carries the nation's Correlates of War number."""
        assert cell(small.panel(2007, 2007), "NOR", 2007, "ISAF").cow == 385


class TestArguments:
    def test_operations_by_name(self, small):
        """Operations may be named as anywhere else; only those are in the panel."""
        panel = small.panel(2007, 2007, operations=["Security Assistance Force"])
        assert {r.operation for r in panel} == {"ISAF"}

    def test_unknown_operation(self, small):
        """An operation that is not in the data is the usual lookup error."""
        with pytest.raises(natodata.UnknownOperationError):
            small.panel(2007, 2007, operations=["XFOR"])

    def test_years_in_order(self, small):
        """A first year after the last is an error, not an empty panel."""
        with pytest.raises(ValueError, match="after"):
            small.panel(2008, 2007)

    def test_order(self, small):
        """Rows come by nation, then year, then operation."""
        panel = small.panel(2007, 2008)
        keys = [(r.country, r.year, r.operation) for r in panel]
        assert keys == sorted(keys)

    def test_polars(self, small):
        """The panel goes to polars with typed columns: no figure is null, dates are dates."""
        frame = small.panel(2007, 2007).to_polars()
        assert str(frame.schema["as_of"]) == "Date"
        assert str(frame.schema["personnel"]) == "Int64"
        assert frame.filter(frame["country"] == "TUR")["personnel"].null_count() == 1

    def test_notebook_display(self, small):
        """In a notebook the panel is an HTML table with its caption."""
        html = small.panel(2007, 2007)._repr_html_()
        assert "panel rows" in html
        assert "<table" in html

    def test_a_result(self, small):
        """The panel is a natodata result: a tuple shown as a table."""
        panel = small.panel(2007, 2007)
        assert isinstance(panel, natodata.Records)
        assert repr(panel).splitlines()[1].split() == [
            "country",
            "year",
            "operation",
            "personnel",
            "as_of",
            "complete",
            "member",
        ]


class TestSpending:
    # The small dataset's expenditure: Norway 1.55 % in 2014 (reported), 2.20 % in 2024.

    def test_share_of_gdp_joins(self, small):
        """Each member-year carries its share of GDP, and whether NATO estimated it."""
        panel = small.panel(2014, 2014, operations=["ISAF"])
        nor = cell(panel, "NOR", 2014, "ISAF")
        assert (str(nor.percent_of_gdp), nor.spending_estimate) == ("1.55", False)

    def test_no_share_is_none(self, small):
        """A member without a figure that year has None, never zero."""
        gbr = cell(small.panel(2014, 2014, operations=["ISAF"]), "GBR", 2014, "ISAF")
        assert (gbr.percent_of_gdp, gbr.spending_estimate) == (None, None)

    def test_a_number_in_a_dataframe(self, small):
        """In pandas the share is a number, ready to compute with."""
        frame = small.panel(2014, 2014, operations=["ISAF"]).to_pandas()
        assert str(frame["percent_of_gdp"].dtype) == "Float64"
        assert frame.loc[frame.country == "NOR", "percent_of_gdp"].item() == 1.55
