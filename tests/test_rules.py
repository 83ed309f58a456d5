"""Each rule the docs promise, pinned on a tiny table whose answer is known by construction.

Every test here fails when its rule breaks: the tables are built so that the wrong rule gives a
different answer (a partial table that would win if it were not outranked, a name that would win
if codes did not come first, a larger figure that would win if exact ones did not).
"""

from __future__ import annotations

import datetime as dt

import pytest

import natodata
from conftest import TINY
from natodata import DataError, Problem, UnknownCountryError


def problems(directory):
    with pytest.raises(DataError) as caught:
        natodata.load(directory)
    return caught.value.problems


def add(table, *lines):
    return TINY[f"{table}.csv"] + "".join(f"{line}\n" for line in lines)


def replace(table, old, new):
    text = TINY[f"{table}.csv"]
    assert old in text
    return text.replace(old, new, 1)


# Two partial sources whose ids sort before and after the complete placemat's ("mat-2007"), so
# that no ordering by source id can stand in for the rule.
PARTIAL_SOURCES = add(
    "sources",
    "a-partial,An early article,Ministry,https://example.org/a,2007-06-01,false,government,",
    "z-partial,A late article,Ministry,https://example.org/z,2007-06-01,false,government,",
)


class TestCompleteOutranksPartial:
    """On one date, a complete table outranks a partial one."""

    @pytest.mark.parametrize("partial", ["a-partial", "z-partial"])
    def test_complete_figure_wins(self, tiny, partial):
        """A nation in both tables of one date has the complete table's figure."""
        small = natodata.load(
            tiny(
                sources=PARTIAL_SOURCES,
                contributions=add(
                    "contributions", f"ISAF,AUS,2007-06-01,,950,exact,troops,,,{partial},as printed"
                ),
            )
        )
        day = dt.date(2007, 6, 15)
        assert dict(small.personnel_by_country("ISAF", on=day)) == {"GBR": 5000, "AUS": 900}
        (row,) = small.contributions_by_country("ISAF", on=day)["AUS"]
        assert row.source == "mat-2007"

    @pytest.mark.parametrize("partial", ["a-partial", "z-partial"])
    def test_nation_only_in_partial_table_has_left(self, tiny, partial):
        """A nation only the partial table of a date lists is absent from the complete one: left."""
        small = natodata.load(
            tiny(
                sources=PARTIAL_SOURCES,
                contributions=add(
                    "contributions", f"ISAF,NOR,2007-06-01,,650,exact,troops,,,{partial},as printed"
                ),
            )
        )
        day = dt.date(2007, 6, 15)
        assert "NOR" not in small.personnel_by_country("ISAF", on=day)
        assert small.contributions(operation="ISAF", country="NOR", on=day) == ()

    def test_partial_table_after_complete_one_adds(self, tiny):
        """A partial table dated after the complete one gives the nations it lists."""
        small = natodata.load(
            tiny(
                sources=PARTIAL_SOURCES,
                contributions=add(
                    "contributions", "ISAF,NOR,2007-06-02,,650,exact,troops,,,a-partial,as printed"
                ),
            )
        )
        figures = small.personnel_by_country("ISAF", on=dt.date(2007, 6, 15))
        assert dict(figures) == {"GBR": 5000, "AUS": 900, "NOR": 650}


class TestTwoPartialTablesOfADate:
    """Two partial tables of one date that list one nation: the source id first in alphabetical
    order speaks for it, whatever order the rows come in.
    """

    @pytest.mark.parametrize("order", [1, -1])
    def test_first_source_id_wins(self, tiny, order):
        """a-partial's 950 for Australia, not z-partial's 960; each alone adds its own nations."""
        rows = [
            "ISAF,AUS,2007-06-10,,950,exact,troops,,,a-partial,as printed",
            "ISAF,AUS,2007-06-10,,960,exact,troops,,,z-partial,as printed",
            "ISAF,NOR,2007-06-10,,650,exact,troops,,,z-partial,as printed",
        ]
        small = natodata.load(
            tiny(sources=PARTIAL_SOURCES, contributions=add("contributions", *rows[::order]))
        )
        figures = small.personnel_by_country("ISAF", on=dt.date(2007, 6, 15))
        assert dict(figures) == {"GBR": 5000, "AUS": 950, "NOR": 650}


class TestRowsAddedUp:
    """A nation's several rows in one table are added up."""

    def test_personnel_is_the_sum(self, tiny):
        """Troops and trainers of one nation in one table count together; an airlift adds none."""
        small = natodata.load(
            tiny(
                contributions=add(
                    "contributions",
                    "ISAF,NOR,2007-03-29,,50,exact,training,,,seed,as printed",
                    "ISAF,NOR,2007-03-29,,,,airlift,,,seed,as printed",
                )
            )
        )
        day = dt.date(2007, 4, 1)
        assert dict(small.personnel_by_country("ISAF", on=day)) == {"NOR": 750, "AUS": 500}
        kinds = {r.kind.value for r in small.contributions_by_country("ISAF", on=day)["NOR"]}
        assert kinds == {"troops", "training", "airlift"}

    def test_order_follows_the_sum(self, tiny):
        """Largest first is by the sum: 450 and 400 (850) come before a single row of 800."""
        small = natodata.load(
            tiny(
                contributions=add(
                    "contributions",
                    "ISAF,NOR,2008-02-01,,450,exact,troops,,,mat-2008,as printed",
                    "ISAF,NOR,2008-02-01,,400,exact,training,,,mat-2008,as printed",
                )
            )
        )
        figures = small.personnel_by_country("ISAF", on=dt.date(2008, 3, 1))
        assert list(figures.items()) == [("GBR", 7000), ("NOR", 850), ("TUR", 800)]


class TestLookupTiers:
    """A code (first tier) wins over a name (second tier); a tie at one tier is never a guess."""

    def test_code_wins_over_name(self, tiny):
        """ "NO" is Norway's alpha-2 code, even when another nation is also called "No"."""
        small = natodata.load(
            tiny(
                countries=replace(
                    "countries", "AUS,AU,036,900,Australia,,", "AUS,AU,036,900,Australia,No,"
                )
            )
        )
        assert small.country("no").code == "NOR"
        assert small.country("Australia").code == "AUS"

    def test_operation_code_wins_over_name(self, tiny):
        """An operation code wins over another operation's full name that folds the same."""
        small = natodata.load(
            tiny(
                operations=replace(
                    "operations", "Support to the African Union Mission in Sudan", "I.S.A.F."
                )
            )
        )
        assert small.operation("ISAF").code == "ISAF"
        assert small.operation("I.S.A.F.").code == "ISAF"

    def test_name_when_no_code_matches(self, tiny):
        """A name that no code matches finds its record."""
        small = natodata.load(tiny())
        assert small.operation("support to the african union mission in sudan").code == "AMIS"
        assert small.country("Turkey").code == "TUR"

    def test_tie_between_names_is_ambiguous(self, tiny):
        """Two nations known by one name: an error that lists both, never a guess."""
        small = natodata.load(
            tiny(
                countries=replace(
                    "countries",
                    "AUS,AU,036,900,Australia,,",
                    "AUS,AU,036,900,Australia,Albion,",
                ).replace("UK;Great Britain", "UK;Great Britain;Albion")
            )
        )
        with pytest.raises(UnknownCountryError) as caught:
            small.country("Albion")
        assert "Australia (AUS)" in str(caught.value)
        assert "United Kingdom (GBR)" in str(caught.value)


class TestStrengthChoice:
    """strength() takes, of several figures on the latest date: a table total, exact, the larger."""

    def test_exact_over_larger_estimate(self, tiny):
        """An exact 5,800 wins over a larger "about 6,000" of the same day."""
        small = natodata.load(
            tiny(
                strengths=add(
                    "strengths",
                    "ISAF,2008-06-01,6000,about,false,,seed,as printed",
                    "ISAF,2008-06-01,5800,exact,false,,mat-2008,as printed",
                )
            )
        )
        figure = small.strength("ISAF", on=dt.date(2008, 7, 1))
        assert (figure.personnel, figure.qualifier.value) == (5800, "exact")

    @pytest.mark.parametrize("order", [("6000", "6500"), ("6500", "6000")])
    def test_larger_of_alike(self, tiny, order):
        """Of two estimates alike in every other way, the larger wins, in whichever row order."""
        first, second = order
        small = natodata.load(
            tiny(
                strengths=add(
                    "strengths",
                    f"ISAF,2008-06-01,{first},about,false,,seed,as printed",
                    f"ISAF,2008-06-01,{second},about,false,,mat-2008,as printed",
                )
            )
        )
        assert small.strength("ISAF", on=dt.date(2008, 7, 1)).personnel == 6500

    def test_table_total_over_larger_bound(self, tiny):
        """The complete table's stated total (5,900) wins over a larger "up to 6,100"."""
        small = natodata.load(
            tiny(strengths=add("strengths", "ISAF,2007-06,6100,up_to,false,,seed,as printed"))
        )
        figure = small.strength("ISAF", on=dt.date(2007, 7, 1))
        assert (figure.personnel, figure.table_total) == (5900, True)

    def test_latest_date_before_choice(self, tiny):
        """An older table total does not outrank a newer estimate: the latest date comes first."""
        small = natodata.load(
            tiny(strengths=add("strengths", "ISAF,2008-06-01,6000,about,false,,seed,as printed"))
        )
        assert small.strength("ISAF", on=dt.date(2008, 6, 1)).personnel == 6000
        assert small.strength("ISAF", on=dt.date(2008, 5, 31)).personnel == 5900


class TestContributionsFilter:
    """Each filter of contributions() narrows to exactly the rows it names."""

    def test_operation_alone(self, tiny):
        """contributions(operation="ISAF") is ISAF's six rows, every date and source."""
        small = natodata.load(tiny())
        rows = small.contributions(operation="ISAF")
        assert sorted((r.country, r.as_of.isoformat(), r.personnel) for r in rows) == [
            ("AUS", "2007-03-29", 500),
            ("AUS", "2007-06-01", 900),
            ("GBR", "2007-06-01", 5000),
            ("GBR", "2008-02-01", 7000),
            ("NOR", "2007-03-29", 700),
            ("TUR", "2008-02-01", 800),
        ]

    def test_operation_by_name(self, tiny):
        """An operation named by its full name gives the same rows as by its code."""
        small = natodata.load(tiny())
        by_name = small.contributions(operation="Support to the African Union Mission in Sudan")
        assert sorted(r.country for r in by_name) == ["GBR", "NOR"]
        assert by_name == small.contributions(operation="AMIS")

    def test_country_alone(self, tiny):
        """contributions(country="NOR") is Norway's rows in every operation."""
        small = natodata.load(tiny())
        rows = small.contributions(country="Norway")
        assert sorted((r.operation, r.personnel) for r in rows) == [("AMIS", None), ("ISAF", 700)]


class TestHeader:
    """A table's columns are checked by name and order."""

    def test_columns_out_of_order(self, tiny):
        """Two columns swapped is reported on the header row, not read as the other's values
        (a country code read as a date would be a problem of every row)."""
        lines = TINY["contributions.csv"].splitlines()
        assert lines[0].startswith("operation,country,as_of,")
        rows = [line.split(",") for line in lines]
        assert all(len(row) == len(rows[0]) for row in rows)  # no quoted comma
        swapped = "".join(",".join([r[0], r[2], r[1], *r[3:]]) + "\n" for r in rows)
        expected = (
            "columns out of order; expected operation, country, as_of, until, personnel,"
            " qualifier, kind, role, description, source, evidence"
        )
        found = problems(tiny(contributions=swapped))
        assert found == (Problem("contributions.csv", 1, "", expected),)


class TestSpacesAroundCells:
    """A key or name with spaces around it is an error, not silently trimmed."""

    @pytest.mark.parametrize(
        ("table", "old", "new", "where"),
        [
            ("contributions", "ISAF,NOR,2007-03-29", "ISAF, NOR,2007-03-29", (2, "country")),
            ("contributions", "ISAF,NOR,2007-03-29", "ISAF ,NOR,2007-03-29", (2, "operation")),
            ("sources", "seed,A ministry article", "seed ,A ministry article", (2, "id")),
            (
                "operations",
                "ISAF,Security Assistance Force",
                "ISAF, Security Assistance Force",
                (2, "name"),
            ),
        ],
    )
    def test_rejected(self, tiny, table, old, new, where):
        """The cell is named, and the reason says the spaces."""
        found = problems(tiny(**{table: replace(table, old, new)}))
        assert [(p.file, p.row, p.column) for p in found] == [(f"{table}.csv", *where)]
        assert "spaces around" in found[0].reason


ONGOING = replace("operations", "2003-08-11,2014-12", "2003-08-11,")


def tomorrow_iso() -> str:
    return (dt.date.today() + dt.timedelta(days=1)).isoformat()  # noqa: DTZ011


class TestFutureDates:
    """A date after today is an error: the tables record what happened."""

    @pytest.mark.parametrize(
        ("column", "old", "new"),
        [
            ("as_of", "ISAF,NOR,2007-03-29,", "ISAF,NOR,{tomorrow},"),
            ("until", "ISAF,NOR,2007-03-29,,", "ISAF,NOR,2007-03-29,{tomorrow},"),
        ],
    )
    def test_figure_of_an_ongoing_operation(self, tiny, column, old, new):
        """A contribution dated, or lasting until, tomorrow, in an operation that has not ended,
        is in the future."""
        tomorrow = tomorrow_iso()
        contributions = replace("contributions", old, new.format(tomorrow=tomorrow))
        found = problems(tiny(operations=ONGOING, contributions=contributions))
        assert [(p.file, p.row, p.column, p.reason) for p in found] == [
            ("contributions.csv", 2, column, f"{tomorrow} is in the future")
        ]

    def test_today_is_not_the_future(self, tiny):
        """A figure dated today loads."""
        today = dt.date.today()  # noqa: DTZ011
        small = natodata.load(
            tiny(
                operations=ONGOING,
                strengths=add(
                    "strengths", f"ISAF,{today.isoformat()},100,exact,false,,seed,as printed"
                ),
            )
        )
        assert small.strength("ISAF", on=today).personnel == 100

    def test_strength_of_an_ongoing_operation(self, tiny):
        """A strength dated tomorrow is in the future, though its operation runs."""
        tomorrow = tomorrow_iso()
        found = problems(
            tiny(
                operations=ONGOING,
                strengths=replace("strengths", "2007-03-29,35000", f"{tomorrow},35000"),
            )
        )
        assert [(p.row, p.column, p.reason) for p in found] == [
            (2, "as_of", f"{tomorrow} is in the future")
        ]

    def test_member_joined_tomorrow(self, tiny):
        """A member that joins tomorrow is in the future."""
        tomorrow = tomorrow_iso()
        found = problems(tiny(members=replace("members", "TUR,1952-02-18", f"TUR,{tomorrow}")))
        assert [(p.file, p.row, p.column) for p in found] == [("members.csv", 4, "joined")]
        assert "future" in found[0].reason

    def test_today_is_not_the_future_anywhere(self, tiny):
        """A source published today, a member joining today, an operation starting today and an
        edition of this year load: each date column's check lets today pass."""
        today = dt.date.today()  # noqa: DTZ011
        day = today.isoformat()
        small = natodata.load(
            tiny(
                sources=add(
                    "sources",
                    f"today,Today's article,Ministry,https://example.org/t,{day},false,other,",
                ),
                members=replace("members", "TUR,1952-02-18", f"TUR,{day}"),
                operations=add("operations", f"TFOR,Today's force,{day},,Here,support,,,,,seed,x"),
                expenditure=replace("expenditure", "NOR,2014,2024-06,", f"NOR,2014,{today.year},"),
            )
        )
        assert small.source("today").published == today
        assert small.member("TUR").joined == today
        assert small.operation("TFOR").start == today

    def test_source_published_tomorrow(self, tiny):
        """A source published tomorrow is in the future."""
        tomorrow = tomorrow_iso()
        sources = add(
            "sources",
            f"late,A later article,Ministry,https://example.org/l,{tomorrow},false,other,",
        )
        found = problems(tiny(sources=sources))
        assert [(p.file, p.row, p.column, p.reason) for p in found] == [
            ("sources.csv", 6, "published", f"{tomorrow} is in the future")
        ]

    def test_operation_starting_tomorrow(self, tiny):
        """An operation that starts tomorrow is in the future."""
        tomorrow = tomorrow_iso()
        operations = add(
            "operations", f"XFOR,A later force,{tomorrow},,Nowhere,peace_support,,,,,seed,x"
        )
        found = problems(tiny(operations=operations))
        row = len(TINY["operations.csv"].splitlines()) + 1
        assert [(p.file, p.row, p.column, p.reason) for p in found] == [
            ("operations.csv", row, "start", f"{tomorrow} is in the future")
        ]


class TestOrderOfContributions:
    """contributions() gives rows table by table: by operation, the table's first day, its
    source id; a table's rows by nation code. Whatever order the file has them in."""

    def test_file_order_does_not_matter(self, tiny):
        header, *rows = TINY["contributions.csv"].splitlines()
        shuffled = "\n".join([header, *reversed(rows)]) + "\n"
        # One source with tables on two days, read in the file before an earlier table of a
        # source whose id sorts first: the day decides before the source.
        late = "ISAF,NOR,2008-02-01,,50,exact,troops,,,a-partial,Norway 50"
        early = "ISAF,NOR,2007-06-01,,40,exact,troops,,,z-partial,Norway 40"
        sources = add(
            "sources",
            "a-partial,An early article,Ministry,https://example.org/a,2008-02-01,false,government,",
            "z-partial,A late article,Ministry,https://example.org/z,2007-06-01,false,government,",
        )
        small = natodata.load(tiny(sources=sources, contributions=shuffled + f"{late}\n{early}\n"))
        got = [(c.operation, str(c.as_of), c.source, c.country) for c in small.contributions()]
        assert got == [
            ("AMIS", "2007-03-29", "seed", "GBR"),
            ("AMIS", "2007-03-29", "seed", "NOR"),
            ("ISAF", "2007-03-29", "seed", "AUS"),
            ("ISAF", "2007-03-29", "seed", "NOR"),
            ("ISAF", "2007-06-01", "mat-2007", "AUS"),
            ("ISAF", "2007-06-01", "mat-2007", "GBR"),
            ("ISAF", "2007-06-01", "z-partial", "NOR"),
            ("ISAF", "2008-02-01", "a-partial", "NOR"),
            ("ISAF", "2008-02-01", "mat-2008", "GBR"),
            ("ISAF", "2008-02-01", "mat-2008", "TUR"),
        ]

    def test_packaged_order(self, nato):
        def key(row):
            return (row.operation, row.as_of, row.source, row.country)

        for rows in (nato.contributions(), nato.contributions(country="NOR")):
            assert list(rows) == sorted(rows, key=key)


class TestOrderOfStrengths:
    def test_strengths_table(self, tiny):
        """table("strengths") comes by operation code, then date, whatever the file's order."""
        text = add("strengths", "AMIS,2007-12-01,7000,about,false,,seed,about 7000")
        header, *rows = text.splitlines()
        text = "\n".join([header, *reversed(rows)]) + "\n"
        small = natodata.load(tiny(strengths=text))
        got = [(s.operation, str(s.as_of)) for s in small.table("strengths")]
        assert got == [("AMIS", "2007-12-01"), ("ISAF", "2007-03-29"), ("ISAF", "2007-06-01")]


class TestSourceRank:
    REASON = (
        "rests only on sources of rank other; cite NATO, a government, a parliament,"
        " a news agency, a research institute or the press"
    )

    def test_a_row_on_the_lowest_rank_only(self, tiny):
        """A row whose every source is of rank other is refused, and told what to cite."""
        sources = add("sources", "blog,A blog post,Someone,https://example.org/b,2007,false,other,")
        turkey = "TUR,1952-02-18,false,,"
        found = problems(
            tiny(sources=sources, members=replace("members", f"{turkey}seed,", f"{turkey}blog,"))
        )
        assert [(p.file, p.row, p.column, p.reason) for p in found] == [
            ("members.csv", 4, "sources", self.REASON)
        ]
        # With a better source beside it, the row stands.
        natodata.load(
            tiny(
                sources=sources, members=replace("members", f"{turkey}seed,", f"{turkey}blog;seed,")
            )
        )
