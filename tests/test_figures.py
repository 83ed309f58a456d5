"""The figure-on-a-date rule, on a small dataset whose answers are known by construction."""

from __future__ import annotations

import datetime as dt

import pytest

import natodata
from conftest import TINY
from natodata import NoDataError, UnknownOperationError


@pytest.fixture
def small(tiny):
    return natodata.load(tiny())


class TestPersonnelByCountry:
    def test_partial_table_alone(self, small):
        """Before any complete table, a partial table's figures stand."""
        assert dict(small.personnel_by_country("ISAF", on=dt.date(2007, 4, 1))) == {
            "NOR": 700,
            "AUS": 500,
        }

    def test_complete_table_drops_absent_nations(self, small):
        """A nation missing from a later complete table has left: no stale figure survives."""
        figures = small.personnel_by_country("ISAF", on=dt.date(2007, 6, 15))
        assert dict(figures) == {"GBR": 5000, "AUS": 900}
        assert "NOR" not in figures

    def test_latest_table_wins(self, small):
        """Each nation's figure comes from the latest table on or before the day."""
        figures = small.personnel_by_country("ISAF", on=dt.date(2009, 1, 1))
        assert dict(figures) == {"GBR": 7000, "TUR": 800}

    def test_largest_first(self, small):
        """The mapping is ordered by personnel, largest first."""
        figures = small.personnel_by_country("ISAF", on=dt.date(2007, 4, 1))
        assert list(figures) == ["NOR", "AUS"]

    def test_month_precise_table_counts_from_its_first_day(self, small):
        """A table dated to the month is in force from the first of that month."""
        assert "GBR" in small.personnel_by_country("ISAF", on=dt.date(2007, 6, 1))
        assert "GBR" not in small.personnel_by_country("ISAF", on=dt.date(2007, 5, 31))

    def test_uncounted_contributions_left_out(self, small):
        """Nations whose rows count no people are not given a 0."""
        with pytest.raises(NoDataError):
            small.personnel_by_country("AMIS", on=dt.date(2005, 8, 1))
        assert dict(small.personnel_by_country("AMIS", on=dt.date(2007, 6, 1))) == {}
        assert set(small.contributions_by_country("AMIS", on=dt.date(2007, 6, 1))) == {
            "GBR",
            "NOR",
        }

    @pytest.mark.parametrize(
        ("day", "says"),
        [
            (dt.date(2003, 8, 10), "ran 11 August 2003 to December 2014"),
            (dt.date(2015, 1, 1), "ran 11 August 2003 to December 2014"),
            (dt.date(2005, 1, 1), "first contribution table is dated 2007-03-29"),
        ],
    )
    def test_no_data_outside_coverage(self, small, day, says):
        """Outside the operation's dates or before its first table the answer is no data, not 0."""
        with pytest.raises(NoDataError, match=says):
            small.personnel_by_country("ISAF", on=day)

    def test_end_known_to_the_month_counts_whole(self, small):
        """An end known only to the month runs to the month's last day."""
        assert small.personnel_by_country("ISAF", on=dt.date(2014, 12, 31))

    def test_unknown_operation(self, small):
        """An unknown operation raises with the closest codes."""
        with pytest.raises(UnknownOperationError, match="did you mean ISAF"):
            small.personnel_by_country("ISAFF", on=dt.date(2007, 4, 1))

    def test_module_functions_take_a_dataset(self, small):
        """The top-level helpers answer from the dataset they are given."""
        figures = natodata.personnel_by_country("ISAF", dt.date(2007, 4, 1), alliance=small)
        assert figures == small.personnel_by_country("ISAF", on=dt.date(2007, 4, 1))


class TestContributionsByCountry:
    def test_groups_rows_of_a_day(self, small):
        """For an operation, each nation maps to the rows in force on the day."""
        grouped = natodata.contributions_by_country("ISAF", on=dt.date(2007, 4, 1), alliance=small)
        assert list(grouped) == ["AUS", "NOR"]
        (norway,) = grouped["NOR"]
        assert (norway.personnel, norway.qualifier) == (700, natodata.Qualifier.ABOUT)

    def test_groups_any_rows(self, small):
        """For rows already chosen, it only groups them."""
        grouped = natodata.contributions_by_country(small.contributions(country="GBR"))
        assert list(grouped) == ["GBR"]
        assert len(grouped["GBR"]) == 3

    def test_date_only_with_an_operation(self, small):
        """A date makes no sense with rows already chosen."""
        with pytest.raises(TypeError, match="go with an operation"):
            natodata.contributions_by_country(small.contributions(), on=dt.date(2007, 1, 1))  # type: ignore[call-overload]


class TestContributions:
    def test_no_filter_is_every_row(self, small):
        """Without filters, every dated row comes back."""
        assert len(small.contributions()) == 8

    def test_filters_combine(self, small):
        """Operation, country and date narrow the rows together."""
        rows = small.contributions(operation="ISAF", country="United Kingdom")
        assert [r.as_of for r in rows] == [dt.date(2007, 6, 1), dt.date(2008, 2, 1)]
        on_day = small.contributions(country="uk", on=dt.date(2007, 6, 15))
        assert {(r.operation, r.personnel) for r in on_day} == {("ISAF", 5000), ("AMIS", None)}

    def test_date_filter_follows_the_rule(self, small):
        """With a date, a nation that had left has no rows."""
        assert small.contributions(operation="ISAF", country="NOR", on=dt.date(2007, 6, 15)) == ()
        assert (
            len(small.contributions(operation="ISAF", country="NOR", on=dt.date(2007, 4, 1))) == 1
        )

    def test_date_outside_every_operation(self, small):
        """A date no operation covers gives no rows (a filter, not a question)."""
        assert small.contributions(on=dt.date(1990, 1, 1)) == ()


class TestStrength:
    def test_latest_on_or_before(self, small):
        """An operation's strength on a day is the latest figure dated on or before it."""
        assert small.strength("ISAF", on=dt.date(2007, 4, 1)).personnel == 35000
        assert small.strength("ISAF", on=dt.date(2010, 1, 1)).personnel == 5900

    def test_qualifier_in_words(self, small):
        """A bound reads as its source wrote it."""
        figure = small.strength("ISAF", on=dt.date(2007, 4, 1))
        assert figure.qualifier.describe(figure.personnel) == "over 35,000"

    def test_peak(self, small):
        """peak() is the largest strength recorded, whatever its date."""
        peak = small.peak("ISAF")
        assert (peak.as_of_text, peak.personnel) == ("29 March 2007", 35000)
        with pytest.raises(NoDataError, match="no strength of AMIS"):
            small.peak("AMIS")

    def test_same_day_figures(self, tiny):
        """On a day with several figures, a table total wins over an estimate."""
        text = TINY["strengths.csv"] + "ISAF,2007-06,6000,about,false,,seed,about 6000\n"
        small = natodata.load(tiny(strengths=text))
        assert small.strength("ISAF", on=dt.date(2007, 7, 1)).personnel == 5900
        assert len(small.strengths("ISAF")) == 3

    def test_no_data(self, small):
        """Before the first figure, or outside the operation, there is no strength."""
        with pytest.raises(NoDataError):
            small.strength("ISAF", on=dt.date(2005, 1, 1))
        with pytest.raises(NoDataError):
            small.strength("AMIS", on=dt.date(2006, 1, 1))


class TestQualifier:
    @pytest.mark.parametrize(
        ("qualifier", "figure", "count", "agrees"),
        [
            ("exact", 52908, 52908, True),
            ("exact", 52908, 52907, False),
            ("about", 67700, 67694, True),
            ("about", 67700, 67650, True),
            ("about", 67700, 67649, False),
            ("about", 67700, 67749, True),
            ("about", 67700, 67750, False),
            ("about", 62000, 61957, True),
            ("about", 62000, 61499, False),
            ("about", 119819, 119819, True),
            ("about", 119819, 119818, False),
            ("over", 130000, 130928, True),
            ("over", 130000, 130000, False),
            ("up_to", 6000, 5999, True),
            ("up_to", 6000, 6000, True),
            ("up_to", 6000, 6001, False),
        ],
    )
    def test_admits(self, qualifier, figure, count, agrees):
        """A stated figure admits a count within its rounding (its last non-zero digit)."""
        assert natodata.Qualifier(qualifier).admits(figure, count) is agrees
