"""The Alliance's queries on a tiny dataset: asked without a date, or wrongly."""

from __future__ import annotations

import datetime as dt

import pytest

import natodata
from conftest import TINY
from natodata import (
    Contribution,
    ContributionKind,
    NoDataError,
    Precision,
    Qualifier,
    UnknownCountryError,
)
from natodata._figures import DatedTable

ONGOING = TINY["operations.csv"].replace("2003-08-11,2014-12", "2003-08-11,")


@pytest.fixture
def small(tiny):
    return natodata.load(tiny())


class TestCountry:
    """country() takes exactly one of key, numeric and cow, and names what it was given."""

    @pytest.mark.parametrize(
        ("how", "given"),
        [
            ({}, "none"),
            ({"key": "NOR", "cow": 385}, "['key', 'cow']"),
            ({"numeric": 578, "cow": 385}, "['numeric', 'cow']"),
            ({"key": "NOR", "numeric": 578}, "['key', 'numeric']"),
        ],
    )
    def test_says_what_was_given(self, small, how, given):
        """The TypeError lists the arguments given, or says none was."""
        with pytest.raises(TypeError) as caught:
            small.country(**how)
        assert str(caught.value) == f"give exactly one of key, numeric or cow; got {given}"

    def test_ambiguous_name_names_the_key(self, tiny):
        """A name two nations share is an error that names the key and both candidates."""
        text = TINY["countries.csv"].replace("Australia,,", "Australia,Oz,")
        small = natodata.load(tiny(countries=text.replace("UK;Great Britain", "UK;Oz")))
        with pytest.raises(UnknownCountryError) as caught:
            small.country("Oz")
        assert caught.value.key == "Oz"
        assert caught.value.candidates == ("Australia (AUS)", "United Kingdom (GBR)")

    def test_partner_is_no_member(self, small):
        """member() of a partner says it has never been a member, and keeps the key asked."""
        with pytest.raises(UnknownCountryError) as caught:
            small.member("Australia")
        assert caught.value.key == "Australia"
        assert str(caught.value) == "Australia (AUS) has never been a member of NATO"

    def test_key_of_another_type(self, small):
        """A key that is neither a string nor a number is a TypeError that names ``key``."""
        with pytest.raises(
            TypeError, match=r"^key must be a string \(a code or a name\), got float$"
        ):
            small.country(5.78)  # type: ignore[arg-type]

    def test_overlong_key_is_kept(self, small):
        """A key too long to name anything is refused, and the error keeps the key asked."""
        key = "Norway" * 50
        with pytest.raises(UnknownCountryError) as caught:
            small.country(key)
        assert caught.value.key == key

    @pytest.mark.parametrize(("key", "code"), [("36", "AUS"), ("036", "AUS"), (" 36 ", "AUS")])
    def test_numeric_padded(self, small, key, code):
        """A numeric code of fewer than three digits is padded with zeros, as ISO writes it."""
        assert small.country(key).code == code


class TestToday:
    """Without a date, the queries answer for today."""

    def test_is_member_today(self, small):
        """is_member() without a date asks about today."""
        assert small.is_member("Norway") is True
        assert small.is_member("Australia") is False

    def test_strength_today(self, tiny):
        """strength() without a date gives the latest figure of an operation still running."""
        small = natodata.load(tiny(operations=ONGOING))
        assert small.strength("ISAF").personnel == 5900

    def test_figures_today(self, tiny):
        """The figures by nation without a date are those of the latest tables, in force today."""
        small = natodata.load(tiny(operations=ONGOING))
        assert dict(small.personnel_by_country("ISAF")) == {"GBR": 7000, "TUR": 800}
        assert list(small.contributions_by_country("ISAF")) == ["GBR", "TUR"]

    def test_strength_of_an_ended_operation_today(self, small):
        """strength() without a date, of an operation that has ended, has no data."""
        with pytest.raises(NoDataError, match="ran 11 August 2003 to December 2014"):
            small.strength("ISAF")


class TestStrengthErrors:
    """strength() says why it has no figure."""

    def test_outside_the_operation(self, small):
        """After its end, the message gives the operation's dates and the day asked."""
        with pytest.raises(NoDataError) as caught:
            small.strength("ISAF", on=dt.date(2015, 1, 1))
        assert str(caught.value) == (
            "ISAF ran 11 August 2003 to December 2014, so it has no strength on 2015-01-01"
        )

    def test_before_the_first_figure(self, small):
        """Before the first figure, the message says none is recorded by then."""
        with pytest.raises(NoDataError) as caught:
            small.strength("ISAF", on=dt.date(2005, 1, 1))
        assert str(caught.value) == "no strength of ISAF is recorded on or before 2005-01-01"


class TestCoverage:
    """coverage() counts each operation's tables, complete ones, checked ones and nations."""

    def test_tiny(self, small):
        """ISAF: three tables, two complete, one checked, four nations; AMIS: one partial table."""
        found = [
            (c.operation, c.first, c.last, c.tables, c.complete, c.checked, c.nations)
            for c in small.coverage()
        ]
        assert found == [
            ("ISAF", dt.date(2007, 3, 29), dt.date(2008, 2, 1), 3, 2, 1, 4),
            ("AMIS", dt.date(2007, 3, 29), dt.date(2007, 3, 29), 1, 0, 0, 2),
        ]


class TestCite:
    """cite() takes a record or a source id."""

    def test_source_record(self, small):
        """A Source is cited as itself."""
        assert small.cite(small.source("mat-2008")) == (
            "NATO. 1 February 2008. \u201cA later fact sheet\u201d. https://example.org/mat-2008"
        )


class TestByNationKeys:
    """An operation's rows by nation answer to any key of a nation, as lookups do."""

    def test_name_and_alpha_2(self, small):
        """Norway's rows are found as "Norway", "NO" and "NOR"."""
        grouped = small.contributions_by_country("ISAF", on=dt.date(2007, 4, 1))
        assert grouped["Norway"] == grouped["NO"] == grouped["NOR"]
        assert small.personnel_by_country("ISAF", on=dt.date(2007, 4, 1))["Norway"] == 700


class TestGroupByCountry:
    """contributions_by_country() of rows groups the very rows given."""

    def test_rows_kept(self, small):
        """Each nation maps to its rows, in the order given."""
        rows = small.contributions(operation="ISAF")
        grouped = natodata.contributions_by_country(rows)
        assert list(grouped) == ["AUS", "GBR", "NOR", "TUR"]
        assert grouped["GBR"] == tuple(r for r in rows if r.country == "GBR")
        assert [r.personnel for r in grouped["GBR"]] == [5000, 7000]


def _row(country, kind, people):
    return Contribution(
        "ISAF", country, dt.date(2007, 6, 1), Precision.DAY, people, Qualifier.EXACT,
        ContributionKind(kind), "", "s",
    )  # fmt: skip


class TestDatedTable:
    """A dated table holds its rows by nation and gives them all back."""

    def test_rows(self):
        """Every row comes back, a nation's several rows each on its own."""
        rows = [_row("GBR", "troops", 5), _row("GBR", "training", 2), _row("NOR", "troops", 7)]
        table = DatedTable(dt.date(2007, 6, 1), True, "s", rows)  # noqa: FBT003
        assert list(table.rows()) == rows
        assert table.get("GBR") == (rows[0], rows[1])
        assert table.get("NOR") == (rows[2],)
        assert table.get("USA") == ()
        assert list(table.nations()) == ["GBR", "NOR"]
        assert len(table) == 2


class TestCiteEvidence:
    """A figure's citation ends with the source's own words."""

    def test_text(self, small):
        """In text, a last line quotes the row's evidence."""
        (row,) = small.contributions(operation="ISAF", country="NOR")
        assert small.cite(row).splitlines() == [
            "Ministry. 29 March 2007. \u201cA ministry article\u201d. https://example.org/seed",
            "In its words: \u201cabout 700 soldiers\u201d",
        ]

    def test_bibtex_note(self, tiny):
        """In BibTeX, the words are a note before the closing brace, braces made parentheses."""
        text = TINY["contributions.csv"].replace("about 700 soldiers", "{about} 700 soldiers")
        small = natodata.load(tiny(contributions=text))
        (row,) = small.contributions(operation="ISAF", country="NOR")
        assert small.cite(row, "bibtex") == (
            "@misc{seed,\n"
            "  author = {{Ministry}},\n"
            "  title = {{A ministry article}},\n"
            "  url = {https://example.org/seed},\n"
            "  year = {2007},\n"
            "  month = mar,\n"
            "  note = {(about) 700 soldiers},\n"
            "}"
        )

    def test_no_evidence_no_line(self, small):
        """A source cited by its id has no words to quote."""
        assert small.cite("seed") == (
            "Ministry. 29 March 2007. \u201cA ministry article\u201d. https://example.org/seed"
        )


class TestSourceLookup:
    """source() finds a source by its id, and says what it was given when it cannot."""

    def test_at_most_three(self, tiny):
        """Of four close ids, the three closest are suggested."""
        extra = "".join(
            f"mat-{year},Fact sheet {year},NATO,https://example.org/mat-{year},{year}-01,true,nato,\n"
            for year in (2004, 2005)
        )
        small = natodata.load(tiny(sources=TINY["sources.csv"] + extra))
        with pytest.raises(natodata.UnknownSourceError) as caught:
            small.source("mat-2006")
        assert len(caught.value.suggestions) == 3
        assert set(caught.value.suggestions) < {"mat-2004", "mat-2005", "mat-2007", "mat-2008"}

    def test_miss_suggests(self, small):
        """A near miss suggests the closest ids, best first."""
        with pytest.raises(natodata.UnknownSourceError) as caught:
            small.source("mat-2009")
        assert caught.value.suggestions == ("mat-2008", "mat-2007")
        assert (
            str(caught.value)
            == "no source is known as 'mat-2009'; did you mean mat-2008, mat-2007?"
        )

    def test_empty_id(self, small):
        """An empty id suggests nothing."""
        with pytest.raises(natodata.UnknownSourceError) as caught:
            small.source("")
        assert caught.value.suggestions == ()

    def test_not_a_string(self, small):
        """An id that is no string is a TypeError naming the argument."""
        with pytest.raises(TypeError, match=r"^source_id must be a string"):
            small.source(5)  # type: ignore[arg-type]


class TestDateArguments:
    """A date argument that is no date is an error that names the argument."""

    def test_is_member(self, small):
        """is_member(on=) names 'on'."""
        with pytest.raises(ValueError, match=r"^on must be a date as YYYY-MM-DD, got 'yesterday'$"):
            small.is_member("NOR", on="yesterday")

    def test_strength(self, small):
        """strength(on=) names 'on'."""
        with pytest.raises(TypeError, match=r"^on must be a datetime.date"):
            small.strength("ISAF", on=5)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("ask", "argument"),
        [
            (lambda a, day: a.partners(on=day), "on"),
            (lambda a, day: a.contributions(on=day), "on"),
            (lambda a, day: a.personnel_by_country("ISAF", on=day), "on"),
            (lambda a, day: a.contributions_by_country("ISAF", on=day), "on"),
            (lambda a, day: a.framework_nation("ISAF", on=day), "on"),
            (lambda a, day: a.latest_edition(as_of=day), "as_of"),
        ],
    )
    def test_each_names_its_argument(self, small, ask, argument):
        """partners(on=), framework_nation(on=) and latest_edition(as_of=) each name theirs."""
        with pytest.raises(
            ValueError, match=rf"^{argument} must be a date as YYYY-MM-DD, got 'x'$"
        ):
            ask(small, "x")

    def test_strings_are_days(self, small):
        """An ISO string is a day like any other."""
        assert small.is_member("TUR", on="1952-02-18") is True
        assert small.is_member("TUR", on="1952-02-17") is False
        assert small.strength("ISAF", on="2007-05-31").personnel == 35000


class TestNotebookSummary:
    """In a notebook the Alliance shows its name, founding, seat and what the data holds."""

    def test_html(self, small):
        """Each line names what it counts; the counts are those of the tiny tables."""
        cells = [
            ("name", "North Atlantic Treaty Organization (NATO)"),
            ("founded", "4 April 1949"),
            ("headquarters", "Brussels"),
            ("member states", "3"),
            ("countries", "5"),
            ("operations", "2"),
            ("contributions", "8"),
            ("sources", "4"),
        ]
        rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in cells)
        assert small._repr_html_() == (
            f"<table><caption>Alliance</caption><tbody>{rows}</tbody></table>"
        )


class TestPeak:
    """peak() is the largest figure; of equal ones, a stated one, then the earliest."""

    def test_stated_over_table_sum(self, tiny):
        """A stated 7,800 wins over the complete table that adds up to 7,800 on another day."""
        text = TINY["strengths.csv"].replace(
            "ISAF,2007-03-29,35000,over,false,,seed,over 35 000 soldiers\n", ""
        )
        small = natodata.load(
            tiny(strengths=text + "ISAF,2008-06-01,7800,exact,false,,seed,as printed\n")
        )
        peak = small.peak("ISAF")
        assert (peak.personnel, peak.as_of, peak.table_sum) == (7800, dt.date(2008, 6, 1), False)

    def test_earliest_of_equals(self, tiny):
        """Of two stated figures alike, the first day it was reached."""
        text = TINY["strengths.csv"] + "ISAF,2008-06-01,35000,over,false,,seed,as printed\n"
        peak = natodata.load(tiny(strengths=text)).peak("ISAF")
        assert (peak.personnel, peak.as_of) == (35000, dt.date(2007, 3, 29))


class TestRotationText:
    """A contribution that lasts a period reads with both its ends."""

    def test_str(self):
        """From its as_of to its until, each at its precision."""
        row = Contribution(
            "BAP", "NOR", dt.date(2014, 5, 1), Precision.MONTH, None, None,
            ContributionKind.AIR, "", "s",
            until=dt.date(2014, 8, 31), until_precision=Precision.DAY,
        )  # fmt: skip
        assert str(row) == "NOR in BAP, 2014-05 to 2014-08-31: air"


class TestSpendingAnswers:
    """The spending queries on the tiny tables: Norway 1.55 % in 2014, 2.20 % and the UK 2.33 % in
    2024, all from the edition of June 2024.
    """

    def test_shares(self, small):
        """A year's shares by nation, and who met the 2 % guideline, year by year."""
        from decimal import Decimal

        assert dict(small.defence_shares(2014)) == {"NOR": Decimal("1.55")}
        assert small.allies_meeting_by_year() == {2014: 0, 2024: 2}
        assert small.allies_meeting_by_year(2.25) == {2014: 0, 2024: 1}

    def test_no_figure_says_which_edition(self, small):
        """The error says the year and which editions were searched."""
        with pytest.raises(NoDataError) as caught:
            small.expenditure("NOR", 2015)
        assert str(caught.value) == "no figure for NOR in 2015 in any edition"
        with pytest.raises(NoDataError) as caught:
            small.expenditure("NOR", 2015, "2024-06")
        assert str(caught.value) == "no figure for NOR in 2015 in the edition 2024-06"

    def test_no_figures_for_a_nation(self, small):
        """A member the edition does not cover: the error names the edition."""
        with pytest.raises(NoDataError) as caught:
            small.spending("TUR")
        assert str(caught.value) == "the edition of 2024-06 has no figures for TUR"

    def test_unknown_guideline(self, small):
        """An unknown guideline id lists the known ones."""
        with pytest.raises(NoDataError) as caught:
            small.guideline("three")
        assert str(caught.value) == "no guideline 'three'; guidelines: two-percent"


class TestTables:
    """tables() describes each contribution table: date at its precision, size, stated total."""

    def test_tiny(self, small):
        """ISAF's three tables and AMIS's one, each with its own precision and total."""
        found = [
            (
                *(t.operation, t.as_of_text, t.source, t.complete, t.nations, t.personnel),
                None if t.stated_total is None else t.stated_total.personnel,
            )
            for t in small.tables()
        ]
        assert sorted(found) == [
            ("AMIS", "29 March 2007", "seed", False, 2, 0, None),
            ("ISAF", "1 February 2008", "mat-2008", True, 2, 7800, None),
            ("ISAF", "29 March 2007", "seed", False, 2, 1200, None),
            ("ISAF", "June 2007", "mat-2007", True, 2, 5900, 5900),
        ]


class TestRotationTables:
    """Contributions that last a period make tables of their own: one per start and source."""

    def test_tiny(self, tiny):
        """Two rotations starting on one day from one source are one partial table; a later one
        is another.
        """
        operations = TINY["operations.csv"] + (
            "BAP,Baltic Air Policing,2004-03-29,,Baltic airspace,air,,,,,seed,air policing\n"
        )
        contributions = TINY["contributions.csv"] + (
            "BAP,NOR,2014-05-01,2014-08-31,100,exact,air,lead,,seed,Norway 100\n"
            "BAP,GBR,2014-05-01,2014-08-31,50,exact,air,augmenting,,seed,United Kingdom 50\n"
            "BAP,GBR,2014-09-01,2014-12-31,120,exact,air,lead,,seed,United Kingdom 120\n"
        )
        small = natodata.load(tiny(operations=operations, contributions=contributions))
        found = [
            (t.as_of, t.source, t.complete, t.nations, t.personnel, t.stated_total)
            for t in small.tables("BAP")
        ]
        assert found == [
            (dt.date(2014, 5, 1), "seed", False, 2, 150, None),
            (dt.date(2014, 9, 1), "seed", False, 1, 120, None),
        ]


class TestStatedTotalOfATable:
    """A table's stated total is the total stated for its operation and date, for a complete table
    whose rows it admits: no other table of that date has it.
    """

    def totals(self, tiny, sources="", contributions=""):
        small = natodata.load(
            tiny(
                sources=TINY["sources.csv"] + sources,
                contributions=TINY["contributions.csv"] + contributions,
            )
        )
        return {
            (t.source, t.complete): None if t.stated_total is None else t.stated_total.personnel
            for t in small.tables("ISAF")
            if t.as_of == dt.date(2007, 6, 1)
        }

    def test_partial_table_of_the_day(self, tiny):
        """A partial table of June 2007 whose rows add up to June's stated 5,900 has no total."""
        rows = "ISAF,NOR,2007-06,,5900,exact,troops,,,seed,Norway 5900\n"
        assert self.totals(tiny, contributions=rows) == {
            ("mat-2007", True): 5900,
            ("seed", False): None,
        }

    def test_second_complete_table_of_the_day(self, tiny):
        """Of two complete tables of June 2007, the one whose rows do not admit 5,900 has none."""
        source = "mat-2007b,Another fact sheet,NATO,https://example.org/b,2007-06,true,nato,\n"
        rows = (
            "ISAF,AUS,2007-06,,1000,exact,troops,,,mat-2007b,Australia 1000\n"
            "ISAF,GBR,2007-06,,5100,exact,troops,,,mat-2007b,United Kingdom 5100\n"
        )
        assert self.totals(tiny, sources=source, contributions=rows) == {
            ("mat-2007", True): 5900,
            ("mat-2007b", True): None,
        }


class TestOperationNames:
    """Two operations known by one name are an ambiguity, never a guess."""

    def test_shared_name(self, tiny):
        """Asked by the name both carry, the error lists both codes."""
        text = TINY["operations.csv"].replace(
            "Support to the African Union Mission in Sudan", "Security Assistance Force"
        )
        small = natodata.load(tiny(operations=text))
        with pytest.raises(natodata.UnknownOperationError) as caught:
            small.operation("Security Assistance Force")
        assert sorted(caught.value.candidates) == ["AMIS", "ISAF"]


class TestPeakTableSum:
    """A complete table's sum, when it is the largest figure, is a strength no source states."""

    def test_fields(self, tiny):
        """Its date and precision are the table's, its figure exact, and it says what it is."""
        header = TINY["strengths.csv"].splitlines()[0] + "\n"
        peak = natodata.load(tiny(strengths=header)).peak("ISAF")
        # The complete tables add up to 5,000 + 900 (June 2007) and 7,000 + 800 (1 February 2008).
        assert (peak.operation, peak.as_of, peak.as_of_precision) == (
            "ISAF",
            dt.date(2008, 2, 1),
            Precision.DAY,
        )
        assert (peak.personnel, peak.qualifier, peak.figure_text) == (
            7800,
            Qualifier.EXACT,
            "7,800",
        )
        assert (peak.table_sum, peak.table_total, peak.source) == (True, False, "mat-2008")
        assert peak.description == (
            "The sum of the 2 nations' figures in the complete table of 1 February 2008;"
            " no source states it as a total."
        )


# Two editions: June 2024, and June 2025, which revises Norway's 2024 and has no 2014.
TWO_EDITIONS = TINY["expenditure.csv"] + (
    "NOR,2024,2025-06,false,1.90,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,Norway 1.90\n"
    "GBR,2024,2025-06,false,2.33,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,UK 2.33\n"
)


class TestEditionChoice:
    """Without an edition named, the latest one published by *as_of*, and that has the year."""

    def test_latest_that_has_the_year(self, tiny):
        """2014 is only in the older edition: the newer one, without it, is passed over."""
        small = natodata.load(tiny(expenditure=TWO_EDITIONS))
        from decimal import Decimal

        assert dict(small.defence_shares(2014)) == {"NOR": Decimal("1.55")}
        assert dict(small.defence_shares(2024)) == {"GBR": Decimal("2.33"), "NOR": Decimal("1.90")}

    def test_as_of(self, tiny):
        """What NATO had said by the end of 2024 (June 2024's edition), and what it says now."""
        small = natodata.load(tiny(expenditure=TWO_EDITIONS))
        assert small.allies_meeting(2024, as_of=dt.date(2024, 12, 31)) == ("GBR", "NOR")
        assert small.allies_meeting(2024, as_of=dt.date(2025, 6, 30)) == ("GBR",)
        assert small.allies_meeting(2024) == ("GBR",)


class TestGuidelineMiss:
    """An unknown guideline lists every known id."""

    def test_lists_all(self, tiny):
        """Two guidelines are listed, separated by a comma."""
        text = TINY["guidelines.csv"] + (
            "wales,The Wales pledge,2014-09,2,20,2024,spend,two percent within a decade\n"
        )
        with pytest.raises(NoDataError) as caught:
            natodata.load(tiny(guidelines=text)).guideline("three")
        assert str(caught.value) == "no guideline 'three'; guidelines: two-percent, wales"


class TestCountryNumbers:
    """numeric= and cow= take numbers, and a wrong type is named."""

    @pytest.mark.parametrize(
        ("how", "message"),
        [
            ({"numeric": 5.78}, "numeric must be a number, got float"),
            ({"numeric": True}, "numeric must be a number, got bool"),
            ({"cow": "385"}, "cow must be a number, got str"),
        ],
    )
    def test_wrong_type(self, small, how, message):
        """The TypeError names the argument and the type given."""
        with pytest.raises(TypeError) as caught:
            small.country(**how)
        assert str(caught.value) == message


class TestLatestEdition:
    """The edition that answers by default: the latest published by *as_of* that has the year."""

    def test_choice(self, tiny):
        """June 2025's edition counts as published from its last day, 30 June 2025."""
        small = natodata.load(tiny(expenditure=TWO_EDITIONS))
        assert small.latest_edition() == "2025-06"
        assert small.latest_edition(2014) == "2024-06"
        assert small.latest_edition(as_of="2025-06-29") == "2024-06"
        assert small.latest_edition(as_of=dt.date(2025, 6, 30)) == "2025-06"


# ISAF still running, with the United Kingdom the framework nation in the table of February 2008.
FRAMEWORK = TINY["contributions.csv"].replace("7000,exact,troops,,", "7000,exact,troops,framework,")


class TestFrameworkNation:
    """The framework nation is the one with the framework role among the rows in force."""

    def test_today_and_on_a_day(self, tiny):
        """Without a day, today's; on a day, that day's."""
        small = natodata.load(tiny(operations=ONGOING, contributions=FRAMEWORK))
        assert small.framework_nation("ISAF").code == "GBR"
        assert small.framework_nation("ISAF", on="2008-02-01").code == "GBR"

    def test_none_in_force(self, tiny):
        """Before the table that names one, no framework nation; the error gives the code."""
        small = natodata.load(tiny(operations=ONGOING, contributions=FRAMEWORK))
        with pytest.raises(NoDataError) as caught:
            small.framework_nation("Security Assistance Force", on="2008-01-31")
        assert str(caught.value) == "no framework nation of ISAF is recorded on 2008-01-31"

    def test_two_of_one_date(self, tiny):
        """Two framework nations in one table is no answer, and the error lists them."""
        text = FRAMEWORK.replace("800,exact,troops,,", "800,exact,troops,framework,")
        small = natodata.load(tiny(operations=ONGOING, contributions=text))
        with pytest.raises(NoDataError) as caught:
            small.framework_nation("Security Assistance Force", on="2009-01-01")
        assert str(caught.value) == (
            "ISAF has 2 framework nations dated 2008-02-01: ['GBR', 'TUR']"
        )


class TestFrameworkArgument:
    """A framework is given as itself or as its value; anything else is named in the error."""

    def test_wrong_type(self, small):
        """A number is refused, naming its type."""
        with pytest.raises(TypeError) as caught:
            small.partners(1)  # type: ignore[arg-type]
        assert str(caught.value) == "framework must be a Framework or its value, got int"

    def test_unknown_value(self, small):
        """An unknown value is refused, listing the four frameworks' values."""
        with pytest.raises(ValueError, match=r"^framework must be one of") as caught:
            small.partners("pfp")
        assert str(caught.value) == (
            "framework must be one of 'partnership_for_peace', 'mediterranean_dialogue',"
            " 'istanbul_cooperation_initiative', 'partners_across_the_globe'; got 'pfp'"
        )

    def test_long_value_cut(self, small):
        """A long value is quoted to its first 60 characters, so the message stays readable."""
        with pytest.raises(ValueError, match=r"; got 'x{60}'$"):
            small.partners("x" * 100)


class TestCowKey:
    """A nation is found by ``cow:`` and its Correlates of War number, if it has one."""

    def test_no_number_no_key(self, tiny):
        """A nation without a number is not found by a number, nor by ``cow:None``."""
        text = TINY["countries.csv"].replace("MAR,MA,504,600,", "MAR,MA,504,,")
        small = natodata.load(tiny(countries=text))
        assert small.country("cow:385").code == "NOR"
        for key in ("cow:600", "cow:None"):
            with pytest.raises(UnknownCountryError):
                small.country(key)


class TestTableNames:
    """table() of an unknown name lists the tables there are."""

    def test_lists_every_table(self, small):
        """The names are listed comma-separated, each one a table; a long name is cut at 60."""
        with pytest.raises(
            ValueError, match=r"^no table is called 'x{60}'; the tables are "
        ) as caught:
            small.table("x" * 100)
        listed = str(caught.value).split("; the tables are ")[1].split(", ")
        assert len(listed) > 5
        for name in listed:
            small.table(name)


class TestNoTables:
    """An operation with no contribution table has no figures on any day, and says why."""

    def test_says_so(self, tiny):
        """KFOR is recorded, but not one of its contributions: no data, not an empty answer."""
        operations = TINY["operations.csv"] + (
            "KFOR,Kosovo Force,1999-06-12,,Kosovo,peace_support,UNSCR 1244,,,,seed,KFOR\n"
        )
        small = natodata.load(tiny(operations=operations))
        with pytest.raises(NoDataError) as caught:
            small.personnel_by_country("KFOR", on=dt.date(2007, 4, 1))
        assert str(caught.value) == "no figures for KFOR: it has no contribution tables"


class TestDaysRemembered:
    """The rows in force are remembered for the last days asked, never for more than SIZE."""

    def test_bounded(self, small):
        """Asking SIZE + 1 days, the memory never holds more than SIZE of them, and the answers
        stay right.
        """
        from natodata._alliance import _InForce

        first = dt.date(2008, 2, 1)
        for n in range(_InForce.SIZE + 1):
            figures = small.personnel_by_country("ISAF", on=first + dt.timedelta(days=n))
            assert dict(figures) == {"GBR": 7000, "TUR": 800}
            assert len(small._in_force._found) <= _InForce.SIZE
